"""Issue 11: a figure in a relative clause opened by a preposition right after a long-past time ("an attack in 2019,
in which $80 million was stolen", "ein Überfall im Jahr 2019, bei dem 80 Millionen Dollar erbeutet wurden", "en 2019,
lors duquel") is that earlier event's (compare/earlier.py): it is weighed against other sources' figures of the 2019
event, never against the reported event's, and two earlier events of different years stay apart. Invented sentences;
every test fails on the code before this rule."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.earlier import tied_to_earlier
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, holding


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The gang was also behind an attack in 2019, in which $80 million was stolen from a bank.", "$80 million"),
    ("Die Bande verübte auch einen Überfall im Jahr 2019, bei dem 80 Millionen Dollar erbeutet wurden.",
     "80 Millionen Dollar"),
    ("Le gang avait déjà frappé en 2019, lors duquel 80 millions de dollars avaient été volés.",
     "80 millions de dollars"),
])
def test_a_figure_in_a_relative_clause_after_a_past_time_is_of_that_time(sentence, figure):
    units = build_units([article("o1", "2025-03-01", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    assert tied_to_earlier(unit, f, {"o1": "2025-03-01"}) == "2019"


def test_earlier_thefts_of_two_years_stay_apart_from_each_other_and_from_the_new_theft():
    claims = compare([
        article("a", "2025-03-01", "Hackers stole $900 million from the Velto exchange on Friday. The group is "
                "linked to an attack in 2019, in which hackers stole $80 million from a bank."),
        article("b", "2025-03-01", "Hacker haben 900 Millionen Dollar von der Börse Velto gestohlen. Die Gruppe "
                "verübte einen Angriff im Jahr 2019, bei dem 85 Millionen Dollar entwendet wurden. Der Raub übertrifft "
                "den Diebstahl aus dem Jahr 2016, bei dem Hacker 60 Millionen Dollar erbeuteten."),
    ])
    earlier = holding(claims, "hackers stole $80 million", "85 Millionen Dollar")
    assert len(earlier) == 1 and earlier[0].verdict == "disagree"
    assert not any("60 Millionen" in s.text or "900" in s.text for s in earlier[0].statements)
