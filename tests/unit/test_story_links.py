"""Stories as components of pairwise links, kept up source by source: after an addition, an edit or a
removal the stories equal a cold grouping's, and only the changed sources are linked again."""

from __future__ import annotations

import dataclasses
from collections import Counter
from itertools import combinations

import pytest

from bench.stories_eval import dev_mix_folders, gold_mix_folders, load_mix
from briefing_tui.model import Paragraph, Source
from briefing_tui.stories import group_stories
from briefing_tui.stories.cluster import all_links, average_link, components, link_score, links_among, links_of, needs
from briefing_tui.stories.describe import day_number
from briefing_tui.stories.stored_links import StoredLinks
from briefing_tui.stories.terms import source_terms
from briefing_tui.stories.vectors import (WEIGHT_SCALE, document_frequencies, dot, idf_table, rounded_count,
                                         tfidf_vectors, vector_language)
from tests.store_helpers import ResultsOnly


@pytest.fixture(scope="module")
def mix() -> list[Source]:
    sources, _ = load_mix([*gold_mix_folders(), *dev_mix_folders()])
    return sources


def _with_paragraphs(source: Source, paragraphs: list[Paragraph], new_id: str | None = None) -> Source:
    return dataclasses.replace(source, id=new_id or source.id, paragraphs=paragraphs)


def _every_link(vectors, days) -> set[tuple[int, int, int]]:
    """Every pair's link, each pair scored (two languages' sources: their dot product counts more)."""
    return {(j, i, score) for j, i in combinations(range(len(vectors)), 2) if vectors[j] and vectors[i]
            and (score := link_score(dot(vectors[j], vectors[i]), vector_language(vectors[j]),
                                     vector_language(vectors[i]))) >= needs(days[j], days[i])}


def test_all_links_finds_exactly_the_pairs_a_full_comparison_finds(mix):
    vectors = tfidf_vectors([source_terms(s) for s in mix])
    days = [day_number(s.published) for s in mix]
    every = _every_link(vectors, days)
    found = all_links(vectors, days)
    assert len(found) == len(set(found)) and set(found) == every
    assert len(every) == LINKED_PAIRS


AROUND_EDITED = 53  # of the 66: the other events are not grouped again (33 before the links of two languages'
# sources counted twice)
LINKED_PAIRS = 317  # (the pruned search finds each of them, and no other pair; 302 before titles were found where
# pages hide them, issue 11: the stories are unchanged, bench.stories_eval; 303 before the words were weighed within
# their language and two languages' links counted twice)


def test_components_are_sorted_and_in_order_of_first_member():
    assert components(6, [(1, 4, 9), (2, 5, 9), (0, 5, 9)]) == [[0, 2, 5], [1, 4], [3]]


