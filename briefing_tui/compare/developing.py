"""Whether the differing figures of one measure develop with time (a toll that grows, a count of missing that
falls, a tally revised) or conflict, and the time each figure refers to.

A figure refers to its article's day, or to a day or time its sentence states for the report ("as of 3 p.m.",
"as of Tuesday noon", "police on Sunday put detentions at 24", "officials said Saturday"). Each distinct value
is placed at the earliest time a source gives it (a later article repeating an earlier value is late, not a
step back). The values develop when, in that order, they move one way only (up, or down) and no two of them
share a time that cannot be told apart (two figures of the same day differ: a conflict). A value whose sources
are all undated is never placed: with fewer than two placed values the order is unknown. A measure that does
not change with time (an age, a distance, a court's award, a chamber's vote, an earlier event's figure) never
develops.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_tui.compare.court_measures import COURT_BASES
from briefing_tui.compare.earlier import EARLIER
from briefing_tui.compare.measured_types import PREVIOUS
from briefing_tui.compare.physical_measures import DIMENSION_WORDS
from briefing_tui.compare.when import WEEKDAYS, is_future, published_day
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Bases of measures that are facts fixed once they happen: differing values of them are a conflict, whatever the
# dates ("Lee's age: 60 · 61", "compensatory damages: $43 million · $49 million"; a place's residents, its population,
# which the reports of an event do not move: "a community of around 125,000" / "home to 90,000 people").
FIXED_BASES = frozenset(
    "age ages magnitude storeys floors compensation damages fine fines liability sentence judges defendants "
    "abstentions votes-for votes-against votes-needed members-voting until residents".split()) \
    | DIMENSION_WORDS | COURT_BASES

# The last words of a person's age measure ("Sarkozy's age"): fixed within a day, yet it grows by one a year, so
# two reports months apart may give 69 and 70 (not "age at the time", which is fixed).
AGE_WORDS = frozenset(("age", "ages"))
YEAR_DAYS = 365
LEAP_YEAR_DAYS = 366
# The fewest days between two dated reports for a birthday between them to be allowed: closer reports that are a
# year apart in age likelier disagree ("60" on 3 June, "61" on 4 June) than straddle a birthday.
MIN_BIRTHDAY_GAP_DAYS = 90

# How a claim's timeline reads, by ``Claim.developing``.
DEVELOPMENT_LABELS: dict[bool | None, str] = {True: "developing", False: "a conflict", None: "order unknown"}

DAY_MINUTES = 24 * 60

# Parts of the day a report states ("as of Tuesday noon", "as of late Saturday night"), as minutes of the day.
PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "midnight": (0, 0), "morning": (5 * 60, 12 * 60), "noon": (12 * 60, 12 * 60), "midday": (12 * 60, 12 * 60),
    "afternoon": (12 * 60, 18 * 60), "evening": (17 * 60, DAY_MINUTES - 1), "night": (19 * 60, DAY_MINUTES - 1),
}
_WEEKDAY = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
_PART = r"(?P<part>" + "|".join(PARTS_OF_DAY) + ")"
_CLOCK = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s{0,2}(?P<ap>[ap])\.?\s?m\b\.?|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)"
# The time a report gives its figures as of: "as of 3 p.m.", "as of 5:00 a.m. Wednesday", "as of Tuesday noon",
# "as of late Saturday night", "by 7pm on Friday", "as of Friday night", "results shown at 5 p.m." (a bare "at
# 9:05 am" is the event's time, not the report's).
_AS_OF = lazy_compile(
    r"\b(?:as\s{1,3}(?:of|at)|by|until|till"
    r"|(?:shown|counted|tallied|released|published|reported|updated)\s{1,3}at)"  # "results shown at 5 p.m."
    r"\s{1,3}(?:(?:late|early)\s{1,3})?"
    r"(?:" + _WEEKDAY + r"\b(?:[\s,]{1,3}(?:(?:late|early)\s{1,3})?" + _PART + r"\b)?"  # "Tuesday noon", "Friday"
    r"|" + _PART.replace("part>", "part2>") + r"\b"                                     # "noon"
    r"|(?:" + _CLOCK + r")(?:\s{1,3}(?:local\s{1,3}time\s{1,3})?(?:on\s{1,3})?"
    + _WEEKDAY.replace("day>", "day2>") + r"\b)?"                                       # "3 p.m.", "5:00 a.m. Wednesday"
    r")", re.I)
# The day a source tells a figure on, by a verb of telling next to a weekday: "police on Sunday put detentions
# at 24", "officials confirmed Saturday that", "said Tuesday", "revised on Sunday".
_TOLD_ON = lazy_compile(
    r"\b(?:said|says|confirmed|reported|announced|revised|put|added|told|stated|updated|raised|lowered)"
    r"\s{1,3}(?:on\s{1,3})?" + _WEEKDAY + r"\b"
    r"|\bon\s{1,3}" + _WEEKDAY.replace("day>", "day2>")
    + r",?\s{1,3}(?:said|confirmed|reported|announced|revised|put|added|told|stated|updated|raised|lowered)\b",
    re.I)


@dataclass(frozen=True, slots=True)
class ReportTime:
    """The time a figure refers to: a day and, when the sentence states it, the minutes of that day it may be
    (a clock time is one minute; "morning" a span)."""

    day: dt.date
    minutes: tuple[int, int] | None = None
    stated: str | None = None  # the words that state the time ("as of 3 p.m."), None for the article's date
    month_only: bool = False  # an article dated by its month only ("2023-08"): ``day`` is the month's first

    def before(self, other: ReportTime) -> bool:
        """Whether this time is surely earlier than ``other``."""
        if self.month_only or other.month_only:
            return (self.day.year, self.day.month) < (other.day.year, other.day.month)
        if self.day != other.day:
            return self.day < other.day
        return self.minutes is not None and other.minutes is not None and self.minutes[1] < other.minutes[0]

    def apart(self, other: ReportTime) -> bool:
        """Whether the two times can be told apart (one surely before the other)."""
        return self.before(other) or other.before(self)

    def key(self) -> tuple[dt.date, tuple[int, int]]:
        """A sort key: the day, then the stated minutes (an unstated time first on its day)."""
        return self.day, self.minutes or (0, 0)

    def shown_day(self) -> str:
        """The day as a timeline shows it: ``"2025-01-07"``, or ``"2023-08"`` for an article dated by its month."""
        return self.day.isoformat()[:7] if self.month_only else self.day.isoformat()

    def part(self) -> str | None:
        """The stated time of day: ``"15:00"``, ``"noon"``, ``"night"``; None when the sentence states none."""
        if self.minutes is None:
            return None
        low, high = self.minutes
        if low == high and low not in (PARTS_OF_DAY["noon"][0], PARTS_OF_DAY["midnight"][0]):
            return f"{low // 60:02d}:{low % 60:02d}"
        return next((p for p, span in PARTS_OF_DAY.items() if span == self.minutes), None)


def _weekday_day(name: str, published: dt.date) -> dt.date:
    """The day a past weekday (or "today", "yesterday") names, up to the publication day."""
    name = name.lower()
    if name == "today":
        return published
    if name == "yesterday":
        return published - dt.timedelta(days=1)
    return published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(name)) % 7)


def _clock_minutes(m: re.Match) -> int | None:
    if m.group("h24") is not None:
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    if m.group("h") is None:
        return None
    hours = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return hours * 60 + int(m.group("m") or 0)


_MONTH_ONLY = lazy_compile(r"([1-9]\d{3})-(0[1-9]|1[0-2])")  # a publication date of a month only: "2023-08"


def report_time(sentence: str, published: str | None) -> ReportTime | None:
    """The time the figures of ``sentence`` refer to in an article published on ``published`` (an ISO day or
    date-time, or a month), or None when the article is undated. A sentence about the future states no report
    time; nor does the sentence of an article dated by its month only (its weekdays name no known day)."""
    day = published_day(published) if published and len(published) >= 10 else None
    if day is None:
        month = _MONTH_ONLY.fullmatch((published or "").strip())
        return ReportTime(dt.date(int(month.group(1)), int(month.group(2)), 1), month_only=True) if month else None
    if is_future(sentence):
        return ReportTime(day)
    m = _AS_OF.search(sentence)
    if m is not None:
        weekday = m.group("day") or m.group("day2")
        on = _weekday_day(weekday, day) if weekday else day
        part = m.group("part") or m.group("part2")
        clock = _clock_minutes(m)
        minutes = PARTS_OF_DAY[part.lower()] if part else (clock, clock) if clock is not None else None
        if weekday or minutes:
            return ReportTime(on, minutes, m.group(0))
    m = _TOLD_ON.search(sentence)
    if m is not None:
        return ReportTime(_weekday_day(m.group("day") or m.group("day2"), day), None, m.group(0))
    return ReportTime(day)


def fixed_measure(measure: str | None) -> bool:
    """Whether the measure is a fact fixed once it happens (see ``FIXED_BASES``), or an earlier event's figure
    or an earlier state, which the reports of this event do not move."""
    if not measure:
        return False
    if measure.endswith(EARLIER) or measure.endswith(PREVIOUS):
        return True
    words = measure.replace("(", " ").replace(")", " ").split()
    return bool(words) and (words[-1] in FIXED_BASES or words[0] in FIXED_BASES)


@dataclass(slots=True)
class Reading:
    """One distinct value of the measure: its figure (the first source's), the sources giving it, the
    earliest time one of them places it at (None when every one is undated) and that source."""

    figure: Figure
    value: float
    sources: list[str]
    time: ReportTime | None
    source: str


SAME_NUMBER = 0.001  # two values this close (a share of the larger) are one number told two ways


def same_number(a: Figure, value_a: float, b: Figure, value_b: float) -> bool:
    """Whether two readings state one number ("53" and "Fifty-three", "95" and "at least 95"): of one kind, not
    ranges, and equal within ``SAME_NUMBER``."""
    if a.kind != b.kind or a.is_range or b.is_range:
        return False
    return abs(value_a - value_b) <= SAME_NUMBER * max(abs(value_a), abs(value_b))


def earliest(times: Sequence[ReportTime | None]) -> ReportTime | None:
    """The earliest of the known times; in its month, a day before a month alone, and on its day a time with
    stated minutes before one without (the most precise of the times that may be first)."""
    known = [t for t in times if t is not None]
    if not known:
        return None
    return min(known, key=lambda t: (t.day.year, t.day.month, t.month_only, t.day, t.minutes is None,
                                     t.minutes or (0, 0)))


Differ = Callable[[Figure, Figure], bool]  # whether two readings' figures disagree


def unplace_months(readings: Sequence[Reading], differ: Differ) -> None:
    """Take out of the order each reading placed by an article's month alone when another value that differs
    falls in that month: which came first is unknown (not one date), so it is shown with the undated ones."""
    for r in readings:
        if r.time is not None and r.time.month_only and any(
                o is not r and o.time is not None and not o.time.apart(r.time) and differ(o.figure, r.figure)
                for o in readings):
            r.time = None


def _birthdays_between(readings: Sequence[Reading], differ: Differ, measure: str | None) -> bool | None:
    """Whether a person's ages differ only as birthdays between dated reports allow: every two readings that
    differ are dated apart, and the later one is older by at least the whole years between them (of 366 days)
    and at most those (of 365 days) plus one when ``MIN_BIRTHDAY_GAP_DAYS`` or more lie between them ("69" in
    January, "70" in September). None when ages one year
    apart come from a report that is undated (a birthday may lie between them, or not); False otherwise."""
    words = (measure or "").split()
    if not words or words[-1] not in AGE_WORDS:
        return False
    pairs = [(a, b) for i, a in enumerate(readings) for b in readings[i + 1:] if differ(a.figure, b.figure)]
    undated = False
    for a, b in pairs:
        if a.time is None or b.time is None:
            undated = True
            if abs(a.value - b.value) > 1:
                return False
            continue
        if not a.time.apart(b.time):
            return False
        early, late = (a, b) if a.time.before(b.time) else (b, a)
        days = (late.time.day - early.time.day).days
        most = days // YEAR_DAYS + (days >= MIN_BIRTHDAY_GAP_DAYS)
        if not days // LEAP_YEAR_DAYS <= late.value - early.value <= most:
            return False
    return bool(pairs) and (None if undated else True)


def develops(readings: Sequence[Reading], differ: Differ, measure: str | None) -> tuple[bool | None, str]:
    """(developing, why): True when the placed readings move one way with their times, False for a conflict
    (a value that goes back, two values of one time and no other time to order them by, a fixed measure), None
    when fewer than two values are placed (undated sources). Two values of times that cannot be told apart (one
    day, one of them at an hour the other does not state) are not ordered against each other: a toll of 13 on
    Friday and "about 24" on Friday evening, then 68 and 107, grows."""
    birthdays = _birthdays_between(readings, differ, measure)
    if birthdays:
        return True, "the age grows with the dates (a birthday between the reports)"
    if birthdays is None:
        return None, "an undated report's age is one year apart (a birthday may lie between)"
    if fixed_measure(measure):
        return False, "a fixed fact, which does not change with time"
    placed = sorted((r for r in readings if r.time is not None), key=lambda r: r.time.key())
    directions, same_time = set(), False
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if not differ(a.figure, b.figure):
                continue
            if a.time.apart(b.time):
                directions.add(b.value > a.value)
            else:
                same_time = True
    if len(directions) > 1:
        return False, "the figure goes back"
    if not directions:
        if same_time:
            return False, "two figures of one date differ"
        return (None, "undated sources") if len(placed) < 2 else (None, "the values that differ are undated")
    why = "the figure grows with the dates" if True in directions else "the figure falls with the dates"
    return True, why + (", undated values apart" if len(placed) < len(readings) else "")
