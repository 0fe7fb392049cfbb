"""Dates inside article text: absolute ("December 19-20, 2025"), partial ("in June") and relative
("last month", "on Friday"), resolved against the article's publication date when it is known.

Without a publication date a relative date stays unresolved and a date without a year keeps an
unknown year (``????-12-19``): nothing is invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from briefing_tui.ingest.dates import MONTHS
from briefing_tui.lazy_pattern import lazy_compile

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
       r"Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
# Words of a sentence about something still to come; "next" only before a time ("next week", "next
# Monday"), not as a noun's modifier ("voted on Monday to elect their next prime minister" is past).
_FUTURE = lazy_compile(r"\b(?:will|shall|scheduled|to be held|due(?!\s+to\b)|expected|is set to|are set to|upcoming|"
                     r"is to|are to|plans? to host|"
                     # (a weekday's event still ahead: "ahead of Sunday's election", "ahead of this Friday's vote")
                     r"ahead\s+of\s+(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                     r"next(?=\s+(?:day|week|weekend|month|year|time|round|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))\b",
                     re.I)
# The same in the other languages, read for the day a date names (see :func:`dates_ahead`).
_FUTURE_FOREIGN = lazy_compile(
                     # (other languages: "a partir del lunes", "à partir de lundi", "dès lundi", "ab Montag"...)
                     r"\b(?:a\s+partir\s+d|à\s+partir\s+d|a\s+partire\s+da|dès\s+(?:le\s+)?(?=[a-zé]+di\b))"
                     # (... "le prochain", "la próxima", "nächsten", "kommende", "prossimo" ...)
                     r"|\b(?:prochaine?s?|próxim[oa]s?|prossim[oiae]|nächste[nmrs]?|kommende[nmrs]?)\b"
                     # (... and the future tenses: "permitirá", "será", "sarà", "terão", "sera", "aura", "wird")
                     r"|\b[^\W\d_]{2,}(?:rá|rán|rà|rão|ranno)(?![\w-])"
                     r"|\b(?:sera|seront|aura|auront|fera|feront|pourra|pourront|devra|devront|wird|werden)\b",
                     re.I)
UNKNOWN_YEAR = "????"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A day interval, ISO strings; the year is ``????`` when the text gives none and it cannot be resolved."""

    low: str
    high: str
    resolved_from: str | None = None  # "published 2025-12-22" when the published date was used


def published_day(published: str | None) -> dt.date | None:
    """The publication day from an ISO date or date-time, or None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def is_future(sentence: str) -> bool:
    """Whether the sentence speaks of something still to come ("will", "scheduled", "next")."""
    return bool(_FUTURE.search(sentence))


def dates_ahead(sentence: str) -> bool:
    """Whether the sentence's dates lie ahead: it speaks of something still to come in English or in another
    language ("a partir del lunes", "permitirá", "sera", "wird"); a weekday or month is then the next one."""
    return is_future(sentence) or bool(_FUTURE_FOREIGN.search(sentence))


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation."""
    return MONTHS[name.lower().rstrip(".")[:3]]


def _month_span(year: int, month: int, origin: str | None = None) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", origin)


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return f"{UNKNOWN_YEAR}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_near(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day nearest the publication date (news rarely looks > 6 months away)."""
    best = published.year
    best_gap = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((dt.date(year, month, min(day, 28)) - published).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def day_range(month: int, day_low: int, day_high: int, year: int | None,
              published: dt.date | None) -> DateSpan | None:
    """``December 19-20`` (year given, resolved from the publication date, or unknown)."""
    origin = None
    if year is None and published is not None:
        year = _year_near(month, day_low, published)
        origin = f"published {published.isoformat()}"
    low, high = _day(year, month, day_low), _day(year, month, day_high)
    if low is None or high is None or high < low:
        return None
    return DateSpan(low, high, origin)


def month_in(month: int, year: int | None, published: dt.date | None, future: bool) -> DateSpan | None:
    """``in June`` / ``June 2025``: the whole month; without a year, the nearest one in the tense's direction."""
    if year is not None:
        return _month_span(year, month)
    if published is None:
        return DateSpan(f"{UNKNOWN_YEAR}-{month:02d}-01", f"{UNKNOWN_YEAR}-{month:02d}-31")
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return _month_span(year, month, f"published {published.isoformat()}")


def relative_span(unit: str, shift: int, published: dt.date) -> DateSpan:
    """``last month`` (unit "month", shift -1), ``this week``, ``next year``, ``yesterday`` (day, -1)."""
    origin = f"published {published.isoformat()}"
    if unit == "day":
        day = published + dt.timedelta(days=shift)
        return DateSpan(day.isoformat(), day.isoformat(), origin)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return DateSpan(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), origin)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + shift
        return _month_span(index // 12, index % 12 + 1, origin)
    year = published.year + shift
    return DateSpan(f"{year:04d}-01-01", f"{year:04d}-12-31", origin)


# "later" or "earlier" right before a weekday ("talks due to start later Monday", "later on Friday"): the day of the
# writing itself when it is that weekday, not the next one.
_SAME_DAY_BEFORE = lazy_compile(r"\b(?:later|earlier)(?:\s{1,3}on)?\s{1,3}$", re.I)
SAME_DAY_REACH = 12  # characters before a weekday searched for "later on "


def same_day_before(text: str, at: int) -> bool:
    """Whether the weekday at ``at`` in ``text`` follows "later"/"earlier" ("later Monday"): a day that may be the
    day of writing itself."""
    return bool(_SAME_DAY_BEFORE.search(text, max(0, at - SAME_DAY_REACH), at))


def weekday_span(names: list[str], published: dt.date, future: bool, shift: int = 0, today: bool = False) -> DateSpan:
    """``on Friday`` / ``Friday and Saturday``: the nearest such days after (future) or up to (past) publication;
    ``today`` lets a future weekday be the publication day itself ("due to start later Monday" written on a Monday)."""
    days = []
    for name in names:
        target = WEEKDAYS.index(name.lower())
        if future:
            delta = (target - published.weekday()) % 7 or (0 if today else 7)
        else:
            delta = -((published.weekday() - target) % 7)
        days.append(published + dt.timedelta(days=delta + 7 * shift))
    return DateSpan(min(days).isoformat(), max(days).isoformat(), f"published {published.isoformat()}")


def weekend_span(published: dt.date, future: bool) -> DateSpan:
    """"Over the weekend": the last Saturday and Sunday up to publication (a Saturday article's own Saturday and
    the Sunday after it); ahead of it for a future ("next weekend"). A weekday article's past weekend is the one
    just before it."""
    if future:
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7 or 7)
    else:
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return DateSpan(saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat(),
                    f"published {published.isoformat()}")


def spans_overlap(a: DateSpan, b: DateSpan) -> bool:
    """Whether two day intervals share a day (comparing month and day only when a year is unknown)."""
    if UNKNOWN_YEAR in a.low + b.low:
        a_low, a_high, b_low, b_high = a.low[5:], a.high[5:], b.low[5:], b.high[5:]
    else:
        a_low, a_high, b_low, b_high = a.low, a.high, b.low, b.high
    return a_low <= b_high and b_low <= a_high
