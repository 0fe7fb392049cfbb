"""'One' as a count only where it stands parallel to another count of a list of parts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.segments import figure_clauses
from briefing_tui.ingest import load_sources
from briefing_tui.model import Source


def counts(text: str) -> list[tuple[str, float, str | None]]:
    source = Source(id="s", path="s.txt", raw=text)
    return [(f.text, f.low, f.subject) for f in figures_in_text(text, source, 0) if f.kind == "count"]


@pytest.mark.parametrize(("text", "one"), [
    ("Additionally, three more fatalities have been recorded: two in Castilla-La Mancha and one in Andalusia.",
     ("one", 1.0, "Andalusia")),
    ("The latest data confirms the death of 202 people in the Valencian Community, two in Castilla-La Mancha "
     "and one in Malaga.", ("one", 1.0, "Malaga")),
    ("In addition to the 216 victims in the Valencian Community, there were seven fatalities in Castilla-La Mancha "
     "and one in Andalucía.", ("one", 1.0, "Andalucía")),
    ("Darüber hinaus wurden sieben Todesfälle in Castilla-La Mancha und einer in Andalusien verzeichnet.",
     ("einer", 1.0, "Andalusien")),
])
def test_one_parallel_to_a_count_is_a_count(text, one):
    assert one in counts(text)


@pytest.mark.parametrize("text", [
    "One in five adults and two in three children were ill.",  # ratios
    "No one in the room and two in the hall were hurt.",  # a pronoun
    "One of the victims was a child and two were adults.",  # a partitive
    "He arrived one day in May and left in June.",  # no other count
    "Two people died in Valencia; one in Madrid is still missing.",  # another clause
])
def test_one_elsewhere_is_no_count(text):
    assert all(t.split()[0].lower() not in ("one", "einer") for t, _, _ in counts(text))


def test_parts_of_one_measure_in_two_places_are_two_clauses():
    text = "there were seven fatalities in Castilla-La Mancha and one in Andalucía."
    spans = [(11, 27), (54, 57)]
    cut = figure_clauses(text, spans, ["dead", "dead"], ["Castilla-La Mancha", "Andalucía"])
    assert [text[a:b] for a, b in cut] == ["there were seven fatalities in Castilla-La Mancha", "one in Andalucía."]
    # (one place, or none: one statement, "killed 241 people on board and at least 29 on the ground")
    assert len(set(figure_clauses(text, spans, ["dead", "dead"], [None, None]))) == 1


def test_the_one_of_a_list_of_parts_is_its_own_claim():
    texts = ["Three more deaths were recorded: two in Castilla-La Mancha and one in Andalusia.",
             "The toll rose, with two in Castilla-La Mancha and one in Malaga."]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, t in enumerate(texts):
            p = Path(folder, f"0{k}_s.txt")
            p.write_text(t + "\n", encoding="utf-8")
            paths.append(p)
        sources = load_sources(paths)[0]
        claims = build_claims(sources, [], [])
    ones = [c for c in claims if any(s.text.startswith("one in") for s in c.statements)]
    assert ones and [s.text for s in ones[0].statements] == ["one in Andalusia.", "one in Malaga."]


def test_a_sentence_of_thousands_of_parts_is_read_in_linear_time():
    import time

    from briefing_tui.compare.counts import Found
    from briefing_tui.compare.parallel_ones import with_parallel_ones

    text = "two in X and one in Y, " * 5000
    taken = [Found("count", i, i + 3, {"low": 2.0, "high": 2.0}) for i in range(0, len(text), 23)]
    began = time.perf_counter()
    out = with_parallel_ones(taken, text)
    assert len(out) == 2 * len(taken) and time.perf_counter() - began < 2.0
