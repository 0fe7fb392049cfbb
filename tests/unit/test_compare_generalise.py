"""Rules that make the comparison hold on unseen events (issue 11), each on a verbatim excerpt of a real
article from tests/gold or the dev events afghanistan_quake_2025 and canada_election_2025."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def measures(text: str, **kw) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.low, f.measure) for f in read(text, **kw) if f.kind == "count"]


def test_each_figure_takes_its_own_verbs_measure():
    # afghanistan_quake_2025/03 and /04: the verb after "and" is the next figure's
    assert measures("A 6.0-magnitude earthquake struck eastern Afghanistan late Sunday, killing at least 800 people "
                    "and injuring more than 2,800, officials confirmed.")[1:] == [
        ("at least 800 people", 800, "dead"), ("more than 2,800", 2800, "injured")]
    assert measures("Afghanistan has killed 1,411 people and injured 3,124 in Kunar province, Zabihullah Mujahid, "
                    "spokesman for the Afghan interim government, said Tuesday.") == [
        ("1,411 people", 1411, "dead"), ("3,124", 3124, "injured")]


def test_next_before_a_noun_is_no_future_tense():
    # canada_election_2025/04, published Tuesday 29 April 2025: the vote was the day before
    found = [f for f in read("Millions of Canadians voted on Monday to elect their next prime minister.",
                             published="2025-04-29") if f.kind == "date"]
    assert [(f.text, f.date_low) for f in found] == [("Monday", "2025-04-28")]


# canada_election_2025: 01 (NDTV), 03 (Sputnik) and 04 (Livemint), verbatim
CARNEY = ("Carney, 60, who had never held elected office and only replaced Justin Trudeau as prime minister last "
          "month, anchored his campaign on an anti-Trump message.")
MILLIONS = "Millions of Canadians voted on Monday to elect their next prime minister."
BECAME = ("Carney became the prime minister of Canada on March 14 after Justin Trudeau's resignation and announced "
          "early parliamentary elections a week later.")
WON = ("Canada Election Results 2025 LIVE Updates: Prime Minister Mark Carney-led Liberal party won Canada's "
       "election on Monday, according to local media projections.")
POLLING = ("Canada Election Results: Mark Carney may likely return as the Canadian prime minister, CBC News projected "
           "as polling in the 2025 Canada Election ended early Tuesday.")


def judged(*articles):
    """The verdict of the wording path on the articles' sentences put in one group (as alignment did on the
    event, through a third source's words)."""
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units
    from briefing_tui.compare.verdict import judge

    table = default_rate_table()
    units = build_units(list(articles), [], [], table)
    return judge(units, lambda a, b: 0.0, {a.id: a.published for a in articles}, table)


def test_figures_of_no_shared_measure_never_disagree():
    # an age and a bare number share words (tesla_autopilot_verdict 02 and 10; canada_election_2025 01 and 04
    # share "prime minister" and "elected"), not a measure
    finding = judged(
        article("wplg", "2025-08-01", "The two had parked their SUV on the side of the road and were outside at the "
                "time, the lawsuit claims, when driver George McGee, using Autopilot, slammed into them at more than "
                "60 miles per hour after plowing through a caution light and stop sign."),
        article("upi", "2025-08-01", "The collision killed Naibel Benavides Leon, 20, as she stood next to the SUV."))
    assert finding.verdict == "agree", finding.reasons
    finding = judged(article("ndtv", "2025-04-29", CARNEY),
                     article("livemint", "2025-04-29", "Millions in Canada voted on Monday to elect all 343 members of "
                             "the House of Commons, one for each constituency."))
    assert finding.verdict == "agree", finding.reasons


def test_dates_of_two_events_never_disagree():
    # the vote on Monday and the count ended early Tuesday; Carney sworn in on March 14 and the vote
    claims = compare([article("ndtv", "2025-04-29", WON), article("livemint", "2025-04-29", POLLING)])
    assert holding(claims, "won Canada") and all(c.verdict != "disagree" for c in holding(claims, "won Canada"))
    claims = compare([article("sputnik", "2025-04-29", BECAME), article("livemint", "2025-04-29", MILLIONS)])
    assert all(c.verdict != "disagree" for c in holding(claims, "March 14"))


