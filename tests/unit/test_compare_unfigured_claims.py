"""Issue 11: claims without figures stated in different words by several sources: the rank of a thing however
the superlative is written ("biggest-ever", "largest ... ever", "bisher größter"), the day of the main event
however dated, and one stated fact worded differently. Constructed sentences; each test fails on the code
before these rules."""

from __future__ import annotations

from tests.compare_helpers import compared as _claims, holding, one_holding as _one


def test_a_superlative_with_ever_or_in_german_ranks_the_same_acquisition():
    claims = _claims(
        "Veltrix agreed to buy Ondara in what would be its biggest-ever acquisition, people familiar said.",
        "It is the largest-ever deal for Veltrix, analysts noted.",
        "Veltrix will mit seinem bisher größten Zukauf das Geschäft ausbauen.")
    claim = _one(claims, "biggest-ever acquisition", "largest-ever deal", "größten Zukauf")
    assert claim.verdict == "agree"
    assert claim.topic == "Rank of the acquisition: largest"


def _dated(claims, *needles):
    return [c for c in holding(claims, *needles) if (c.measure or "").startswith("date of")]


def test_a_report_dated_on_the_event_day_joins_the_event_date_and_never_clashes():
    claims = _claims(
        "The judges in Lyon found all of the defendants guilty on Monday morning in the fraud case.",
        "The court found Mayor Dalbret guilty of fraud on Monday, as part of the case.",
        "A court in Lyon found Dalbret guilty of misusing public funds, the judge announced on Monday.",
        "Dalbret's lawyers said on Tuesday that she would appeal.",
        published="2025-03-31")
    claim = _dated(claims, "guilty on Monday", "fraud on Monday", "announced on Monday")
    assert claim and claim[0].verdict == "agree"
    assert not _dated(claims, "said on Tuesday")


def test_calendar_dates_one_day_apart_clash_unless_a_weekday_or_night_allows_two_zones():
    claims = _claims(
        "The train derailed near Kestrel Junction on March 5, killing the driver.",
        "The train derailed near Kestrel Junction on March 4, officials said later.",
        published="2024-03-08")
    claim = _dated(claims, "on March 5", "on March 4")
    assert claim and claim[0].verdict == "disagree"
    claims = _claims(
        "The train derailed near Kestrel Junction late on March 5, killing the driver.",
        "The train derailed near Kestrel Junction on March 4, officials said later.",
        published="2024-03-08")
    assert not [c for c in claims if c.verdict == "disagree" and (c.measure or "").startswith("date of")]


def test_an_earlier_event_given_to_the_day_may_clash():
    claims = _claims(
        "A year on, the inquiry into the crash that derailed the express near Kestrel on June 2, 2023 is open.",
        "A year on, the inquiry into the crash that derailed the express near Kestrel on May 2, 2023 is open.",
        published="2024-06-10")
    claim = _dated(claims, "June 2, 2023", "May 2, 2023")
    assert claim and claim[0].verdict == "disagree"


def test_a_date_after_a_long_run_of_places_times_the_event_before_them():
    claims = _claims(
        "The Kestrel Express derailed near Dunmore on Friday evening.",
        "The accident happened after the Kestrel Express collided with a freight train near the Dunmore Bazar "
        "railway station in Westshire on May 2.",
        "The death toll in the train mishap on June 2 has been revised to 41.",
        published="2023-06-06")
    claim = _dated(claims, "on Friday", "on May 2", "mishap on June 2")
    assert claim and claim[0].verdict == "disagree"


def test_a_weekday_outside_a_quotation_in_its_sentence_dates_the_event():
    claims = _claims(
        "Opposition leader Harlan Voss conceded defeat in Saturday’s election, telling supporters: “We did not do "
        "well enough,” he said.",
        "Voss conceded defeat in a general election Saturday, saying he had called the prime minister.",
        published=None)
    claim = _dated(claims, "Saturday’s election", "election Saturday")
    assert claim and claim[0].verdict == "agree"


def _stated(claims, *needles):
    return [c for c in holding(claims, *needles) if (c.measure or "").startswith("stated")]


