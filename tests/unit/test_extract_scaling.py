"""The look-ups that keep extraction near-linear give exactly what a scan over everything gives."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from briefing_tui.extract.merge import merge_quotes
from briefing_tui.extract.resolve import same_person
from briefing_tui.extract.spelling_index import SpellingIndex
from briefing_tui.model import Quote

WORDS = st.lists(st.text("abcdeé", max_size=12), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(WORDS, st.text("abcdeé", max_size=12), st.sampled_from([75, 80, 90, 95]))
def test_spelling_index_finds_exactly_the_words_a_scan_finds(words, query, cutoff):
    index = SpellingIndex(cutoff)
    for w in words:
        index.add(w)
    assert index.near(query) == {w for w in words if ratio(query, w) >= cutoff}


def test_spelling_index_on_names():
    rng = random.Random(7)
    names = ["".join(rng.choice("aeiourstnkmvb") for _ in range(rng.randint(2, 11))) for _ in range(600)]
    index = SpellingIndex(80)
    for n in names:
        index.add(n)
    for q in names[:80] + ["dadabaev", "dadabayev", "tsai", "cai"]:
        assert index.near(q) == {n for n in names if ratio(q, n) >= 80}


def test_same_person_still_needs_context_for_loose_spellings():
    assert same_person("Timur Dadabaev", "Timour Dadabayev", shared_context=True)
    assert not same_person("Timur Dadabaev", "Timour Dadabayev", shared_context=False)
    assert not same_person("Kenji Sato", "Yuki Sato", shared_context=True)


def _quote(n: int, text: str, speaker: str | None, source: str) -> Quote:
    return Quote(f"q{n}", text, speaker, "direct", source, 0, len(text), text)


def test_merging_follows_speakers_across_thousands_of_copies():
    words = "we will not give up on the corridor whatever it costs"
    quotes = [_quote(i, words, f"Person {i}", f"s{i}") for i in range(2000)]  # one text, 2000 speakers
    quotes += [_quote(2000, words, None, "s2000"),  # unattributed: joins the first copy from elsewhere
               _quote(2001, words + ".", "Person 5", "s2001"),  # near-verbatim, same speaker as copy 5
               _quote(2002, words, "Person 5", "s5")]  # same source as copy 5: a quote of its own
    merged = merge_quotes(quotes)
    assert len(merged) == 2001
    assert [o.source for o in merged[0].also_in] == ["s2000"]
    assert [o.source for o in merged[5].also_in] == ["s2001"]
    assert merged[-1].id == "q2002" and not merged[-1].also_in


def test_an_unattributed_quote_takes_the_speaker_of_a_later_copy():
    words = "the middle corridor is no longer a dream for anyone here"
    merged = merge_quotes([_quote(0, words, None, "a"), _quote(1, words, "Aigerim Nurlanova", "b"),
                           _quote(2, words, "Aigerim Nurlanova", "c"), _quote(3, words, "Kenji Sato", "d")])
    assert [(q.speaker, q.sources) for q in merged] == [("Aigerim Nurlanova", ["a", "b", "c"]),
                                                       ("Kenji Sato", ["d"])]
