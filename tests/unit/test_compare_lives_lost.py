"""Issue 11: German tells a toll with the noun "Leben" (life): "kostete 14 Menschen das Leben", "verloren ihr Leben"
are the dead and "das Leben gerettet" the rescued, while the verb "leben" (to live) still counts residents.
Invented sentences; each fails on int14 (44850bfd), where the noun was read as the verb (residents)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text, f.measure) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("Der Sturm hat mindestens 14 Menschen das Leben gekostet.", "14", "dead"),
    ("Das Zugunglück kostete 23 Menschen das Leben.", "23", "dead"),
    ("Bei dem Erdrutsch verloren 9 Menschen ihr Leben.", "9", "dead"),
    ("Die Bergwacht hat 40 Menschen das Leben gerettet.", "40", "rescued"),
])
def test_a_life_lost_or_saved_is_the_dead_or_the_rescued(text, needle, measure):
    assert measure_of(text, needle) == measure


def test_the_verb_to_live_still_counts_residents():
    assert measure_of("In dem Tal leben 5000 Menschen.", "5000") == "residents"


def test_a_german_toll_meets_its_english_twin():
    from briefing_tui.compare import compare
    from tests.compare_helpers import article, one_holding

    claims = compare([article("o1", "2024-03-08", "The avalanche killed 14 people in the valley on Sunday."),
                      article("o2", "2024-03-08", "Die Lawine hat am Sonntag im Tal 16 Menschen das Leben gekostet.")])
    claim = one_holding(claims, "14 people", "16 Menschen")
    assert claim.verdict == "disagree"
