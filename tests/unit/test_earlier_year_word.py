"""Issue 11: a figure dated to a long-past year by a preposition and the word for "year" ("im Jahr 2018", "in the
year 2018", "en el año 2018", "en l'an 2018") is an earlier event's, as with the preposition alone ("in 2018"): "Nach
der Strafe von 4,3 Milliarden Euro im Jahr 2018 gegen Google" is the 2018 fine, weighed against another source's 2018
fine, not left to a claim by wording. Verbatim sentences of tests/gold_new2's google_eu_adtech_fine_2025 (04
shiftdelete, 06 extremnews); each test fails on f50afe5."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.earlier import tied_to_earlier
from briefing_tui.compare.units import build_units
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article, holding

SHIFTDELETE = ("The €2.95 billion penalty is the second-largest antitrust fine the EU has ever issued to Google. In "
               "2018, the company was fined €5 billion for abusing dominance in the Android ecosystem.")
EXTREMNEWS = ("Die EU-Kommission hat eine Strafe in Höhe von 2,95 Milliarden Euro gegen Google verhängt. Nach der "
              "Strafe von 4,3 Milliarden Euro im Jahr 2018 gegen Google ist es die zweithöchste Strafe, die die "
              "EU-Kommission bisher verhängt hat.")


@pytest.mark.parametrize(("sentence", "figure"), [
    (EXTREMNEWS, "4,3 Milliarden Euro"),
    ("The company paid a fine of €4.3 billion in the year 2018 for the same abuse.", "€4.3 billion"),
    ("La empresa pagó una multa de 4.300 millones de euros en el año 2018 por el mismo abuso.",
     "4.300 millones de euros"),
    ("L'entreprise a payé une amende de 4,3 milliards d'euros en l'an 2018 pour le même abus.",
     "4,3 milliards d'euros"),
])
def test_a_figure_dated_in_the_year_of_a_long_past_time_is_of_that_year(sentence, figure):
    units = build_units([article("o1", "2025-09-05", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    assert tied_to_earlier(unit, f, {"o1": "2025-09-05"}) == "2018"


def test_two_sources_earlier_fines_of_one_year_are_one_claim_apart_from_the_new_fine():
    claims = compare([article("shiftdelete", "2025-09-05", SHIFTDELETE), article("extremnews", "2025-09-05", EXTREMNEWS)])
    earlier = [c for c in holding(claims, "fined €5 billion", "4,3 Milliarden Euro") if c.measure]
    assert len(earlier) == 1 and "earlier event" in earlier[0].measure, [(c.topic, c.measure) for c in claims]
    assert earlier[0].verdict == "disagree"
    assert not any("2,95" in s.text for s in earlier[0].statements)
