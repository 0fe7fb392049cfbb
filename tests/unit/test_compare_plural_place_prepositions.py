"""Issue 11: the plural contractions of a preposition and an article before a place ("nas Filipinas", "nos Estados
Unidos", "nelle Filippine", "negli Stati Uniti", "aux Philippines") place a count as the singular ones do ("na
Tailândia", "nella provincia"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("A tempestade matou 21 pessoas nas Filipinas.", "pt", [("21 pessoas", "dead", "Filipinas")]),
    ("As cheias mataram 14 pessoas nos Açores.", "pt", [("14 pessoas", "dead", "Açores")]),
    ("La tempesta ha ucciso 21 persone nelle Filippine.", "it", [("21 persone", "dead", "Filippine")]),
    ("L'ouragan a fait 21 morts aux Philippines.", "fr", [("21 morts", "dead", "Philippines")]),
])
def test_a_plural_contraction_before_a_place_places_the_count(text, language, expected):
    assert [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind == "count"] == expected
