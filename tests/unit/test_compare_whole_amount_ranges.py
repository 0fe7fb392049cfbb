"""Two whole amounts of one currency after a word of "between" are one range (issue 11): "entre US$ 135 bilhões e
US$ 150 bilhões" was read as two estimates, set apart from a third outlet's "$150 billion" as a disagreement."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("A seguradora estima perdas entre US$ 40 bilhões e US$ 55 bilhões.", "pt", 40e9, 55e9),
    ("Die Versicherer rechnen mit Schäden zwischen 12 Milliarden Euro und 18 Milliarden Euro.", "de", 12e9, 18e9),
    ("Las aseguradoras calculan entre 7.000 millones de euros y 9.000 millones de euros.", "es", 7e9, 9e9),
])
def test_two_whole_amounts_after_between_are_one_range(text, language, low, high):
    (found,) = [f for f in read(text, "2026-02-03", language) if f.kind == "money"]
    assert (found.low, found.high, found.qualifier) == (low, high, "range")

