"""A firm's loss of market value and a fall told as a loss, read in the languages news uses (issue 11; found on
tests/gold_new44, the DeepSeek selloff of 27 January 2025). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, kind: str, language: str = "en") -> list[tuple[str, str | None]]:
    """(text, measure) of each figure of ``kind``."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == kind]


def test_a_fall_told_as_a_loss_is_a_change_not_a_share_of_damage():
    # "a loss of 12%" was read as a share of the damage, apart from "shares fell 12%" (a change) in other sources
    assert measures("Acme closed the session with a loss of 12.4%.", "percent") == [("12.4%", "change")]
    assert measures("Ieri le azioni di Acme hanno chiuso con una perdita del 12,4%.", "percent", "it") == [
        ("12,4%", "change")]
    assert measures("Mit einem Verlust von 12 Prozent schloss die Acme-Aktie den Handelstag.", "percent", "de") == [
        ("12 Prozent", "change")]
    assert measures("Le titre a terminé la séance sur une perte de 12,4 %.", "percent", "fr") == [
        ("12,4 %", "change")]
    # a share of the losses is still a share: "of" after the share, not a loss noun before it
    assert measures("Insurers will cover 40% of the losses.", "percent") != [("40%", "change")]


def test_money_lost_in_market_value_is_the_damage_in_every_language():
    # "a $310 billion loss in market capitalization" was read as damage, but the same sum told with a verb of losing
    # and the market value after or before it had no measure, and stood apart from it
    assert measures("Acme lost $310 billion in market value on Monday.", "money") == [("$310 billion", "damage")]
    assert measures("The slump wiped $310 billion off Acme's market value.", "money") == [("$310 billion", "damage")]
    assert measures("Acme a effacé, en une séance, 310 milliards de dollars de capitalisation boursière.", "money",
                    "fr") == [("310 milliards de dollars", "damage")]
    assert measures("Damit büßte der Konzern an einem einzigen Tag 310 Milliarden Dollar an Marktwert ein.", "money",
                    "de") == [("310 Milliarden Dollar", "damage")]
    assert measures("Il gruppo ha perso una capitalizzazione di mercato di circa 310 miliardi di dollari.", "money",
                    "it") == [("circa 310 miliardi di dollari", "damage")]
    assert measures("El desplome hizo que Acme perdiera 310.000 millones de dólares de capitalización bursátil.",
                    "money", "es") == [("310.000 millones de dólares", "damage")]


def test_the_market_value_a_firm_keeps_is_no_loss():
    # a market value with no verb of losing before it is the value, never the damage
    assert measures("Acme now has $2.9 trillion in market value.", "money") != [("$2.9 trillion", "damage")]
    assert measures("Acme, with a market value of $2.9 trillion, leads the index.", "money") != [
        ("$2.9 trillion", "damage")]


def test_a_price_weighed_against_a_base_does_not_price_the_base():
    # "a fall of 7,30 dollars compared with the previous closing price" was read as a cost (the "price" of the base),
    # and joined a claim of a cost elsewhere in the story as its disagreeing figure
    assert measures("Questo rappresenta una diminuzione di 7,30 dollari rispetto al prezzo di chiusura precedente.",
                    "money", "it") != [("7,30 dollari", "cost")]
    assert measures("That is a drop of $7.30 compared with the previous closing price.", "money") != [
        ("$7.30", "cost")]
    # a price named before the base still prices the amount
    assert measures("The company set a price of $7.30, compared with $8 a year ago.", "money")[0] == (
        "$7.30", "cost")
