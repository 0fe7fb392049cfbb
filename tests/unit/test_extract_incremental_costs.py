"""What re-analysing a corpus after one edit costs, counted in calls (not time): the corpus-wide passes
(storing the analysis, merging quotes, matching spellings) do no work per item that one pass for all
items can do, and give the same result."""

from __future__ import annotations

import random
import zlib

from rapidfuzz.fuzz import ratio

import briefing_tui.extract.merge as merge_module
from briefing_tui.extract import Analysis
from briefing_tui.extract.merge import merge_quotes
from briefing_tui.extract.spelling_index import SpellingIndex
from briefing_tui.model import Quote
from briefing_tui.store.analysis_codec import pack_analysis, unpack_analysis
from briefing_tui.store.codec import encode_value
from briefing_tui.store.lazy_list import peek
from tests.counting import count_calls

WORDS = "the ministry said exports rose again in march after two slow months of trade".split()


def _quotes(n: int) -> list[Quote]:
    """``n`` different quotes, one per source, some of them long."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(5 + i % 40)) + f" {i}"
        out.append(Quote(f"q{i}", text, "Aiko Tanaka" if i % 2 else None, "direct", f"s{i}", 10, 10 + len(text),
                         f"“{text},” she said."))
    return out


def test_the_quote_documents_are_compressed_by_one_compressor_and_each_reads_back_alone(monkeypatch):
    quotes = _quotes(60)
    calls = count_calls(monkeypatch, compress=(zlib, "compress"), compressobj=(zlib, "compressobj"))
    blob = pack_analysis(Analysis([], quotes, [], []))
    # Seven parts compressed whole (head, speakers, entity rows, entity sources, quote sources, terms, the
    # mentions' index; no source has mentions), and one compressor for the 60 quote documents: a compressor
    # per document cost more than compressing.
    assert calls == {"compress": 7, "compressobj": 1}
    stored = unpack_analysis(blob)
    for i in (59, 0, 31):  # any one of them, in any order, without the others
        assert encode_value(peek(stored.quotes, i)) == encode_value(quotes[i])
    assert stored.quotes._pending is not None
    assert [encode_value(q) for q in stored.quotes] == [encode_value(q) for q in quotes]


def test_each_distinct_quote_text_is_normalised_once(monkeypatch):
    said = "We will look at the figures again next week, after the vote"
    quotes = [Quote(f"q{i}", said, speaker, "direct", f"s{i}", 0, len(said), said)
              for i, speaker in enumerate([None, "Aiko Tanaka", "Aiko Tanaka", None])]
    quotes.append(Quote("q9", "Prices will not rise this year at all", None, "reported", "s9", 0, 37, "x"))
    calls = []
    normal = merge_module._normal

    def counting_normal(text):
        calls.append(text)
        return normal(text)

    monkeypatch.setattr(merge_module, "_normal", counting_normal)
    merged = merge_quotes(quotes)
    assert sorted(calls) == sorted([said, "Prices will not rise this year at all"])
    # The four copies are one quote from s0 (its speaker taken from s1), seen in s1, s2 and s3 too.
    assert [(q.source, q.speaker, [o.source for o in q.also_in]) for q in merged] == [
        ("s0", "Aiko Tanaka", ["s1", "s2", "s3"]), ("s9", None, [])]


def test_near_spellings_are_exactly_those_at_the_cutoff_or_above():
    rng = random.Random(3)
    words = ["".join(rng.choice("aeiknorstu") for _ in range(rng.randint(1, 16))) for _ in range(400)]
    for cutoff in (40, 75, 80, 95):
        index = SpellingIndex(cutoff)
        for w in words:
            index.add(w)
        for probe in words[:60] + ["tanaka", "x", ""]:
            assert index.near(probe) == {w for w in set(words) if ratio(probe, w) >= cutoff}, (cutoff, probe)
