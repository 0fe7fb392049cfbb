"""Issue 11: German nouns of a disaster or accident, alone or as a compound's head ("Der Sturm", "Das Erdbeben",
"ein Hotelbrand", "der Waldbrand"), are what happened, never whose a toll is: capitalised as every German noun, they
were read as a name. Invented sentences; each fails on int14 (44850bfd), where the noun was the count's subject."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, one_holding, read


@pytest.mark.parametrize("text", [
    "Der Sturm hat 14 Menschen getötet.",
    "Das Erdbeben hat 12 Menschen getötet.",
    "Ein Waldbrand hat 7 Menschen getötet.",
    "Ein verheerender Hotelbrand hat 30 Menschen getötet.",
])
def test_a_german_event_noun_is_nobody_s_toll(text):
    counts = [f for f in read(text) if f.kind == "count"]
    assert [(f.measure, f.subject) for f in counts] == [("dead", None)]


def test_names_stay_names():
    from briefing_tui.compare.event_nouns import event_noun

    assert [f.subject for f in read("Siemens hat 500 Stellen gestrichen.")] == ["Siemens"]
    assert not event_noun("Brandenburg") and not event_noun("brand") and event_noun("Großbrand")


def test_a_german_toll_told_by_its_event_meets_the_english_one():
    claims = compare([article("o1", "2024-03-08", "The storm killed 14 people across the region."),
                      article("o2", "2024-03-08", "Der Sturm hat in der Region 16 Menschen getötet.")])
    assert one_holding(claims, "14 people", "16 Menschen").verdict == "disagree"
