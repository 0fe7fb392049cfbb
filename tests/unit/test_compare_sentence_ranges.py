"""Issue 11: the range of the terms handed to several defendants, named by a plural noun of sentences before it, is a
prison term of no one person ("sentences ranging from four years to 18 years", "las condenas de prisión ..., de
entre tres y 12 años") (compare/sentence_ranges.py). Invented sentences; fails on the code before this rule."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, read


def periods(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "period"]


def test_a_range_of_sentences_is_a_prison_term():
    assert periods("The court handed down sentences ranging from four years to 18 years in prison for the other "
                   "men.") == [("four years to 18 years", "prison sentence", None)]
    assert periods("Las condenas de prisión para los demás acusados, de entre tres y 12 años, fueron leídas.") == [
        ("tres y 12 años", "prison sentence", None)]
    assert periods("Die Haftstrafen liegen zwischen vier und 18 Jahren.") == [
        ("vier und 18 Jahren", "prison sentence", None)]


def test_a_range_with_no_noun_of_sentences_is_no_prison_term():
    assert periods("The talks lasted from four to six hours.")[0][1] != "prison sentence"
    assert periods("He served five to ten years.")[0][1] is None


def test_two_outlets_ranges_of_sentences_disagree():
    claims = compared("The judge handed down sentences ranging from three years to 20 years in prison for the rest.",
                      "Las condenas de prisión para los demás acusados, de entre tres y 12 años, fueron leídas.")
    found = holding(claims, "three years to 20 years", "tres y 12 años")
    assert found and found[0].verdict == "disagree"
