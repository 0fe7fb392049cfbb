"""Seconds are a unit of time in every language of the table ("30 seconds", "cinco segundos", "cinq secondes",
"40 Sekunden", "cinque secondi"): a period counted in hours as minutes are, not a count of "segundo" or "seconde"
(figure_patterns.PERIOD_UNITS, data/measure_words.yaml ``periods``). The Romance singulars also mean "according to"
("15 mortos, segundo a polícia") and stay unread (invented sentences; the reading tests fail on the code before)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.tolerance import compare_values
from tests.compare_helpers import compared, one_holding, read

SECONDS_PER_HOUR = 3600


@pytest.mark.parametrize(("text", "language", "seconds"), [
    ("The tremor in Valdoria lasted 30 seconds.", "en", 30),
    ("El temblor en Valdoria duró cinco segundos.", "es", 5),
    ("Le séisme à Valdoria a duré cinq secondes.", "fr", 5),
    ("Das Beben in Valdoria dauerte 40 Sekunden.", "de", 40),
    ("Il terremoto a Valdoria è durato cinque secondi.", "it", 5),
    ("O tremor em Valdoria durou 20 segundos.", "pt", 20),
])
def test_seconds_are_a_period(text, language, seconds):
    [f] = [f for f in read(text, language=language) if f.kind in ("count", "period")]
    assert f.kind == "period" and f.unit == "hour"
    assert round(f.low * SECONDS_PER_HOUR) == seconds


def test_according_to_is_no_second():
    for text, language in (("Foram 15 mortos, segundo a polícia.", "pt"), ("Sono 15 i morti secondo i dati.", "it")):
        assert [f.kind for f in read(text, language=language)] == ["count"]


def test_seconds_in_two_languages_are_weighed():
    [five] = read("El temblor en Valdoria duró cinco segundos.", language="es")
    [also_five] = read("Le séisme à Valdoria a duré cinq secondes.", language="fr")
    [thirty] = read("The tremor in Valdoria lasted 30 seconds.", language="en")
    assert compare_values(five, also_five).compatible
    assert not compare_values(five, thirty).compatible


def test_one_tremors_length_in_two_languages_is_one_claim():
    claims = compared(
        "The tremor that shook Valdoria on Monday lasted 45 seconds, the observatory said.",
        "El temblor que sacudió Valdoria el lunes duró 45 segundos, según el observatorio.")
    claim = one_holding(claims, "45 seconds", "45 segundos")
    assert claim.verdict == "agree"