def test_one_fact_worded_with_different_modifiers_is_one_claim():
    claims = _claims(
        "Notably, Greens leader Mara Quill lost her seat of Elwood in Victoria to a Labor newcomer, officials said.",
        "The government was returned with a larger majority, and Opposition Leader Mara Quill has lost her seat.",
        "Quill lost the inner-city Melbourne parliamentary seat that she had held since the last redistribution.",
        "Treasurer Tom Vance lost his seat as well.")
    claim = _stated(claims, "lost her seat", "lost the inner-city Melbourne parliamentary seat")
    assert claim and claim[0].verdict == "agree"
    assert sorted({s.source for s in claim[0].statements}) == ["o1", "o2", "o3"]


def test_a_collision_and_a_named_place_stated_in_several_words_are_one_claim_each():
    claims = _claims(
        "The express derailed near Kestrel Station in Dunmore district on Friday evening.",
        "The express train derailed after colliding with a goods train.",
        "The Dunmore Express collided with a freight train near the Kestrel Bazar railway station in Westshire.")
    near = _stated(claims, "near Kestrel Station", "near the Kestrel Bazar railway station")
    assert near and near[0].verdict == "agree"
    collided = _stated(claims, "colliding with a goods train", "collided with a freight train")
    assert collided and collided[0].verdict == "agree"
    assert near[0] is not collided[0]


def test_a_decision_taking_effect_at_once_however_worded_is_one_claim():
    claims = _claims(
        "The tribunal barred Ostrava Holdings from public tenders, a ban to take effect immediately.",
        "The ban will come into effect immediately, the tribunal said.",
        "Ostrava was handed a tender ban with immediate effect.",
        "Das Gericht verhängte eine Sperre mit sofortiger Wirkung.")
    claim = [c for c in holding(claims, "take effect immediately", "immediate effect", "sofortiger Wirkung")
             if c.topic.startswith("Takes effect")]
    assert claim and claim[0].verdict == "agree"
    assert len({s.source for s in claim[0].statements}) == 4
    claims = _claims("Marovia's new tariff will take effect immediately, the ministry said.",
                     "Marovia's new tariff will not take effect immediately but in June, the ministry said.")
    claim = [c for c in claims if c.topic.startswith("Takes effect")]
    assert claim and claim[0].verdict == "disagree"


def test_a_day_written_as_an_ordinal_word_or_alone_is_read_against_the_article():
    from briefing_tui.compare.date_figures import dates_in

    def read(text):
        return [(text[f.start:f.end], f.fields.get("date_low")) for f in dates_in(text, "2025-06-19")]

    assert read("the devastating floods on July Fourth") == [("July Fourth", "2025-07-04")]
    assert read("The company announced on the 18th that it had closed the deal.") == [("the 18th", "2025-06-18")]
    assert read("On the 14th of this month, the president signed an order.") == [("the 14th of this month", "2025-06-14")]
    assert read("Shares rose on the 25th, and fell after.") == [("the 25th", "2025-05-25")]
    assert read("It dates from the 18th century.") == []
    assert read("Floods hit the coast in Marovia.") == []  # (no "Mar" in a name)


def test_a_date_naming_no_event_joins_the_one_claim_whose_day_it_meets():
    claims = _claims(
        "The storm floods hit the coast of Marovia on October 29, killing dozens.",
        "The floods of October 29 were the worst in Marovia in a century.",
        "Nature's fury was unleashed over Marovia on October 29, 2024.",
        "Marovia's schools reopened on November 4.",
        published="2024-11-08")
    claim = _dated(claims, "hit the coast", "floods of October 29", "October 29, 2024")
    assert claim and claim[0].verdict == "agree"
    assert not _dated(claims, "November 4")


def test_a_date_of_no_event_after_an_obligation_lies_ahead():
    claims = _claims(
        "The upper house is expected to vote on the reform on Friday.",
        "The upper house will vote on Friday, officials said.",
        "The law also needs to be approved by the upper house, a body of the regions, on Friday.",
        published="2025-03-18")
    claim = _dated(claims, "vote on the reform on Friday", "vote on Friday")
    assert claim and claim[0].verdict == "agree"
    assert sorted({s.source for s in claim[0].statements}) == ["o1", "o2", "o3"]
    assert "Fri 21 Mar" in claim[0].topic
