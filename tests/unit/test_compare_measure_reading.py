"""English figures read with the measure they count or price (issue 11): sentences from the study gold sets whose
figure had no measure, a wrong one, or a wrong value."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from compare_gold import find_claim
from tests.compare_helpers import read

ROOT = Path(__file__).resolve().parents[2]


def one(text: str, needle: str):
    found = [f for f in read(text) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text, f.measure) for f in read(text)]
    return found[0]


@pytest.mark.parametrize(("text", "needle", "kind", "value", "measure"), [
    # a plural compound's head is its second noun
    ("As of this week, Texas health officials confirmed 279 measles cases across 11 counties, with 36 "
     "hospitalizations.", "279", "count", 279, "case"),
    ("As of this week, Texas health officials confirmed 279 measles cases across 11 counties, with 36 "
     "hospitalizations.", "36", "count", 36, "hospitalised"),
    # money a court orders paid back, through a conversion in brackets
    ("She will now have to refund $27 billion, as per the court verdict, which prosecutors say may never be "
     "recovered.", "$27", "money", 27e9, "restitution"),
    ("The court ordered her to pay back 673.8 trillion dong ($29.6 billion USD) to SCB.", "$29.6", "money", 29.6e9,
     "restitution"),
    # the sum of a fraud, named before the amount or after it
    ("The 67-year-old businesswomen was charged with fraud amounting to $12.5 billion.", "$12.5", "money", 12.5e9,
     "taken from victims"),
    ("A court in Vietnam handed the death sentence on Thursday to real estate tycoon Truong My Lan for her role in a "
     "304-trillion-dong ($12.5-billion) financial fraud.", "$12.5", "money", 12.5e9, "taken from victims"),
    # a place's population
    ("Derna, a community of around 125,000 people, was left with damaged neighborhoods.", "125,000", "count", 125_000,
     "residents"),
    ("Serhan Aktoprak said the area affected was the size of three or four football fields, and home to 3,895 "
     "people.", "3,895", "count", 3895, "residents"),
    ("The impacted village is about 4,000 people and almost half of their number are accounted for.", "4,000",
     "count", 4000, "residents"),
    # "two dozen" is 24; "crew members" count the crew
    ("It was staffed with nearly two-dozen crew members from India, and two local pilots.", "dozen", "count", 24,
     "crew"),
    # an amount's measure is not what it leaves out
    ("The deal, valued at $28.58 billion excluding debt, is not anticipated to face significant antitrust issues.",
     "$28.58", "money", 28.58e9, "sale"),
    # the noun after "from X to Y" is what both count
    ("The latest data indicate that cases in Texas increased by 18 since March 11, while New Mexico saw a rise from "
     "33 to 35 cases.", "35", "count", 35, "case"),
    # a number written like a year, with a count's qualifier and a counted noun, is a count
    ("Last Friday's disaster in the country's remote Enga Province buried about 2000 people, and aid organisation "
     "UNICEF said nearly half of them were children.", "2000", "count", 2000, "trapped"),
])
def test_english_figures_know_what_they_count_or_price(text, needle, kind, value, measure):
    f = one(text, needle)
    assert (f.kind, f.low, f.measure) == (kind, value, measure)


def test_the_earlier_value_of_from_to_takes_the_noun_after_both():
    found = [f for f in read("New Mexico saw a rise from 33 to 35 cases.") if f.kind == "count"]
    assert [(f.low, f.role, f.measure) for f in found] == [(33, "previous", "case"), (35, "current", "case")]


def test_a_year_like_number_after_a_time_preposition_stays_a_year():
    assert [(f.kind, f.low) for f in read("Since around 2010 prices rose.")] == [("year", 2010)]


@pytest.mark.parametrize(("text", "needle"), [
    ("Hou Yu-ih and his running mate Jaw Shau-kong of the opposition Kuomintang received 4,671,021 votes, or 33.49 "
     "percent, while Ko Wen-je of the Taiwan People's Party came third with 3,690,466 votes, or 26.46 percent.",
     "26.46"),
    ("According to the TV station's results shown at 5 p.m., Lai received 42.9% or 349,213 votes, Hou 33.0% or "
     "268,921 votes, and Ko 24.1% or 196,483 votes.", "33.0%"),
    ("Results showed that he secured about 40 % of the votes, while Mr Hou gained around 33 % and Ko, about 26 %.",
     "33 %"),
])
def test_a_share_beside_a_count_or_after_a_share_of_a_measure_is_of_that_measure(text, needle):
    assert one(text, needle).measure == "votes"


def test_a_share_after_a_named_share_does_not_reach_into_the_next_sentence():
    text = ("Results showed that he secured about 40 % of the votes, while Mr Hou gained around 33 %. Voter turnout "
            "was nearly 70 per cent.")
    assert one(text, "70").measure == "turnout"


def test_a_number_in_a_models_name_is_no_count():
    text = ("The aircraft, a Boeing 737-800 operating as flight 7C2216 from Bangkok, was attempting what officials "
            "described as a belly landing.")
    assert [f for f in read(text) if f.kind == "count"] == []


def _gold_event(gold: str, event: str):
    """A study gold set's event: its claims as built, its gold section and its sources' texts."""
    from bench.compare_gold import load_event

    section = yaml.safe_load((ROOT / "tests" / gold / "claims_events.yaml").read_text(encoding="utf-8"))[event]
    loaded, claims = load_event(ROOT / "tests" / gold, section["corpus"])
    return claims, section, {s.id: s.raw for s in loaded.sources}


def _gold_claim(section: dict, name_start: str) -> list[dict]:
    return next(g["statements"] for g in section["claims"] if g["name"].startswith(name_start))


def test_a_towns_population_is_one_claim_across_sources():
    # tests/gold_new10: "Derna, a community of around 125,000 people" against "a population of 90,000"
    claims, section, raws = _gold_event("gold_new10", "derna_floods_2023")
    found = find_claim(claims, _gold_claim(section, "population of Derna"), raws)
    assert found is not None and found.verdict == "disagree"


def test_a_towns_population_does_not_move_the_event_counts_to_that_town():
    # tests/gold_new4: 06's "Lahaina, a city of 13,000 people" (residents of Lahaina) leaves its "has risen to 106"
    # with the other outlets' Maui death tolls
    claims, section, raws = _gold_event("gold_new4", "maui_wildfires_2023")
    found = find_claim(claims, _gold_claim(section, "Maui wildfire death toll"), raws)
    assert found is not None and found.verdict == "disagree"


def test_members_a_named_party_has_are_its_seats():
    text = ("Reform has four MPs so far – including chairman Richard Tice and former Tory Lee Anderson – and is "
            "finishing second in many parts of the country.")
    f = one(text, "four")
    assert (f.measure, f.subject) == ("seats", "Reform")
    assert one("A letter signed by 40 MPs was sent to the speaker.", "40").measure != "seats"


def test_a_total_counts_what_its_own_sentence_counted_before_it():
    # tests/gold_new7 01: the total is of the cases, not of the source's first measure (its deaths)
    claims, section, raws = _gold_event("gold_new7", "texas_measles_outbreak_2025")
    piece = next(c for c in claims if any("bringing Texas' total to 223" in s.text for s in c.statements))
    assert piece.measure is not None and "case" in piece.measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    # an adjective of dimension right after a length gives its dimension, whatever the unit's usual one
    ("A little past midnight on March 26, the 984-foot-long Sri Lanka-bound cargo vessel 'Dali' reported light "
     "flickering and power loss.", "984", "length"),
    ("The new sea wall is 30 metres high and 2 metres wide.", "2 metres", "width"),
    ("Engineers said the crack was 3 km long.", "3 km", "length"),
    # without one, the unit's usual dimension
    ("Owned by Singapore-based Grace Ocean Private Ltd., the 948-foot DALI is managed by Synergy Marine Group.",
     "948", "height"),
])
def test_an_adjective_of_dimension_after_a_length_names_its_dimension(text, needle, measure):
    assert one(text, needle).measure == measure


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("Das Zentrum des Bebens lag in etwa 14 Kilometern Tiefe vor der Küste.", "14 Kilometern", "depth"),
    ("Der Erdstoß ereignete sich in 33 km Tiefe.", "33 km", "depth"),
    ("Das Dorf liegt 14 Kilometer von der Küste entfernt.", "14 Kilometer", "distance"),
])
def test_a_dimension_named_right_after_a_length_is_its_measure(text, needle, measure):
    [f] = [f for f in read(text, language="de") if f.text.endswith(needle)]
    assert f.measure == measure


@pytest.mark.parametrize(("after", "place"), [
    (" a sud-est della città di Novoselsk, secondo i sismologi", "Novoselsk"),
    (" a leste da cidade de Novoselsk, a uma profundidade", "Novoselsk"),
    (" and then the Novoselsk team arrived", None),
])
def test_an_italian_or_portuguese_distance_names_its_reference_town(after, place):
    from briefing_tui.compare.physical_measures import reference_point

    assert reference_point(after) == place


@pytest.mark.parametrize(("text", "language", "shown"), [
    ("Des vagues de 40 centimètres ont frappé la côte du village.", "fr", "40 cm"),
    ("An der Küste wurden bis zu 70 Zentimeter hohe Wellen gemessen.", "de", "up to 70 cm"),
    ("Rains brought 473 mm of water to the valley.", None, "473 mm"),
])
def test_a_height_in_centimetres_is_titled_in_centimetres(text, language, shown):
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.titles import value_text

    [f] = [f for f in read(text, language=language) if f.unit == "mm"]
    assert value_text(f, None, default_rate_table()) == shown