def test_average_link_joins_the_groups_of_highest_mean_link_while_it_reaches_the_threshold():
    unit = WEIGHT_SCALE * WEIGHT_SCALE
    strong, weak = unit // 2, -(-unit * 15 // 100)
    # 0-1-2 strongly linked; 3 linked to 2 at 0.05: its mean link to {0, 1, 2} is under 0.05.
    triangle = [(0, 1, strong), (1, 2, strong), (0, 2, strong)]
    assert average_link(5, [*triangle, (2, 3, weak // 3)]) == [[0, 1, 2], [3], [4]]
    # Linked to two of them at 0.15, its mean is 0.1: it joins.
    assert average_link(4, [*triangle, (2, 3, weak), (1, 3, weak)]) == [[0, 1, 2, 3]]
    # A chain of strong links whose ends are not linked stays together through the middle.
    assert average_link(3, [(0, 1, strong), (1, 2, strong)]) == [[0, 1, 2]]


def test_counts_are_rounded_to_quarter_doublings():
    assert [rounded_count(n) for n in (1, 2, 4, 8)] == [1.0, 2.0, 4.0, 8.0]
    assert rounded_count(3) == 2 ** 1.5 and rounded_count(2000) == rounded_count(2100) == 2 ** 11
    assert rounded_count(2400) == 2 ** 11.25


def test_an_edit_an_addition_and_a_removal_give_a_cold_grouping_and_relink_only_what_changed(mix):
    index = ResultsOnly()
    links = StoredLinks(index, "v1")  # type: ignore[arg-type]
    assert group_stories(mix, links=links) == group_stories(mix)
    assert links.relinked == len(mix)

    # Nothing changed: no source is linked again.
    assert group_stories(mix, links=links) == group_stories(mix)
    assert links.relinked == 0

    # An article repeats its own first paragraph: its counts change, not any feature's frequency.
    edited = list(mix)
    k = 7
    edited[k] = _with_paragraphs(mix[k], [mix[k].paragraphs[0], *mix[k].paragraphs])
    assert group_stories(edited, links=links) == group_stories(edited)
    assert links.relinked == 1
    # Only the sources linked (directly or not) to the edited one are grouped again.
    vectors = tfidf_vectors([source_terms(s) for s in edited])
    around = next(c for c in components(len(edited), all_links(vectors, [day_number(s.published) for s in edited]))
                  if k in c)
    assert links.regrouped == len(around) == AROUND_EDITED

    # A new article (another event's words under a new id) and then a removal.
    added = [*edited, _with_paragraphs(mix[40], mix[40].paragraphs[:2], "added-article")]
    assert group_stories(added, links=links) == group_stories(added)
    # Only the vectors with a feature whose idf moved are weighed again (and the new article's), the others read back.
    before = idf_table(document_frequencies([source_terms(s) for s in edited]), len(edited))
    after = idf_table(document_frequencies([source_terms(s) for s in added]), len(added))
    moved = {t for t in before.keys() | after.keys() if before.get(t) != after.get(t)}
    touched = sum(1 for s in edited if not moved.isdisjoint(source_terms(s)))
    assert links.reweighed == touched + 1 < len(added) // 2
    removed = added[:20] + added[21:]
    assert group_stories(removed, links=links) == group_stories(removed)


class Reader:
    """The sources' features read on demand (as ``stories.cached`` reads them from the index), the positions
    asked for kept."""

    def __init__(self, sources: list[Source]) -> None:
        self.bags = [source_terms(s) for s in sources]
        self.asked: list[int] = []

    def __call__(self, positions) -> list[Counter]:
        self.asked.extend(positions)
        return [self.bags[k] for k in positions]


def _keyed(links_index: ResultsOnly, sources: list[Source], keys: dict[str, str]) -> tuple[StoredLinks, Reader, list]:
    """Stories of ``sources`` through the stored links with content keys: the links, what was read, the stories."""
    links = StoredLinks(links_index, "v1", {s.id: keys[s.id] for s in sources})  # type: ignore[arg-type]
    reader = Reader(sources)
    return links, reader, group_stories(sources, reader, links)


def test_after_a_few_changes_only_the_changed_sources_features_are_read_and_the_stories_are_a_cold_groupings(mix):
    index = ResultsOnly()
    keys = {s.id: f"key of {s.id}" for s in mix}
    links, reader, stories = _keyed(index, mix, keys)
    assert stories == group_stories(mix) and len(reader.asked) == len(mix) == links.counted

    # An article repeats its own first paragraph: a new content key, the same features (no frequency moves).
    edited = list(mix)
    k = 7
    edited[k] = _with_paragraphs(mix[k], [mix[k].paragraphs[0], *mix[k].paragraphs])
    keys[mix[k].id] = "key of the edit"
    links, reader, stories = _keyed(index, edited, keys)
    assert stories == group_stories(edited)
    assert reader.asked == [k] and links.counted == 2 and links.reweighed == 1  # its features then and now

    # Each change in turn, from the record the last one left: the vectors and stories are a cold weighing's
    # and grouping's, whether the frequencies were updated from the changed sources or counted again.
    shortened = list(edited)
    shortened[30] = _with_paragraphs(edited[30], edited[30].paragraphs[:2])
    keys[edited[30].id] = "key of the shortened"
    added = [*shortened, _with_paragraphs(mix[40], mix[40].paragraphs[:3], "added-article")]
    keys["added-article"] = "key of the added"
    removed = added[:20] + added[21:]
    for sources in (shortened, added, removed, mix):
        if sources is mix:  # (back as they were: their first keys)
            keys.update({s.id: f"key of {s.id}" for s in mix})
        links, reader, stories = _keyed(index, sources, keys)
        assert stories == group_stories(sources)
        assert links._weighed is not None  # (what the next change starts from)
        assert [v for _, v in (links._weighed.vectors[s.id] for s in sources)] == \
            tfidf_vectors([source_terms(s) for s in sources])


def test_edits_a_removal_and_an_addition_that_move_no_idf_read_only_the_changed_features_each_time():
    from briefing_tui.stories.cluster import cluster_sources

    # 200 sources: a feature of all, one of 20 groups of 10 (10 and 9 round alike), one of their own.
    bags = {f"s{k:03d}": Counter({"all": 1, f"group{k % 20}": 2, f"own{k}": 1}) for k in range(200)}
    keys = {sid: f"key {sid}" for sid in bags}
    index = ResultsOnly()

    def grouped(reads: int, counted: int, written: bool = True) -> None:
        ids = sorted(bags)
        asked: list[int] = []

        def reader(positions):
            asked.extend(positions)
            return [bags[ids[k]] for k in positions]

        links = StoredLinks(index, "v1", {sid: keys[sid] for sid in ids})  # type: ignore[arg-type]
        vectors = links.vectors(ids, reader)
        every = [bags[sid] for sid in ids]
        assert vectors == tfidf_vectors(every)
        assert links.groups(ids, vectors, [None] * len(ids)) == cluster_sources(tfidf_vectors(every), [None] * len(ids))
        assert (len(asked), links.counted, links.written) == (reads, counted, written)

    grouped(200, 200)
    grouped(0, 0, written=False)  # nothing changed
    bags["s005"] = Counter({"all": 3, "group5": 1, "own5": 2})  # new counts, the same features
    keys["s005"] = "key s005 edited"
    grouped(1, 2)  # (its vector moved: the record is written)
    bags["s006"] = Counter({"all": 1, "group6": 2, "another6": 1})  # a feature of its own for another
    keys["s006"] = "key s006 edited"
    grouped(1, 2, written=False)  # (a feature of one source weighs nothing: no vector moved, the record stands)
    del bags["s000"]  # group0 falls to 9
    grouped(1, 3)  # (s006 differs from the record still: its features then and now read and counted again)
    bags["s200"] = Counter({"all": 1, "group0": 1, "own200": 4})  # and is 10 again
    keys["s200"] = "key s200"
    grouped(1, 1)
    bags["s007"] = Counter({"all": 1, "group6": 2, "own7": 1})  # group6 grows to 11: its idf moves
    keys["s007"] = "key s007 moved"
    # (the changed one first, then the 10 others holding group6, weighed again: their features read, not counted)
    grouped(1 + 10, 2)
    bags["s008"] = Counter({"all": 1, "group5": 2, "own8": 1})  # group5 grows to 11 (group8 falls to 9: no move)
    keys["s008"] = "key s008 moved"
    grouped(1 + 10, 2)
    bags["s201"] = Counter({"all": 1, "group9": 1})  # an addition moving group9's idf (10 -> 11)
    keys["s201"] = "key s201"
    grouped(1 + 10, 1)
    del bags["s201"]  # and its removal moving it back: the others holding it weighed again
    grouped(10, 1)


def test_edits_that_move_no_vector_leave_the_record_as_it_was_until_more_than_stale_sources_differ_from_it():
    from briefing_tui.stories.cluster import cluster_sources
    from briefing_tui.stories.stored_links import CHANGED_SHARE, LINKS_KIND, STALE_SOURCES

    # 800 sources in 10 groups; each edit gives a source a feature no other has (it weighs nothing).
    bags = {f"s{k:03d}": Counter({"all": 1, f"group{k % 10}": 2, f"own{k}": 1}) for k in range(800)}
    assert STALE_SOURCES <= CHANGED_SHARE * len(bags) / 4
    keys = {sid: f"key {sid}" for sid in bags}
    index = ResultsOnly()
    ids = sorted(bags)

    def grouped() -> StoredLinks:
        links = StoredLinks(index, "v1", {sid: keys[sid] for sid in ids})  # type: ignore[arg-type]
        vectors = links.vectors(ids, lambda at: [bags[ids[k]] for k in at])
        every = [bags[sid] for sid in ids]
        assert vectors == tfidf_vectors(every)
        assert links.groups(ids, vectors, [None] * len(ids)) == cluster_sources(tfidf_vectors(every), [None] * len(ids))
        return links

    assert grouped().written
    record = dict(index.results)
    for k in range(STALE_SOURCES + 1):
        bags[ids[k]] = bags[ids[k]] + Counter({f"typo{k}": 1})
        keys[ids[k]] = f"key {ids[k]} edited"
        links = grouped()
        # Each run reads again the sources edited since the record (their features then and now counted), and
        # writes the record only once more than STALE_SOURCES of them differ from it.
        assert (links.counted, links.reweighed) == (2 * (k + 1), k + 1)
        assert links.written == (k + 1 > STALE_SOURCES)
        assert (index.results == record) == (k + 1 <= STALE_SOURCES)
    assert [kind for kind, _ in index.results] == [LINKS_KIND]
    assert (grouped().counted, grouped().written) == (0, False)  # (up to date again)
    # In a small folder the record is written after every edit (the next change must stay within CHANGED_SHARE).
    small = ResultsOnly()
    few = {sid: bags[sid] for sid in ids[:30]}
    few_keys = {sid: keys[sid] for sid in few}
    for k in range(3):
        if k:
            few[ids[k]] = few[ids[k]] + Counter({f"typo again {k}": 1})
            few_keys[ids[k]] += " again"
        links = StoredLinks(small, "v1", few_keys)  # type: ignore[arg-type]
        vectors = links.vectors(list(few), list(few.values()))
        links.groups(list(few), vectors, [None] * len(few))
        assert (links.reweighed, links.written) == (30 if k == 0 else 1, True)


def test_taking_away_most_of_an_event_and_putting_it_back_gives_a_cold_grouping_each_time(mix):
    index = ResultsOnly()
    links = StoredLinks(index, "v1")  # type: ignore[arg-type]
    group_stories(mix, links=links)
    fewer = [s for k, s in enumerate(mix) if not 10 <= k < 17]
    assert group_stories(fewer, links=links) == group_stories(fewer)
    assert group_stories(mix, links=links) == group_stories(mix)


def test_a_damaged_record_links_everything_afresh(mix):
    index = ResultsOnly()
    links = StoredLinks(index, "v1")  # type: ignore[arg-type]
    group_stories(mix, links=links)
    for key in index.results:
        index.results[key] = b"{not json"
    assert group_stories(mix, links=links) == group_stories(mix)
    assert links.relinked == len(mix)


def _random_folders(seed: int):
    """Twenty random folders (the generator, the size, unit vectors over 40 features in one of two languages or
    none, days around the window)."""
    import random

    from briefing_tui.stories.cluster import WINDOW_DAYS
    from briefing_tui.stories.vectors import unit_vector

    rng = random.Random(seed)
    vocabulary = [f"w:{k}" for k in range(40)]
    for _ in range(20):
        n = rng.randint(2, 60)
        idf = {t: 1.0 + rng.random() for t in vocabulary}
        bags = [Counter({t: rng.choice([1.0, 2.0, 3.5]) for t in rng.sample(vocabulary, rng.randint(0, 12))})
                for _ in range(n)]
        for bag in bags:
            if (mark := rng.choice([None, "@en", "@de"])) is not None:
                bag[mark] = 0
        vectors = [unit_vector(bag, idf) for bag in bags]
        days = [rng.choice([None, 0, 1, WINDOW_DAYS - 1, WINDOW_DAYS, 2 * WINDOW_DAYS, rng.randint(0, 400)])
                for _ in range(n)]
        yield rng, n, vectors, days


def test_all_links_equals_every_pair_scored_on_random_vectors_and_days_around_the_window():
    for _rng, n, vectors, days in _random_folders(5):
        every = _every_link(vectors, days)
        found = all_links(vectors, days)
        assert len(found) == len(set(found)) and set(found) == every


def test_vectors_read_back_are_those_a_cold_weighing_gives_after_each_change(mix):
    index = ResultsOnly()
    links = StoredLinks(index, "v1")  # type: ignore[arg-type]
    ids = [s.id for s in mix]
    bags = [source_terms(s) for s in mix]
    assert links.vectors(ids, bags) == tfidf_vectors(bags) and links.reweighed == len(mix)
    links.groups(ids, tfidf_vectors(bags), [day_number(s.published) for s in mix])
    assert links.vectors(ids, bags) == tfidf_vectors(bags) and links.reweighed == 0
    # One source fewer: frequencies fall, the vectors of the sources with one of those features are weighed again.
    fewer = [k for k in range(len(mix)) if k != 5]
    sub_ids, sub_bags = [ids[k] for k in fewer], [bags[k] for k in fewer]
    assert links.vectors(sub_ids, sub_bags) == tfidf_vectors(sub_bags)
    assert 0 < links.reweighed < len(fewer)


@pytest.mark.parametrize("columns_bytes", [None, 1])
def test_the_links_of_changed_sources_are_those_each_one_scored_against_every_other_gives(columns_bytes, monkeypatch):
    import briefing_tui.stories.cluster as cluster_module

    if columns_bytes is not None:  # a batch per changed source
        monkeypatch.setattr(cluster_module, "COLUMNS_BYTES", columns_bytes)

    for rng, n, vectors, days in _random_folders(7):
        changed = sorted(rng.sample(range(n), rng.randint(1, n)))
        scored = [link for c in changed
                  for link in links_of(c, vectors, days, [j for j in range(n) if j not in changed or j > c])]
        found = links_among(changed, vectors, days)
        assert len(found) == len(set(found)) and set(found) == set(scored)


def test_after_an_edit_only_the_edited_sources_story_is_described_again_and_the_stories_are_a_cold_groupings(mix):
    from briefing_tui.stories.stored_links import FACES_KIND

    index = ResultsOnly()
    keys = {s.id: f"key of {s.id}" for s in mix}
    links, _, stories = _keyed(index, mix, keys)
    assert stories == group_stories(mix) and links.described == len(stories)
    links, _, stories = _keyed(index, mix, keys)
    assert stories == group_stories(mix) and links.described == 0  # (no story's members changed)

    # An article loses its last paragraph: its story is described again (its face may change), no other.
    edited = list(mix)
    k = 7
    edited[k] = _with_paragraphs(mix[k], mix[k].paragraphs[:-1])
    keys[mix[k].id] = "key of the edit"
    links, _, stories = _keyed(index, edited, keys)
    assert stories == group_stories(edited) and links.described == 1

    # An article's title changes and nothing else: the stories its new words move are described again.
    retitled = list(edited)
    retitled[k] = dataclasses.replace(edited[k], title="A title no other article has")
    keys[mix[k].id] = "key of the title"
    links, _, stories = _keyed(index, retitled, keys)
    assert stories == group_stories(retitled) and 1 <= links.described < len(stories)

    # Faces that cannot be read are worked out again: the same stories.
    for key in [key for key in index.results if key[0] == FACES_KIND]:
        index.results[key] = b"[not faces"
    links, _, stories = _keyed(index, retitled, keys)
    assert stories == group_stories(retitled) and links.described == len(stories)


def test_an_edit_works_out_its_own_digest_alone_and_one_that_moves_no_vector_neither_links_nor_groups(monkeypatch):
    import briefing_tui.stories.cluster as cluster_module
    import briefing_tui.stories.replay_link as replay_module
    import briefing_tui.stories.stored_links as stored_links_module
    from briefing_tui.stories.cluster import cluster_sources
    from tests.counting import count_calls

    # 800 dated sources (some undated) in 10 groups.
    bags = {f"s{k:03d}": Counter({"all": 1, f"group{k % 10}": 2, f"own{k}": 1}) for k in range(800)}
    days = {sid: None if k % 7 == 0 else 740000 + k % 30 for k, sid in enumerate(bags)}
    keys = {sid: f"key {sid}" for sid in bags}
    index = ResultsOnly()
    ids = sorted(bags)
    done = count_calls(monkeypatch, digested=(stored_links_module, "vector_digest"),
                       components=(cluster_module, "components"), average_link=(cluster_module, "average_link"),
                       links_among=(cluster_module, "links_among"), replayed=(replay_module, "replay_groups"))

    def grouped() -> dict[str, int]:
        for k in done:
            done[k] = 0
        links = StoredLinks(index, "v1", dict(keys))  # type: ignore[arg-type]
        vectors = links.vectors(ids, lambda at: [bags[ids[k]] for k in at])
        every, on = [bags[sid] for sid in ids], [days[sid] for sid in ids]
        assert vectors == tfidf_vectors(every)
        groups = links.groups(ids, vectors, on)
        counts = dict(done)  # (before the cold grouping's calls)
        assert groups == cluster_sources(tfidf_vectors(every), on)
        return counts

    assert grouped()["digested"] == len(ids)
    # An edit giving a source a feature of its own moves no vector: only its digest is worked out (the others are
    # the record's), no link is searched for, and the record's components and stories stand.
    bags[ids[3]] = bags[ids[3]] + Counter({"typo": 1})
    keys[ids[3]] += " edited"
    assert grouped() == {"digested": 1, "components": 0, "average_link": 0, "links_among": 0, "replayed": 0}
    # An edit that moves its vector: its digest is worked out, and the last edit's (the record was left as it was),
    # the two are linked again and their component grouped by replaying the record's joins.
    bags[ids[5]] = Counter({"all": 1, f"group{5 % 10}": 5, "own5": 1})
    keys[ids[5]] += " edited"
    assert grouped() == {"digested": 2, "components": 1, "average_link": 0, "links_among": 1, "replayed": 1}
    # A source whose day is not the record's (its vector is): its digest is worked out again, and it is linked again.
    days[ids[8]] = 740100
    assert grouped() == {"digested": 1, "components": 1, "average_link": 0, "links_among": 1, "replayed": 1}
