"""Figures: money with currency and scale, ranges, qualifiers, periods, dates, years and counts."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def figures(text: str, published: str | None = None):
    source = Source(id="s", path="s.txt", raw=text, published=published)
    found = figures_in_text(text, source, 0)
    for f in found:
        assert text[f.start:f.end] == f.text
    return found


def only(text: str, kind: str, published: str | None = None):
    found = [f for f in figures(text, published) if f.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "figure", "low", "high", "unit", "qualifier"), [
    ("plans to invest approximately 3 trillion yen in projects", "approximately 3 trillion yen", 3e12, 3e12, "JPY", "about"),
    ("projects worth $20 billion over", "$20 billion", 2e10, 2e10, "USD", None),
    ("a package of US$15.5 billion for", "US$15.5 billion", 1.55e10, 1.55e10, "USD", None),
    ("unveiling a €13.2 billion package", "€13.2 billion", 1.32e10, 1.32e10, "EUR", None),
    ("exports of around $5-6 billion a year", "around $5-6 billion", 5e9, 6e9, "USD", "about"),
    ("nearly £400 million was spent", "nearly £400 million", 4e8, 4e8, "GBP", "nearly"),
    ("more than 2.5bn yuan in loans", "more than 2.5bn yuan", 2.5e9, 2.5e9, "CNY", "more_than"),
    ("a loan of 120 billion tenge", "120 billion tenge", 1.2e11, 1.2e11, "KZT", None),
    ("paid USD 7 million to", "USD 7 million", 7e6, 7e6, "USD", None),
    ("between $3 billion to $4 billion", "$3 billion to $4 billion", 3e9, 4e9, "USD", "range"),
])
def test_money(text, figure, low, high, unit, qualifier):
    f = only(text, "money")
    assert (f.text, f.low, f.high, f.unit, f.qualifier) == (figure, low, high, unit, qualifier)


def test_years_are_not_amounts_and_amounts_are_not_years():
    found = figures("In 2004 the fund paid $2,004 million to 2,004 farmers.")
    kinds = [(f.kind, f.text) for f in found]
    assert kinds == [("year", "2004"), ("money", "$2,004 million"), ("count", "2,004 farmers")]


@pytest.mark.parametrize(("text", "figure", "low", "qualifier"), [
    ("plans to invest over the next five years", "over the next five years", 5.0, None),
    ("has been present for over three decades, but", "for over three decades", 30.0, "more_than"),
    ("after 21 years of development", "after 21 years", 21.0, None),
    ("a six-month delay", "six-month", 0.5, None),
])
def test_periods(text, figure, low, qualifier):
    f = only(text, "period")
    assert (f.text, f.low, f.qualifier) == (figure, low, qualifier)


@pytest.mark.parametrize(("text", "published", "figure", "low", "high", "origin"), [
    ("was held in Tokyo on December 19-20, amid", "2025-12-21T00:07", "December 19-20", "2025-12-19", "2025-12-20", "published 2025-12-21"),
    ("was held in Tokyo on December 19-20, amid", None, "December 19-20", "????-12-19", "????-12-20", None),
    ("signed on 3 March 2024 in", None, "3 March 2024", "2024-03-03", "2024-03-03", None),
    ("Last month, the president hosted", "2025-12-22", "Last month", "2025-11-01", "2025-11-30", "published 2025-12-22"),
    ("The summit, scheduled for Friday and Saturday, will", "2025-12-22", "Friday and Saturday", "2025-12-26", "2025-12-27", "published 2025-12-22"),
    ("The minister resigned on Friday.", "2025-12-22", "Friday", "2025-12-19", "2025-12-19", "published 2025-12-22"),
    ("Initially planned for August last year, the", "2025-12-22", "August last year", "2024-08-01", "2024-08-31", "published 2025-12-22"),
    ("agreements were signed in June.", "2025-12-22", "June", "2025-06-01", "2025-06-30", "published 2025-12-22"),
    ("leaders meet in Tokyo this week", "2025-12-22", "this week", "2025-12-22", "2025-12-28", "published 2025-12-22"),
])
def test_dates(text, published, figure, low, high, origin):
    f = only(text, "date", published)
    assert (f.text, f.date_low, f.date_high, f.resolved_from) == (figure, low, high, origin)


def test_relative_dates_stay_unresolved_without_a_published_date():
    f = only("Last month, the president hosted the leaders.", "date")
    assert f.relative and f.date_low is None and f.date_high is None


def test_may_the_verb_is_not_a_month():
    assert [f for f in figures("Japan may sign a deal, which May Smith called vital.") if f.kind == "date"] == []


@pytest.mark.parametrize(("text", "figure", "value", "noun"), [
    ("the five Central Asian countries have", "five Central Asian countries", 5, "country"),
    ("In June, 12 Belt and Road Initiative cooperation agreements were signed.", "12 Belt and Road Initiative cooperation agreements", 12, "agreement"),
    ("at least 30 people were hurt", "at least 30 people", 30, "people"),
])
def test_counts(text, figure, value, noun):
    f = only(text, "count")
    assert (" ".join(f.text.split()), f.low, f.unit) == (figure, value, noun)


def test_percentages():
    f = only("a 40% stake and", "percent")
    assert (f.text, f.low, f.unit) == ("40%", 40.0, "%")
    assert only("a 12.5 per cent rise", "percent").low == 12.5
