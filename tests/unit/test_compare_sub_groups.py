"""Issue 11: two facts of one measure name stay two claims when one counts a sub-group of the other's people: a part
a relative pronoun ties to its whole ("40 people, 12 of whom died in the capital"), an age group of a toll ("100
were 70 years old or older"). Made-up sentences; each test fails on the code before (e0f6cad)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import article, holding, read


def counts(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a part of the same toll as its whole: the part's kind, never the toll
    ("The quake killed 40 people, 12 of whom died in the old town.", None,
     [("40 people", "dead"), ("12", "part dead")]),
    ("La riada dejó 224 muertos, 30 de los cuales murieron en sus casas.", "es",
     [("224 muertos", "dead"), ("30", "part dead")]),
])
def test_a_part_tied_to_its_whole_by_a_relative_pronoun_is_a_part_of_the_toll(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a whole that gives no toll: the part is the toll
    ("Eight workers fell into the river, four of whom are still missing.", None,
     [("Eight workers", "people"), ("four", "missing")]),
    # a part of its own place is that place's toll (scopes_of_place)
    ("The flood killed 224 people, of whom 216 died in Valencia.", None,
     [("224 people", "dead"), ("216 died", "dead")]),
])
def test_a_relative_part_keeps_its_measure_when_it_is_a_toll_of_its_own(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Among the victims, 100 were 70 years old or older.", None, [("100", "over-70 dead")]),
    ("Del número total de fallecidos, 104 eran mayores de 70 años.", "es", [("104", "over-70 dead")]),
    ("Of the 40 dead, 12 were under 18.", None, [("40 dead", "dead"), ("12", "under-18 dead")]),
    ("Sixty-eight died in the county, 40 were adults.", None, [("Sixty-eight died", "dead"), ("40", "adults dead")]),
])
def test_an_age_group_of_a_toll_is_a_kind_of_its_own(text, language, expected):
    assert [pair for pair in counts(text, language) if pair[1] not in (None, "year", "age")] == expected


def test_an_age_group_is_never_the_plain_toll():
    assert measures_differ("over-70 dead", "dead")
    assert measures_differ("over-70 dead", "under-18 dead")
    assert not measures_differ("over-70 dead", "over-70 dead")


def test_an_age_group_of_a_close_value_never_joins_the_toll():
    claims = compare([
        article("o1", "2024-11-14", "The floods have killed more than 100 people in the region, officials said."),
        article("o2", "2024-11-15", "Officials said the floods killed 104 people. Among the victims, 100 were 70 years "
                                    "old or older."),
        article("o3", "2024-11-15", "Of the dead, 104 were over 70, the regional report said."),
    ])
    aged = holding(claims, "100 were 70 years old or older")
    assert aged, [c.topic for c in claims]
    assert holding(aged[:1], "104 were over 70")  # (one age group, two sources: one claim)
    assert not holding(aged[:1], "more than 100 people")  # (the toll is another fact)


def test_a_place_alone_is_not_a_list_of_places_it_is_one_of_even_through_a_link():
    from briefing_tui.compare.same_subject import one_subject

    links = {"new mexico": frozenset({"texas"}), "texas": frozenset({"new mexico"})}
    # counts add up over places: the two states' cases are neither state's, however the articles link them
    assert not one_subject("Texas and New Mexico", "New Mexico", links, parts=True)
    assert one_subject("Lea County", "New Mexico", {"lea county": frozenset({"new mexico"})}, parts=True)


def test_a_sentence_counting_one_place_never_joins_the_claim_of_a_list_of_places():
    from types import SimpleNamespace

    from briefing_tui.compare.claim_merge import _other_subject

    [cases] = [f for f in read("New Mexico has confirmed 30 cases, officials said.") if f.kind == "count"]
    assert cases.subject == "New Mexico"
    assert _other_subject(cases, SimpleNamespace(subject="Texas and New Mexico"))
    assert not _other_subject(cases, SimpleNamespace(subject="New Mexico"))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The landslide struck the village, about two hours' drive from the provincial capital.", None,
     [("about two hours", "travel hours")]),
    ("The camp is a three-hour drive from the coast.", None, [("three-hour", "travel hours")]),
    ("The town lies 40 minutes by car from the city.", None, [("40 minutes", "travel hours")]),
    # how long the event lasted, or how long after it: the event's own hours
    ("More than 72 hours after the landslide, residents were still digging.", None,
     [("More than 72 hours", "hours")]),
])
def test_a_time_to_travel_somewhere_is_a_distance_not_the_events_duration(text, language, expected):
    assert [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"] == expected
    assert measures_differ("travel hours", "hours")


def test_a_drive_time_never_joins_the_hours_since_the_event():
    claims = compare([
        article("o1", "2024-05-27", "The village lies about two hours' drive from the provincial capital, Wabag."),
        article("o2", "2024-05-27", "More than 72 hours after the landslide, residents are still using spades."),
    ])
    assert not [c for c in claims if holding([c], "two hours' drive", "72 hours after")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Counting was still ongoing, with two seats yet to be accounted for.", [("two seats", "undecided seats")]),
    ("The majority remains unclear, with 16 seats still in doubt.", [("16 seats", "undecided seats")]),
    ("Plaid Cymru secured two seats, and the Liberal Democrats attained one.", [("two seats", "seats")]),
])
def test_seats_not_decided_yet_are_nobodys_seats(text, expected):
    assert [(f.text, f.measure) for f in read(text) if f.kind == "count"][:1] == expected
    assert measures_differ("undecided seats", "seats")


def test_seats_not_decided_yet_never_join_a_partys_seats():
    claims = compare([
        article("o1", "2024-07-05", "Plaid Cymru won four seats in Wales."),
        article("o2", "2024-07-05", "Counting was still ongoing, with two seats yet to be accounted for."),
        article("o3", "2024-07-05", "Plaid Cymru secured four seats, its best result."),
    ])
    assert not holding(claims, "two seats yet to be accounted for", "Plaid Cymru won four seats")
