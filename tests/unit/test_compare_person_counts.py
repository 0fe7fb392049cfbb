"""A count of people measures what its predicate says, not the people counted (compare/person_counts.py)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import article, holding, read


def measure_of(text: str, needle: str) -> str | None:
    found = [f for f in read(text) if f.kind == "count" and needle in f.text]
    assert len(found) == 1, [(f.kind, f.text) for f in read(text)]
    return found[0].measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    # a passive predicate after the people counted: the group counted stays as the measure's kind
    ("Police said 26 officers were injured during the clashes.", "26", "officer injured"),
    ("In total, 26 police officers were injured in the clashes.", "26", "officer injured"),
    ("Police reported around two dozen injured officers after the march.", "dozen", "officer injured"),
    # a verb before the count (its object)
    ("The Met deployed about 1,600 officers across the city.", "1,600", "officer deployed"),
    ("The rally drew about 110,000 people to the capital.", "110,000", "attendance"),
    ("Troops evacuated 3,000 residents from the valley.", "3,000", "displaced"),
    # a verb right after a bare count, a state phrase after the noun
    ("Police estimated that between 110,000 to 150,000 attended the event.", "110,000", "attendance"),
    ("Police say there are about 110,000 people in attendance today.", "110,000", "attendance"),
    ("Reinforcements were sent to support the over 1,000 officers on duty.", "1,000", "officer deployed"),
    # a noun that is an event's role measures itself when no predicate does
    ("Police reported 110,000 participants in the main demonstration.", "110,000", "attendance"),
    # what governs a range governs both its numbers
    ("The march attracted a crowd of between 110,000 and 150,000 people, police said.", "150,000", "attendance"),
])
def test_a_count_of_people_measures_its_predicate(text, needle, measure):
    assert measure_of(text, needle) == measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("Twenty-six officers were injured, including four seriously, police said.", "four", "seriously injured"),
    ("Police reported 26 injured officers, four of them seriously.", "four", "seriously injured"),
    ("Twenty-six officers were hurt, with four suffering serious injuries.", "four", "seriously injured"),
    ("The crash injured 40 passengers, two critically.", "two", "critically injured"),
])
def test_an_adverb_is_never_a_measure_but_a_kind_of_injured(text, needle, measure):
    assert measure_of(text, needle) == measure


def test_a_counter_gathering_is_another_gathering_attendance():
    text = "The rally drew about 110,000 people, while a nearby counter\u2011march attracted roughly 5,000, police said."
    assert measure_of(text, "110,000") == "attendance"
    assert measure_of(text, "5,000") == "counter-protest attendance"
    assert measure_of("An anti-racism counter-protest, attended by about 5,000 campaigners, also took place.",
                      "5,000") == "counter-protest attendance"
    assert measures_differ("counter-protest attendance", "attendance") is False  # (a kind: kept apart when grouped)


def test_counts_of_things_and_words_ending_in_ly_keep_their_measures():
    from briefing_tui.compare.person_counts import is_adverb

    assert measure_of("The storm destroyed 300 houses in the valley.", "300") == "homes"
    assert measure_of("Some 40 families were evacuated from the area.", "40") != "attendance"
    assert not is_adverb("family") and not is_adverb("rally") and is_adverb("seriously")


def test_officers_injured_and_protesters_injured_are_two_claims_officers_deployed_a_third():
    sources = [
        article("herald", "2025-09-13", "Police said 26 officers were injured in the clashes. Medics said 9 protesters "
                                        "were injured. The force deployed about 1,600 officers."),
        article("courier", "2025-09-13", "In total, 26 police officers were injured on Saturday. Organisers said 12 "
                                         "protesters were injured. The Met deployed around 1,000 officers."),
    ]
    claims = compare(sources)
    officers = holding(claims, "26 officers", "26 police officers")
    assert len(officers) == 1 and officers[0].verdict == "agree"
    protesters = holding(claims, "9 protesters", "12 protesters")
    assert len(protesters) == 1 and protesters[0].verdict == "disagree"
    assert not holding(claims, "26 officers", "9 protesters")
    deployed = holding(claims, "about 1,600 officers", "around 1,000 officers")
    assert len(deployed) == 1 and deployed[0].verdict == "disagree"
    assert not holding(claims, "26 officers", "1,600 officers")


def test_a_party_claiming_its_own_crowd_is_no_estimate_of_it():
    text = "Robinson claimed the rally drew three million people, while police said about 110,000 attended."
    assert measure_of(text, "three million") == "claimed attendance"
    assert measure_of(text, "110,000") == "attendance"



@pytest.mark.parametrize(("text", "needle", "measure"), [
    # a crowd arriving in a place counts those at the gathering, whatever it calls itself
    ("Later, he added: \"Over THREE million patriots hit central London today.\"", "patriots", "attendance"),
    ("Some 5,000 supporters took to the streets of Paris on Saturday.", "5,000", "attendance"),
    ("About 20,000 people descended on Whitehall for the march.", "20,000", "attendance"),
    ("Around 40,000 fans poured into Wembley before kick-off.", "40,000", "attendance"),
])
def test_a_crowd_arriving_in_a_place_is_the_gathering_attendance(text, needle, measure):
    assert measure_of(text, needle) == measure


# two counters' counts of one crowd side by side, each with its own attribution, before the predicate they share
TWO_COUNTERS = ("It exceeds that of last January 31, where 1.27 million people (according to police) and 2.8 million "
                "(according to the unions) took to the streets in the highest concentration of the last 40 years.")


@pytest.mark.parametrize("needle", ["1.27", "2.8"])
def test_two_counters_counts_of_one_crowd_share_the_predicate_after_both(needle):
    assert measure_of(TWO_COUNTERS, needle) == "attendance"


def test_a_second_count_with_a_noun_of_its_own_keeps_its_predicate_to_itself():
    # (the second count names its own measure: the predicate after it is not the first one's)
    text = "At least 12 people (including three children) and 30 injured (officials said) were taken to hospital."
    assert measure_of(text, "12") == "people"
    assert measure_of(text, "30") == "injured"


@pytest.mark.parametrize(("text", "needle"), [
    ("Three people hit by a car were taken to hospital.", "Three"),  # (hit by: what befell them)
    ("Two workers hit the water when the bridge fell.", "Two"),  # (no place named: no gathering)
    ("Some 5,000 people took to Twitter to complain.", "5,000"),  # (only "the streets" is taken to)
])
def test_a_verb_of_arriving_without_a_place_names_no_gathering(text, needle):
    assert measure_of(text, needle) != "attendance"


def test_a_generic_count_under_the_rubble_or_object_of_trapping_is_of_the_trapped():
    assert measure_of("The tower collapsed, trapping dozens of migrant construction workers.", "dozens") == "trapped"
    assert measure_of("They are estimating more than 670 people under the soil at the moment.", "670") == "trapped"
    assert measure_of("About 90 people remain under the rubble.", "90") == "trapped"
    assert measure_of("Dozens of people are still under the debris.", "Dozens") == "trapped"
    # those who died under it are its dead
    assert measure_of("At least 50 people died under the rubble.", "50") == "dead"


def test_a_count_of_participants_of_a_nationality_is_of_that_nationality_dead_in_every_language():
    # "41 Tunisian pilgrims died" counts Tunisians dead, as "63 pellegrini tunisini sono morti" does: one claim whose
    # figures differ (without the nationality the pilgrims stay a gathering's count: "2,000 pilgrims attended")
    assert [(f.measure, f.subject) for f in read("At least 41 Tunisian pilgrims died on the road to the shrine.")
            if f.kind == "count"] == [("dead", "Tunisian")]
    assert measure_of("More than 2,000 pilgrims attended the service.", "2,000") == "attendance"
    sources = [article("herald", "2025-07-02", "Officials said 41 Tunisian pilgrims died on the road to the shrine."),
               article("corriere", "2025-07-04", "Sono morti 63 pellegrini tunisini durante il viaggio.")]
    tunisians = holding(compare(sources), "41 Tunisian pilgrims", "63 pellegrini")
    assert len(tunisians) == 1 and tunisians[0].verdict == "disagree"


@pytest.mark.parametrize(("text", "needle", "measure"), [
    # (invented) other languages' words of severity after an injured count: a kind of the injured
    ("O acidente deixou cinco feridos em estado crítico e outros 30 com ferimentos graves.", "cinco",
     "critically injured"),
    ("O acidente deixou cinco feridos em estado crítico e outros 30 com ferimentos graves.", "30", "seriously injured"),
    ("L'incendio ha causato 12 feriti gravi e altri 80 in relativa urgenza.", "12", "seriously injured"),
    ("L'accident a fait 7 blessés graves selon la préfecture.", "7", "seriously injured"),
    ("El choque dejó 15 heridos leves en la autopista.", "15", "slightly injured"),
    ("Es gab 4 Schwerverletzte bei dem Unfall.", "4", "seriously injured"),
    # (a plain injured count keeps its measure)
    ("L'incendio ha causato 80 feriti nel quartiere.", "80", "injured"),
])
def test_a_severity_word_of_another_language_makes_a_kind_of_the_injured(text: str, needle: str, measure: str):
    assert measure_of(text, needle) == measure


def test_residents_without_papers_are_a_kind_of_their_own():
    # (invented) a count of a place's undocumented people is never the whole population
    assert measure_of("En outre, la population clandestine de l'île dépasse les 80.000 personnes.", "80.000") == \
        "undocumented residents"
    assert measure_of("The region has an undocumented population of some 60,000 people.", "60,000") == \
        "undocumented residents"
    assert measures_differ("undocumented residents", "residents")
    # (a word of it in another clause does not make the residents undocumented)
    assert measure_of("Illegal logging hit the area, home to 3,000 people.", "3,000") == "residents"
