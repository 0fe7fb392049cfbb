"""Issue 11 (b1, measure28a): an amount a verb of losing takes is the damage, as English "losses" and "a loss of"
already name it (compare/loss_amounts.py): "the airline lost $200 million", "ha perso fino a 200 milioni", "perdió
200 millones", "a perdu 200 millions", "perdeu 200 milhões", "verlor 200 Millionen", "200 Millionen verloren". Only
where the verb takes the amount itself: a relative clause's verb of losing with its own object, a count of the dead,
stay as they were. Invented sentences; each amount read "damage" here was read with no measure before."""

from __future__ import annotations

import pytest

from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article


def _measures(body: str, kind: str) -> list[str | None]:
    """The measures of one article's figures of one kind, in order, after the measures a figure leaves unsaid."""
    units = build_units([article("o1", "2024-03-08", body)], [], [], default_rate_table())
    unsaid_measures(units)
    return [f.measure for u in units for f in u.figures if f.kind == kind]


@pytest.mark.parametrize("body", [
    "The shipping line lost $200 million during the strike.",
    "La naviera perdió 200 millones de dólares durante la huelga.",
    "La compagnia di navigazione ha perso fino a 200 milioni di dollari.",
    "La compagnie maritime a perdu 200 millions de dollars pendant la grève.",
    "A companhia perdeu 200 milhões de dólares durante a greve.",
    "Die Reederei verlor 200 Millionen Dollar während des Streiks.",
    "Die Reederei hat während des Streiks 200 Millionen Dollar verloren.",
])
def test_an_amount_a_verb_of_losing_takes_is_the_damage(body):
    assert _measures(body, "money")[0] == "damage"


@pytest.mark.parametrize(("body", "kind"), [
    ("Families who lost their homes will receive $2,000 each from the state.", "money"),  # the homes were lost
    ("Doce personas perdieron la vida en el incendio.", "count"),  # a count of the dead, no amount
    ("The governing party lost 12 seats in the vote.", "count"),
])
def test_what_a_verb_of_losing_does_not_take_is_no_damage(body, kind):
    assert "damage" not in _measures(body, kind)
