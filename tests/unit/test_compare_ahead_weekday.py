"""Relative dates follow tense: "ahead of Sunday's election" in a Monday article is the next Sunday, not the one
before; a past event's weekday is the one before. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def _day(text: str, published: str) -> str:
    (found,) = [f for f in read(text, published=published) if f.kind == "date"]
    return found.date_low


def test_a_weekday_ahead_of_which_something_happens_is_the_next_one():
    assert _day("The party is struggling to hold its seats ahead of Sunday's election, polls show.",
                "2024-03-11") == "2024-03-17"
    assert _day("Campaigning ended ahead of this Friday's vote.", "2024-03-11") == "2024-03-15"


def test_a_weekday_of_a_past_event_is_the_one_before():
    assert _day("The party lost Sunday's election.", "2024-03-11") == "2024-03-10"
    assert _day("The bridge opened on Monday, ahead of schedule.", "2024-03-13") == "2024-03-11"


def test_an_election_ahead_of_its_sunday_and_the_same_election_after_it_are_one_day():
    from tests.compare_helpers import article
    from briefing_tui.compare import compare

    claims = compare([
        article("a", "2024-03-12", "The ruling party is struggling to keep its majority ahead of Sunday's election, "
                "according to a survey by the Daily Ledger."),
        article("b", "2024-03-18", "The ruling party lost its majority in Sunday's election, the electoral "
                "commission said on Monday."),
    ])
    assert not [c for c in claims if c.verdict == "disagree"], [(c.topic, c.verdict) for c in claims]


def test_a_weekday_right_before_a_past_verb_is_behind_though_the_sentence_looks_ahead():
    dates = lambda text: [f.date_low for f in read(text, published="2024-03-12") if f.kind == "date"]  # noqa: E731
    # (a Tuesday article: "on Tuesday outlined" is that day, "Friday's summit" still ahead)
    assert dates("Ahead of Friday's summit, the minister on Tuesday outlined a plan that would cut taxes.") \
        == ["2024-03-15", "2024-03-12"]
    assert dates("Ahead of Friday's summit, the minister on Monday said the plan would cut taxes.") \
        == ["2024-03-15", "2024-03-11"]
    assert dates("The minister will present the plan on Tuesday to the cabinet.") == ["2024-03-19"]
