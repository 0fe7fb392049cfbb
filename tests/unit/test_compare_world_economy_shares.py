"""A share of the world economy is a share of output (issue 11): "20% of global economic output", "el 20% de la
economía global", "un quinto dell'economia globale" and "nearly 25 per cent of global GDP" name one measure, so that
sources giving a fifth and a quarter of it disagree; a fifth is said as a fraction in several languages. Invented
sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _shares(text: str, language: str) -> list[tuple[str | None, float]]:
    source = Source(id=f"world-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [(f.measure, f.low) for f in figures_in_text(text, source, 0) if f.kind == "percent"]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("The three ports handle cargo worth around 12% of global economic output.", "en", 12.0),
    ("Los dos países suman aproximadamente el 15% de la economía global.", "es", 15.0),
    ("Le bloc pèse 18 % de l'économie mondiale selon le ministère.", "fr", 18.0),
    ("Die Gruppe steht für 30 Prozent der Weltwirtschaft.", "de", 30.0),
    ("I sei paesi valgono un quinto dell'economia globale.", "it", 20.0),
    ("Os membros somam um quinto da economia mundial.", "pt", 20.0),
])
def test_a_share_of_the_world_economy_is_a_share_of_output(text, language, value):
    assert _shares(text, language) == [("share of gdp", value)]


def test_a_fifth_is_twenty_per_cent_in_french_and_german():
    assert [v for _, v in _shares("Un cinquième des routes a rouvert.", "fr")] == [20.0]
    assert [v for _, v in _shares("Ein Fünftel der Schulen blieb geschlossen.", "de")] == [20.0]


def test_a_share_of_exports_stays_no_share_of_output():
    assert _shares("Oil makes up 40% of the country's exports.", "en") != [("share of gdp", 40.0)]
