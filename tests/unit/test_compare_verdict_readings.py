"""Verdicts of claims found whole: which of a source's values a claim weighs, and what it is weighed against
(issue 11). Real sentences from the study gold sets."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing_tui.compare import compare
from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import article, holding, read

ROOT = Path(__file__).resolve().parents[2]


def test_a_source_is_weighed_by_its_value_named_for_the_subject_not_by_another_subjects_before_it():
    # verbatim (blueprint and iyamagazine, UK general election 2024): the blueprint's first seats figure of no
    # subject follows Reform UK's share of the vote (its four seats are Reform UK's); its Greens have one seat
    sources = [
        article("blueprint", None,
                "The Liberal Democrats have won in 37 constituencies with 10.6% of the overall vote, while Reform UK "
                "have 14.9% of the vote, translating to success in four seats.\n\n"
                "The SNP has four seats and Plaid Cymru is on four.\n\n"
                "The Green Party has 6.9% of the votes and one seat."),
        article("iyamagazine", None,
                "It’s brighter news for the Greens though, who secured four seats in parliament, up from just one "
                "seat in the House of Commons in the 2019 election."),
        article("juiceliverpool", None,
                "Reform UK, Plaid Cymru, and the Green Party each secured four seats, while 23 seats were won by "
                "other parties and independent candidates in Northern Ireland."),
    ]
    claims = holding(compare(sources), "6.9% of the votes and one seat", "secured four seats in parliament")
    assert [c.verdict for c in claims] == ["disagree"]
    assert "'one seat' = 1 seats" in claims[0].evidence


def test_sentences_sharing_a_setting_and_no_figure_are_each_their_sources_claim():
    # verbatim (scmp and newslooks, US-EU trade deal 2025): a tariff's rate and the goods a retaliation would
    # have taxed share the words "EU", "tariff", "American goods", and no figure
    sources = [
        article("scmp", "2025-07-28",
                "The deal, that includes a 15 per cent tariff on EU goods entering the US and significant EU "
                "purchases of American energy and military equipment, will bring welcome clarity for EU companies."),
        article("newslooks", "2025-07-28", "The deal at a glance\n\n"
                "- The agreement averts retaliatory EU tariffs on $93B in American goods"),
    ]
    assert [c.verdict for c in holding(compare(sources), "$93B in American goods")] == ["single"]


def _event_claims(gold: str, event: str):
    """The claims of a study gold set's event, its corpus dated as bench/compare_gold.py dates it."""
    from bench.compare_gold import load_sources_of

    section = yaml.safe_load((ROOT / "tests" / gold / "claims_events.yaml").read_text(encoding="utf-8"))[event]
    loaded = load_sources_of(ROOT / "tests" / gold, section["corpus"])
    return build_claims(loaded.sources, loaded.entities, loaded.quotes)


def test_a_claim_one_source_makes_is_not_judged_against_another_sources_figure_in_a_shared_setting():
    # tests/gold_new10 (Derna floods 2023): oodaloop's "the Libyan Red Crescent has confirmed the floods killed
    # three of its workers in the city" shares the Red Crescent and the floods with shropshirestar's toll of
    # 11,300, not a figure
    claims = holding(_event_claims("gold_new10", "derna_floods_2023"), "killed three of its workers")
    assert [c.verdict for c in claims] == ["single"]
    assert not any("11,300" in s.text for s in claims[0].statements)
    # tests/gold_new (Texas floods 2025): daytondailynews's 22-foot rise at the Hunt gauge and finnoexpert's
    # 29.45 feet the river reached share the National Weather Service's office, not a figure
    claims = holding(_event_claims("gold_new", "texas_floods_2025"), "recorded a 22 foot rise")
    assert [c.verdict for c in claims] == ["single"]


def test_sentences_sharing_a_number_read_as_two_measures_stay_one_claim():
    # verbatim (dailyshorts and sherwood, Google-Wiz deal 2025): one $3.2 billion fee, read once as a
    # compensation and once as a sale's value
    sources = [
        article("dailyshorts", "2025-03-19",
                "If the deal falls through, Alphabet has agreed to pay the startup a $3.2 billion breakup fee."),
        article("sherwood", "2025-03-19",
                "Notably, the latest deal carries a staggering $3.2 billion breakup fee (10% of the deal’s value), "
                "which Alphabet would pay Wiz if the deal falls through."),
    ]
    assert [c.verdict for c in holding(compare(sources), "pay the startup a $3.2 billion", "staggering $3.2 billion")] \
        == ["agree"]


def test_passengers_told_with_a_count_of_crew_are_a_part_of_those_aboard():
    def measures(text):
        return [(f.text, f.measure) for f in read(text) if f.kind == "count"]

    # verbatim (dwngo and pressmediaofindia, Jeju Air crash 2024): 175 passengers and six crew are the 181 aboard
    assert measures("The Boeing 737-800, which originated from Bangkok, Thailand, was reportedly carrying 175 "
                    "passengers and six crew members.")[0] == ("175 passengers", "people")
    assert measures("The flight was carrying 175 passengers (173 South Koreans and two Thai nationals), along with "
                    "six crew members.")[0] == ("175 passengers", "people")
    # the whole complement: with the crew uncounted, or the crew among them (voi, dwngo)
    assert measures("The Jeju Air flight, carrying 181 passengers and crew, veered off the runway upon landing.")[0] \
        == ("181 passengers", "people aboard")
    assert measures("The Jeju Air plane carrying 181 passengers, including six crew members, crashed.")[0] == (
        "181 passengers", "people aboard")


def test_the_people_aboard_agree_when_some_sources_count_the_passengers_apart():
    # tests/gold_new20 (Jeju Air crash 2024): 181 aboard (01, 02, 04, 06, 07) is not contradicted by "175 passengers
    # and six crew members" (03, 05, 07)
    claims = _event_claims("gold_new20", "jeju_air_crash_2024")
    aboard = holding(claims, "A passenger jet carrying 181 people", "carrying 181 passengers and crew")
    assert [c.verdict for c in aboard] == ["agree"]
    assert not any("175" in s.text for s in aboard[0].statements)


def test_a_source_telling_several_facts_by_a_measures_name_is_not_weighed_against_the_others():
    # tests/gold_new8 (UK-India trade deal 2025): cnewsliveenglish gives four shares of tariffs ("64 percent of them
    # becoming duty-free", "duties of 150 percent being cut to 75 percent", "taxed at over 100 percent"), none the
    # 90% two other sources give: four facts that share the measure's name, not a disagreement with the 90%
    claims = holding(_event_claims("gold_new8", "uk_india_trade_deal_2025"), "64 percent of them becoming duty-free",
                     "90% of UK products")
    assert [c.verdict for c in claims] == ["agree"]
    assert "05_cnewsliveenglish '64 percent' not weighed" in claims[0].evidence
    assert "'64 percent' = 64%: different" not in claims[0].evidence


def test_several_facts_needs_several_distinct_values_none_another_source_gives():
    from types import SimpleNamespace

    from briefing_tui.compare.several_facts import several_facts

    def values(*xs):
        return [SimpleNamespace(figure=SimpleNamespace(low=x, high=x)) for x in xs]

    assert several_facts(values(64.0, 150.0, 75.0), lambda m: 0)
    assert not several_facts(values(64.0, 150.0, 64.0), lambda m: 0)  # (two values: a source contradicting itself)
    assert not several_facts(values(64.0, 150.0, 90.0), lambda m: int(m.figure.low == 90.0))  # (one is the claim's)
