"""A story of many more articles than twice the links each source keeps stays one story (``stories.rejoined``),
found cold and kept up after an edit alike."""

from __future__ import annotations

import random
from collections import Counter

from briefing_tui.stories.cluster import average_link, cluster_sources, kept_links
from briefing_tui.stories.stored_links import StoredLinks
from briefing_tui.stories.strongest import LINKS_PER_SOURCE
from briefing_tui.stories.vectors import tfidf_vectors
from tests.store_helpers import ResultsOnly

EVENT_ARTICLES = 5 * LINKS_PER_SOURCE  # (one event's articles: average link over the kept links alone splits them)
OTHER_ARTICLES = 10  # (a second event's, of words of its own)
OWN_WORDS = 6  # (words each article has to itself)
DETAILS, DETAILS_NAMED = 20, 4  # (the event's details, and how many of them each of its articles names)


def _two_events() -> tuple[list[str], list[Counter]]:
    """Invented sources: one event's articles (its words, a few of its details, words of their own), then another's."""
    rng = random.Random(7)
    bags = [Counter({"w:quake": 3, "w:city": 2,
                     **{f"w:detail{d}": 1 for d in rng.sample(range(DETAILS), DETAILS_NAMED)},
                     **{f"w:own{k}_{j}": 1 for j in range(OWN_WORDS)}}) for k in range(EVENT_ARTICLES)]
    bags += [Counter({"w:vote": 3, "w:party": 2, **{f"w:own{k}_{j}": 1 for j in range(OWN_WORDS)}})
             for k in range(EVENT_ARTICLES, EVENT_ARTICLES + OTHER_ARTICLES)]
    return [f"s{k:04d}" for k in range(len(bags))], bags


def test_a_story_of_many_more_articles_than_twice_the_kept_links_stays_one_story():
    ids, bags = _two_events()
    vectors, days = tfidf_vectors(bags), [None] * len(bags)
    assert len(average_link(len(ids), kept_links(vectors, days))) > 2  # (the kept links alone split the event)
    event, other = list(range(EVENT_ARTICLES)), list(range(EVENT_ARTICLES, len(ids)))
    assert cluster_sources(vectors, days) == [event, other]


def test_the_rejoined_story_is_the_same_from_stored_links_and_after_an_edit():
    ids, bags = _two_events()
    days: list[int | None] = [None] * len(bags)
    links = StoredLinks(ResultsOnly(), "v1")  # type: ignore[arg-type]
    assert links.groups(ids, links.vectors(ids, bags), days) == cluster_sources(tfidf_vectors(bags), days)
    bags[3] = Counter({feature: 2 for feature in bags[3]})
    assert links.groups(ids, links.vectors(ids, bags), days) == cluster_sources(tfidf_vectors(bags), days)
    assert links.relinked >= 1
