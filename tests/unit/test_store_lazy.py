"""A cached analysis decodes lazily but reads back as the analysis that was stored."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from briefing_tui.extract import Analysis, QuotedTerm
from briefing_tui.model import Entity, Mention, Problem, Quote, QuoteOccurrence
from briefing_tui.store.analysis_codec import pack_analysis, unpack_analysis
from briefing_tui.store.codec import CodecError
from briefing_tui.store.lazy_list import LazyList, column, peek


def _analysis() -> Analysis:
    uyama = Entity("person:tomohiko-uyama", "Tomohiko Uyama", "person", ["Tomohiko Uyama", "Uyama"],
                   [Mention("a", 0, 14, "Tomohiko Uyama", 0), Mention("b", 5, 10, "Uyama", 2),
                    Mention("a", 40, 45, "Uyama", 3)], ["professor"])
    japan = Entity("place:japan", "Japan", "place", ["Japan"], [Mention("b", 0, 5, "Japan", 0)])
    quiet = Entity("organization:x", "X Corp", "organization", ["X Corp"], [])
    quotes = [Quote("q1", "Japan is back", "Tomohiko Uyama", "direct", "a", 20, 33, "“Japan is back,” he said.", 1,
                    "person:tomohiko-uyama", "said", [QuoteOccurrence("b", 7, 20, "“Japan is back.”")]),
              Quote("q2", "prices will rise", None, "reported", "b", 50, 66, "Prices will rise, it said.")]
    return Analysis([uyama, japan, quiet], quotes, [QuotedTerm("a", 60, 69, "Cold War")],
                    [Problem("/x/aliases.yaml", "not a mapping")])


def test_the_stored_analysis_reads_back_equal():
    original = _analysis()
    assert unpack_analysis(pack_analysis(original)) == original


def test_counts_sources_summaries_and_single_quotes_come_without_decoding_the_rest():
    stored = unpack_analysis(pack_analysis(_analysis()))
    uyama, japan, quiet = stored.entities
    assert [len(e.mentions) for e in stored.entities] == [3, 1, 0]
    assert column(uyama.mentions, "sources") == ["a", "b"] and column(japan.mentions, "sources") == ["b"]
    assert column(stored.quotes, "summary") == [["Japan is back", "Tomohiko Uyama", "person:tomohiko-uyama"],
                                                ["prices will rise", None, None]]
    assert column(stored.quotes, "sources") == [["a", "b"], ["b"]]
    assert peek(stored.quotes, 1).text == "prices will rise"
    assert isinstance(uyama.mentions, LazyList) and uyama.mentions._pending is not None
    assert stored.quotes._pending is not None  # peek decoded one quote, not the list
    assert uyama.mentions[1] == Mention("b", 5, 10, "Uyama", 2)
    assert [t.text for t in stored.terms] == ["Cold War"]


def test_the_search_strings_are_read_without_the_quotes_and_any_text_survives():
    analysis = _analysis()
    stored = unpack_analysis(pack_analysis(analysis))
    assert column(stored.quotes, "search") == ["Tomohiko Uyama Japan is back", " prices will rise"]
    assert stored.quotes._pending is not None
    # A NUL in a quote's words or speaker (the stored strings are otherwise joined by NUL), an empty
    # speaker, words that start with a space.
    odd = [Quote("q3", "a\x00b", "X\x00Y", "direct", "a", 0, 3, "s"), Quote("q4", " lead", "", "direct", "a", 0, 5, "s"),
           *analysis.quotes]
    for quotes in (odd, odd[1:]):
        stored = unpack_analysis(pack_analysis(Analysis(analysis.entities, quotes, analysis.terms, [])))
        assert column(stored.quotes, "search") == [f"{q.speaker or ''} {q.text}" for q in quotes]
        assert column(stored.quotes, "summary") == [[q.text, q.speaker, q.speaker_entity] for q in quotes]
        assert [peek(stored.quotes, i) for i in range(len(quotes))] == quotes == list(stored.quotes)


def test_the_search_strings_are_stored_processed_for_the_rapidfuzz_that_processed_them(monkeypatch):
    import rapidfuzz
    from rapidfuzz.utils import default_process

    stored = unpack_analysis(pack_analysis(_analysis()))
    assert column(stored.quotes, "processed") == [default_process(t) for t in column(stored.quotes, "search")]
    assert column(stored.quotes, "processed") == ["tomohiko uyama japan is back", "prices will rise"]
    monkeypatch.setattr(rapidfuzz, "__version__", "0.0.1")  # another version may process otherwise
    assert column(unpack_analysis(pack_analysis(_analysis())).quotes, "processed") is not None
    blob = pack_analysis(_analysis())
    monkeypatch.undo()
    assert column(unpack_analysis(blob).quotes, "processed") is None


def test_a_lazy_list_is_a_list_in_every_way_that_matters():
    def lazy(items):
        return LazyList(pending=json.dumps(items), count=len(items), decode=json.loads)

    assert lazy([3, 1, 2]) == [3, 1, 2] and [3, 1, 2] == lazy([3, 1, 2]) and (1, lazy([2])) == (1, [2])
    assert sorted(lazy([3, 1, 2])) == [1, 2, 3] and list(reversed(lazy([1, 2]))) == [2, 1]
    assert 2 in lazy([1, 2]) and lazy([1, 2]).index(2) == 1 and lazy([]) == [] and not lazy([])
    grown = lazy([1])
    grown.append(2)
    assert grown == [1, 2] and len(grown) == 2
    assert type(copy.deepcopy(lazy([1]))) is list and pickle.loads(pickle.dumps(lazy([5]))) == [5]
    assert repr(lazy([1, "a"])) == "[1, 'a']" and column([1], "sources") is None and peek([7], 0) == 7


@pytest.mark.parametrize("damage", [lambda b: b[:-3], lambda b: b"\x00analysis/1\x00" + b[20:],
                                    lambda b: b[:60] + b"\xff" * 40 + b[100:],
                                    lambda b: b[:150] + b"\x00" * 300 + b[450:],
                                    lambda b: b"\x00analysis/11\x00" + b[len(b"\x00analysis/12\x00"):]])
def test_a_damaged_stored_analysis_is_refused(damage):
    with pytest.raises(CodecError):
        stored = unpack_analysis(damage(pack_analysis(_analysis())))
        column(stored.quotes, "summary"), column(stored.quotes, "sources")
        [list(e.mentions) for e in stored.entities], list(stored.quotes), list(stored.terms)
