"""Issue 11: a price that a verb of change right before the share moves ("the price of copper fell 6%", "O preço do
cobre caiu quase 3%", "el precio del cobre cayó un 6%") and a fall named by its noun ("a dip of nearly 3% in the price
of copper", "une chute de 6 %", "ein Rückgang von sechs Prozent") are the price's change (compare/price_moves.py),
never the price itself, so that two outlets' falls of one price are one claim. Invented sentences; the two tests of the
readings fail on the code before this rule (the claim test, which wording alone passed, guards the join)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def shares(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "percent"]


def test_a_price_moved_by_a_verb_of_change_is_a_change_not_a_price():
    assert shares("The price of copper fell 6% after the strike.") == [("6%", "change")]
    assert shares("O preço do cobre caiu quase 3% após a greve.", "pt") == [("quase 3%", "change")]
    assert shares("El precio del cobre cayó un 6% tras la huelga.", "es") == [("6%", "change")]


def test_a_fall_named_by_its_noun_is_a_change():
    assert shares("The strike prompted a brief dip of nearly 3% in copper’s price.") == [("nearly 3%", "change")]
    assert shares("La grève a provoqué une chute de 6 % des cours du cuivre.", "fr") == [("6 %", "change")]


def test_two_outlets_falls_of_one_price_are_one_claim_that_disagrees():
    claims = compare([
        article("a", "2025-03-02", "The strike prompted a brief dip of nearly 3% in copper’s price."),
        article("b", "2025-03-02", "O preço do cobre caiu 6% após a greve."),
        article("c", "2025-03-02", "Copper's price fell 6% on Monday."),
    ])
    found = holding(claims, "dip of nearly 3%", "caiu 6%", "fell 6%")
    assert len(found) == 1 and found[0].verdict == "disagree"
