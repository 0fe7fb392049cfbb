"""What a folder's comparison covers: its claims within each story, never across stories (no Textual here).

A folder of one story is compared as a whole; a folder of several is compared within each story of two
or more sources, since claims about unrelated events mean nothing side by side. Stories of one source
have nothing to compare. The CLI's ``diff`` and the app's diff view both go through here, so they show
the same claims with the same verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.model import Claim, Story

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus


@dataclass(frozen=True)
class StoryComparison:
    """One story compared: the story (None for a folder that forms no story), its corpus and its claims."""

    story: Story | None
    corpus: Corpus
    claims: list[Claim]


@dataclass(frozen=True)
class FolderComparison:
    """The stories compared in a folder, and how many of its stories had a single source (not compared)."""

    stories: list[StoryComparison]
    alone: int
    total: int

    def claims(self) -> list[Claim]:
        """Every compared story's claims, story after story (largest story first)."""
        return [claim for story in self.stories for claim in story.claims]


def compare_folder(corpus: Corpus) -> FolderComparison:
    """The folder's claims compared within each of its stories (see the module docstring)."""
    from briefing_tui.stories.cached import corpus_stories, story_claims

    stories = corpus_stories(corpus)
    if len(stories) <= 1:
        return FolderComparison([StoryComparison(stories[0] if stories else None, corpus, corpus.claims)],
                                alone=0, total=len(stories))
    compared = []
    members = corpus.members() if corpus.index is not None else None  # (read once for every story)
    for story in stories:
        if story.size > 1:
            sub = story_claims(corpus, story, members)
            compared.append(StoryComparison(story, sub, sub.claims))
    return FolderComparison(compared, alone=len(stories) - len(compared), total=len(stories))


def compare_story(corpus: Corpus, story: Story) -> StoryComparison:
    """One story of the folder compared."""
    from briefing_tui.stories.cached import story_claims

    sub = story_claims(corpus, story)
    return StoryComparison(story, sub, sub.claims)
