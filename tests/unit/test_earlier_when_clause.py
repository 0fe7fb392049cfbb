"""Issue 11: a figure at the end of a clause of "when" that follows a long-past time and runs on past a comma ("in
March 2015, when a gunman opened fire in a shopping centre, leaving 17 dead") is that earlier event's toll
(compare/earlier.py), not the reported event's: it was joined to the death toll of the new attack. A conjunction
between starts another predicate and ties nothing. Invented sentences; every test fails on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare.earlier import tied_to_earlier
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _tied(sentence: str, figure: str) -> str | None:
    units = build_units([article("o1", "2025-03-01", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    return tied_to_earlier(unit, f, {"o1": "2025-03-01"})


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The town was last attacked in March 2015, when a gunman opened fire in a shopping centre, leaving 17 dead.",
     "17 dead"),
    ("A cidade já tinha sido atacada em março de 2015, quando um atirador abriu fogo num centro comercial, "
     "deixando 17 mortos.", "17 mortos"),
    ("La ciudad ya sufrió un ataque en marzo de 2015, cuando un hombre armado disparó en un centro comercial, "
     "dejando 17 muertos.", "17 muertos"),
])
def test_a_toll_in_a_clause_of_when_after_a_past_time_is_that_times(sentence, figure):
    assert _tied(sentence, figure) == "2015"


def test_a_conjunction_in_the_gap_starts_another_predicate():
    assert _tied("The market was rebuilt in March 2015, when the council paid for it, and on Friday 17 people died.",
                 "17 people") is None


def test_an_amount_agreed_at_a_past_time_is_not_tied_to_it():
    # (the deal agreed then is the one completed now: its value is the reported deal's)
    assert _tied("The purchase ends a saga that began in March 2019, when Velto agreed to buy Norrland Mining for "
                 "$8.2 billion.", "$8.2 billion") is None
