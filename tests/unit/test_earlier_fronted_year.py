"""Issue 11: a long-past year ending a fronted phrase of time, set off by a comma, dates the figure that opens the
clause after it ("During the last festival, in 2009, at least 52 pilgrims drowned"; "celebrada en 2009, 48 personas
murieron"): that figure counts the earlier event, not the reported one, even when the year is not at the sentence's
start. A list of figure-and-year pairs ("12 in 2009, 48 in 2011") does not give the next figure the year before it.
Invented sentences; each test fails on int18 (3e1629aa) but the list one, a guard."""

from __future__ import annotations

import pytest

from briefing_tui.compare.earlier import tied_to_earlier
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, compared, one_holding


def _tied(sentence: str, figure: str) -> str | None:
    units = build_units([article("o1", "2025-03-02", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    return tied_to_earlier(unit, f, {"o1": "2025-03-02"})


@pytest.mark.parametrize(("sentence", "figure"), [
    ("During the last festival on the river, in 2009, at least 52 pilgrims drowned near the bridge.",
     "at least 52 pilgrims"),
    ("En la edición anterior de la feria, celebrada en 2009, 48 personas murieron en un incendio.", "48 personas"),
    ("Na edição anterior da feira, em 2009, 48 pessoas morreram num incêndio.", "48 pessoas"),
])
def test_a_fronted_past_year_set_off_by_a_comma_dates_the_figure_after_it(sentence, figure):
    assert _tied(sentence, figure) == "2009"


def test_a_list_of_yearly_figures_does_not_date_the_next_figure_by_the_year_before():
    assert _tied("The fair counted 12 fires in 2009, 48 fires in the year just ended.", "48 fires") is None


def test_the_earlier_festivals_toll_is_not_weighed_against_the_reported_toll():
    claims = compared(
        "At least 31 people died in the crush at the fair on Sunday. During the last festival on the river, in 2009, "
        "at least 52 people died when panic broke out at a bus station.",
        "Thirty-one people were killed in Sunday's crush at the fair. Durante la edición anterior de la feria, "
        "celebrada en 2009, 48 personas murieron en una estampida en la estación de autobuses.",
        published="2025-03-02")
    old = one_holding(claims, "at least 52 people", "48 personas")
    assert old.verdict == "disagree" and "earlier event" in (old.measure or ""), old.evidence
    assert not any("31" in s.text for s in old.statements)

