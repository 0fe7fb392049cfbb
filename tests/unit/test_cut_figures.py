"""Issue 11: false disagreements from rounding (mechanism F). One outlet's "32%" against another's "32,72%", or a
"₹27,800 crore" issue against "₹27,870 crore", was flagged: writers cut a share to its whole points and a large sum
to its leading digits as often as they round them. A whole share of 5% or more may stand for any value up to its
next point; a sum up to its last written digit's next step when that step is at most 1% of it. A cut never goes
down, a share under 5% or a sum with a large step ("7 million" against "7.4 million") is weighed as before
(invented sentences; the first tests fail on the code before)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.tolerance import compare_money, compare_values
from tests.compare_helpers import compared, read


def _money(a, b):
    return compare_money(a, b, {"s": None}, default_rate_table())


def _figure(text: str, kind: str, value: float):
    return next(f for f in read(text) if f.kind == kind and f.low is not None and abs(f.low - value) < 1e-6 * value)


@pytest.mark.parametrize(("cut", "precise", "value"), [
    ("The Velmora Union won 41% of the vote.", "The Velmora Union won 41.63% of the vote.", 41.63),
    ("L'Union de Velmora a obtenu 41 % des voix.", "L'Union de Velmora a obtenu 41,63 % des voix.", 41.63),
    ("Die Velmora-Union kam auf 41 Prozent der Stimmen.", "Die Velmora-Union kam auf 41,9 Prozent.", 41.9),
    ("La Unión de Velmora obtuvo el 41% de los votos.", "La Unión de Velmora obtuvo el 41,8% de los votos.", 41.8),
])
def test_a_whole_share_is_its_points_cut(cut, precise, value):
    a, b = _figure(cut, "percent", 41.0), _figure(precise, "percent", value)
    assert compare_values(a, b).compatible
    assert compare_values(b, a).compatible


@pytest.mark.parametrize(("cut", "precise", "low", "value"), [
    ("The Tarvon Motors issue raised Rs 31,400 crore.", "The Tarvon Motors issue raised Rs 31,460 crore.",
     31_400e7, 31_460e7),
    ("Tarvon Motors raised $31.4 billion in its listing.", "Tarvon Motors raised $31.46 billion in its listing.",
     31.4e9, 31.46e9),
    ("La salida a bolsa de Tarvon recaudó 31.400 millones de euros.", "Tarvon recaudó 31.460 millones de euros.",
     31_400e6, 31_460e6),
])
def test_a_large_sum_is_its_leading_digits_cut(cut, precise, low, value):
    a, b = _figure(cut, "money", low), _figure(precise, "money", value)
    assert _money(a, b).compatible


def test_two_outlets_shares_cut_and_precise_make_no_disagreement():
    cut = "The Velmora Union won 41% of the vote in Sunday's parliamentary election in Tarvonia, officials said."
    precise = "The Velmora Union won 41.63% of the vote in Sunday's parliamentary election in Tarvonia, officials said."
    claims = compared(cut, precise)
    assert not [c for c in claims if c.verdict == "disagree"]


@pytest.mark.parametrize(("a_text", "b_text", "a_value", "b_value"), [
    # (a cut goes up only: 41% is no cut of 40.2%)
    ("The Velmora Union won 41% of the vote.", "The Velmora Union won 40.2% of the vote.", 41.0, 40.2),
    # (the next point is no cut: 41% is not 42.1%)
    ("The Velmora Union won 41% of the vote.", "The Velmora Union won 42.1% of the vote.", 41.0, 42.1),
    # (a small share: one point is a quarter of it)
    ("Turnout fell by 4% in Tarvonia.", "Turnout fell by 4.8% in Tarvonia.", 4.0, 4.8),
])
def test_shares_beyond_a_cut_are_still_weighed(a_text, b_text, a_value, b_value):
    a, b = _figure(a_text, "percent", a_value), _figure(b_text, "percent", b_value)
    assert not compare_values(a, b).compatible


@pytest.mark.parametrize(("a_text", "b_text", "a_value", "b_value"), [
    # (a step of 14% of the sum: another figure, not a cut: "7 million" is no 7.4 million)
    ("The regulator fined Tarvon 7 million euros.", "The regulator fined Tarvon 7.4 million euros.", 7e6, 7.4e6),
    # (past the next step of the last written digit)
    ("The Tarvon Motors issue raised Rs 31,400 crore.", "The Tarvon Motors issue raised Rs 31,520 crore.",
     31_400e7, 31_520e7),
])
def test_sums_beyond_a_cut_are_still_weighed(a_text, b_text, a_value, b_value):
    a, b = _figure(a_text, "money", a_value), _figure(b_text, "money", b_value)
    assert not _money(a, b).compatible
