"""``briefing stories``: the folder's sources grouped by event, and choosing one story for other commands."""

from __future__ import annotations

import argparse
import sys

from briefing_tui.commands.common import USAGE_ERROR, IdChoiceError, console, load_for_cli, resolve_id
from briefing_tui.commands.output import emit_json, wants_json
from briefing_tui.corpus import Corpus
from briefing_tui.model import Story
from briefing_tui.safety import one_line
from briefing_tui.wording import counted


def story_record(story: Story) -> dict[str, object]:
    """The JSON shape of one story (the CLI contract)."""
    return {
        "id": story.id,
        "title": story.title,
        "title_basis": story.title_basis,
        "lead": story.lead,
        "size": story.size,
        "first": story.first,
        "last": story.last,
        "terms": list(story.terms),
        "sources": list(story.sources),
    }


class StoryChoiceError(IdChoiceError):
    """``--story`` names no story, or several: the message names the candidates."""


def resolve_story(stories: list[Story], wanted: str) -> Story:
    """The one story whose id is ``wanted`` or starts with it."""
    by_id = {s.id: s for s in stories}
    return by_id[resolve_id(list(by_id), wanted, "--story", ("story", "stories"), "briefing stories",
                            StoryChoiceError)]


def chosen_story(args: argparse.Namespace, corpus: Corpus) -> Story | None | int:
    """The story ``--story`` names (None when not given); 2 after a message when it names none or several."""
    wanted = getattr(args, "story", None)
    if wanted is None:
        return None
    from briefing_tui.stories.cached import corpus_stories

    try:
        return resolve_story(corpus_stories(corpus), wanted)
    except StoryChoiceError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return USAGE_ERROR


def run_stories(args: argparse.Namespace) -> int:
    """Print the stories table (or JSON); 1 when nothing could be loaded."""
    corpus = load_for_cli(args)
    if corpus is None:
        return 1
    from briefing_tui.stories.cached import corpus_stories

    from briefing_tui.commands.progress import busy

    with busy(f"grouping {counted(corpus.source_count, 'article')} into stories", shown=not wants_json(args)):
        stories = corpus_stories(corpus)
    if wants_json(args):
        return emit_json(args, "stories", (story_record(s) for s in stories))
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{counted(len(stories), 'story', 'stories')} across {counted(len(corpus.sources), 'source')}",
                  title_justify="left",
                  expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("sources", justify="right")
    table.add_column("dates", no_wrap=True)
    table.add_column("title", ratio=1, overflow="ellipsis", no_wrap=True)
    for s in stories:
        dates = s.first if s.first == s.last else f"{s.first or '?'}…{s.last or '?'}"
        title = Text(one_line(s.title), style="" if s.title_basis == "article" else "italic")
        table.add_row(s.id, str(s.size), Text(dates or "undated", style="" if dates else "dim"), title)
    console().print(table)
    return 0 if stories else 1


def claims_by_story(args: argparse.Namespace, corpus: Corpus, select) -> list[tuple[Story | None, Corpus, list]] | int:
    """What ``diff`` compares: (story, its corpus, its claims chosen by ``select``) for each story compared.

    ``--story ID``: that story alone. Otherwise, a folder of one story is compared as a whole (as before
    stories existed); a folder of several is compared within each story of two or more sources, never
    across them (comparing claims about unrelated events means nothing); stories of one source are left
    out and counted on stderr. 2 (after a message) when ``--story`` names no story or several.
    """
    chosen = chosen_story(args, corpus)
    if isinstance(chosen, int):
        return chosen
    from briefing_tui.stories.compared import compare_folder, compare_story

    if chosen is not None:
        one = compare_story(corpus, chosen)
        return [(chosen, one.corpus, select(one.claims))]
    folder = compare_folder(corpus)
    if folder.alone:
        print(f"briefing: {folder.alone} of {folder.total} stories have one source and are not compared "
              "(`briefing stories`; `briefing diff --story ID` shows one)", file=sys.stderr)
    return [(s.story, s.corpus, select(s.claims)) for s in folder.stories]