def test_never_negates_its_own_predicate_only():
    # "never held elected office" denies nothing another outlet says about the prime minister
    claims = compare([article("ndtv", "2025-04-29", CARNEY), article("sputnik", "2025-04-29", BECAME)])
    assert holding(claims, "Carney, 60", "March 14")
    assert all(c.verdict != "disagree" for c in holding(claims, "Carney, 60", "March 14"))


# afghanistan_quake_2025 03 (Al-Ahed), 04 (SunStar) and 05 (Portal Berita Merdeka), verbatim
KABUL = ("The quake is reported to have struck at around midnight local time [GMT+4:30], with its epicenter near the "
         "city of Jalalabad in Afghanistan’s Kunar Province, about 120km east of Kabul, according to the US "
         "Geological Survey [USGS].")
SUNSTAR = ("The quake struck at 11:47 p.m. local time Aug. 31, with its epicenter located 27 kilometers northeast of "
           "Jalalabad, the capital of Nangarhar province, at a depth of eight kilometers. / XINHUA")
MERDEKA = ("Dilaporkan bahwa survei geologi AS mencatat bahwa gempa terjadi pada pukul 23.47 waktu setempat, terletak "
           "27 kilometer timur-timur laut Jalalabad pada kedalaman 8 km.")


def test_a_distance_is_measured_from_its_reference_point_and_words_give_depths():
    assert [(f.text, f.low, f.measure, f.subject) for f in read(SUNSTAR) if f.kind == "count"] == [
        ("27 kilometers", 27, "distance", "Jalalabad"), ("eight kilometers", 8, "depth", None)]
    assert [(f.text, f.subject) for f in read(KABUL) if f.kind == "count"] == [("about 120km", "Kabul")]


def test_a_clock_time_in_indonesian_is_no_count():
    assert [f.text for f in read(MERDEKA, language="id") if f.kind == "count"] == ["27 kilometer", "8 km"]


def test_distances_from_two_places_are_two_claims():
    claims = compare([article("alahednews", "2025-09-01", KABUL), article("sunstar", "2025-09-03", SUNSTAR),
                      article("merdeka", "2025-09-02", MERDEKA)])
    assert [c.verdict for c in holding(claims, "about 120km", "27 kilometers")] == []
    assert [c.verdict for c in claims if c.measure == "distance"] == ["agree"]


def test_a_tally_a_rule_requires_is_a_threshold_not_a_count():
    # canada_election_2025/04
    text = ("As per early trends, Mark Carney's Liberals were leading on 146 seats, while Conservatives were leading "
            "on 106 seats, as of 7:50 am (IST). A party needs to win 172 seats to form a majority government.")
    assert [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "count"] == [
        ("146 seats", "seats", "Liberals"), ("106 seats", "seats", "Conservatives"), ("172 seats", "threshold", None)]


# afghanistan_quake_2025 01 (Overview Press) and 02 (Nation Thailand), verbatim
OVERVIEW = ("A 6.0 magnitude earthquake struck eastern Afghanistan late on Aug. 31, leaving at least 622 people dead and "
            "more than 1,500 others injured, according to the interior ministry.\n"
            "In October 2023, a magnitude 6.3 earthquake struck Afghanistan and produced strong aftershocks.\n"
            "The death toll was estimated to be over 4,000 by the Taliban-run government, and about 1,500 by the UN.")
NATION = ("Last year, a series of quakes in western Afghanistan killed more than 1,000 people, underscoring the "
          "country’s fragile infrastructure and limited capacity to cope with natural disasters.\n"
          "A 6.0-magnitude earthquake struck eastern Afghanistan late Sunday, killing at least 800 people and "
          "injuring more than 2,800, officials confirmed.")


def test_an_earlier_events_figures_are_a_claim_of_their_own():
    claims = compare([article("overviewpress", "2025-09-02", OVERVIEW), article("nationthailand", "2025-09-01", NATION)])
    by_measure = {c.measure: c for c in claims if c.measure}
    now, then = by_measure["dead"], by_measure["dead (earlier event)"]
    assert {f.text for s in now.statements for f in s.figures if f.measure == "dead"} == {
        "at least 622 people", "at least 800 people"}
    assert {f.text for s in then.statements for f in s.figures if f.measure == "dead"} == {
        "over 4,000", "about 1,500", "more than 1,000 people"}
    # the 2023 quake's magnitude is not the reported quake's
    assert "magnitude 6.3" not in {f.text for s in by_measure["magnitude"].statements for f in s.figures}


