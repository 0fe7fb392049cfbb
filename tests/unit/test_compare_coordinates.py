"""Issue 11: "no false disagreement appears". An earthquake report's epicentre ("at 28.5 degrees north latitude and
87.45 degrees east longitude") was read as two counts of degrees, a temperature, and met another report's weather
forecast ("14 grados centígrados") as a disagreement. A latitude or a longitude is a position, never a figure
(invented sentences; each test fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def _read(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, None, language)]


def test_degrees_with_a_hemisphere_or_the_word_latitude_are_no_figure():
    assert _read("The tremor's epicentre lay at 31.2 degrees north latitude and 92.75 degrees east longitude, "
                 "at a depth of 12 km.") == [("12 km", "depth")]


def test_the_degree_sign_with_a_hemisphere_letter_is_no_figure():
    assert _read("Seismologists placed it at 31.2°N, 92.75°E and counted 48 dead.") == [("48 dead", "dead")]
    assert _read("The centre sat at 31° 12′ N and 92° 45′ E.") == []


def test_coordinates_in_other_languages_and_after_the_word_latitude():
    assert _read("El epicentro se situó a 31,2 grados de latitud norte y 92,75 grados de longitud este.", "es") == []
    assert _read("It was centred at latitude 31.2 and longitude 92.75, officials said.") == []


def test_a_temperature_and_a_plain_degree_sign_are_still_read():
    assert ("35°C", "temperature") in _read("It was 35°C at noon and 30° o más by evening.", "es")


def test_an_epicentre_does_not_dispute_a_forecasts_temperature():
    claims = compared("The quake's epicentre lay at 31.2 degrees north latitude and 92.75 degrees east longitude, the "
                      "agency said.",
                      "Forecasters expect 14 degrees Celsius at the epicentre this week, the agency said.")
    assert holding(claims, "31.2")  # (the sentence is still stated, in a claim of its own)
    assert not [c for c in claims if c.verdict == "disagree"]  # (was "Temperature: 31.2 · 14 °C", a disagreement)
