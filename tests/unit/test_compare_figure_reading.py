"""Figures that know what they count (issue 11): measure, qualifier, forms of news text, locale (issue 17)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.numbers import CONTINENTAL, ENGLISH, POINT_AND_SPACES, number_style, parse_number
from tests.compare_helpers import read


def one(text: str, needle: str, **kw):
    found = [f for f in read(text, **kw) if needle in f.text]
    assert len(found) == 1, [(f.kind, f.text) for f in read(text, **kw)]
    return found[0]


@pytest.mark.parametrize(("text", "needle", "value", "measure", "qualifier"), [
    ("The death toll rose to 83 on Tuesday.", "83", 83, "dead", None),
    ("The number of missing has reached 97.", "97", 97, "missing", None),
    ("At least 144 people were killed and 737 injured.", "144", 144, "dead", "at_least"),
    ("At least 144 people were killed and 737 injured.", "737", 737, "injured", None),
    ("Nearly 3,000 homes were destroyed.", "3,000", 3000, "homes", "nearly"),
    ("More than 80 people are believed to still be trapped.", "80", 80, "trapped", "more_than"),
    ("Officials said 341 are missing.", "341", 341, "missing", None),
    ("It collapsed into a 40-storey tower of rubble.", "40", 40, "storeys", None),
    ("A dozen firefighters were hurt.", "dozen", 12, "firefighters", None),
    ("Half a million residents fled the city.", "million", 500_000, "displaced", None),  # (what they did: person_counts)
])
def test_counts_know_what_they_count(text, needle, value, measure, qualifier):
    f = one(text, needle)
    assert (f.kind, f.low, f.measure, f.qualifier) == ("count", value, measure, qualifier)


def test_change_from_one_value_to_another_gives_the_previous_and_the_current_value():
    found = [f for f in read("The toll climbed from 31 to 46 overnight.") if f.kind == "count"]
    assert [(f.low, f.role, f.measure) for f in found] == [(31, "previous", "dead"), (46, "current", "dead")]


def test_money_knows_what_it_prices():
    fund = one("The government set up a $250-million fund for victims.", "$250")
    assert (fund.kind, fund.low, fund.unit, fund.measure) == ("money", 250e6, "USD", "fund")
    aid = one("Japan pledged 1.5 billion yen in emergency aid to Varo.", "yen")
    assert (aid.low, aid.unit, aid.measure, aid.subject) == (1.5e9, "JPY", "aid", "Japan")
    kinds = read("The jury awarded $129 million in compensatory damages and $200 million in punitive damages.")
    assert [f.measure for f in kinds if f.kind == "money"] == ["compensatory compensation", "punitive compensation"]


def test_a_conversion_in_brackets_prices_the_same_thing():
    found = read("Japan will invest $550 billion (about ¥80 trillion) in the United States.")
    assert [(f.unit, f.measure, f.subject) for f in found if f.kind == "money"] == \
        [("USD", "investment", "Japan"), ("JPY", "investment", "Japan")]


@pytest.mark.parametrize(("text", "needle", "low", "unit", "measure"), [
    ("The quake struck at a depth of 10km (6.2 miles).", "10km", 10, "km", "depth"),
    ("It was felt more than 600 miles from the epicentre.", "600", 965.6064, "km", "distance"),
    ("A 7.7-magnitude earthquake struck central Myanmar.", "7.7", 7.7, None, "magnitude"),
    ("It was followed by a 6.4-magnitude aftershock.", "6.4", 6.4, None, "aftershock magnitude"),
    ("The car was travelling at more than 60 miles per hour.", "60", 96.5606, "km/h", "speed"),
])
def test_physical_quantities_in_one_unit(text, needle, low, unit, measure):
    f = one(text, needle)
    assert round(f.low, 4) == low and f.measure == measure
    if unit:
        assert f.unit == unit


def test_spans_of_years_are_periods_and_years():
    found = read("In 2004, 21 years ago, the fund was set up; it has paid out for over 20 years, since 1961.")
    kinds = [(f.kind, f.text, f.low, f.qualifier) for f in found]
    assert ("year", "2004", 2004, None) in kinds and ("year", "1961", 1961, None) in kinds
    assert ("period", "21 years", 21, None) in kinds
    assert ("period", "for over 20 years", 20, "more_than") in kinds
    summit = one("They met at a two-day summit.", "two-day")
    assert (summit.kind, round(summit.low * 365, 6)) == ("period", 2)


def test_clock_times_are_never_counts():
    assert [f for f in read("The quake struck at 3:47 pm local time.") if f.kind == "count"] == []
    assert [f for f in read("Rescuers arrived at 11 a.m. on Friday.") if f.kind == "count"] == []


def test_currency_words_are_money_only_where_they_are_money():
    # compare/figures.py compared alias.upper() with itself: every three-letter name went before amounts
    assert [f.kind for f in read("The team won 3 games and the sum 5 was paid.")] == ["count", "count"]
    assert one("Seoul set aside 5 billion won for it.", "won").unit == "KRW"
    assert one("He paid USD 7 million to the club.", "USD").unit == "USD"


def test_the_counted_noun_is_not_a_verb_or_particle():
    assert one("About 300 companies took part in the fair.", "300").unit == "company"
    assert one("Five nations kicked off the talks.", "Five").unit == "nation"


def test_relative_day_follows_tense():
    # 2025-03-28 was a Friday: "due Saturday" is the next day, "on Saturday" in a past report the one before
    due = one("The report is due Saturday.", "Saturday", published="2025-03-28")
    assert due.date_low == "2025-03-29"
    past = one("The talks ended on Saturday.", "Saturday", published="2025-03-28")
    assert past.date_low == "2025-03-22"


# ---- locale: issue 17 ------------------------------------------------------------------------------------

def test_a_dutch_page_groups_with_dots_and_decimals_with_commas():
    text = "Er vielen 1.300 doden en 99,6 procent van de huizen werd verwoest."
    assert number_style("nl", [text]) == CONTINENTAL
    found = read(text, language="nl")
    assert [f.low for f in found] == [1300, 99.6]


def test_the_shapes_of_a_sources_numbers_decide_over_its_language():
    # an English page quoting European figures: "1.300.000" and "2,5" only fit the continental style
    assert number_style("en", ["Some 1.300.000 people, 2,5 percent of them"]) == CONTINENTAL
    # (a decimal point on a German page; spaces still group its thousands, as its language writes them)
    assert number_style("de", ["It cost 1,300,000 euros, or 2.5 percent"]) == POINT_AND_SPACES
    assert number_style("de", ["It cost 1,300,000 euros, or 2.5 percent"]).decimal == ENGLISH.decimal
    assert number_style(None, ["1,300 dead"]) == ENGLISH


def test_round_groups_of_three_show_how_thousands_are_grouped():
    # Peru's Gestión (tests/gold_new24 argentina_imf_deal_2025, a study set) groups with commas in Spanish: "US$
    # 12,000 millones" is twelve billion dollars, not twelve million; "1.300" and "20.000" group with dots
    text = "Caputo detalló que el primer desembolso de US$ 12,000 millones llegará el martes y otros US$ 2,000 millones en 60 días."
    assert number_style("es", [text]).decimal == ENGLISH.decimal  # (a decimal point; spaces may group too)
    assert [f.low for f in read(text, language="es") if f.kind == "money"] == [12e9, 2e9]
    assert number_style("en", ["Some 20.000 people marched and 1.300 were hurt"]) == CONTINENTAL
    assert number_style("es", ["El 3,5% y 1.300 personas"]) == CONTINENTAL


def test_indian_grouping():
    assert parse_number("1,30,000") == 130_000
    f = one("The fund reached 1,30,000 families.", "1,30,000")
    assert (f.low, f.unit) == (130_000, "family")
    bail = one("He was granted bail of ₹2 crore.", "₹2 crore")
    assert (bail.low, bail.unit, bail.measure) == (2e7, "INR", "bail")


def test_english_commas_group_thousands():
    assert parse_number("1,300") == 1300 and parse_number("1.300", CONTINENTAL) == 1300
    assert parse_number("99,6", CONTINENTAL) == 99.6


def test_fractions_are_shares_and_numbers_in_names_are_no_figures():
    blame = one("The jury assigned one-third of the blame to Tesla.", "one-third")
    assert (blame.kind, blame.low, blame.qualifier, blame.measure, blame.subject) == \
        ("percent", 33.3, "about", "liability", "Tesla")
    assert [f.text for f in read("The Nikkei 225 rose nearly 4 percent.")] == ["nearly 4 percent"]


def test_a_share_of_a_whole_is_not_a_change():
    share = one("Autos make up more than a quarter of all exports to the United States.", "quarter")
    assert (share.low, share.qualifier) == (25.0, "more_than") and share.measure != "change"
    rise = one("Toyota shares jumped over 12% on Wednesday.", "12%")
    assert (rise.measure, rise.subject, rise.qualifier) == ("change", "Toyota", "more_than")


def test_a_place_fronted_in_the_sentence_scopes_its_counts():
    found = read("In Bangkok, authorities confirmed 10 fatalities, 16 injuries, and approximately 101 missing.")
    assert [(f.measure, f.subject) for f in found if f.kind == "count"] == \
        [("dead", "Bangkok"), ("injured", "Bangkok"), ("missing", "Bangkok")]


def test_a_name_before_while_is_not_the_subject_after_it():
    found = read("The Greens will hold 85 seats in the next composition of the Bundestag while 64 seats will go to others.")
    assert [(f.low, f.measure, f.subject) for f in found if f.kind == "count"] == \
        [(85, "seats", "Greens"), (64, "seats", None)]


def test_a_noun_after_a_place_preposition_is_not_what_a_later_count_counts():
    f = one("The quake worsened a crisis, with more than 3 million people displaced from their homes and nearly "
            "20 million in need before the disaster.", "20 million")
    assert f.measure != "homes"
    assert one("The number of injured increased to 3,408.", "3,408").measure == "injured"


def test_a_magnitude_of_tremors_in_the_plural_is_no_main_shock():
    assert one("The quake's magnitude 6.8 tremors shook the north.", "6.8").measure == "aftershock magnitude"
    assert one("A 7.7-magnitude earthquake struck at midday.", "7.7").measure == "magnitude"


def test_a_count_over_counted_places_is_scoped_to_them():
    f = one("Officials said more than 100 people were missing from three construction sites.", "100")
    assert (f.measure, f.subject) == ("missing", "three construction sites")


def test_a_converted_figure_keeps_the_number_as_written():
    speed = one("The car was traveling at 62 mph.", "62")
    assert (speed.unit, round(speed.low, 2), round(speed.low / speed.conversion, 6)) == ("km/h", 99.78, 62)
    delay = one("It was followed 11 minutes later by an aftershock.", "11")
    assert (delay.unit, round(delay.low / delay.conversion, 6)) == ("hour", 11)
    assert one("The toll rose to 83.", "83").conversion == 1.0


def test_german_dative_plural_of_victims_counts_the_dead():
    # ("zu fünf Todesopfern", "mit drei Lawinenopfern": the dative plural of "Opfer" heads a compound of the dead)
    assert [(f.text, f.measure) for f in read("Der Einsturz führte zu mindestens sieben Todesopfern.", language="de")] \
        == [("mindestens sieben Todesopfern", "dead")]
    assert [(f.text, f.measure) for f in read("Die Helfer trauern mit drei Lawinenopfern.", language="de")] \
        == [("drei Lawinenopfern", "dead")]


def test_a_future_inside_a_quotation_puts_no_weekday_outside_it_ahead():
    # (published on a Tuesday: "said ... on Tuesday" is that day, though the quotation says "will")
    said = [f for f in read("“We will catch every one of them,” said the mayor of the town on Tuesday.",
                            published="2024-06-25") if f.kind == "date"]
    assert [(f.text, f.date_low) for f in said] == [("Tuesday", "2024-06-25")]
    ahead = [f for f in read("“We will rebuild,” the mayor said, adding that talks will start on Tuesday.",
                             published="2024-06-25") if f.kind == "date"]
    assert [(f.text, f.date_low) for f in ahead] == [("Tuesday", "2024-07-02")]
