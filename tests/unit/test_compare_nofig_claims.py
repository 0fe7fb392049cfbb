"""Issue 11: claims without figures, on real sentences of the study sets (tests/gold_new7 .. gold_new11): a rank
worded as "the largest IPO" / "the largest-ever share offering" / "the largest in the country's history", a harm's
rank of a place ("the worst-hit was", "the town most affected by"), who owns or organised something and who was
told, and the moment of an event ("at around 3 a.m. on Friday"). Each test fails on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def _claims(*bodies: str, published: str = "2024-10-17"):
    return compare([article(f"o{k}", published, body) for k, body in enumerate(bodies, 1)])


def _ranks(claims):
    return [c for c in claims if c.topic.startswith("Rank")]


def test_a_countrys_largest_ipo_however_worded_is_one_rank_and_the_worlds_ranks_of_one_year_disagree():
    claims = _claims(
        "The initial public offering of Hyundai Motor India Ltd.— the largest IPO globally in 2024—has been "
        "subscribed 0.18 times, or 18% on Tuesday.",
        "Hyundai Motor India's IPO -- the largest in the country’s history -- enters its final day of bidding today.",
        "This is India's largest IPO so far, surpassing LIC's ₹21,000 crore IPO.",
        "Hyundai India will begin taking orders for its $3.3 billion initial public offering (IPO) in Mumbai on "
        "Monday, the company said in regulatory filings, a deal that will mark the country's largest-ever share "
        "offering and the world's second-biggest IPO in 2024.",
        "HYUNDAI Motor had a lacklustre Indian market debut on Tuesday after raising $3.3 billion in the country’s "
        "biggest-ever initial public offering, with shares closing 7.1 per cent down from their issue price.")
    home = [c for c in _ranks(claims) if c.verdict == "agree"
            and holding([c], "the largest", "largest IPO", "largest-ever share offering", "biggest-ever initial")]
    assert len(home) == 1, [(c.topic, [s.text for s in c.statements]) for c in _ranks(claims)]
    assert home[0].topic == "Rank of the offering: largest"
    assert not holding(home, "largest IPO globally")  # (the world's rank is another)
    world = [c for c in _ranks(claims) if holding([c], "second-biggest IPO")]
    assert [(c.verdict, sorted(s.text for s in c.statements)) for c in world] == [
        ("disagree", ["largest IPO", "second-biggest IPO"])]
    assert world[0].statements[0].source == "o1"
    others = _claims("Aramco's offering was the largest IPO globally in 2019.",
                     "Alibaba's listing was the world's second-biggest IPO in 2019.")
    assert not [c for c in _ranks(others) if c.verdict == "disagree"]  # (two companies' ranks)


def test_the_worst_hit_place_however_worded_is_one_rank():
    claims = _claims(
        "Derna suffered the most severe impact from the storm, with a torrent of water engulfing the city, which "
        "has a population of 90,000.",
        "The International Organization for Migration (IOM) in Libya said on Wednesday in a tweet that at least "
        "30,000 individuals were displaced in Derna, the town most affected by storm Daniel.",
        "Storm Daniel caused deadly flooding in many eastern towns, but the worst-hit was Derna.",
        published="2023-09-13")
    found = [c for c in _ranks(claims) if len(c.sources) == 3]
    assert [c.topic for c in found] == ["Rank of the place hit: worst"], [c.topic for c in claims]
    assert found[0].verdict == "agree"
    others = _claims("Derna was one of the worst-hit towns, officials said.",
                     "Benghazi was among the hardest hit cities.", published="2023-09-13")
    assert not [c for c in _ranks(others) if "place hit" in c.topic]  # (one of several ranks no place)


def test_a_partys_worst_defeat_and_its_worst_result_are_one_rank():
    claims = _claims(
        "Conversely, the Conservatives suffered their worst defeat since the party's inception in 1834.",
        "The Conservatives experienced their worst result in terms of seats in history.", published="2024-07-05")
    found = holding(_ranks(claims), "worst defeat", "worst result")
    assert [(c.topic, c.verdict) for c in found] == [("Rank of the result: worst", "agree")]


def test_an_organiser_named_alike_is_one_claim_and_another_organiser_another():
    claims = _claims(
        "A counterprotest, the “March Against Fascism” organized by Stand Up To Racism, drew about 5,000 marchers.",
        "The Metropolitan Police reported 110,000 participants in the main anti-immigration demonstration on "
        "Saturday, alongside roughly 5,000 anti-racism counter-protesters organised by Stand Up to Racism.",
        "Organised by far-right activist Tommy Robinson, the demonstration moved toward Whitehall where a separate "
        "counter-protest — organised by Stand Up To Racism and other groups — had gathered.",
        "The rally was organised by far-right activist Tommy Robinson.", published="2025-09-14")
    racism = [c for c in claims if c.topic.startswith("Organised by") and holding([c], "Stand Up")]
    assert [(c.topic, c.verdict, c.sources) for c in racism] == [
        ("Organised by: Stand Up To Racism", "agree", ["o1", "o2", "o3"])]
    assert not holding(racism, "Tommy Robinson")
    robinson = [c for c in claims if c.topic == "Organised by: Tommy Robinson"]
    assert [c.sources for c in robinson] == [["o3", "o4"]]


def test_an_owner_named_after_by_or_before_its_role_is_one_claim():
    claims = _claims(
        "Owned by Singapore-based Grace Ocean Private Ltd., the 948-foot DALI is managed by Synergy Marine Group.",
        "On Thursday, the USDJ announced that Grace Ocean Private Limited and Synergy Marine Private Limited, two "
        "Singaporean corporations that owned the Dali, were found responsible for the collapse.",
        "In a landmark settlement, the Justice Department has reached a $103 million agreement with Grace Ocean "
        "Private Ltd., the owner of the ill-fated Dali container ship, over the devastating collapse.",
        "The ship's owner, Grace Ocean, said it would cooperate.", published="2024-10-25")
    owned = [c for c in claims if c.topic.startswith("Owned by")]
    assert [(c.verdict, c.sources) for c in owned] == [("agree", ["o1", "o2", "o3", "o4"])]
    assert holding(owned, "Owned by Singapore-based", "two Singaporean corporations that owned", "the owner of")


def test_a_body_told_by_letter_or_in_words_is_one_claim_under_its_name_or_its_initials():
    claims = _claims(
        "\"The landslide buried more than 2,000 people alive,\" an official from the country's National Disaster "
        "Centre said in a letter to the United Nations.",
        "The National Disaster Centre gave the new number in a letter to the U.N. released on Monday but dated Sunday.",
        "The country’s government has told the UN it thinks more than 2,000 people were buried.",
        "A spokesman told Reuters that rescue teams had arrived.", published="2024-05-27")
    told = [c for c in claims if c.topic.startswith("Told")]
    assert [(c.verdict, c.sources) for c in told] == [("agree", ["o1", "o2", "o3"])]


def test_a_date_after_a_moment_of_the_day_times_its_clause_however_far_back_it_names_the_event():
    claims = _claims(
        "Amos Akem, an MP for Enga province, said the landslide struck Yambali village, about two hours’ drive from "
        "the provincial capital, Wabag, in the early hours of Friday.",
        "The landslide crashed through six villages in the Maip-Mulitaka district in the country’s north at around "
        "3 a.m. on Friday while most of the community slept.", published="2024-05-25")
    found = holding([c for c in claims if c.topic.startswith("Date of")], "early hours of Friday", "crashed")
    assert [c.verdict for c in found] == ["agree"], [c.topic for c in claims]


def test_dams_that_burst_broke_or_were_breached_are_one_claim():
    claims = _claims(
        "Videos from Derna residents show multiple collapsed buildings after two upstream dams burst during the "
        "flooding.",
        "This disaster was triggered by the breaking of two dams, leading to the destruction of buildings and entire "
        "neighborhoods.",
        "As the storm pounded the coast on Sunday night, Derna residents said they heard loud explosions when the dams "
        "outside the city collapsed.",
        "A flash flood of tsunami proportions breached two aging river dams located upstream from the city on "
        "September 10, following heavy rainfall in the region.", published="2023-09-14")
    found = [c for c in claims if c.topic.startswith("Gave way")]
    assert [(c.topic, c.verdict, c.sources) for c in found] == [("Gave way: the dam", "agree", ["o1", "o2", "o3", "o4"])]
    assert holding(found, "dams burst", "breaking of two dams", "dams outside the city collapsed", "breached two")
