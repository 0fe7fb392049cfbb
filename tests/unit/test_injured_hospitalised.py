"""Issue 11: the people hurt in one event, counted by their wounds in one outlet and by their hospital beds in
another ("more than 140 were injured", "unas 95 personas fueron hospitalizadas", "quelque 130 blessés
hospitalisés"), are one measure (compare/measure_families.py) unless a source gives both their own values (all the
injured and those still in hospital: two facts). Invented sentences; the tests of the joined counts fail on the code
before the family (each name was its own claim)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def test_the_injured_and_the_hospitalised_of_one_blast_are_one_count_across_languages():
    claims = compare([
        article("a", "2026-02-11", "More than 140 people were injured in the warehouse blast, officials said."),
        article("b", "2026-02-11", "Unas 95 personas fueron hospitalizadas tras la explosión del almacén."),
        article("c", "2026-02-11", "Mindestens 140 Menschen wurden bei der Explosion im Lagerhaus verletzt."),
    ])
    found = holding(claims, "More than 140 people", "Unas 95 personas", "Mindestens 140 Menschen")
    assert len(found) == 1 and found[0].measure == "injured" and found[0].verdict == "disagree"


def test_injured_people_counted_as_hospitalised_join_the_injured_of_other_outlets():
    claims = compare([
        article("a", "2026-05-02", "The stadium stand collapsed on Saturday, leaving 60 dead and more than 200 "
                                   "injured."),
        article("b", "2026-05-02", "L'effondrement de la tribune a fait 60 morts et quelque 180 blessés "
                                   "hospitalisés."),
        article("c", "2026-05-02", "Il crollo della tribuna ha causato 60 morti e oltre 200 feriti."),
    ])
    # (the death toll's claim holds the three sentences too: the claim of the injured is the one asked for)
    found = [c for c in holding(claims, "more than 200", "quelque 180 blessés", "oltre 200 feriti")
             if c.measure == "injured"]
    assert len(found) == 1 and found[0].verdict == "disagree" and "180" in found[0].topic


def test_a_source_giving_the_injured_and_those_still_in_hospital_keeps_them_two_counts():
    claims = compare([
        article("a", "2026-02-11", "More than 140 people were injured in the warehouse blast. On Thursday, 35 "
                                   "people were still hospitalised, the ministry said."),
        article("b", "2026-02-11", "Unas 35 personas siguen hospitalizadas tras la explosión del almacén."),
        article("c", "2026-02-11", "Mindestens 140 Menschen wurden bei der Explosion im Lagerhaus verletzt."),
    ])
    assert not holding(claims, "More than 140 people", "35 people")
    assert not holding(claims, "Unas 35 personas", "Mindestens 140 Menschen")
    assert len(holding(claims, "More than 140 people", "Mindestens 140 Menschen")) == 1


def test_each_outlets_count_is_read_with_its_own_name_before_the_story_joins_them():
    # (the guard of the family: one sentence keeps its own reading; only the story's comparison joins the names)
    assert [f.measure for f in read("More than 140 people were injured in the blast.")] == ["injured"]
    assert [f.measure for f in read("Unas 95 personas fueron hospitalizadas tras la explosión.")] == ["hospitalised"]
