"""Levies, trade and surpluses read in any language: "un gravamen del 40%" is a tariff, not a share of the imports
it falls on; "un comercio de 80.000 millones" and "US$ 70 bilhões em comércio" are the trade between two countries;
"a trade surplus of $12 billion" is a surplus, not the trade; and in "los aranceles sobre Chile" Chile is what the
tariff falls on, not whose it is."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def readings(body: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    source = article("t1", "2025-03-04", body)
    return [(f.text, f.measure, f.subject) for s in source.sentences
            for f in figures_in_text(s.text, source, s.start) if f.kind == kind]


def test_a_levy_is_a_tariff_in_spanish_and_italian():
    assert [m for _, m, _ in readings("Perú respondió castigando las importaciones chilenas con un gravamen del 40%.",
                                      "percent")] == ["tariff"]
    assert [m for _, m, _ in readings("Roma ha colpito le importazioni di vino con un gravame del 15%.",
                                      "percent")] == ["tariff"]


def test_trade_between_two_countries_is_trade():
    assert [m for _, m, _ in readings(
        "Los aranceles frenan un comercio que el año pasado superó los 80.000 millones de dólares.", "money")] == ["trade"]
    assert [m for _, m, _ in readings(
        "A disputa paralisou quase US$ 70 bilhões em comércio bilateral entre os vizinhos.", "money")] == ["trade"]


def test_a_trade_surplus_is_a_surplus_not_the_trade():
    assert [m for _, m, _ in readings("Exports slowed, leaving a trade surplus of $12.4 billion.", "money")] == ["surplus"]
    assert [m for _, m, _ in readings("Ruritania posted a $9 billion trade surplus in March.", "money")] == ["surplus"]


def test_the_country_a_tariff_falls_on_is_not_its_subject():
    assert [s for _, _, s in readings("El mes pasado, Lima subió los aranceles sobre Chile a un 60%.", "percent")] \
        != ["Chile"]
    assert [s for _, _, s in readings("En mars, Ottawa a relevé les droits de douane sur la Bolivie à 35 %.", "percent")] \
        != ["Bolivie"]
