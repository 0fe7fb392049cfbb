"""Money given in support is aid, however an outlet words it (issue 11): "financial support", "une aide", "un apoyo
financiero", "sostegno", "apoio", "Unterstützung" price aid only where they price an amount ("52% support" is a
poll's share); "financial" tells no kind of a measure apart ("$2 billion in financial aid" is aid). Invented
sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def measures(text: str, language: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each amount of ``text``."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "money"]


def test_support_given_as_money_is_aid_in_six_languages():
    assert measures("The bank approved $3 billion in financial support for the island.", "en") == [
        ("$3 billion", "aid")]
    assert measures("La banque a accordé une aide de 3 milliards de dollars à l'île.", "fr") == [
        ("3 milliards de dollars", "aid")]
    assert measures("Le gouvernement promet un soutien de 40 millions d'euros aux agriculteurs.", "fr") == [
        ("40 millions d'euros", "aid")]
    assert measures("El banco aprobó un apoyo financiero de 3.000 millones de dólares para la isla.", "es") == [
        ("3.000 millones de dólares", "aid")]
    assert measures("La banca ha approvato un sostegno di 3 miliardi di dollari per l'isola.", "it") == [
        ("3 miliardi di dollari", "aid")]
    assert measures("O banco aprovou um apoio de 3 mil milhões de dólares para a ilha.", "pt") == [
        ("3 mil milhões de dólares", "aid")]
    assert measures("Die Bank sagte der Insel eine Unterstützung von 3 Milliarden Dollar zu.", "de") == [
        ("3 Milliarden Dollar", "aid")]
    # (but a share of support is a poll's, no aid)
    assert all(f.measure != "aid" for f in read("The party has 31% support, the poll says.", language="en"))


def test_financial_is_no_kind_of_a_measure():
    assert measures("The island will receive $3 billion in financial aid.", "en") == [("$3 billion", "aid")]
    assert measures("The firm offered $4 million in financial compensation.", "en") == [
        ("$4 million", "compensation")]
    # (a modifier that tells kinds apart still does)
    assert measures("The jury awarded $4 million in punitive damages.", "en")[0][1] != "compensation"


def test_support_and_aid_of_two_outlets_are_one_claim():
    claims = compared("The lender approved $3 billion in financial support for the island on Monday.",
                      "The lender approved $3.5 billion in aid for the island on Monday.")
    claim = one_holding(claims, "$3 billion", "$3.5 billion")
    assert claim.measure == "aid" and claim.verdict == "disagree"


def test_a_package_is_what_the_story_prices():
    # a package holds what the other sources name: the loan, so its other value is a disagreement
    claims = compared("The fund agreed a $20 billion loan with the country on Friday.",
                      "The country secured a $20 billion loan from the fund on Friday.",
                      "The fund agreed an $18 billion package with the country on Friday.")
    claim = one_holding(claims, "$18 billion", "$20 billion")
    assert claim.measure == "loan" and claim.verdict == "disagree"
    # but one source giving the package and the loan in it their own values shows two things
    claims = compared("The fund agreed a $20 billion loan with the country on Friday.",
                      "The country secured a $20 billion loan from the fund on Friday.",
                      "The fund agreed a $25 billion package with the country on Friday, including a $20 billion loan.")
    assert not [c for c in claims if c.measure == "loan" and any("$25 billion" in s.text for s in c.statements)
                and c.verdict == "disagree"]
