"""Dates and calendar years in article text, as figures: "April 25, 2019", "last week", "Friday", "2021".

``dates_in`` resolves each date against the article's publication day (a weekday follows the tense:
"due Saturday" in a Friday article is the next day); ``years_in`` reads calendar years and spans of
years ("2024-25"). Offsets are relative to the sentence (see :mod:`.figures`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.counts import Found as _Found
from briefing_tui.compare.counted_nouns import counted_not_year
from briefing_tui.compare.event_tense import intended_ahead
from briefing_tui.compare.foreign_dates import foreign_dates_in, mentions_foreign_relative
from briefing_tui.compare.foreign_words import foreign_weekdays
from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

# A calendar year or a span of years ("2019", "2024-25"), not part of an amount, a decimal or a date; a part of the
# year may be glued to it by a hyphen ("mid-2025", "early-2024", "late-2023", French "mi-2025", "fin-2024"); the
# span's second year may keep an apostrophe for its century ("2025-’26").
_YEAR = lazy_compile(r"(?:(?<![\w$€£¥.,/-])|(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<=\bmi-)|(?<=\bfin-)|(?<=\bdébut-))"
                     r"(?P<y>(?:1[89]|20)\d{2})(?:\s*[-–]\s*[’']?(?P<y2>(?:1[89]|20)?\d{2}))?(?![\w%]|[.,]\d)")
# A day of the month or a range of days ("25th", "3-5").
_DAY_RANGE = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
# Month then day ("April 25, 2019"), day then month ("23. Februar", "25 April 2019"), ISO ("2025-08-01").
# (the year may be named against the article's: "on Dec. 3 last year", "3 December this year")
_YEAR_AFTER = r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b|\s+(?P<ry>last|this|next)\s+year\b)?"
_DATE_MD = lazy_compile(rf"\b(?P<mon>{when.MON})\s+{_DAY_RANGE}\b{_YEAR_AFTER}")
_DATE_DM = lazy_compile(rf"(?<!\d){_DAY_RANGE}\s+(?P<mon>{when.MON})\b{_YEAR_AFTER}")
_DATE_ISO = lazy_compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
# Day then month in another language ("31 Agustus", "2 de septiembre de 2025", "31. August"): the month's
# number comes from the table of language_words.py.
_FOREIGN_DATE = lazy_compile(r"(?<!\d)(?P<d1>\d{1,2})\.?\s+(?:de\s+)?(?P<fmon>[^\W\d_]{3,10})\b"
                           r"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b)?")
# A day coordinated before such a date, which shares its month ("les 11 et 15 mars", "el 11 y 15 de marzo",
# "am 11. und 15. März"): a day of its own, not a range.
_FOREIGN_DAY_BEFORE = lazy_compile(r"(?<![\d.,])(?P<d0>\d{1,2})\.?\s{1,3}(?:et|y|und|e|en)\s{1,3}$")
# A month then a day written as an ordinal word ("July Fourth", "March first").
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORDINAL_DAYS = {w: k for k, w in enumerate(_ORDINAL_WORDS, 1)} | {
    f"twenty-{w}": 20 + k for k, w in enumerate(_ORDINAL_WORDS[:9], 1)} | {"thirtieth": 30, "thirty-first": 31}
_DATE_MD_WORD = lazy_compile(rf"\b(?P<mon>{when.MON})\s+(?P<ord>(?:twenty-|thirty-)?[a-z]{{4,12}})\b", re.I)
# A day of the month without its month, timed by "on the" or "of this month": "announced on the 18th", "on the
# 14th of this month"; the article's month, or the one before when the day lies ahead of the article's. (Not
# "the 18th century": a noun after it other than "of this/last month" makes it no date.)
_DAY_OF_MONTH = lazy_compile(
    r"\b(?:(?P<on>on)\s{1,3})?(?P<the>the)\s{1,3}(?P<d>[123]?\d)(?:st|nd|rd|th)"
    r"(?:\s{1,3}of\s{1,3}(?P<which>this|the|last)\s{1,3}month\b|(?=\s{0,3}(?:[,.;:)]|$)"
    r"|\s{1,3}(?:that|and|when|at|in|as|after|before|but|while)\b))", re.I)
_DAY_OF_MONTH_HINT = lazy_compile(r"\bthe\s{1,3}[123]?\d(?:st|nd|rd|th)\b", re.I)
# A month alone ("in July", "July 2025", "May last year"); the words before a bare month that make it one.
_MONTH = lazy_compile(rf"\b(?P<mon>{when.MON})(?![^\W\d_])(?:\s+(?:of\s+)?(?:(?P<y>(?:19|20)\d{{2}})\b|(?P<rel>last|this|next)\s+year\b))?")
_MONTH_CONTEXT = lazy_compile(r"\b(?:in|since|until|till|by|from|last|this|next|early|late|mid-?|end of|until)\s*$", re.I)
# Relative dates: "last week", "next year", "yesterday".
_RELATIVE = lazy_compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>week|month|year)\b|\b(?P<day>yesterday|today|tomorrow)\b", re.I)
# The weekend: "over the weekend", "last weekend", "next weekend" (see :func:`.when.weekend_span`).
_WEEKEND = lazy_compile(r"\b(?P<rel>over|at|on|during|last|this|next|past)\s{1,3}(?:the\s{1,3})?weekend\b", re.I)
# Weekdays, alone or as a span ("Friday", "next Monday", "Tuesday and Wednesday").
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAYS = lazy_compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<w1>{_WEEKDAY})(?:\s+(?:and|or|to|-|–)\s+(?P<w2>{_WEEKDAY}))?\b")
# A past verb right after a weekday ("the president on Tuesday outlined the plan"): that day lies behind, whatever
# else the sentence puts ahead ("ahead of Thursday's summit", "would mobilise").
# A quotation in curly or guillemet marks (at most 2,000 characters): its own tense ("we will unmask them,” said X
# on Tuesday) puts no weekday outside it ahead.
_QUOTED = lazy_compile(r"[“«][^”»]{0,2000}[”»]")
_PAST_AFTER_WEEKDAY = lazy_compile(r"\s{1,3}(?:[a-z]{2,20}ed|said|told|met|won|held|took|gave|made|sent|spoke|wrote|"
                                   r"set\s+out|laid\s+out|put\s+forward)\b")
# Quick word checks before the costly patterns: every date pattern above needs one of the date words (or
# a relative word with a unit, or an ISO date).
_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december yesterday today tomorrow weekend""".split()) | frozenset(when.WEEKDAYS)
# The day of the month in brackets right after a weekday, as the Brazilian press dates ("na segunda-feira (29)", "nesta
# quarta-feira (1º)"): the weekday's date, that day of the article's month (not a count of 29). After another
# language's weekday the month may follow the day, day first ("na terça-feira (9/9)", "nesta sexta-feira (12/9)"):
# that day of that month, in the year nearest the article's (unknown in an undated one).
_BRACKETED_DAY = lazy_compile(r"\s{0,2}\((?P<d>[12]?\d|3[01])(?:º|°|ª|o)?(?:/(?P<m>1[0-2]|0?[1-9]))?\)")
WEEKDAY_DATE_GAP = 12  # characters between another language's weekday and the date it stands before
_RELATIVE_WORDS = frozenset("last this next past".split())
_RELATIVE_UNITS = frozenset("week month year".split())
_LOWER_WORD = lazy_compile(r"[a-z]+")  # words, for the quick checks
_ISO_HINT = lazy_compile(r"\d{4}-\d{2}")


