"""Issue 11: a person's age is never a place's: "the suspect is a 44-year-old engineer who moved to Austria in 2011"
gave the age to Austria (the place after it, as a count of people takes the place it happened in), and the claim was
titled "Austria's age". Every sentence is made up for the test (fails on the code before)."""

from __future__ import annotations

from tests.compare_helpers import read


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.low, f.subject) for f in read(text) if f.measure == "age"]


def test_an_unnamed_persons_age_takes_no_place_after_it():
    # (the suspect's: the role before it tells whose, compare/age_roles.py; never Austria's)
    assert _ages("Police said the suspect is a 44-year-old engineer who moved to Austria in 2011.") == [(44, "suspect")]
    assert _ages("A 38-year-old nurse from Leipzig was among the injured in Vienna.") == [(38, None)]


def test_a_named_persons_age_is_still_theirs():
    assert _ages("The 61-year-old Maria Keller was arrested in Vienna.") == [(61, "Maria Keller")]
