"""Issue 11: a share said as a fraction with "part" ("una cuarta parte de su valor", "a terça parte dos votos", "dos
terceras partes de los diputados", "la quarta parte del valore") is a share in per cent, as "un cuarto de" is.
Invented sentences written as the news writes them; each test fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import read


def _shares(text: str, language: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.low, 1), f.qualifier) for f in read(text, language=language) if f.kind == "percent"]


def test_a_fraction_said_with_part_is_a_share():
    assert _shares("La naviera perdió casi una cuarta parte de su valor en tres días.", "es") == [
        ("casi una cuarta parte", 25.0, "nearly")]
    assert _shares("Dos terceras partes de los concejales votaron a favor.", "es")[0][1] == 66.7
    assert _shares("O partido ficou com a terça parte dos votos.", "pt")[0][1] == 33.3
    assert _shares("Il gruppo ha perso la quarta parte del suo valore.", "it") == [("la quarta parte", 25.0, None)]
    assert _shares("Tres cuartas partes de las viviendas quedaron sin luz.", "es")[0][1] == 75.0
