"""An article dated by its month alone ("2025-03", a page's "March 2025") converts at the middle of that month's
rate, not at the table's default date months away; a story of such articles dates its undated ones the same way."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table, story_dated


def test_a_month_alone_converts_at_the_rate_of_its_middle():
    table = default_rate_table()
    rate = table.rate("CNY", "2024-06")
    assert rate is not None and "2024-06-07" <= rate.date <= "2024-06-15"
    assert "its month only" in rate.reason
    assert rate.value == table.rate("CNY", rate.date).value


def test_an_undated_article_of_a_story_dated_by_months_takes_the_middle_of_that_month():
    table = story_dated(default_rate_table(), {"a": "2024-06", "b": "2024-06", "c": None})
    rate = table.rate("CNY", None)
    assert rate is not None and "2024-06-07" <= rate.date <= "2024-06-15"
    assert "the story's date 2024-06-15" in rate.reason


def test_a_year_alone_is_no_date_to_convert_at():
    table = default_rate_table()
    assert table.rate("CNY", "2024").reason == table.rate("CNY", None).reason
