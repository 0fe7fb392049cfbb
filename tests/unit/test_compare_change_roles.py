"""A change written in any language keeps its earlier value apart from the current one: "von 1,5 % auf 2 %",
"del 3 % al 3,5 %", "de 10,5% para 11%", "from the current level of 1% to 1.25%", "contre 4 % auparavant"."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def roles(body: str) -> list[tuple[str, str]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.role) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind in ("percent", "money")]


def test_a_change_in_another_language_has_an_earlier_value():
    assert roles("Die Notenbank hob den Einlagensatz von 1,5 % auf 2 % an.") == [
        ("1,5 %", "previous"), ("2 %", "current")]
    assert roles("El banco central subió el tipo del 3 % al 3,5 %.") == [("3 %", "previous"), ("3,5 %", "current")]
    assert roles("La banca ha portato il tasso dal 2% al 2,25%.") == [("2%", "previous"), ("2,25%", "current")]
    assert roles("O conselho elevou a taxa de 10,5% para 11%.") == [("10,5%", "previous"), ("11%", "current")]
    assert roles("Der Satz steigt auf 2 von 1,5 Prozent.")[-1] == ("1,5 Prozent", "previous")


def test_an_earlier_value_after_a_level_or_before_previously():
    assert roles("The board lifted the rate from the current level of about 1% to about 1.25%.") == [
        ("about 1%", "previous"), ("about 1.25%", "current")]
    assert roles("Le conseil a porté le taux à 4,5 % contre 4 % auparavant.") == [
        ("4,5 %", "current"), ("4 %", "previous")]


def test_a_range_or_a_comparison_keeps_both_values_current():
    assert all(role == "current" for _, role in roles("Le chômage est de 7 % contre 6 % dans la zone euro."))
    assert all(role == "current" for _, role in roles("Die Spanne reicht von 1 % bis 2 %."))