@lru_cache(maxsize=1 << 12)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


_LETTERS = lazy_compile(r"[^\W\d_]+")  # words of any script, for the check of month names of other languages


@lru_cache(maxsize=1 << 12)
def _foreign_month(text: str) -> bool:
    """Whether ``text`` names a month in another language of the table ("Agustus", "août")."""
    return not language_words().months.keys().isdisjoint(w.lower() for w in _LETTERS.findall(text))


@lru_cache(maxsize=1 << 15)
def mentions_dates(text: str) -> bool:
    """Whether a date pattern may occur in ``text`` (only then do its figures depend on the article's date)."""
    words = _words_of(text)
    return bool(words & _DATE_WORDS or (words & _RELATIVE_WORDS and words & _RELATIVE_UNITS) or _foreign_month(text)
                or _ISO_HINT.search(text) or foreign_weekdays(text) or _DAY_OF_MONTH_HINT.search(text)
                or mentions_foreign_relative(text))


def dates_in(text: str, published_text: str | None) -> list[_Found]:
    published = when.published_day(published_text)
    future = when.dates_ahead(text)
    found: list[_Found] = []

    def add(m: re.Match, span: when.DateSpan | None, relative: bool = False) -> None:
        if span is None:
            return
        found.append(_Found("date", m.start(), m.end(), {
            "date_low": span.low, "date_high": span.high, "resolved_from": span.resolved_from, "relative": relative}))

    for pat in (_DATE_MD, _DATE_DM):
        for m in pat.finditer(text):
            year = int(m.group("y")) if m.group("y") else None
            if m.group("ry") and published is not None:
                year = published.year + {"last": -1, "this": 0, "next": 1}[m.group("ry").lower()]
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.group("d2") else d1
            add(m, when.day_range(when.month_number(m.group("mon")), d1, d2, year, published))
    for m in _DATE_MD_WORD.finditer(text):
        day = ORDINAL_DAYS.get(m.group("ord").lower())
        if day is not None and not (m.group("mon").lower().startswith("may") and m.group(0)[0] != "M"):
            add(m, when.day_range(when.month_number(m.group("mon")), day, day, None, published))
    of_month: list[tuple[int, int]] = []  # ("the 14th of this month": "this month" is no date of its own)
    for m in _DAY_OF_MONTH.finditer(text):
        if not (m.group("on") or m.group("which")):
            continue
        of_month.append((m.start(), m.end()))
        span = None if published is None else _day_of_month(int(m.group("d")), (m.group("which") or "").lower(), published)
        found.append(_Found("date", m.start("the"), m.end(), {"relative": True} if span is None else {
            **_span_values(span), "relative": True}))
    months = language_words().months
    if _foreign_month(text):
        for m in _FOREIGN_DATE.finditer(text):
            month = months.get(m.group("fmon").lower())
            if month is not None:  # "31 Agustus", "2 de septiembre de 2025", "31 août 2025"
                year = int(m.group("y")) if m.group("y") else None
                add(m, when.day_range(month, int(m.group("d1")), int(m.group("d1")), year, published))
                if (d0 := _FOREIGN_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None:
                    day = when.day_range(month, int(d0.group("d0")), int(d0.group("d0")), year, published)
                    if day is not None:
                        found.append(_Found("date", d0.start("d0"), d0.end("d0"), {**_span_values(day), "relative": False}))
    for m in _DATE_ISO.finditer(text):
        add(m, when.day_range(int(m.group("m")), int(m.group("d")), int(m.group("d")), int(m.group("y")), None))
    for m in _MONTH.finditer(text):
        year = int(m.group("y")) if m.group("y") else None
        rel = (m.group("rel") or "").lower()
        if not (year or rel or _MONTH_CONTEXT.search(text, max(0, m.start() - 12), m.start())):
            continue  # a bare "May" is as likely the verb
        if m.group("mon").lower().startswith("may") and m.group(0)[0] != "M":
            continue
        month = when.month_number(m.group("mon"))
        if rel and published is not None:
            year = published.year + {"last": -1, "this": 0, "next": 1}[rel]
            span = when.month_in(month, year, None, future)
            add(m, when.DateSpan(span.low, span.high, f"published {published.isoformat()}"), True)
        elif rel:
            add(m, None, True)
        else:
            add(m, when.month_in(month, year, published, future or intended_ahead(text, m.start())))  # ("aims to ... by June")
    for m in _RELATIVE.finditer(text):
        if any(lo <= m.start() and m.end() <= hi for lo, hi in of_month):
            continue
        if published is None:
            found.append(_Found("date", m.start(), m.end(), {"relative": True}))
            continue
        if m.group("day"):
            add(m, when.relative_span("day", {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()], published), True)
        else:
            shift = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group("rel").lower()]
            add(m, when.relative_span(m.group("unit").lower(), shift, published), True)
    for m in _WEEKEND.finditer(text):
        if published is None:
            found.append(_Found("date", m.start(), m.end(), {"relative": True}))
        else:
            rel = m.group("rel").lower()
            add(m, when.weekend_span(published, rel == "next" or (rel not in ("last", "past") and future)), True)
    quoted = [q.span() for q in _QUOTED.finditer(text)] if future else []
    future_outside = future and (not quoted or when.dates_ahead(_QUOTED.sub(" ", text)))
    for m in _WEEKDAYS.finditer(text):
        if published is None:
            found.append(_Found("date", m.start(), m.end(), {"relative": True}))
            continue
        names = [m.group("w1")] + ([m.group("w2")] if m.group("w2") else [])
        rel = (m.group("rel") or "").lower()
        ahead = (future if any(a <= m.start() < b for a, b in quoted) else future_outside) \
            and not (not rel and _PAST_AFTER_WEEKDAY.match(text, m.end()))
        span = when.weekday_span(names, published, ahead if rel in ("", "this") else rel == "next",
                                 {"last": 0, "next": 0, "this": 0}.get(rel, 0),
                                 today=not rel and when.same_day_before(text, m.start()))
        add(m, span, True)
    # (months alone and days, weeks and months against the writer's, of other languages: compare/foreign_dates.py)
    foreign_dates_in(text, published, future, [(f.start, f.end) for f in found], add,
                     lambda start, end: found.append(_Found("date", start, end, {"relative": True})))
    dated = [f.start for f in found if f.fields.get("date_low") and not f.fields.get("relative")]
    for start, end, name in foreign_weekdays(text):  # "am Donnerstag", "le jeudi" (compare/foreign_words.py)
        if any(0 <= at - end <= WEEKDAY_DATE_GAP for at in dated):
            continue  # "Minggu malam, 31 Agustus", "Donnerstag, 12. Juni": the date says the day
        found.append(_Found("date", start, end, {"relative": True} if published is None else {
            **_span_values(when.weekday_span([name], published, future)), "relative": True}))
    if "(" not in text:
        return found
    english_ends = {m.end() for m in _WEEKDAYS.finditer(text)}
    foreign_ends = {end for _, end, _ in foreign_weekdays(text)}
    return [_with_bracketed_day(text, f, published, f.end in foreign_ends)
            if f.end in english_ends or f.end in foreign_ends else f for f in found]