def test_two_tellers_of_one_figure_in_one_sentence_disagree():
    claims = compare([article("overviewpress", "2025-09-02", OVERVIEW), article("nationthailand", "2025-09-01", NATION)])
    then = next(c for c in claims if c.measure == "dead (earlier event)")
    assert then.verdict == "disagree" and "cites two sources apart" in then.evidence


def test_a_quake_has_one_depth_and_its_statement_is_its_own_clause():
    # afghanistan_quake_2025 01 and 02: the depths share no words but the measure
    claims = compare([
        article("overviewpress", "2025-09-02", "The quake struck at a shallow depth of 8km, which BBC points out is more "
                "destructive, as shallower quakes typically cause more damage."),
        article("nationthailand", "2025-09-01", "The tremor, which hit at a depth of 10 kilometres, flattened at least "
                "three villages in Kunar province and caused severe damage in neighbouring areas."),
    ])
    depth = [c for c in claims if c.measure == "depth"]
    assert [c.verdict for c in depth] == ["disagree"]
    assert all("villages" not in s.text for s in depth[0].statements)


# afghanistan_quake_2025/05 (Portal Berita Merdeka, Indonesian), verbatim
MERDEKA_TOLL = ("Pada Selasa, 2 September 2025, jumlah korban tewas akibat gempa bumi di Afghanistan timur pada Minggu "
                "malam, 31 Agustus, telah mencapai 1.124 orang menurut laporan Bulan Sabit Merah Afghanistan. Lebih "
                "dari 3.251 orang terluka dan lebih dari 8.000 rumah hancur akibat gempa itu.")


def test_measure_words_and_qualifiers_of_other_languages_come_from_the_table():
    found = [(f.text, f.low, f.measure, f.subject, f.qualifier) for sentence in MERDEKA_TOLL.split(". ")
             for f in read(sentence, language="id") if f.kind == "count"]
    assert found == [("1.124 orang", 1124, "dead", None, None),
                     ("Lebih dari 3.251 orang terluka", 3251, "injured", None, "more_than"),
                     ("lebih dari 8.000 rumah", 8000, "homes", None, "more_than")]
    assert [f.text for f in read(MERDEKA, language="id") if f.measure == "depth"] == ["8 km"]


def test_a_clock_time_written_with_a_dot_shows_no_decimal_mark():
    from briefing_tui.compare.numbers import CONTINENTAL, number_style

    assert number_style("id", [MERDEKA_TOLL, MERDEKA]) == CONTINENTAL


def test_a_count_scoped_to_places_named_before_and_the_teller_is_no_subject():
    # afghanistan_quake_2025/04
    assert [(f.text, f.subject) for f in read("According to him, 5,412 houses were destroyed in these areas.")
            if f.kind == "count"] == [("5,412 houses", "these areas")]
    told = ("Juma Khan Nayeel, head of information and publication at the Afghan Red Crescent Society, confirmed to "
            "Xinhua on Tuesday morning that 8,000 houses were destroyed in Kunar, Nangarhar, Nuristan, Laghman and "
            "Panjshir provinces.")
    assert [(f.text, f.subject) for f in read(told) if f.measure == "homes"] == [("8,000 houses", None)]


def test_a_round_count_agrees_with_more_than_itself():
    from briefing_tui.compare.tolerance import compare_figures

    exact = next(f for f in read("Officials said 8,000 houses were destroyed.") if f.kind == "count")
    more = next(f for f in read("More than 8,000 houses were destroyed.") if f.kind == "count")
    assert compare_figures(exact, more, {}, None).compatible
    tally = next(f for f in read("Officials said 7,960 houses were destroyed.") if f.kind == "count")
    assert not compare_figures(tally, more, {}, None).compatible


def test_a_reference_point_follows_a_word_of_way_or_whence():
    # myanmar_quake: "centred about 17km from Mandalay"; a name after other words is no reference point
    assert [(f.text, f.subject) for f in read("The quake struck at a depth of 10km (6.2 miles) and was centred "
                                              "about 17km from Mandalay, Myanmar’s second-largest city.")
            if f.measure == "distance"] == [("about 17km", "Mandalay")]
    from briefing_tui.compare.physical_measures import reference_point

    assert reference_point(" northeast of Jalalabad, the capital") == "Jalalabad"
    assert reference_point(" timur-timur laut Jalalabad pada") == "Jalalabad"
    assert reference_point(" on Tuesday, Kabul said") is None


