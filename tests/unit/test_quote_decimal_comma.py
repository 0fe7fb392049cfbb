"""A decimal comma is no comma closing an attribution (issue 11): "Laut Wahlkommission holte die Partei 41,7 Prozent"
is not the commission's words "7 Prozent der Stimmen"; "Según Juan Pérez, presidente de la comisión, ..." still gives
the clause after the role's comma. Articles made up for the tests."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_a_decimal_comma_opens_no_reported_clause(tmp_path):
    quotes = _quotes(tmp_path, "Wahl in Ruritanien: Einheitspartei gewinnt\n\n"
                     "Die Einheitspartei hat die Wahl in Ruritanien gewonnen. Laut Wahlkommission holte die Partei "
                     "der Einheit nach Auszählung aller Bezirke 41,7 Prozent der Stimmen. Die Opposition kam auf "
                     "knapp 30 Prozent.\n")
    assert not [t for _, t in quotes if t.startswith("7 Prozent")]


def test_the_comma_after_the_source_still_opens_the_clause(tmp_path):
    quotes = _quotes(tmp_path, "Elecciones en Ruritania: el Partido de la Unidad gana\n\n"
                     "El Partido de la Unidad ganó las elecciones del domingo en Ruritania. Según Juan Pérez, "
                     "presidente de la comisión electoral, el partido obtuvo el 41,7 % de los votos tras el escrutinio "
                     "de todas las mesas. La oposición quedó muy lejos.\n")
    assert ("Juan Pérez", "el partido obtuvo el 41,7 % de los votos tras el escrutinio de todas las mesas") in quotes