def _with_bracketed_day(text: str, f: _Found, published, day_first: bool) -> _Found:
    """A weekday's date with the day of the month in brackets after it (``_BRACKETED_DAY``) read over that day;
    with a month after the day only after another language's weekday (``day_first``: "(9/8)" is 9 August there)."""
    m = _BRACKETED_DAY.match(text, f.end)
    if m is None or int(m.group("d")) == 0 or (m.group("m") and not day_first):
        return f
    if m.group("m"):
        dated = when.day_range(int(m.group("m")), int(m.group("d")), int(m.group("d")), None, published)
        return f if dated is None else _Found("date", f.start, m.end(), {**_span_values(dated), "relative": False})
    span = None if published is None else _day_of_month(int(m.group("d")), "", published)
    return _Found("date", f.start, m.end(), {"relative": True} if span is None else {**_span_values(span), "relative": True})


def _day_of_month(day: int, which: str, published) -> when.DateSpan | None:
    """The day of a month named by its number alone, against the article's date (see ``_DAY_OF_MONTH``)."""
    year, month = published.year, published.month
    if which == "last" or (not which and day > published.day):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    span = when.day_range(month, day, day, year, None)
    return None if span is None else when.DateSpan(span.low, span.high, f"published {published.isoformat()}")


def _span_values(span: when.DateSpan) -> dict:
    return {"date_low": span.low, "date_high": span.high, "resolved_from": span.resolved_from}


def years_in(text: str) -> list[_Found]:
    found = []
    for m in _YEAR.finditer(text):
        if not m.group("y2") and counted_not_year(text, m.start(), m.end()):
            continue  # "buried about 2000 people": a count (compare/counts.py reads it)
        low = int(m.group("y"))
        high = low
        if m.group("y2"):
            tail = m.group("y2")
            high = int(tail) if len(tail) == 4 else low // 100 * 100 + int(tail)
            if high < low:
                high = low
        found.append(_Found("year", m.start(), m.end(), {"low": float(low), "high": float(high), "unit": "year"}))
    return found
