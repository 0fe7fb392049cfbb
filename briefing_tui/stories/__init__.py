"""Stories: the sources of a folder grouped by the event they report (no Textual here).

Contract used by the rest of the program::

    group_stories(sources) -> list[Story]

A folder a desk keeps for weeks holds many events; comparing claims across unrelated events means
nothing, so claims are compared within a story. The grouping, as a news aggregator clusters articles:

1. ``terms``: each source becomes weighted features over its title and cleaned body: words, names
   (two capitalised words in a row, or a word capitalised mid-sentence) and figures read as written
   in any convention ("3,085" = "3.085"), and a mark of its language;
2. ``vectors``: tf-idf weights over the folder from rounded counts (so a source's vector moves only
   when the rounded frequency of one of its own features does), a word's or a name's idf the lower of
   the folder's and that among the sources of its own language (German nouns and Spanish function words
   are rare in a mostly English folder, common among its German or Spanish articles), features of one
   source only dropped, each vector trimmed to its heaviest features and scaled to length 1;
3. ``cluster``: two sources are linked when their cosine reaches a threshold (higher when they are
   dated far apart; the cosine of two sources of two languages counts twice: they share only names,
   places and figures); stories are grown from the links by average link (the two groups whose links
   have the highest mean over all their pairs are joined while it reaches a threshold). Each source keeps
   only its strongest links (``strongest``: in a folder of one topic almost every pair is linked, and the
   whole graph of 10,000 articles would not fit a desk's memory). Links are
   found a source's row at a time, its dot products with every source summed over packed integer
   columns of its features (whole-number arithmetic on long integers), and kept in the index between
   runs with each component's stories (``stored_links``): after an edit only the edited source is
   linked again (and the few that kept a link with it among their strongest), and only the components
   it was or is in are grouped again;
4. ``describe``: each story gets a stable id, the title of its most central article (a title in its
   own text's language and in the story's main language first; its top terms when no member has a
   title), its members in order of publication and its date span.

Every step is deterministic: same sources, same stories. Singletons are stories of one. The tuning
constants are named and documented in each module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing_tui.model import Source, Story

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.stories.stored_links import StoredLinks

__all__ = ["Story", "group_stories", "story_corpus", "story_of"]


def group_stories(sources: Sequence[Source],
                  terms: Sequence[Counter] | Callable[[Sequence[int]], list[Counter]] | None = None,
                  links: StoredLinks | None = None) -> list[Story]:
    """The stories of ``sources``, largest first (then latest first, then by id).

    ``terms``: each source's ``source_terms`` when already known (e.g. read back from the index), or a
    function giving those of the sources at some positions (so that the stored links read only the
    changed sources'); ``links``: the vectors and links kept in an index, reused where their sources did
    not change (same stories)."""
    from briefing_tui.stories.cluster import cluster_sources
    from briefing_tui.stories.describe import day_number, describe
    from briefing_tui.stories.terms import source_terms
    from briefing_tui.stories.vectors import tfidf_vectors

    if not sources:
        return []
    bags = terms if terms is not None else [source_terms(s) for s in sources]
    if links is not None:
        vectors = links.vectors([s.id for s in sources], bags)
    else:
        vectors = tfidf_vectors(bags(range(len(sources))) if callable(bags) else list(bags))
    days = [day_number(s.published) for s in sources]
    if links is None:
        return describe(sources, vectors, cluster_sources(vectors, days))
    groups = links.groups([s.id for s in sources], vectors, days)
    faces = links.faces()
    if faces is None:
        return describe(sources, vectors, groups)
    stories = describe(sources, vectors, groups, *faces)
    links.keep_faces()
    return stories


def story_of(stories: Sequence[Story]) -> dict[str, str]:
    """Source id -> the id of its story."""
    return {source: story.id for story in stories for source in story.sources}


def story_corpus(corpus: Corpus, story: Story) -> Corpus:
    """A corpus of the story's sources only: its entities, quotes and claims are found within the story."""
    from briefing_tui.corpus import Corpus

    members = set(story.sources)
    return Corpus([s for s in corpus.sources if s.id in members], [], list(corpus.roots))
