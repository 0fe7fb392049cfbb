"""Whether two mentions of an event's day or instant (:class:`.event_mentions.Mention`) give one, cannot, or
cannot be told: the relation :mod:`.event_dates` weighs claims by.

Two days one apart clash unless one is the writer's calendar (a weekday or "yesterday" read against the
article's date: an outlet in another zone lives on another day) or the sentence puts the event near midnight
("late Friday", "11:40 pm"), where two zones give one instant two days: a calendar date ("June 2") states the
event's own day. An earlier event's days (long before the article) clash only when both give a day.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.compare import when
from briefing_tui.compare.clock_times import times_match
from briefing_tui.compare.event_mentions import Mention
from briefing_tui.compare.event_weekdays import same_weekday
from briefing_tui.compare.story_dates import story_read
from briefing_tui.lazy_pattern import lazy_compile


def relation(a: Mention, b: Mention) -> bool | None:
    """True when two mentions give one day or instant, False when they cannot, None when unknown."""
    if a.clock is not None and b.clock is not None:
        same = times_match(a.clock, b.clock)
        if same and exact_time(a) and exact_time(b) and _instants(a, b)[0] != _instants(a, b)[1]:
            return False  # two times given to the minute differ however close ("9:07 a.m." / "9:03 a.m.")
        if same is False and (a.clock.whole_hour or b.clock.whole_hour):
            return None  # ("9 a.m." rounds "shortly after 9", "9:40": never a clash)
        return same
    if not a.low or not b.low:  # a weekday of an undated article: its day is unknown, its weekday not
        return same_weekday(a.text, a.low, a.high, b.text, b.low, b.high)
    if when.spans_overlap(when.DateSpan(a.low, a.high), when.DateSpan(b.low, b.high)):
        return True
    if when.UNKNOWN_YEAR in a.low + b.low:
        return None
    if a.low == a.high and b.low == b.high:
        gap = abs((dt.date.fromisoformat(a.low) - dt.date.fromisoformat(b.low)).days)
        if gap == 1 and (writers_day(a) or writers_day(b) or near_midnight(a) or near_midnight(b)):
            return None  # one instant may fall on two days in two time zones
    return False


# Words before a time that make it approximate or a bound ("around 9:03", "shortly after 9 a.m.", "gegen 9.05").
_APPROXIMATE_BEFORE = lazy_compile(
    r"\b(?:about|around|approximately|approx|roughly|some|nearly|almost|shortly|just|soon|circa|ca|after|before|"
    r"by|until|since|sekitar|sekira|gegen|etwa|rund|kurz|vers|environ|alrededor|cerca|aproximadamente|hacia)\b"
    r"\W{0,3}(?:\w{1,8}\W{1,3})?$", re.I)
APPROXIMATE_CHARS = 24  # characters before a time read for such a word


def exact_time(m: Mention) -> bool:
    """Whether a mention's clock time is stated to the minute, as such: minutes past the hour, no word making
    it approximate or a bound before it."""
    if m.clock is None or m.clock.minutes % 60 == 0:
        return False
    rel = m.start - m.sentence.start
    return _APPROXIMATE_BEFORE.search(m.sentence.text, max(0, rel - APPROXIMATE_CHARS), rel) is None


def _instants(a: Mention, b: Mention) -> tuple[int, int]:
    """Two mentions' times in one frame: UTC when both convert to it, else their clocks."""
    if a.clock.utc is not None and b.clock.utc is not None:
        return a.clock.utc, b.clock.utc
    return a.clock.minutes, b.clock.minutes


def writers_day(m: Mention) -> bool:
    """Whether a mention's day is the writer's calendar: a weekday or "yesterday" read against its article's date
    (an outlet in another zone names the day it lives in); a calendar date ("June 2") states the event's own."""
    return m.figure is None or m.figure.relative  # (a year read from the article is no day: "March 5")


# Words that put an event near midnight, where two zones give it two days ("late Friday", "overnight", "11:40 pm").
_NIGHT = lazy_compile(
    r"\b(?:late|night|overnight|midnight|tonight|early\s{1,3}(?:hours|morning))\b"
    r"|\b(?:9|10|11)(?:[:.][0-5]\d)?\s{0,2}p\.?m\b"  # 9 pm .. 11:59 pm
    r"|\b(?:12|[0-3])(?:[:.][0-5]\d)?\s{0,2}a\.?m\b"  # midnight .. 3:59 am
    r"|\b(?:2[1-3]|0?[0-2])[:h][0-5]\d\b",  # 21:00 .. 02:59
    re.I)


def near_midnight(m: Mention) -> bool:
    """Whether the mention's sentence puts its event near midnight (see ``_NIGHT``)."""
    return bool(_NIGHT.search(m.sentence.text))


def weighable_ages(a: Mention, b: Mention) -> bool:
    """Whether two mentions' days may clash by their age: both recent, or both an earlier event's (long before
    the article) given to the day ("on June 2, 2023" / "on May 2, 2023"), or both years that date the event
    (see :mod:`.event_years`); otherwise a year or month of an earlier event only places it (several such
    events may lie in one year). A date an undated article gives without its year, month or year (read at its
    story's date: :mod:`.story_dates`) only joins the days it meets: it never clashes."""
    if story_read(a.figure) or story_read(b.figure):
        return False
    if not a.old and not b.old or a.year_only and b.year_only:  # (years are weighed as years: 2019 vs 2020)
        return True
    return a.old and b.old and a.low == a.high and b.low == b.high and not a.low.startswith(when.UNKNOWN_YEAR)
