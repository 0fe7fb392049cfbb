"""Issue 11: "no false disagreement appears". Two figures told of two clearly named subjects that are not one
("Ana Lopez won 50.9% of the vote", "Marek Nowak won 49.1% of the vote") were joined in one claim and weighed as a
conflict: they are two things' values, not comparable (invented sentences; the first two tests fail on the code
before)."""

from __future__ import annotations

from tests.compare_helpers import compared, holding

LOPEZ = "Ana Lopez won 50.9% of the vote in Sunday's runoff, the electoral commission said."


def _verdicts(*bodies: str, needles: tuple[str, ...]) -> list[str]:
    return [c.verdict for c in holding(compared(*bodies), *needles)]


def test_two_candidates_shares_are_no_disagreement():
    verdicts = _verdicts(LOPEZ, "Marek Nowak won 49.1% of the vote in the runoff, the commission said.",
                         needles=("50.9%", "49.1%"))
    assert verdicts and "disagree" not in verdicts


def test_two_candidates_vote_counts_are_no_disagreement():
    verdicts = _verdicts("Ana Lopez won 10,606,877 votes in Sunday's runoff, the electoral commission said.",
                         "The commission said Marek Nowak won 10,237,286 votes in the runoff.",
                         "Lopez received 10,606,877 votes in the runoff, official results showed.",
                         needles=("10,606,877", "10,237,286"))
    assert verdicts and "disagree" not in verdicts


def test_one_subject_told_two_ways_still_disagrees():
    # "Lopez" is "Ana Lopez": one subject, two values
    assert _verdicts(LOPEZ, "Lopez won 48.2% of the vote in the runoff, the commission said.",
                     needles=("50.9%", "48.2%")) == ["disagree"]


def test_a_joint_total_and_one_members_count_are_no_disagreement():
    # the coalition's seats together are not its junior partner's own
    verdicts = _verdicts("The Unity Party and its Green partner won 61 seats between them in Sunday's vote.",
                         "Officials said the Unity Party and coalition partner Greens returned 61 seats.",
                         "Of the seats not up for election, the Greens have 14.",
                         needles=("61 seats", "14"))
    assert verdicts and "disagree" not in verdicts
    # (the coalition's total told twice alike still agrees, and two members' own counts still disagree)
    assert "disagree" in _verdicts("The Greens won 9 seats on Sunday, officials said.",
                                   "The Greens won 12 seats on Sunday.", needles=("9 seats", "12 seats"))


def test_two_thresholds_far_apart_are_no_disagreement():
    verdicts = _verdicts("The alliance fell short of the 60 seats it needed to keep its majority.",
                         "The ruling alliance needs a total of 140 seats for a majority.",
                         "It is unclear whether the alliance will win the 60 seats necessary to keep its majority.",
                         needles=("60 seats", "140 seats"))
    assert verdicts and "disagree" not in verdicts
