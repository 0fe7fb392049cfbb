"""Issue 11: the range of the terms handed to several defendants, named by a plural noun of sentences before it, is the
terms handed down, of no one person and never weighed against one defendant's term ("sentences ranging from four years to 18 years", "las condenas de prisión ..., de
entre tres y 12 años") (compare/sentence_ranges.py). Invented sentences; fails on the code before this rule."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def periods(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "period"]


def test_a_range_of_sentences_is_a_prison_term():
    assert periods("The court handed down sentences ranging from four years to 18 years in prison for the other "
                   "men.") == [("four years to 18 years", "spread prison sentence", None)]
    assert periods("Las condenas de prisión para los demás acusados, de entre tres y 12 años, fueron leídas.") == [
        ("tres y 12 años", "spread prison sentence", None)]
    assert periods("Die Haftstrafen liegen zwischen vier und 18 Jahren.") == [
        ("vier und 18 Jahren", "spread prison sentence", None)]


    assert periods("Pour les autres, elles s'échelonnent de 3 ans de prison dont 2 avec sursis à 15 ans de "
                   "prison.") == [("3 ans de prison dont 2 avec sursis à 15 ans", "spread prison sentence", None)]


def test_a_range_with_no_noun_of_sentences_is_no_range_of_sentences():
    assert periods("The talks lasted from four to six hours.")[0][1] == "hours"
    assert periods("He served five to ten years.")[0][1] is None


def test_two_outlets_ranges_of_sentences_disagree():
    claims = compared("The judge handed down sentences ranging from three years to 20 years in prison for the rest.",
                      "Las condenas de prisión para los demás acusados, de entre tres y 12 años, fueron leídas.")
    found = holding(claims, "three years to 20 years", "tres y 12 años")
    assert found and found[0].verdict == "disagree"


def test_a_range_of_sentences_is_not_weighed_against_one_defendants_term():
    claims = compared("Ramon Vidal was sentenced to 20 years in prison; the sentences of the others range from three "
                      "years to 20 years.",
                      "Vidal fue condenado a 20 años de prisión. Las condenas de los demás, de entre tres y 12 años, "
                      "fueron leídas.")
    assert not holding(claims, "three years to 20 years", "condenado a 20 años")
    found = holding(claims, "three years to 20 years", "tres y 12 años")
    assert found and found[0].verdict == "disagree"