def test_a_predicate_joined_by_and_keeps_its_clauses_subject():
    # canada_election_2025/05
    text = ("Carney’s Liberals are leading in 168 seats however, The Conservatives are set to remain in opposition as "
            "the second-largest party and are leading in 144 seats.")
    assert [(f.text, f.subject) for f in read(text) if f.kind == "count"] == [
        ("168 seats", "Liberals"), ("144 seats", "Conservatives")]


def test_ordinals_and_word_numbers_are_figures_where_they_measure_something():
    # canada_election_2025 01, 02, 04: one succession of Liberal terms, however worded
    found = [(f.text, f.low, f.measure, f.subject) for text in (
        "Liberals got a fourth consecutive term--a rarity in Canadian politics-- after Carney convinced voters.",
        "Canadians have handed the Liberals a fourth mandate, with Prime Minister Mark Carney to lead Canada.",
        "If early election trends prove right, Liberals will form its fourth consecutive government in Canada.")
        for f in read(text) if f.kind == "count"]
    assert found == [("fourth consecutive term", 4, "term", "Liberals"), ("fourth mandate", 4, "term", "Liberals"),
                     ("fourth consecutive government", 4, "term", "Liberals")]
    assert [(f.text, f.low) for f in read("promise to make Canada the 51st state of the US.") if f.kind == "count"] == [
        ("51st state", 51)]
    # an ordinal of no succession is no figure
    assert [f.text for f in read("The Conservatives are set to remain in opposition as the second-largest party.")
            if f.kind == "count"] == []
    # (constructed: no gold article writes "a thousand")
    assert [(f.low, f.measure) for f in read("More than a thousand people were killed.") if f.kind == "count"] == [
        (1000, "dead")]


def test_an_aftershocks_depth_is_not_the_quakes():
    # myanmar_quake/01 (verbatim): the aftershock named after the depth does not take it
    text = ("According to the United States Geological Survey (USGS), the quake had a depth of 10km (6.2 miles) and "
            "was centred about 17km from Mandalay, Myanmar’s second-largest city. A strong 6.4-magnitude aftershock "
            "followed the initial tremor.")
    assert [f.measure for f in read(text) if f.text == "10km"] == ["depth"]
    # (constructed: no gold article gives an aftershock's depth)
    assert [f.measure for f in read("A 5.2-magnitude aftershock struck at a depth of 10 km.") if f.unit == "km"] == [
        "aftershock depth"]


def test_a_surname_opening_its_sentence_with_an_age_in_apposition():
    # canada_election_2025/01: "Carney, 60," is Carney's age (a measure of its own, never a count of voters)
    assert [(f.text, f.measure, f.subject) for f in read(CARNEY) if f.kind == "count"] == [("60", "age", "Carney")]
    # (constructed guard: a place opening the sentence before a count is no person)
    assert [f.measure for f in read("In Kunar, 30 villages were flattened.") if f.kind == "count"] == ["village"]


def test_a_date_in_another_language_is_resolved_and_no_count():
    # afghanistan_quake_2025/05: "Minggu malam, 31 Agustus" (Sunday night, 31 August)
    found = [(f.text, f.kind, f.date_low) for f in read(MERDEKA_TOLL.split(". ")[0], published="2025-09-02",
                                                         language="id") if f.kind == "date"]
    assert found == [("2 September 2025", "date", "2025-09-02"), ("31 Agustus", "date", "2025-08-31")]


def test_a_tellers_seat_is_no_subject_and_a_fronted_counted_place_scopes():
    # afghanistan_quake_2025/02
    assert [(f.text, f.subject) for f in read("Provincial officials in Kunar separately estimated at least 250 deaths "
                                              "and 500 injuries.") if f.kind == "count"] == [
        ("at least 250 deaths", None), ("500 injuries", None)]
    assert [(f.text, f.subject) for f in read("In one village alone, 30 fatalities were reported, while hundreds of "
                                              "wounded were rushed to the hospital.") if f.measure == "dead"] == [
        ("30 fatalities", "one village")]


def test_escape_sequences_give_no_figures():
    # tests/functional/test_ui_diff.py's hostile article: "\x1b[0m" is no "0m" height
    text = ("Norland will sell a 40 percent stake in the Eastvik port for 2.1 billion euros [@click=app.quit]now[/] "
            "\x1b[31mred\x1b[0m [bold red]loud[/bold red].")
    assert [f.text for f in read(text)] == ["40 percent", "2.1 billion euros"]
