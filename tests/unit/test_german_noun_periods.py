"""Issue 11 (tests/gold_new63): a German count of a compound noun whose last part is a unit of time ("drei
Trauertage") is a period of that unit with the measure its first part names (compare/compound_periods.py), as
"eine dreitägige Staatstrauer" and "three days of national mourning" are, not a count of "Trauertage". Invented
sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def periods(text: str) -> list[tuple[str, str | None, float]]:
    """(text, measure, days) of each period read."""
    return [(f.text, f.measure, round(f.low * 365)) for f in read(text, language="de") if f.kind == "period"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Gouverneur ordnete nach dem Grubenunglück drei Trauertage an.", [("drei Trauertage", "mourning period", 3)]),
    ("Die Regierung erklärte 5 Trauertage für das ganze Land.", [("5 Trauertage", "mourning period", 5)]),
    ("Nach zwölf Streiktagen einigten sich Werft und Gewerkschaft.", [("zwölf Streiktagen", "strike duration", 12)]),
])
def test_a_count_of_a_compound_of_days_is_a_period(text, expected):
    assert periods(text) == expected


def test_a_compound_whose_first_part_names_no_length_stays_a_count():
    found = [(f.text, f.kind) for f in read("Im Mai gab es nur drei Arbeitstage im Werk.", language="de")]
    assert ("drei Arbeitstage", "period") not in found


def test_the_mourning_agrees_across_languages():
    # the same three days in German and English: one measure, one length
    german = periods("Der Präsident verkündete drei Trauertage.")
    english = [(f.measure, round(f.low * 365)) for f in read("The president declared three days of mourning.")
               if f.kind == "period"]
    assert [(m, d) for _, m, d in german] == english == [("mourning period", 3)]
