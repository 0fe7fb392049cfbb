"""Issue 11: rules that align claims by what they measure, each on verbatim excerpts of real articles
(tests/gold/events/), checked to fail on the code before the rule."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source
from tests.compare_helpers import article, holding


def figure(text: str, needle: str):
    """The one figure of ``text`` whose text holds ``needle``."""
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    found = [f for f in figures_in_text(text, source, 0) if needle in f.text]
    assert len(found) == 1
    return found[0]


def test_previous_values_of_one_current_figure_are_one_claim_and_disagree():
    # us_japan_trade_deal 02, 03, 09, 10: the same cut to 15%, "from 25 percent" against "from 27.5%"
    sources = [
        article("portnews", "2025-07-23", "Japanese Prime Minister Shigeru Ishiba confirmed that auto tariffs will "
                "fall from 25 percent to 15 percent, a level he called “the lowest rate ever applied among countries "
                "that have a trade surplus with the U.S."),
        article("malaya", "2025-07-23", "The agreement will bring immediate relief to Japan’s critical autos sector "
                "with existing tariffs cut to 15 percent from 25 percent, and proposed levies on other Japanese goods "
                "that were set to come in on August 1 also cut by the same amount."),
        article("newsbytes", "2025-09-05", "US President Donald Trump has signed an executive order reducing tariffs "
                "on Japanese car imports from 27.5% to 15%."),
        article("newsofusa", "2025-09-05", "The lower 15% tariffs on Japanese autos, down from the current 27.5%, are "
                "set to take effect seven days after official publication of the order"),
    ]
    claims = compare(sources)
    before = [c for c in claims if (c.measure or "").endswith("(before)")]
    assert len(before) == 1
    assert before[0].verdict == "disagree"
    assert holding(before, "from 25 percent to 15", "cut to 15 percent from 25", "from 27.5% to 15%", "current 27.5%")


def test_an_award_for_a_kind_of_damages_is_that_kind():
    # tesla_autopilot_verdict 10_upi
    text = ("The Miami jury granted a $43 million award for compensatory damages for pain and suffering and another "
            "$200 million for punitive damages arising from the vehicular accident that occurred in the Florida Keys.")
    assert figure(text, "$43 million").measure == "compensatory compensation"
    assert figure(text, "$200 million").measure == "punitive compensation"


def test_an_amount_in_apposition_to_a_kind_of_amount_is_that_kind():
    # tesla_autopilot_verdict 05_econotimes: "$42.6 million" is 33% of the compensatory amount, not punitive
    text = ("Jurors in Miami federal court awarded $129 million in compensatory damages and $200 million in punitive "
            "damages, holding Tesla liable for 33% of the compensatory amount, or $42.6 million.")
    assert figure(text, "$42.6 million").measure == "compensatory compensation"


def test_the_seat_of_a_court_is_not_whose_award_it_is():
    # tesla_autopilot_verdict 05_econotimes and 10_upi: "Miami" locates the jury; it is no subject
    assert figure("Jurors in Miami federal court awarded $129 million in compensatory damages and $200 million in "
                  "punitive damages, holding Tesla liable for 33% of the compensatory amount, or $42.6 million.",
                  "$129 million").subject != "Miami"
    assert figure("The Miami jury granted a $43 million award for compensatory damages for pain and suffering.",
                  "$43 million").subject != "Miami"


def test_an_amount_far_after_its_verb_prices_what_the_verb_names():
    # tesla_autopilot_verdict 11_arcamax: "awarded ..., $242.6 million" is an award
    text = ("A Miami jury on Friday found fault with the Autopilot system of one of the world’s most influential "
            "electric vehicle makers and awarded the survivors of a horrendous crash in the Florida Keys that left a "
            "woman dead and her boyfriend critically injured, $242.6 million.")
    assert figure(text, "$242.6 million").measure == "compensation"


def test_a_claim_by_measure_states_the_clause_of_its_figure_and_keeps_the_sentence():
    # tesla_autopilot_verdict 04_sakshipost: one sentence, four amounts of four things
    sentence = ("The jury awarded a total of $329 million in damages, holding Tesla responsible for $43 million in "
                "compensatory damages (reflecting 33% of the $129 million awarded) and $200 million in punitive "
                "damages, intended to deter future misconduct.")
    sources = [
        article("sakshipost", "2025-08-02", sentence),
        # 02_wplg
        article("wplg", "2025-08-01", "In addition to a punitive award of $200 million, the jury said Tesla must also "
                "pay $43 million in compensatory damages, bringing the total borne by the company to $243 million."),
    ]
    claims = compare(sources)
    by_value = {}
    for claim in claims:
        for st in claim.statements:
            if st.source == "sakshipost" and claim.measure:
                by_value[claim.measure] = st
    raw = sources[0].raw
    compensatory = by_value["compensatory compensation"]
    assert compensatory.text == "holding Tesla responsible for $43 million in compensatory damages"
    assert raw[compensatory.start:compensatory.end] == compensatory.text
    assert raw[compensatory.sentence[0]:compensatory.sentence[1]] == sentence
    assert by_value["punitive compensation"].text.startswith("$200 million in punitive damages")
    assert all(compensatory.start <= f.start and f.end <= compensatory.end for f in compensatory.figures)


def test_an_unscoped_count_beside_the_events_own_count_is_the_events():
    # myanmar_quake 05, 03, 06, 04, 09: "more than 100 are still missing" sits beside the country's injured, so it
    # is the country's missing, not the "approximately 101 missing ... across three construction sites" in Bangkok
    sources = [
        article("foxla", "2025-03-29", "At least 1,644 people were killed in Myanmar. More than 3,400 people were "
                "injured and more than 100 are still missing."),
        article("khazar", "2025-03-29", "In Bangkok, authorities confirmed 10 fatalities, 16 injuries, and "
                "approximately 101 missing individuals across three construction sites, including a 30-story "
                "building that toppled."),
        article("inkl", "2025-03-29", "Authorities also announced that over a dozen people were injured, to varying "
                "degrees, and more than 100 people were missing from three construction sites."),
        article("latestly", "2025-03-30", "The death toll in Myanmar rose to 1,700. The number of injured increased "
                "to 3,408, while the missing figure rose to 139."),
        article("youboox", "2025-04-01", "At least 3,085 people have died in Myanmar, while 4,715 have been injured "
                "and 341 are missing, the military said in a short statement."),
    ]
    claims = compare(sources)
    missing = holding(claims, "more than 100 are still missing")
    missing = [c for c in missing if c.measure == "missing"]
    assert len(missing) == 1
    assert holding(missing, "rose to 139", "341 are missing")
    assert not holding(missing, "approximately 101") and not holding(missing, "from three construction sites")


def test_a_share_something_requires_is_a_threshold():
    # german_election_2025 03_zealnews: the share a party must win, not a party's vote share
    assert figure("A party must receive at least 5% of votes to enter parliament.", "5%").measure == "threshold"
    assert figure("The party received 8.8% of votes in the election.", "8.8%").measure == "votes"


def test_a_share_never_takes_a_counted_measure_named_before_it():
    # german_election_2025 06_coronafakt: "gains seats and landed at 8.8 percent" is a vote share, not seats
    text = "Die Linke gewinnt Mandate hinzu und landete bei 8,8 Prozent (64 Sitze)."
    assert figure(text, "Prozent").measure != "seats"
    assert figure(text, "Sitze").measure == "seats"


def test_whose_share_beside_a_place_in_and_after_while():
    # german_election_2025 05_breakingthenews: the Left's 8.7% (not the Bundestag's), the BSW's 4.97%
    text = ("The Left (Die Linke) also secured a place in the Bundestag with 8.7% while the Sahra Wagenknecht "
            "Alliance (BSW) remained slightly below the 5% threshold required to enter the parliament, garnering 4.97%.")
    assert figure(text, "8.7%").subject in ("Linke", "Left")
    assert figure(text, "4.97%").subject == "BSW"


def test_a_total_is_not_weighed_against_what_one_party_pays():
    # tesla_autopilot_verdict 04_sakshipost and 02_wplg: the jury's total ($329 million) and what Tesla bears
    # ($243 million) are two measures, not a disagreement
    total = article("sakshipost", "2025-08-02", "The jury awarded a total of $329 million in damages, holding Tesla "
                    "responsible for $43 million in compensatory damages (reflecting 33% of the $129 million awarded) "
                    "and $200 million in punitive damages, intended to deter future misconduct.")
    share = article("wplg", "2025-08-01", "In addition to a punitive award of $200 million, the jury said Tesla must "
                    "also pay $43 million in compensatory damages, bringing the total borne by the company to "
                    "$243 million.")
    assert figure(total.raw[total.raw.index("The jury"):], "$329 million").measure == "total compensation"
    claims = compare([total, share])
    assert not [c for c in holding(claims, "a total of $329 million") if c.verdict == "disagree"]


def test_a_relative_date_in_a_quotation_is_not_weighed_by_publication_dates():
    # tesla_autopilot_verdict 08_techstory (2 August) and 10_upi (1 August) quote the same statement: its
    # "Today" is the speaker's day, not each article's
    sources = [
        article("techstory", "2025-08-02", "“Today’s verdict is wrong and only serves to set back automotive safety,” "
                "the company said."),
        article("upi", "2025-08-01", "“Today’s verdict is wrong and only serves to set back automotive safety,” "
                "the company said."),
    ]
    claims = holding(compare(sources), "Today’s verdict")
    assert claims and not any("different dates" in c.evidence for c in claims)


def test_the_date_of_a_report_is_not_weighed_against_the_date_of_the_event():
    # myanmar_quake 01_independent (28 March) and 04_latestly (29 March): "struck ... today" dates the quake;
    # "Bangkok, March 29:" and "said Saturday" date the report
    sources = [
        article("independent", "2025-03-28", "At least 153 people have died after a powerful 7.7-magnitude earthquake "
                "struck central Myanmar today, sending tremors as far as Bangkok and reducing buildings in the region "
                "to rubble."),
        article("latestly", "2025-03-29", "Bangkok, March 29: Myanmar's ruling military said Saturday on state "
                "television that the confirmed death toll from a devastating earthquake rose to more than 1,600."),
    ]
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units
    from briefing_tui.compare.verdict import figure_checks

    table = default_rate_table()
    a, b = build_units(sources, [], [], table)
    published = {s.id: s.published for s in sources}
    assert not [c for c in figure_checks(a, b, published, table) if c.left.kind == "date"]


def test_two_dates_are_weighed_only_when_their_words_say_they_date_one_thing():
    # us_japan_trade_deal 03_malaya and 10_newsofusa: levies "set to come in on August 1" and tariffs "announced
    # in July" share only "tariffs"-like words: two events, not a conflict
    sources = [
        article("malaya", "2025-07-23", "The agreement will bring immediate relief to Japan’s critical autos sector "
                "with existing tariffs cut to 15 percent from 25 percent, and proposed levies on other Japanese goods "
                "that were set to come in on August 1 also cut by the same amount."),
        article("newsofusa", "2025-09-05", "U S President Donald Trump signed an order on Thursday to implement lower "
                "tariffs on Japanese automobile imports and other products that were announced in July, providing some "
                "relief to Japan  export heavy economy."),
    ]
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units
    from briefing_tui.compare.verdict import figure_checks

    table = default_rate_table()
    a, b = build_units(sources, [], [], table)
    published = {s.id: s.published for s in sources}
    assert not [c for c in figure_checks(a, b, published, table) if c.left.kind == "date" and not c.compatible]


def test_an_initialism_reads_as_the_name_it_stands_for():
    # us_japan_trade_deal 03_malaya and 04_theasiareview: "to the United States" and "to the U.S." are one place,
    # so autos' "more than a quarter" and vehicles' "28%" of Japan's exports there are one claim, and agree
    from briefing_tui.compare.terms import content_words

    assert [s for s, _ in content_words("exports to the U.S.")] == ["export", "unit", "stat"]
    sources = [
        article("malaya", "2025-07-23", "Autos make up more than a quarter of all Japan’s exports to the United States."),
        article("asiareview", "2025-07-23", "Last year, vehicles made up 28% of Japan’s ¥21.3 trillion ($142 billion) "
                "exports to the U.S."),
    ]
    claims = [c for c in holding(compare(sources), "more than a quarter", "made up 28%") if c.measure]
    assert [(c.measure, c.verdict) for c in claims] == [("exports", "agree")]


def test_a_hyphenated_fraction_is_a_share_wherever_it_stands():
    # tesla_autopilot_verdict 10_upi: "two-thirds to the driver" is about 66.7%, not a count of 2
    text = ("The jury assigned one-third of the blame to Tesla and two-thirds to the driver, who said he was "
            "distracted while reaching for his cell phone when the accident occurred.")
    two = figure(text, "two-thirds")
    assert (two.kind, two.text, round(two.low, 1), two.qualifier) == ("percent", "two-thirds", 66.7, "about")
    assert figure(text, "one-third").low == 33.3


def test_a_share_in_a_participle_clause_is_the_subject_of_the_clause_it_goes_on_with():
    # gold_new9 04_devdiscourse: Labour's 33.7% and the Conservatives' 23.7% (not nobody's, not Parliament's)
    text = ("With 648 out of 650 seats declared in Parliament's House of Commons, Labour clinched 412 seats, claiming a "
            "33.7% vote share. In stark contrast, Rishi Sunak's Conservatives suffered their worst defeat since the "
            "party's inception in 1834, winning only 121 seats, representing a 23.7% vote share.")
    assert figure(text, "33.7%").subject == "Labour"
    assert figure(text, "23.7%").subject == "Conservatives"
    # a rule's rate stays nobody's, and a clause that does not open on a participle does not go on with another
    assert figure("Parties below the 5% threshold, including the FDP, won no seats.", "5%").subject is None
    text = "Under the terms of the agreement, most EU exports to the United States will now face a 15% tariff."
    assert figure(text, "15%").subject is None


def test_two_clauses_joined_by_a_conjunction_are_two_statements_of_two_claims():
    # myanmar_quake 02: "at least three people were killed and at least 80 people remain trapped" states the
    # death toll and the trapped; each claim by measure holds its own clause (03 gives the trapped, 05 the dead)
    sentence = ("In neighboring Thailand, at least three people were killed and at least 80 people remain trapped "
                "under a 33-story high-rise that has collapsed into rubble in Bangkok.")
    sources = [
        article("cnbc", "2025-03-28", sentence),
        article("khazar", "2025-03-28", "More than 80 people are believed to still be trapped at the collapsed "
                "high-rise, according to Bangkok Governor Chadchart Sittipunt."),
        article("foxla", "2025-03-28", "In Bangkok, at least three people were killed in the building collapse, "
                "according to Defense Minister Phumtham Wechayachai."),
    ]
    claims = compare(sources)
    own = {c.measure: st for c in claims if c.measure for st in c.statements if st.source == "cnbc"}
    assert own["dead"].text == "In neighboring Thailand, at least three people were killed"
    assert own["trapped"].text == ("at least 80 people remain trapped under a 33-story high-rise that has collapsed "
                                   "into rubble in Bangkok.")
    raw = sources[0].raw
    assert raw[own["trapped"].start:own["trapped"].end] == own["trapped"].text
    assert raw[own["trapped"].sentence[0]:own["trapped"].sentence[1]] == sentence
