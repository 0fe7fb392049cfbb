"""Issue 11: a word of severity right after a count ("dont 15 grièvement", "8 davon schwer") is an adverb that counts
nothing: the count is of the seriously injured, a part of the injured its severity already names. It was read as a
noun ("15 grièvement" counted "grièvement"), or as some other part of the toll ("part seriously injured"), and never
met the seriously injured another article counts. Every sentence is made up for the test (fails on the code before)."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _measures(body: str) -> dict[str, str | None]:
    units = build_units([article("o1", "2025-03-04", body)], (), (), default_rate_table())
    return {f.text: f.measure for u in units for f in u.figures if f.kind == "count"}


def test_a_french_adverb_of_severity_after_a_count_counts_the_seriously_injured():
    found = _measures("Un bus a quitté la route près de Tours. Une trentaine de passagers ont été blessés, dont 9 grièvement.")
    assert found["9 grièvement"] == "seriously injured"


def test_a_severity_after_whom_is_no_other_part_of_the_toll():
    found = _measures("Selon la préfecture, 52 personnes sont blessées, dont 7 gravement.")
    assert found["52 personnes"] == "injured"
    assert found["7 gravement"] == "seriously injured"
    found = _measures("Il y a 44 blessés, dont 6 graves, selon les pompiers.")
    assert found["6 graves"] == "seriously injured"


def test_a_part_of_the_toll_that_names_no_severity_is_still_a_part():
    found = _measures("L'incendie a fait 30 morts, dont quatre enfants.")
    assert found["quatre enfants"].startswith("part ")
