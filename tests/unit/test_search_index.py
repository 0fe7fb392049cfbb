"""Search: gold top hits, match semantics, highlight positions, narrowing as the query grows."""

from __future__ import annotations

import random

import pytest

from briefing_tui.search import SearchIndex, SearchItem, corpus_items
from tests.conftest import load_yaml

GOLD = load_yaml("search_relevance.yaml")


@pytest.fixture(scope="module")
def seed_index(seed_corpus) -> SearchIndex:
    extra = [SearchItem(i["kind"], i["ref"], i["text"]) for i in GOLD["items"]]
    return SearchIndex([*extra, *corpus_items(seed_corpus)])


def _is_gold(hit, gold) -> bool:
    if "ref" in gold:
        return hit.item.ref == gold["ref"]
    return gold["contains"].casefold() in hit.item.text.casefold()


@pytest.mark.parametrize("case", GOLD["cases"], ids=[c["query"] for c in GOLD["cases"]])
def test_gold_hit_in_top_three(seed_index, case):
    hits = seed_index.search(case["query"], limit=10)
    assert any(_is_gold(h, case["gold"]) for h in hits[:3]), [h.item.text[:60] for h in hits[:5]]


def test_typing_keystroke_by_keystroke_equals_a_fresh_search(seed_corpus):
    items = corpus_items(seed_corpus)
    typed = SearchIndex(items)
    for query in ("central asian countries", "japan is back", "tokyo declaration", "prime minister takaichi"):
        for n in range(1, len(query) + 1):
            prefix = query[:n]
            fresh = SearchIndex(items).search(prefix)
            assert typed.search(prefix) == fresh, prefix
        # and backspacing
        assert typed.search(query[:3]) == SearchIndex(items).search(query[:3])


def _brute_force(items, tokens):
    from briefing_tui.search.tokens import words

    return [i for i, it in enumerate(items) if all(any(w.startswith(t) for w in words(it.text)) for t in tokens)]


def test_word_prefix_matches_are_exactly_the_brute_force_set():
    rng = random.Random(7)
    vocab = ["alpha", "alpine", "beta", "better", "gamma", "gambit", "delta", "deli", "epsilon", "zeta"]
    items = [SearchItem("sentence", str(i), " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 6))))
             for i in range(3000)]
    index = SearchIndex(items)
    for query in ("al", "alp", "gam be", "del zeta", "better alpha", "ep", "zeta zeta"):
        from briefing_tui.search.tokens import words

        expected = _brute_force(items, words(query))
        hits = index.search(query, limit=len(items))
        got = sorted(int(h.item.ref) for h in hits if h.score >= 75)
        assert got == expected, query


def test_ranking_tiers_whole_word_then_prefix_then_scattered():
    items = [SearchItem("sentence", "scattered", "back in japan, it is"),
             SearchItem("sentence", "prefix", "japan is backing it"),
             SearchItem("sentence", "whole", "they say japan is back now")]
    hits = SearchIndex(items).search("japan is back")
    assert [h.item.ref for h in hits] == ["whole", "prefix", "scattered"]
    assert hits[0].score > hits[1].score > hits[2].score


def test_ties_keep_the_items_order():
    items = [SearchItem("quote", "q", "the summit opened"), SearchItem("entity", "e", "summit"),
             SearchItem("sentence", "s", "a summit")]
    assert [h.item.ref for h in SearchIndex(items).search("summit")] == ["q", "e", "s"]


def test_positions_point_at_the_matched_characters(seed_index):
    for query in ("japan is back", "Dadabáev", "kazakstan", "中亚", "takai"):
        for hit in seed_index.search(query, limit=5):
            assert hit.positions, (query, hit.item.text)
            assert all(0 <= i < len(hit.item.text) for i in hit.positions)
            assert list(hit.positions) == sorted(set(hit.positions))
    hit = seed_index.search("japan is back", limit=1)[0]
    marked = "".join(hit.item.text[i] for i in hit.positions)
    assert marked.casefold() == "japanisback"


def test_typo_hit_marks_the_word_it_stands_for():
    hit = SearchIndex([SearchItem("entity", "e", "Timur Dadabaev")]).search("dadabayef")[0]
    assert [hit.item.text[i] for i in hit.positions] == list("Dadabaev")
    assert hit.score < 75


def test_a_typo_is_one_edit_of_a_short_word_not_a_word_three_edits_away():
    # "Baitas" found "High Atlas" (rapidfuzz ratio 73 for three edits of a six-letter word)
    index = SearchIndex([SearchItem("sentence", "s1", "The quake struck the High Atlas mountains"),
                         SearchItem("sentence", "s2", "said government spokesman Mustapha Baitas")])
    assert [h.item.ref for h in index.search("baitas")] == ["s2"]
    assert [h.item.ref for h in index.search("biatas")] == ["s2"]  # a transposition is one edit
    assert [h.item.ref for h in index.search("atlsa")] == ["s1"]


def test_empty_query_limit_and_cancel(seed_index):
    assert seed_index.search("") == [] and seed_index.search("  ,, ") == []
    assert len(seed_index.search("the", limit=7)) == 7
    assert seed_index.search("the", limit=0) == []
    assert seed_index.search("japan", cancelled=lambda: True) == []


def test_common_words_at_scale_still_answer_in_rank_order():
    # Over the candidate cap the index scans in rank order: results must still be true matches.
    index = SearchIndex([SearchItem("sentence", str(i), f"the report number {i} on the summit")
                         for i in range(50_000)])
    assert [h.item.ref for h in index.search("the", limit=20)] == [str(i) for i in range(20)]
    assert [h.item.ref for h in index.search("report summit", limit=5)] == [str(i) for i in range(5)]
    assert index.search("number 49999")[0].item.ref == "49999"


def test_results_are_deterministic(seed_corpus):
    items = corpus_items(seed_corpus)
    assert SearchIndex(items).search("japan asia") == SearchIndex(list(items)).search("japan asia")


def test_a_pasted_paragraph_as_query_still_answers(seed_index, seed_corpus):
    long_sentence = max((s.text for src in seed_corpus.sources for s in src.sentences), key=len)
    hits = seed_index.search(long_sentence * 3)
    assert hits and hits[0].item.text == long_sentence
