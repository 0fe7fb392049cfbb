"""Issue 11: no false disagreement from figures of another scope or a writer's rounding. An amount a measure changes
by ("increase bilateral trade by 25.5 billion pounds") is not its level ("to 120 billion euros"); a writer's own
conversion ("25.5 billion pounds ($35 billion)") is rounded from another currency (±2%, as a converted sum); a lone
value ten times apart from what the other sources agree on (a partial count, "two ballots") is another scope.
Sentences modelled on the 2025 UK-India trade deal and the 2024 Taiwan election reports; each test fails on
c807970."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding, read

INCREASE = "Britain said the deal is expected to increase bilateral trade by 25.5 billion pounds ($35 billion) annually."
BOOST = "The agreement is projected to boost annual bilateral trade by $34 billion."
DOUBLE = "The deal is expected to double the bilateral trade from 60 billion euros to 120 billion euros by 2030."
NEARLY = "The deal is projected to boost bilateral trade to nearly $120 billion by 2030."


def _amount(sentence: str, text: str):
    return next(f for f in read(sentence) if f.text == text)


def test_an_amount_a_measure_changes_by_is_told_from_its_level():
    from briefing_tui.compare.change_amounts import is_change_amount  # (new in this change: the other tests run without)

    assert is_change_amount(INCREASE, 0, _amount(INCREASE, "25.5 billion pounds"))
    assert is_change_amount(BOOST, 0, _amount(BOOST, "$34 billion"))
    boost = "Starmer hailed a £25.5 billion trade boost by 2040."
    assert is_change_amount(boost, 0, _amount(boost, "£25.5 billion"))
    assert not is_change_amount(DOUBLE, 0, _amount(DOUBLE, "120 billion euros"))
    assert not is_change_amount(NEARLY, 0, _amount(NEARLY, "nearly $120 billion"))


def test_changes_and_levels_of_one_measure_are_two_claims():
    claims = compare(filled_articles("2025-07-24", INCREASE, BOOST, DOUBLE, NEARLY))
    change = [c for c in holding(claims, "25.5 billion pounds", "$34 billion") if c.measure]
    assert len(change) == 1, [(c.topic, c.measure) for c in claims]
    assert change[0].measure.endswith("(change)")
    assert not any("120 billion" in s.text for s in change[0].statements)
    # ($35 billion is the writer's conversion of 25.5 billion pounds: within 2% of $34 billion)
    assert change[0].verdict == "agree", change[0].evidence
    assert "a writer's conversion, ±2%" in change[0].evidence
    level = [c for c in holding(claims, "120 billion euros", "nearly $120 billion") if c.measure]
    assert len(level) == 1 and level[0].verdict == "disagree", level[0].evidence


def test_a_writers_own_conversion_has_the_room_of_a_converted_sum():
    claims = compare(filled_articles(
        "2024-04-11", "The court ordered her to pay back 25.5 billion pounds ($35 billion) to the bank.",
        "The court ruled that she will now have to pay back $34 billion to the bank."))
    found = holding(claims, "$35 billion", "$34 billion")
    assert len(found) == 1 and found[0].verdict == "agree", [(c.topic, c.verdict, c.evidence) for c in claims]


def test_a_lone_value_ten_times_apart_from_what_the_others_agree_on_is_set_aside():
    claims = compare(filled_articles(
        "2024-01-13", "Lai Ching-te received over 5.58 million votes in the presidential election.",
        "Lai Ching-te won more than 5.58 million votes in the presidential election.",
        "According to the results shown at 5 p.m., Lai Ching-te received 349,213 votes in the presidential election."))
    found = [c for c in holding(claims, "5.58 million", "349,213") if c.measure]
    assert len(found) == 1, [(c.topic, c.measure) for c in claims]
    assert found[0].verdict == "agree", found[0].evidence
    assert "'349,213 votes' set aside: over 10 times apart" in found[0].evidence


def test_a_far_value_stays_when_the_others_disagree_too():
    claims = compare(filled_articles(
        "2024-01-13", "Lai Ching-te received over 5.58 million votes in the presidential election.",
        "Lai Ching-te won 4.1 million votes in the presidential election.",
        "According to the results shown at 5 p.m., Lai Ching-te received 349,213 votes in the presidential election."))
    found = [c for c in holding(claims, "5.58 million", "349,213") if c.measure]
    assert len(found) == 1 and found[0].verdict == "disagree", [(c.topic, c.verdict) for c in claims]
    assert "set aside" not in found[0].evidence


def test_what_a_sum_changes_by_is_not_weighed_against_the_sum():
    claims = compare(filled_articles(
        "2025-07-24", "UK exports to India amounted to 17.1 billion euros in 2024, the government said.",
        "The deal will increase UK exports to India, adding approximately £4.8 billion annually, the government said."))
    found = [c for c in holding(claims, "17.1 billion euros", "£4.8 billion") if c.measure]
    assert len(found) == 1, [(c.topic, c.measure) for c in claims]
    assert found[0].verdict == "agree", found[0].evidence
    assert "not weighed (one is what the sum changes by, the other the sum)" in found[0].evidence


def test_two_parts_of_a_whole_whose_group_is_not_named_are_not_weighed():
    claims = compare(filled_articles(
        "2024-03-28", "Six construction workers were killed in the bridge collapse. Officials confirmed the names of "
                      "five of the six victims.",
        "Six construction workers were killed in the bridge collapse. Families of three of the six construction "
        "workers killed in the collapse said they would file lawsuits."))
    found = [c for c in holding(claims, "five of the six", "three of the six") if c.measure]
    assert found, [(c.topic, c.measure, c.verdict) for c in claims]
    assert all(c.verdict != "disagree" for c in found), [(c.topic, c.evidence) for c in found]


def test_a_far_value_of_the_same_noun_at_no_stated_hour_stays():
    claims = compare(filled_articles(
        "2024-01-13", "Lai Ching-te received over 5.58 million votes in the presidential election.",
        "Lai Ching-te won more than 5.58 million votes in the presidential election.",
        "Lai Ching-te received 349,213 votes in the presidential election."))
    found = [c for c in holding(claims, "5.58 million", "349,213") if c.measure]
    assert len(found) == 1 and found[0].verdict == "disagree", [(c.topic, c.verdict) for c in claims]


def test_a_count_with_a_scale_word_keeps_the_room_of_its_last_digit():
    from briefing_tui.compare.tolerance import interval

    low, high = interval(next(f for f in read("Hou received 4.66 million votes.") if f.kind == "count"))
    assert low <= 4_663_000 <= high and low <= 4_656_000 and high < 4_665_000
    low, high = interval(next(f for f in read("Some 2.3 million people were displaced.") if f.kind == "count"))
    assert low <= 2_346_000 <= high
    # (a tally written in full stays exact; a round one keeps its own room)
    assert interval(next(f for f in read("Hou received 4,671,021 votes.") if f.kind == "count")) == (4_671_021, 4_671_021)
    low, high = interval(next(f for f in read("About 8,000 houses and 22 thousand more.") if f.text == "22 thousand"))
    assert (low, high) == (22_000 - 490, 22_000 + 490)
