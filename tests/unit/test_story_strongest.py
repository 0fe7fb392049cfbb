"""The links a grouping keeps: each source's strongest (``stories.strongest``), the same whether found cold or kept
up after edits, additions and removals; and a folder of one topic keeps a bounded number of links per source."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pytest

import briefing_tui.stories.strongest as strongest_module
from bench.stories_eval import dev_mix_folders, gold_mix_folders, load_mix
from briefing_tui.model import Source
from briefing_tui.stories import group_stories
from briefing_tui.stories.cluster import (STORY_UNITS, WINDOW_DAYS, average_link, cluster_sources, kept_links,
                                          links_among)
from briefing_tui.stories.describe import day_number
from briefing_tui.stories.links_record import decode
from briefing_tui.stories.rejoined import rejoined
from briefing_tui.stories.stored_links import LINKS_KIND, StoredLinks
from briefing_tui.stories.strongest import LINKS_PER_SOURCE, kept_again, strongest
from briefing_tui.stories.terms import source_terms
from briefing_tui.stories.vectors import tfidf_vectors, unit_vector
from tests.store_helpers import ResultsOnly
from tests.unit.test_story_links import _every_link, _random_folders

ONE_TOPIC_SOURCES = 120  # sources of the one-topic folder: every pair linked, several times LINKS_PER_SOURCE each


def _by_hand(n: int, links, keep: int) -> set:
    """Each source's ``keep`` strongest links (score, then the other source first in order), every source's together."""
    kept = set()
    for i in range(n):
        own = sorted((link for link in links if i in link[:2]), key=lambda l: (-l[2], l[0] if l[1] == i else l[1]))
        kept.update(own[:keep])
    return kept


def test_the_kept_links_are_each_sources_strongest_of_every_link_found_by_scoring_every_pair():
    for _rng, n, vectors, days in _random_folders(11):
        every = _every_link(vectors, days)
        for keep in (1, 3, 100):
            assert set(strongest(n, every, keep)) == _by_hand(n, every, keep)
        found = kept_links(vectors, days)
        assert len(found) == len(set(found)) and set(found) == _by_hand(n, every, LINKS_PER_SOURCE)


def test_kept_again_after_random_changes_keeps_what_a_cold_search_keeps():
    rng = random.Random(3)
    for _rng, n, vectors, days in _random_folders(13):
        keep = rng.choice([1, 2, 4])
        old = strongest(n, _every_link(vectors, days), keep)
        # Some sources change, one is removed, one is added at the end.
        new_vectors, new_days = list(vectors), list(days)
        changed = set(rng.sample(range(n), rng.randint(0, max(1, n // 4))))
        for c in changed:
            new_vectors[c] = unit_vector(Counter({f"w:{k}": 1.0 for k in rng.sample(range(40), 6)}),
                                         {f"w:{k}": 1.5 for k in range(40)})
        gone = rng.randrange(n)
        moved = [k - (k > gone) if k != gone else -1 for k in range(n)]
        new_vectors = [v for k, v in enumerate(new_vectors) if k != gone] + [new_vectors[gone]]
        new_days = [d for k, d in enumerate(new_days) if k != gone] + [rng.choice([None, 0, WINDOW_DAYS])]
        m = len(new_vectors)
        same = [False] * m
        for k in range(n):
            if moved[k] >= 0 and k not in changed:
                same[moved[k]] = True
        found, _ = kept_again(m, same, old, moved, lambda at: links_among(at, new_vectors, new_days), keep)
        assert found == strongest(m, _every_link(new_vectors, new_days), keep)


def _one_topic(n: int) -> tuple[list[str], list[Counter], list[int | None]]:
    """``n`` sources that all share a feature and each share one of a few more: every pair is linked."""
    rng = random.Random(5)
    bags = [Counter({"w:all": 200, f"w:group{k % 7}": 2, f"w:pair{k // 2}": 1, f"w:side{rng.randrange(30)}": 1})
            for k in range(n)]
    return [f"s{k:04d}" for k in range(n)], bags, [rng.choice([None, 100, 101]) for _ in range(n)]


def test_a_folder_of_one_topic_keeps_at_most_its_strongest_links_per_source_and_an_edit_gives_a_cold_grouping():
    ids, bags, days = _one_topic(ONE_TOPIC_SOURCES)
    vectors = tfidf_vectors(bags)
    assert len(_every_link(vectors, days)) == ONE_TOPIC_SOURCES * (ONE_TOPIC_SOURCES - 1) // 2  # (every pair)
    index = ResultsOnly()
    links = StoredLinks(index, "v1")  # type: ignore[arg-type]
    assert links.groups(ids, links.vectors(ids, bags), days) == cluster_sources(vectors, days)
    stored = decode(index.results[(LINKS_KIND, links.version)])
    assert stored is not None
    assert len(stored[0].links) <= ONE_TOPIC_SOURCES * LINKS_PER_SOURCE  # (the whole graph: 7,140 links)
    # An edit of a source among others' strongest (its features the same, their counts not: no idf moves): each
    # source that kept a link with it among its strongest is linked again.
    bags[10] = Counter({feature: 1 if feature == "w:all" else 3 for feature in bags[10]})
    vectors = tfidf_vectors(bags)
    assert links.groups(ids, links.vectors(ids, bags), days) == cluster_sources(vectors, days)
    assert links.relinked == 1 and links.strengthened > 0
    stored = decode(index.results[(LINKS_KIND, links.version)])
    assert stored is not None and stored[0].links == kept_links(vectors, days)


@pytest.fixture(scope="module")
def mix() -> list[Source]:
    sources, _ = load_mix([*gold_mix_folders(), *dev_mix_folders()])
    return sources


def test_with_few_links_kept_per_source_an_edit_an_addition_and_a_removal_still_give_a_cold_grouping(mix, monkeypatch):
    monkeypatch.setattr(strongest_module, "LINKS_PER_SOURCE", 2)  # (most of the mix's sources have more links)
    links = StoredLinks(ResultsOnly(), "v1")  # type: ignore[arg-type]
    edited = list(mix)
    edited[7] = dataclasses.replace(mix[7], paragraphs=mix[7].paragraphs[:1])
    added = [*edited, dataclasses.replace(mix[40], id="added-article", paragraphs=mix[40].paragraphs[:2])]
    removed = added[:20] + added[21:]
    for sources in (mix, edited, added, removed, mix):
        assert group_stories(sources, links=links) == group_stories(sources)
    vectors = tfidf_vectors([source_terms(s) for s in mix])
    days = [day_number(s.published) for s in mix]
    kept = kept_links(vectors, days)
    assert rejoined(average_link(len(mix), kept), vectors, kept, STORY_UNITS) == cluster_sources(vectors, days)
