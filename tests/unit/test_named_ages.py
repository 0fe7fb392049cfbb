"""Issue 11: one age of two people named in full is two facts, not one claim (compare/group_subjects.py): an age told
of a person the extraction resolved as an entity is that person's, though the name is never a capitalised run of
its own; an age told of no one ("the 71-year-old") is never that of a person its article does not name. Invented
sentences (a resignation and an interim leader, both 71); the test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.model import Entity
from tests.compare_helpers import filled_articles, holding

ENTITIES = [Entity("e1", "Aurel Dravic", "person", aliases=["Aurel Dravic", "Dravic"]),
            Entity("e2", "Mirela Kastov", "person", aliases=["Mirela Kastov", "Kastov"])]


def _ages():
    sources = filled_articles(
        "2026-03-14",
        "Prime Minister Aurel Dravic, 71, resigned on Tuesday after a week of protests in the capital.",
        "The interim leader, Mirela Kastov, 71, was sworn in on Friday by the president of the republic.",
        "Prime Minister Aurel Dravic stepped down on Tuesday. The 71-year-old said he would not stand again.")
    return [c for c in compare(sources, ENTITIES) if c.measure == "age"]


def test_two_peoples_equal_ages_are_not_one_claim():
    ages = _ages()
    assert not holding(ages, "Aurel Dravic, 71", "Mirela Kastov, 71")


def test_an_age_told_of_no_one_joins_the_person_its_article_names():
    ages = _ages()
    assert holding(ages, "Aurel Dravic, 71", "The 71-year-old said")
    assert not holding(ages, "Mirela Kastov, 71", "The 71-year-old said")


def test_a_name_in_full():
    from briefing_tui.compare.group_subjects import full_name

    assert full_name("Khadga Prasad Sharma Oli") and full_name("Mirela Kastov")
    assert not full_name("Kastov") and not full_name("the interim leader")
