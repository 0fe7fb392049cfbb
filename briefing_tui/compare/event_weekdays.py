"""Weekdays of events in articles without a date: "sentenced on Thursday" in an undated page names no day, but
it names a weekday, which meets the same weekday of another source ("Thu 28 Mar", "Thursday") and tells two
events of one kind apart ("the lower house voted on Tuesday", "the upper house votes on Friday")."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from briefing_tui.compare.foreign_words import weekday_number
from briefing_tui.compare.when import WEEKDAYS
from briefing_tui.lazy_pattern import lazy_compile

_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word of any script


@lru_cache(maxsize=1 << 12)
def weekday_of(text: str, low: str, high: str) -> int | None:
    """The weekday (0 Monday .. 6 Sunday) a mention gives: its day's when it names one day, else the one
    weekday its words name (English or another language's), None when it names no single weekday."""
    if low and low == high and not low.startswith("?"):
        try:
            return dt.date.fromisoformat(low).weekday()
        except ValueError:
            return None
    if low:
        return None  # a span of days
    found = {WEEKDAYS.index(w) if w in WEEKDAYS else weekday_number(w)
             for w in (m.group(0).lower() for m in _WORD.finditer(text))} - {None}
    return found.pop() if len(found) == 1 else None


def same_weekday(a_text: str, a_low: str, a_high: str, b_text: str, b_low: str, b_high: str) -> bool | None:
    """For two mentions of which one at least is an undated weekday: True when both give the same weekday,
    None otherwise (another weekday of an unknown week is no conflict)."""
    if a_low and b_low:
        return None
    wa, wb = weekday_of(a_text, a_low, a_high), weekday_of(b_text, b_low, b_high)
    return True if wa is not None and wa == wb else None
