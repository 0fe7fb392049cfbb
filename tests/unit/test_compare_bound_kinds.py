"""Issue 11, no false disagreement from joining different figures: a maximum ("could face a fine of up to 10%"), a
part of a toll ("four of whom are still missing"), a tally a majority needs ("which would need at least 57 seats")
and a figure of the previous contest ("in the previous election") are not the reported value of their measure.
Invented sentences; each test fails on main (0134f4a)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.earlier import EARLIER, earlier_marks
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article, compared, read


@pytest.mark.parametrize(("text", "measures"), [
    ("The firm could face a fine of up to 10% of its annual turnover.", ["maximum revenue"]),
    ("The company faces a fine of up to $5 million for the breach.", ["maximum fine"]),
    ("The bank was fined a maximum of $2 million by the regulator.", ["maximum fine"]),
    ("El banco podría recibir una multa de hasta 5 millones de euros.", ["maximum fine"]),
])
def test_a_maximum_is_a_kind_of_its_measure(text, measures):
    assert [f.measure for f in read(text) if f.kind in ("money", "percent")] == measures


def test_a_maximum_is_told_from_an_up_to_estimate_and_a_plain_amount():
    texts = ["Up to 150,000 people joined the march in the capital.",  # an estimate, not a bound
             "The company was fined $5 million for the breach.",
             "Officials said there could be up to 200 dead.",  # an estimate of the toll, not a bound
             "The company could be fined up to $9 million for the breach."]
    assert [f.measure for t in texts for f in read(t)] == ["attendance", "fine", "dead", "maximum fine"]


def test_a_part_of_a_toll_is_a_part_and_a_toll_out_of_those_aboard_the_toll():
    assert [f.measure for f in read("The storm left six fishermen dead, four of whom are still missing.")] == [
        "dead", "part missing"]
    assert [f.measure for f in read("The ferry carried 212 people, 37 of whom died.")] == ["people aboard", "dead aboard"]


def test_a_part_of_a_toll_does_not_contradict_the_toll():
    claims = compared("Six workers were missing after the bridge collapsed on Tuesday, officials said.",
                      "The bridge collapse on Tuesday left six workers dead, four of whom are still missing.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []


def test_a_toll_of_one_place_or_thing_alone_is_a_part():
    assert [f.measure for f in read("The number dead from that alone is at least eight.")] == ["part dead"]
    assert [f.measure for f in read("In Dorvale alone, at least 10 people died.")] == ["part dead"]
    # (a place the sentence scopes the toll to stays its subject: "In one village alone, 30 fatalities")
    assert [(f.measure, f.subject) for f in read("Solo en Dorvale murieron 200 personas.")] == [("dead", "Dorvale")]
    assert [f.measure for f in read("At least 1,002 people were killed across the country.")] == ["dead"]
    claims = compared("At least 1,002 people were killed across the country, officials said on Saturday.",
                      "A tower collapsed in the capital. The number dead from that alone is at least eight.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []


def test_the_seats_a_majority_needs_are_a_threshold():
    figures = read("With no party able to command a majority, which would need at least 57 seats, talks are expected.")
    assert [f.measure for f in figures] == ["threshold"]


@pytest.mark.parametrize(("sentence", "figure", "year"), [
    ("The Greens won 4 seats in the previous election, and now they hold 12.", "4 seats", ""),
    ("The Greens won 12 seats; they had 4 seats in the 2019 election.", "4 seats", "2019"),
    ("Los Verdes obtuvieron 4 escaños en las elecciones anteriores.", "4 escaños", ""),
])
def test_a_tally_of_the_previous_contest_is_an_earlier_events(sentence, figure, year):
    units = build_units([article("o1", "2024-07-05", sentence)], [], [], default_rate_table())
    unit, f = next((u, f) for u in units for f in u.figures if f.text == figure)
    assert earlier_marks(unit, f, {"o1": "2024-07-05"}, {}) == (EARLIER, f"@{year}" if year else "")


def test_a_tally_of_this_years_contest_is_the_reported_ones_and_of_an_earlier_one_not():
    units = build_units([article("o1", "2024-07-05", "The Greens won 12 seats in the 2024 election, and 4 seats in the "
                                 "previous election.")], [], [], default_rate_table())
    marks = [earlier_marks(u, f, {"o1": "2024-07-05"}, {})[0] for u in units for f in u.figures if f.measure == "seats"]
    assert marks == ["", EARLIER]


def test_a_german_party_or_government_by_its_kind_is_nobody():
    # (German capitalises its nouns: "Partei" would else be a name, and one subject with any "... Party")
    texts = ["Die Partei erhielt rund 39 Prozent der Stimmen.", "Die Regierung kündigte 500 Millionen Euro Hilfe an."]
    assert [f.subject for t in texts for f in read(t, language="de")] == [None, None]


def test_an_unnamed_amount_beside_the_named_one_of_its_sentence_is_not_that_names():
    # "... supera la sanción de 830 millones impuesta a Vandelay": the 1.500 millones are not Vandelay's fine
    claims = compared(
        "Vandelay was fined €830 million by the Luxembourg regulator for breaching privacy rules. Kramerica was fined "
        "a record €1.5 billion by the Irish regulator on Monday.",
        "La multa de 1.500 millones de euros supera la sanción de 830 millones de euros impuesta a Vandelay en 2021.",
        "Vandelay's €830 million fine from Luxembourg was the largest until now. Kramerica must pay €1.5 billion, the "
        "Irish regulator said on Monday.", published="2023-05-22")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []


def test_a_projected_tally_and_a_time_of_travel_are_kinds_of_their_own():
    texts = ["The Greens are projected to finish with 10 seats.", "The Greens won 9 seats.",
             "The village lies about two hours' drive from the capital.", "Le village est à deux heures de route.",
             "Rescuers worked for 12 hours to free them."]
    assert [f.measure for t in texts for f in read(t) if f.kind in ("count", "period")] == [
        "projected seats", "seats", "travel time", "travel time", "hours"]
