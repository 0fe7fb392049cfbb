"""A surname alone after a role word, with the age in apposition ("the Marxist lawmaker Okoro, 55, won"):
constructed sentences (issue 11)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.ages import age_of
from tests.compare_helpers import article, holding, read


def ages(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.low, f.measure, f.subject) for f in read(text) if f.measure == "age"]


def test_a_surname_after_a_role_word_takes_the_age():
    assert ages("The leftist lawmaker Okoro, 55, secured the most votes in the first count.") == [
        ("55", 55, "age", "Okoro")]
    assert age_of(57, "Opposition leader Mbeki, ", ", who came second") == "Mbeki"


def test_places_times_and_small_numbers_are_no_ages():
    assert age_of(30, "the flood reached homes near Ondo, ", ", officials said") is None
    assert age_of(24, "the results came on Sunday, ", ", a day late") is None
    assert age_of(5, "the committee chose Tender, ", ", of the list") is None
    assert age_of(55, "the leftist lawmaker Okoro, ", " votes") is None  # no closing comma: a count


def test_two_outlets_giving_different_ages_disagree():
    claims = compare([
        article("one", "2024-09-23", "The leftist lawmaker Okoro, 55, secured the most votes in the first count."),
        article("two", "2024-09-23", "The 56-year-old Okoro promised to fight corruption after the first count.")])
    found = holding(claims, "Okoro, 55", "56-year-old Okoro")
    assert found and found[0].verdict == "disagree"


def test_an_age_after_a_role_noun_opening_its_sentence_is_an_age():
    # (French "de", Italian apposition, Spanish "de" after a comma: whose, the phrase does not say)
    assert [(f.text, f.measure) for f in read("Le chanteur a été jugé. Le chanteur de 61 ans n'était pas là.",
                                              language="fr") if f.measure == "age"] == [("61 ans", "age")]
    assert [(f.text, f.measure) for f in read("Il tribunale ha deciso. L'attrice italiana, 48 anni, era assente.",
                                              language="it") if f.measure == "age"] == [("48 anni", "age")]
    assert [(f.text, f.measure) for f in read("El juez habló. El piloto, de 39 años, no acudió.",
                                              language="es") if f.measure == "age"] == [("39 años", "age")]
    # (inside a sentence the noun may be anyone: the victim beside the accused)
    assert not [f for f in read("El juez condenó al piloto por agredir a la azafata de 29 años.", language="es")
                if f.measure == "age"]


def test_outlets_giving_the_singer_different_ages_disagree():
    claims = compare([
        article("one", "2024-09-23", "The court fined the singer Marco Vela, 61, on Monday for assault."),
        article("two", "2024-09-23", "Le tribunal a condamné lundi le chanteur Marco Vela pour agression. "
                                     "Le chanteur de 62 ans n'était pas présent.")])
    found = holding(claims, "Marco Vela, 61", "chanteur de 62 ans")
    assert found and found[0].verdict == "disagree"


def test_an_age_closing_a_sentence_that_names_the_person_is_no_count():
    # "was named Omar Haddad, 9.": the victim's age, never a toll of nine
    assert ages("The dead boy was named Omar Haddad, 9.") == [("9", 9, "age", "Omar Haddad")]
    assert ages("The victim was identified as Lena Brandt Ortiz, 14.") == [("14", 14, "age", "Lena Brandt Ortiz")]
    # a number closing a sentence after a name and no naming verb stays what it was
    assert ages("Seats went to the Social Democrats, 14.") == []
