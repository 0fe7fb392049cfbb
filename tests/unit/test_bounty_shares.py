"""Issue 11: a bounty's share of the money it helps recover (compare/bounty_shares.py) is a measure of its own,
"bounty-share": never a share sale because the bounty is "offered", never a part of some other amount. Every
source's bounty share is one claim, and a share of the bounty split between two parties is no whole share.
Invented sentences; every test but the guard (a split bounty) fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read

BOUNTY_SHARE = "bounty-share"


def shares(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "percent"]


def test_an_offered_bounty_share_is_no_share_sale():
    assert shares("The lender launched a recovery programme, offering up to 8% of the recovered amount to helpers.") == [
        ("up to 8%", BOUNTY_SHARE)]
    assert shares("Velto, for its part, is offering a 8% bounty to anyone who traces the coins.") == [
        ("8%", BOUNTY_SHARE)]


def test_a_bounty_share_in_other_languages():
    assert shares("La société promet une récompense de 8 % des fonds récupérés.", "fr") == [("8 %", BOUNTY_SHARE)]
    assert shares("La empresa ofreció una recompensa del 8% a quien ayude.", "es") == [("8%", BOUNTY_SHARE)]
    assert shares("A corretora ofereceu uma recompensa de 8% sobre o valor recuperado.", "pt") == [
        ("8%", BOUNTY_SHARE)]
    assert shares("Die Börse setzte eine Belohnung von acht Prozent aus.", "de") == [("acht Prozent", BOUNTY_SHARE)]


def test_one_partys_part_of_a_split_bounty_is_not_the_bounty_share():
    found = shares("Chaque fois que des fonds sont gelés, 4 % du montant récupéré va à la personne qui les a "
                   "signalés et 4 % à la plateforme qui les a bloqués.", "fr")
    assert all(m != BOUNTY_SHARE for _, m in found)


def test_every_sources_bounty_share_is_one_claim_apart_from_other_shares():
    claims = compare([
        article("a", "2025-03-02", "Velto launched a recovery programme, offering up to 8% of the recovered amount."),
        article("b", "2025-03-02", "Velto has vowed to catch the thieves by offering a 8% bounty to anyone."),
        article("c", "2025-03-02", "A Velto ofereceu uma recompensa de 8% sobre o valor recuperado."),
        article("d", "2025-03-02", "Der gestohlene Betrag entspricht etwa sieben Prozent des gesamten Velto-Vermögens."),
    ])
    found = holding(claims, "up to 8% of the recovered", "a 8% bounty", "recompensa de 8%")
    assert len(found) == 1 and found[0].verdict == "agree"
    assert not holding(claims, "a 8% bounty", "sieben Prozent")
