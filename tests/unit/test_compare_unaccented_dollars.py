"""The Spanish plural of dollar printed without its accent ("18,1 millones de dolares") is the dollar, as
"dólares" is. Every sentence is made up for the test."""

from __future__ import annotations

from tests.compare_helpers import read


def test_dolares_without_accent_is_the_dollar():
    found = read("La empresa deberá pagar una multa de 18,1 millones de dolares, según el fallo.", language="es")
    assert [(f.kind, f.low, f.unit) for f in found] == [("money", 18100000.0, "USD")]
