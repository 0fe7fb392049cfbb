"""Issue 11 (miss24): a court case has one trial and one deliberation: their lengths, as outlets give them in
different words and values, are one claim (a disagreement when they differ), not one agreeing claim per value; other
lengths stay apart by their own names. Invented sentences; fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import compared, holding, one_holding


def test_two_trial_lengths_in_unshared_words_are_one_claim():
    claims = compared(
        "Jurors convicted the singer Lena Varga on Friday after her six-week trial in Boston. "
        "Varga denied every count.",
        "Lena Varga was found guilty in Boston on Friday. She spent 5 weeks on trial before a jury of twelve.",
        "Una jurado declaró culpable a Lena Varga el viernes tras un juicio que duró seis semanas en Boston.",
    )
    claim = one_holding(claims, "six-week trial")
    assert holding([claim], "5 weeks on trial") == [claim]
    assert claim.measure == "trial duration"
    assert claim.verdict == "disagree"


def test_a_trial_length_does_not_join_another_length():
    claims = compared(
        "Jurors convicted Lena Varga on Friday after her six-week trial in Boston. Varga denied every count.",
        "Lena Varga was found guilty in Boston on Friday after a six-week trial. Her tour will last 5 weeks in May.",
    )
    assert not holding(claims, "six-week trial", "tour will last 5 weeks")
