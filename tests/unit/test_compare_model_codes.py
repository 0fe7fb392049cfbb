"""Issue 11: a model named by its maker and a code ("a Boeing 737-800", "an Airbus A320neo") is one claim across
sources, even when one sentence names it beside no figure: the codes agree when one starts the other and disagree
otherwise. Constructed sentences; each test fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.compare.model_codes import model_codes
from tests.compare_helpers import compared as _claims, holding


def test_designations_are_read_and_tallies_dates_and_flights_are_not():
    assert model_codes("The jet, a Boeing 777-300 bound for Lisbon, landed.") == [(11, 25, "boeing", "777-300")]
    assert model_codes("Es war eine Boeing 787-9 der Linie.") == [(12, 24, "boeing", "787-9")]
    assert model_codes("an Airbus A320neo and a Sukhoi Su-30MKI") == [
        (3, 17, "airbus", "A320NEO"), (24, 39, "sukhoi", "SU30MKI")]
    assert model_codes("The bill passed the Senate 218-214 on Friday.") == []
    assert model_codes("Talks ran from June 10-12 in the 2024-25 season.") == []
    assert model_codes("Passengers of Flight MH370 and Route A12 waited.") == []


def test_one_model_named_without_a_figure_joins_the_other_sources_and_agrees():
    claims = _claims(
        "The plane, an Airbus A321neo flying from Oslo, carried 162 passengers.",
        "Investigators examined the Airbus A321 after it skidded off the runway.",
        "An Airbus A321neo operated the route.")
    found = [c for c in claims if c.topic.startswith("Model")]
    assert len(found) == 1 and found[0].verdict == "agree", [c.topic for c in claims]
    assert sorted(s.source for s in found[0].statements) == ["o1", "o2", "o3"]
    assert found[0].topic == "Model: Airbus A321neo · Airbus A321"


def test_two_codes_of_one_maker_disagree():
    claims = _claims(
        "The aircraft, an Embraer E190 with 96 people on board, overran the runway.",
        "The Embraer E175 overran the runway in heavy rain.")
    found = [c for c in holding(claims, "Embraer E190", "Embraer E175") if c.topic.startswith("Model")]
    assert len(found) == 1 and found[0].verdict == "disagree", [c.topic for c in claims]
    assert found[0].evidence == "sources differ: o1: Embraer E190; o2: Embraer E175"


def test_a_family_code_agrees_with_a_variant_that_puts_mission_letters_before_it():
    claims = _claims(
        "The patrol flew a Sikorsky H-92 over the bay when it lost power with 11 people aboard.",
        "The Sikorsky CH-92 came down in the bay after losing power.")
    found = [c for c in claims if c.topic.startswith("Model")]
    assert len(found) == 1 and found[0].verdict == "agree", [(c.topic, c.verdict) for c in claims]
    # two variants of the family, each named by a source, still disagree
    claims = _claims(
        "The patrol flew a Sikorsky MH-92 over the bay when it lost power with 11 people aboard.",
        "The Sikorsky CH-92 came down in the bay after losing power.")
    found = [c for c in claims if c.topic.startswith("Model")]
    assert len(found) == 1 and found[0].verdict == "disagree", [(c.topic, c.verdict) for c in claims]
