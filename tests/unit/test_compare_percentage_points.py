"""Percentage points (issue 11): a share's change in points, in English and in other languages ("puntos
porcentuales", "Prozentpunkte", "points de pourcentage"), is a figure of its own unit "pp", never a count of
"puntos" and never weighed against a share in per cent. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.model import Figure, Source


def _shares(text: str, language: str) -> list[tuple[str, float | None, str | None]]:
    # (an id of its own: how a source writes numbers is kept per id, content and length)
    source = Source(id=f"points-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [(f.text, f.low, f.unit) for f in figures_in_text(text, source, 0) if f.kind == "percent"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Support for the party fell 3.5 percentage points to 41%.", "en",
     [("3.5 percentage points", 3.5, "pp"), ("41%", 41.0, "%")]),
    ("El respaldo al partido cayó 3,5 puntos porcentuales, hasta el 41%.", "es",
     [("3,5 puntos porcentuales", 3.5, "pp")]),
    ("A taxa de desemprego recuou 1,2 pontos percentuais no trimestre.", "pt",
     [("1,2 pontos percentuais", 1.2, "pp")]),
    ("Die Partei verlor 2,7 Prozentpunkte und kam auf 18 Prozent.", "de",
     [("2,7 Prozentpunkte", 2.7, "pp"), ("18 Prozent", 18.0, "%")]),
    ("Le taux a reculé de 0,4 point de pourcentage sur un an.", "fr", [("0,4 point de pourcentage", 0.4, "pp")]),
    ("Lo spread è salito di 1,5 punti percentuali in una settimana.", "it", [("1,5 punti percentuali", 1.5, "pp")]),
])
def test_percentage_points_are_their_own_unit(text, language, expected):
    assert [s for s in _shares(text, language) if s[0] in {e[0] for e in expected}] == expected


def test_points_in_other_languages_are_no_count():
    source = Source(id="points-count", path="s.txt", raw="El paro bajó 2 puntos porcentuales.", language="es")
    assert not [f for f in figures_in_text(source.raw, source, 0) if f.kind == "count"]


def _figure(text: str, low: float, unit: str, source: str) -> Figure:
    return Figure("percent", text, source, 0, len(text), low=low, high=low, unit=unit)


def test_points_are_never_weighed_against_per_cent():
    table = default_rate_table()
    points = _figure("3 puntos porcentuales", 3.0, "pp", "a")
    share = _figure("3%", 3.0, "%", "b")
    assert compare_figures(points, share, {}, table) is None
    check = compare_figures(points, _figure("3 percentage points", 3.0, "pp", "b"), {}, table)
    assert check is not None and check.compatible and "3 pp" in check.evidence
