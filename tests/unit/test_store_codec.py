"""What goes into the index comes back out the same, for any text (property-based)."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.ingest import parse_text
from briefing_tui.model import Citation, Problem, Quote, QuoteOccurrence, Sentence
from briefing_tui.store.codec import (body_fields, pack_value, read_head, source_body, source_head, unpack_value)
from briefing_tui.store.stored_source import HEAVY_FIELDS, StoredSource

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=1500) | st.text(
    st.sampled_from("Ab. “”\"‘’'«»\n\n :–—-1,日本中亚\u200b\x1b[31m"), max_size=800)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_a_parsed_source_survives_the_round_trip(raw):
    import json

    source = parse_text(raw, "s1", "/x/s1.txt")
    problems = [Problem("/x/s1.txt", "a reason")]
    head = read_head(json.dumps(source_head(source, problems), ensure_ascii=False))
    stub = StoredSource.from_head("s1", "/x/s1.txt", "key", head, lambda s: body_fields(source_body(source)))
    for f in dataclasses.fields(source):
        assert getattr(stub, f.name) == getattr(source, f.name), f.name
    assert stub.words == source.words
    for name in HEAVY_FIELDS:
        assert getattr(stub, name) == getattr(source, name)


@given(st.text(max_size=200), st.lists(st.integers(0, 10**6), max_size=5), st.none() | st.text(max_size=30))
def test_results_survive_the_round_trip(text, numbers, speaker):
    value = {"quotes": [Quote("q1", text, speaker, "direct", "s1", 0, len(text), text, None, None, None,
                              [QuoteOccurrence("s2", 1, 2, text)])],
             "sentences": [Sentence(0, 0, 5, text, 0, tuple(numbers))], "citations": [Citation(0, 1, tuple(numbers))],
             "plain": {"k": [1, 2.5, None, True, text]}}
    assert unpack_value(pack_value(value)) == value
