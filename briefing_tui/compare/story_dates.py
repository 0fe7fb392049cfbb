"""Dates of an undated article read at its story's date: "March 11", "22 May", "last month", "im letzten Jahr"
in a page that gives no date of its own name no year; the story's dated articles say when it was written,
near enough to place a day of the month in its year or a month or year named against the writer's.

Only what a few days' error cannot move is read so: a date without a year (the year nearest the story's date),
a month or a year named against the writer's ("next month", "last year", "five years ago"). A day named
against the writer's ("Sunday", "yesterday", "the 15th of the month") stays unknown: a week's error would make
a wrong day, and an undated weekday is still weighed as a weekday (see :mod:`.event_weekdays`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from briefing_tui.compare import when
from briefing_tui.compare.date_figures import dates_in
from briefing_tui.model import Figure

STORY_ORIGIN = "undated article, read at its story's date"  # how a day so read is cited ("…, read at … 2024-02-19")


def story_day(published: Iterable[str | None]) -> dt.date | None:
    """The day an undated article of the story is read at: the median date of its dated articles (ISO dates or
    date-times; the earlier of the two middle ones), the day it most likely reports on; None when none is dated."""
    days = sorted(d for v in published if (d := when.published_day(v)) is not None)
    return days[(len(days) - 1) // 2] if days else None


def undated_at_earliest(published: dict[str, str | None]) -> dict[str, str | None]:
    """Each source's date, an undated one taking the story's earliest known date: for telling an earlier event's
    figures ("In the 2021 election, ... 160 seats" in an undated report of a 2025 election), an undated article is
    as recent as the story's earliest dated one."""
    dated = [d for d in published.values() if d]
    first = min(dated) if dated else None
    return {s: d or first for s, d in published.items()}


def _day_level(low: str, high: str, relative: bool) -> bool:
    """Whether a date read against the writer's day names one day ("Sunday", "yesterday"): too fine for a
    story's date."""
    return relative and low == high


def at_story_day(text: str, offset: int, figures: Iterable[Figure], day: dt.date) -> dict[int, Figure]:
    """The date figures of an undated article's sentence (``text``, at ``offset`` in the source) that its
    story's ``day`` places, by their start: a year for a day or month without one, a month or year named against
    the writer's (see the module's docstring); figures it cannot place are left out."""
    spans = {(offset + f.start, offset + f.end): f.fields for f in dates_in(text, day.isoformat())}
    out: dict[int, Figure] = {}
    for f in figures:
        if f.kind != "date" or (f.date_low and not f.date_low.startswith(when.UNKNOWN_YEAR)):
            continue
        fields = spans.get((f.start, f.end))
        low, high = (fields or {}).get("date_low"), (fields or {}).get("date_high")
        if not low or not high or _day_level(low, high, bool(fields.get("relative"))):
            continue
        out[f.start] = replace(f, date_low=low, date_high=high, resolved_from=f"{STORY_ORIGIN} {day.isoformat()}")
    return out


def story_read(figure: Figure | None) -> bool:
    """Whether a date figure was read at its story's date (see :func:`at_story_day`), not its article's."""
    return figure is not None and (figure.resolved_from or "").startswith(STORY_ORIGIN)
