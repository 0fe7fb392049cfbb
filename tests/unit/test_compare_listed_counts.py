"""A bracketed number in a list whose other numbers no age can be is a count, not an age ("seguida de Verde (143),
Los Azules (77)"): invented sentences (issue 11)."""

from __future__ import annotations

from tests.compare_helpers import read


def measured(text: str, language: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind != "date"]


def test_a_bracketed_number_listed_after_numbers_beyond_any_age_is_no_age():
    found = measured("El Partido Azul tendría 203 escaños, seguido de Verde (143), Rojo (98), Los Naranjas (77) y "
                     "La Alianza Norte (51).", "es")
    assert [m for _, m, _ in found] == ["seats"] * 5
    assert ("77", "seats", "Naranjas") in found
    # (but a person's bracketed age in a list of ages is still an age)
    assert ("34", "age", "Tomasz Wielki") in measured("The victims, Anna Maria Holt (27), Tomasz Wielki (34), were "
                                                       "named on Monday.")
