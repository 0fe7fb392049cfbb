"""How titles write values and what never is a subject (issue 11: readable claims): a converted sum in digits, never
scientific notation; a speech's length in minutes; a fiscal year's span with an apostrophe is one span; a fiscal
year's or a quarter's short form is no subject. Sentences made up for the tests."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.numbers import format_short
from tests.compare_helpers import article, read


def test_a_short_value_is_never_in_scientific_notation():
    assert format_short(13401.7) == "13,400"
    assert format_short(12345.678) == "12,300"
    assert format_short(999.5) == "1,000"
    assert format_short(1.2333) == "1.23"
    assert format_short(3085.0) == "3,085"


def test_a_speech_length_in_minutes_is_titled_in_minutes():
    claims = compare([
        article("alpha", "2025-02-01", "The minister's budget speech in parliament lasted 74 minutes on Saturday."),
        article("beta", "2025-02-01", "In her 75-minute budget speech in parliament, the minister cut income taxes.")])
    assert [c.topic for c in claims if c.measure == "hours"] == ["Duration: 74 min · 75 min"]


def test_a_length_in_minutes_is_never_titled_in_hours():
    claims = compare([
        article("alpha", "2025-02-01", "The judge read the verdict for 23 minutes on Friday."),
        article("beta", "2025-02-01", "On Friday the judge read the verdict for 25 minutes.")])
    assert [c.topic for c in claims if c.measure == "hours"] == ["Duration: 23 min · 25 min"]


def test_a_length_in_hours_is_titled_with_its_unit():
    # "Duration: about 13 · over 18" would not say of what: whole hours are titled as hours
    claims = compare([
        article("alpha", "2025-07-02", "The jury, after deliberating for approximately 13 hours over three days, "
                "reached a verdict on all five counts."),
        article("beta", "2025-07-02", "After deliberating for more than 18 hours over three days, the jury reached a "
                "verdict on all five counts.")])
    assert [c.topic for c in claims if c.measure == "hours"] == ["Duration: about 13 hours · over 18 hours"]


def test_a_span_of_years_with_an_apostrophe_is_one_span():
    assert [(f.text, f.kind, f.low, f.high) for f in read("The minister presented the budget for 2025-’26 today.")
            if f.kind in ("year", "count")] == [("2025-’26", "year", 2025.0, 2026.0)]


def test_a_fiscal_years_short_form_is_no_subject():
    (deficit,) = [f for f in read("The deficit will be held at 4.4% for FY 2026, the minister said.") if f.kind == "percent"]
    assert deficit.subject is None
    (quarter,) = [f for f in read("Q3 growth slowed to 2.1% from a year earlier.") if f.kind == "percent"]
    assert quarter.subject is None


def test_a_previous_value_with_its_period_between_it_and_the_current_one():
    # "to increase from Rs 47.2 lakh crore in FY25 to Rs 50.7 lakh crore": 47.2 is what spending was, not a second
    # reading of its current value
    assert [(f.text, f.role) for f in read("Overall expenditure is estimated to increase from Rs 47.2 lakh crore in "
                                           "FY25 to Rs 50.7 lakh crore for FY26.") if f.kind == "money"] == [
        ("Rs 47.2 lakh crore", "previous"), ("Rs 50.7 lakh crore", "current")]
