"""Issue 11: money a theft took, named by the theft rather than by a court (compare/theft_amounts.py): "the theft of
$2.1 billion", "un piratage record de 2,1 milliards de dollars", "a $310 million exploit", "se llevaron", "entwendet"
are the money taken from the victims, one measure in every language, so that two outlets' sums of one theft are one
claim that disagrees. Invented sentences; every test but the guard (money near a theft) fails on the code before
this rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read

TAKEN = "taken from victims"


def measures(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


def test_a_thefts_noun_before_or_after_the_amount_makes_it_the_money_taken():
    assert measures("The payments firm Corvex confirmed the theft of roughly $2.1 billion in tokens.") == [
        ("roughly $2.1 billion", TAKEN)]
    assert measures("Investigators tied the gang to a $310 million exploit of a lending platform.") == [
        ("$310 million", TAKEN)]
    assert measures("The gang behind a massive $2.1 billion cryptocurrency heist remains unknown.") == [
        ("$2.1 billion", TAKEN)]
    assert measures("Corvex, victime d’un piratage record de 2,1 milliards de dollars, rassure ses clients.",
                    "fr") == [("2,1 milliards de dollars", TAKEN)]
    assert measures("Fue el mayor robo de 900 millones de dólares en la historia del sector.", "es") == [
        ("900 millones de dólares", TAKEN)]


def test_a_verb_of_taking_next_to_the_amount_makes_it_the_money_taken():
    assert measures("Los piratas que se llevaron $2,1 mil millones en tokens siguen prófugos.", "es") == [
        ("$2,1 mil millones", TAKEN)]
    assert measures("Bei dem Angriff wurden Token im Wert von 2,1 Milliarden US-Dollar entwendet.", "de") == [
        ("2,1 Milliarden US-Dollar", TAKEN)]
    assert measures("Os criminosos roubaram US$ 2,1 bilhões da corretora.", "pt") == [("US$ 2,1 bilhões", TAKEN)]
    assert measures("The thieves made off with nearly $40 million in gold bars.") == [("nearly $40 million", TAKEN)]


def test_money_near_a_theft_that_is_not_its_size_keeps_its_own_measure():
    # a bounty, a fund or a loan named after a theft is not the money taken
    assert [m for _, m in measures("After the theft, the firm offered a reward of $50 million.")] != [TAKEN]
    assert [m for _, m in measures("The firm took out a $1 billion loan after the hack.")] != [TAKEN]


def test_two_outlets_sums_of_one_theft_are_one_claim_that_disagrees():
    claims = compare([
        article("a", "2025-03-02", "Corvex suffered a record piratage. Hackers made off with $2.1 billion in tokens."),
        article("b", "2025-03-02", "Corvex confirmed the theft of $1.9 billion in tokens on Friday."),
    ])
    found = holding(claims, "made off with $2.1 billion", "theft of $1.9 billion")
    assert len(found) == 1 and found[0].verdict == "disagree"


def test_a_passive_of_stealing_right_after_the_amount_makes_it_the_money_taken():
    assert measures("In the raid, about $3 million in cash were stolen from the vault.") == [
        ("about $3 million", TAKEN)]
    assert measures("En el asalto, 80 millones de dólares fueron robados de un banco.", "es") == [
        ("80 millones de dólares", TAKEN)]
    assert measures("Lors de l'attaque, 80 millions de dollars ont été dérobés.", "fr") == [
        ("80 millions de dollars", TAKEN)]
    # money spent is not money taken
    assert measures("The firm said $80 million was spent on security.") != [("$80 million", TAKEN)]
