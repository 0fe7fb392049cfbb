"""Issue 11: electric power is one physical measure in GW whatever the language and the prefix: "15 gigawatts",
"15 gigavatios", "15 GW", "15.000 megavatios", "300 MW" are all power, comparable across sources (energy, "GWh", is
not power). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


@pytest.mark.parametrize(("text", "needle", "gw"), [
    ("The plant in the north can deliver 12 gigawatts at its peak.", "12 gigawatts", 12.0),
    ("La red perdió cerca de 9 gigavatios en un instante.", "9 gigavatios", 9.0),
    ("Le parc éolien produit 2,5 GW par grand vent.", "2,5 GW", 2.5),
    ("Das neue Kraftwerk liefert 400 MW Strom.", "400 MW", 0.4),
    ("A barragem gera 700 megawatts nas cheias.", "700 megawatts", 0.7),
])
def test_power_is_read_in_gigawatts(text, needle, gw):
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.text, f.unit) for f in read(text)]
    assert (found[0].kind, found[0].unit, found[0].measure) == ("count", "GW", "power")
    assert found[0].low == pytest.approx(gw)


def test_energy_in_gigawatt_hours_is_not_power():
    assert all(f.unit != "GW" for f in read("The storage farm holds 3 GWh of energy."))


def test_the_same_power_in_two_languages_is_one_agreeing_claim():
    claims = compared(
        "The quarry town lost its lights at noon. Engineers said 11 gigawatts vanished from the northern grid.",
        "El pueblo se quedó a oscuras al mediodía. Según los técnicos, unos 11 gigavatios desaparecieron de la red.",
    )
    both = holding(claims, "11 gigawatts", "11 gigavatios")
    assert len(both) == 1 and both[0].verdict == "agree"
