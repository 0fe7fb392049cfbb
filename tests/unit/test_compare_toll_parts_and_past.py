"""Two tolls that are not the reported event's toll (issue 11): some of the victims ("two of the victims died
defending their homes", "duas das vítimas morreram") are a part of the toll, and a past disaster's toll in a clause
of "when" after its year ("the 1971 quake, when 64 people died") is an earlier event's. Each was weighed as the
event's toll, against the other outlets' tolls: false disagreements. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.earlier import EARLIER, earlier_marks
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, read


@pytest.mark.parametrize(("text", "language"), [
    ("At least three of the victims died while trying to save their horses.", "en"),
    ("Pelo menos três das vítimas morreram tentando salvar seus cavalos.", "pt"),
    ("Au moins trois des victimes sont mortes en tentant de sauver leurs chevaux.", "fr"),
    ("Al menos tres de las víctimas murieron intentando salvar a sus caballos.", "es"),
])
def test_some_of_the_victims_are_a_part_of_the_toll(text, language):
    (three,) = [f for f in read(text, "2026-02-03", language) if f.low == 3]
    assert three.measure == "part dead"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("It is the worst disaster to hit the valley since the flood of 1971, when 64 people died.", "64 people"),
    ("É o pior desastre desde a enchente de 1971, quando 64 pessoas morreram.", "64 pessoas"),
    ("C'est la pire catastrophe depuis la crue de 1971, quand 64 personnes sont mortes.", "64 personnes"),
])
def test_a_past_disasters_toll_after_when_is_an_earlier_events(sentence, figure):
    units = build_units([article("o1", "2026-02-03", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    assert earlier_marks(unit, f, {"o1": "2026-02-03"}, {}) == (EARLIER, "@1971")
