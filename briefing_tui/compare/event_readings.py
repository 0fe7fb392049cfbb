"""How a claim about when an event happened reads its mentions (see :mod:`.event_mentions`): "Sun 27 Jul",
"Jul 2025", "2019", "c. 2019" (a year given as "five years ago"), "06:35 (IST) = 01:05 UTC", and how its
evidence cites them ("Outlet 'Friday' (Fri 1 Aug, article of 2025-08-01)")."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.event_mentions import Mention
from briefing_tui.compare.language_words import language_words


def day_reading(low: str, high: str) -> str:
    """"Sun 27 Jul", "27 Jul" (year unknown), "Jul 2025" (a whole month), "27–28 Jul", else "low – high";
    "day unknown" without a day."""
    if not low:
        return "day unknown"
    if low.startswith(when.UNKNOWN_YEAR):
        month, day = int(low[5:7]), int(low[8:10])
        name = f"{dt.date(2000, month, 1):%b}"
        if day == 1 and high[5:7] == low[5:7] and high[8:10] in ("28", "29", "30", "31"):
            return f"{name} (year unknown)"
        return f"{day} {name}" + ("" if low == high else f"–{int(high[8:10])} {dt.date(2000, int(high[5:7]), 1):%b}")
    a, b = dt.date.fromisoformat(low), dt.date.fromisoformat(high)
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)  # a whole year ("launched in 2021")
    if a == b:
        return f"{a:%a} {a.day} {a:%b}"
    if a.day == 1 and a.month == b.month and a.year == b.year and (b + dt.timedelta(days=1)).month != b.month:
        return f"{a:%b %Y}"
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{b.day} {a:%b}"
    return f"{low} – {high}"


@lru_cache(maxsize=1)
def _weekday_names() -> tuple[tuple[str, int], ...]:
    """Every language's weekday names with their numbers (0 Monday), the longest first (made once)."""
    names = [*language_words().weekday_numbers.items(), *((name, k) for k, name in enumerate(when.WEEKDAYS))]
    return tuple(sorted(names, key=lambda nn: -len(nn[0])))


def weekday_in_english(text: str) -> str:
    """A weekday another language writes, in English, so that one day reads once in a title: "domingo" and
    "dimanche" -> "Sunday", "quinta-feira (2)" -> "Thursday (2)", a German compound "Dienstagabend" -> "Tuesday";
    any other text as written."""
    low = text.lower()
    for name, number in _weekday_names():
        if low.startswith(name):
            rest = text[len(name):]
            if rest and not rest[0].isspace() and not rest[0].isalpha():
                continue
            return when.WEEKDAYS[number].capitalize() + (rest if rest[:1].isspace() else "")
    return text


def reading(m: Mention) -> str:
    if m.clock is not None:
        utc = m.clock.utc
        return m.clock.reading() + ("" if utc is None or m.clock.offset == 0 else f" = {utc // 60:02d}:{utc % 60:02d} UTC")
    text = day_reading(m.low, m.high)
    if m.year_only and m.low and text == f"{m.low} – {m.high}":  # ("five years ago": about a year, inexact)
        middle = dt.date.fromisoformat(m.low) + (dt.date.fromisoformat(m.high) - dt.date.fromisoformat(m.low)) / 2
        return f"c. {middle.year}"
    if not m.low:
        return f"{weekday_in_english(m.text)} (undated article)"
    # (the year when the article is of another year or undated: "Thu 25 Apr 2019")
    other_year = not m.source.published or m.source.published[:4] != m.low[:4]
    return f"{text} {m.low[:4]}" if other_year and m.low == m.high and not m.low.startswith("?") else text


def cited(m: Mention, labels: dict[str, str]) -> str:
    """"Outlet 'Friday' (Fri 1 Aug, article of 2025-08-01)": the words, what they were read as and, for a
    day resolved from the article's date, that date; for a year resolved from another the sentence names, that
    ("the previous year" (2019, the year before 2020))."""
    name = labels.get(m.source.id, m.source.id)
    resolved = m.figure is not None and (m.figure.relative or m.figure.resolved_from) and m.low
    origin = m.figure.resolved_from if m.figure is not None else None
    when_read = f", article of {m.source.published[:10]}" if resolved and m.source.published else ""
    if resolved and origin and not origin.startswith("published"):
        when_read = f", {origin}"
    return f"{name} '{m.text}' ({reading(m)}{when_read})"
