"""Issue 11: a Spanish, Portuguese or French auxiliary right after a count opens its verb ("558 han emitido su
voto"), never names what it counts: it was read as the made-up measure "han". Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _counts(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, "2025-01-01", language) if f.kind == "count"]


@pytest.mark.parametrize(("language", "text", "number"), [
    ("es", "En la sesión del martes, 431 han emitido su voto.", "431"),
    ("es", "Según el registro, 431 habían firmado la petición.", "431"),
    ("pt", "Segundo o registo, 431 tinham assinado a petição.", "431"),
])
def test_an_auxiliary_is_no_counted_noun(language, text, number):
    assert _counts(text, language) == [(number, None)]


def test_the_verb_after_the_auxiliary_still_names_the_count():
    assert _counts("Hasta ahora, 27 han sido rescatados con vida.", "es") == [("27", "rescued")]


def test_a_capitalised_han_is_a_name_not_an_auxiliary():
    assert _counts("The 300 Han Chinese workers left the site.", "en") == [("300 Han Chinese workers", "worker")]
