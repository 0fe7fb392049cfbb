"""A weekday after "later" in an article written on that weekday is the day of writing ("talks were due to start
later Monday", written on a Monday), not the same weekday a week on; other future weekdays still lie ahead."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def days(published: str, body: str) -> list[str | None]:
    source = article("w1", published, body)
    return [f.date_low for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "date"]


def test_later_that_weekday_is_the_day_of_writing():
    # 2025-03-03 is a Monday
    assert days("2025-03-03", "A new round of talks was due to start later Monday in Oslo.") == ["2025-03-03"]
    assert days("2025-03-03", "The board will meet later on Monday to approve the plan.") == ["2025-03-03"]


def test_a_future_weekday_without_later_is_still_ahead():
    assert days("2025-03-03", "The board will meet on Monday to approve the plan.") == ["2025-03-10"]
    assert days("2025-03-03", "The board will meet later Friday to approve the plan.") == ["2025-03-07"]
