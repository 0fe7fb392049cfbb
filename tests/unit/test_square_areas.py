"""An area in square kilometres or square miles is the measure "area" that hectares are (compare/physical_units.py,
compare/physical_amounts.py ``SQUARE_UNITS``): "81 km2", "81 km²", "81 square kilometres", "81 Quadratkilometer",
"81 kilómetros cuadrados" (read as a distance before), "81 kilomètres carrés", converted to hectares (81 km² =
8,100 ha) before it is weighed against another outlet's hectares or acres (invented sentences; the reading tests
fail on the code before)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import compared, one_holding, read


def _area(text: str, language: str | None = None):
    [f] = [f for f in read(text, language=language) if f.kind == "count"]
    return f


@pytest.mark.parametrize(("text", "language", "hectares"), [
    ("The Ridgeline fire has burned 81 km2 of forest.", "en", 8100),
    ("The Ridgeline fire has burned 81 km² of forest.", "en", 8100),
    ("The Ridgeline fire has burned 81 square kilometres of forest.", "en", 8100),
    ("The Ridgeline fire has burned 81 square kilometers of forest.", "en", 8100),
    ("The Ridgeline fire has burned 12 square miles of forest.", "en", 3108),
    ("Das Ridgeline-Feuer hat 81 Quadratkilometer Wald zerstört.", "de", 8100),
    ("El incendio de Ridgeline ha arrasado 81 kilómetros cuadrados de bosque.", "es", 8100),
    ("L'incendie de Ridgeline a brûlé 81 kilomètres carrés de forêt.", "fr", 8100),
    ("L'incendio di Ridgeline ha bruciato 81 chilometri quadrati di bosco.", "it", 8100),
    ("O incêndio de Ridgeline queimou 81 quilômetros quadrados de floresta.", "pt", 8100),
    ("Le plus étendu (1,6 km2), le Ridgeline Fire, est maîtrisé.", "fr", 160),
])
def test_an_area_in_square_units_is_an_area_in_hectares(text, language, hectares):
    f = _area(text, language)
    assert (f.measure, f.unit, round(f.low)) == ("area", "ha", hectares)
    assert f.conversion != 1  # (the conversion is kept: the evidence weighs the value in hectares, with its room)


def test_a_length_stays_a_distance():
    f = _area("El incendio está a 81 kilómetros de la costa.", "es")
    assert (f.measure, f.unit, f.low) == ("distance", "km", 81)


def test_square_kilometres_are_weighed_against_hectares():
    km2 = _area("The Ridgeline fire has burned 81 km2 of forest.", "en")
    assert compare_values(km2, _area("L'incendie a brûlé 8 100 hectares.", "fr")).compatible
    assert "8100" in compare_values(km2, _area("L'incendie a brûlé 9 500 hectares.", "fr")).evidence
    assert not compare_values(km2, _area("L'incendie a brûlé 9 500 hectares.", "fr")).compatible


def test_one_fires_area_in_square_kilometres_and_hectares_is_one_claim():
    claims = compared(
        "The Ridgeline fire has burned 81 square kilometres of forest since Monday, firefighters said.",
        "L'incendie de Ridgeline a brûlé 9 500 hectares de forêt depuis lundi, selon les pompiers.")
    claim = one_holding(claims, "81 square kilometres", "9 500 hectares")
    assert claim.verdict == "disagree"
