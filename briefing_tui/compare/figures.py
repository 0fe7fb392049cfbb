"""Figures stated in article text: money, percentages, periods, dates, years and counts.

``extract_figures(source)`` finds them sentence by sentence; every figure keeps its source id and
offsets into ``source.raw`` (``raw[start:end] == text``). Years are never mistaken for amounts: a
four-digit number is a year only when it is not attached to a currency, scale or unit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.numbers import NUMBER_WORD, NUMERAL, SCALE_WORD, UNITS, parse_number, scale_of
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.model import Source

# Qualifier words before a figure, and the interval each gives around the stated value x.
QUALIFIERS = {
    "approximately": "about", "approx.": "about", "about": "about", "around": "about", "roughly": "about",
    "some": "about", "close to": "about", "an estimated": "about", "estimated": "about", "almost": "nearly",
    "nearly": "nearly", "just under": "nearly", "more than": "above", "over": "above", "above": "above",
    "in excess of": "above", "upwards of": "above", "at least": "above", "less than": "below",
    "under": "below", "below": "below", "up to": "below", "at most": "below", "as much as": "below",
    "as many as": "below", "fewer than": "below",
}
_QUAL = r"(?P<qual>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+"
_QUAL_BEFORE = re.compile(_QUAL + r"(?:the\s+|a\s+|an\s+)?$", re.I)
_NUM = rf"(?:{NUMERAL}|{NUMBER_WORD})"
_RANGE = r"\s*(?:-|–|—|to)\s*"
PERIOD_UNITS = {"day": 1 / 365, "week": 7 / 365, "month": 1 / 12, "year": 1.0, "decade": 10.0, "century": 100.0}
_PERIOD = re.compile(
    r"(?<![\w$€£¥])(?:(?:over|for|within|in|during|after|across)\s+)?(?:the\s+)?"
    r"(?:(?P<dir>next|past|last|coming|previous|following|first)\s+)?" + r"(?:" + _QUAL + r")?"
    rf"(?P<n1>{_NUM})(?:{_RANGE}(?P<n2>{_NUM}))?[-\s](?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b",
    re.I)
_PERCENT = re.compile(rf"(?<![\w.])(?P<n1>{NUMERAL})(?:{_RANGE}(?P<n2>{NUMERAL}))?\s*(?:%|per\s?cent\b|percent\b)", re.I)
_YEAR = re.compile(r"(?<![\w$€£¥.,/-])(?P<y>(?:1[89]|20)\d{2})(?:\s*[-–]\s*(?P<y2>(?:1[89]|20)?\d{2}))?(?![\w%]|[.,]\d)")
_DAY_RANGE = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
_DATE_MD = re.compile(rf"\b(?P<mon>{when.MON})\s+{_DAY_RANGE}\b(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?")
_DATE_DM = re.compile(rf"(?<!\d){_DAY_RANGE}\s+(?P<mon>{when.MON})\b(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b)?")
_DATE_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_MONTH = re.compile(rf"\b(?P<mon>{when.MON})(?:\s+(?:of\s+)?(?:(?P<y>(?:19|20)\d{{2}})\b|(?P<rel>last|this|next)\s+year\b))?")
_MONTH_CONTEXT = re.compile(r"\b(?:in|since|until|till|by|from|last|this|next|early|late|mid-?|end of|until)\s*$", re.I)
_RELATIVE = re.compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>week|month|year)\b|\b(?P<day>yesterday|today|tomorrow)\b", re.I)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAYS = re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<w1>{_WEEKDAY})(?:\s+(?:and|or|to|-|–)\s+(?P<w2>{_WEEKDAY}))?\b")
_COUNT = re.compile(rf"(?<![\w$€£¥.,+-])(?P<n1>{_NUM})(?![\w%+]|[.,]\d)\s+(?P<rest>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){{0,5}})", re.I)
# Quick word checks before the costly patterns: every date pattern above needs one of the date words (or
# a relative word with a unit, or an ISO date), every amount or count a digit or a number word.
_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december yesterday today tomorrow""".split()) | frozenset(when.WEEKDAYS)
_RELATIVE_WORDS = frozenset("last this next past".split())
_RELATIVE_UNITS = frozenset("week month year".split())
_NUMBER_WORDS = frozenset(w for w in UNITS if " " not in w) | {"couple", "few"}
_LOWER_WORD = re.compile(r"[a-z]+")
_ISO_HINT = re.compile(r"\d{4}-\d{2}")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 12)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


COUNT_STOP = frozenset(
    """of in on at to for by with from and or but as than that which who whom whose is are was were be been being
    have has had do does did will would can could may might must shall should the a an its their his her this
    these those said says per each into over under about after before since while during between among more
    less other such not no so if then there here when where also only just""".split())


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as written, with its value, unit and qualifier, and where it is."""

    kind: str  # "money" | "percent" | "period" | "date" | "year" | "count"
    text: str
    source: str
    start: int
    end: int
    low: float | None = None  # stated value (money in units of `unit`; periods in years)
    high: float | None = None  # upper end of a stated range (== low otherwise)
    unit: str | None = None  # currency code, "%", period unit, or the counted noun
    qualifier: str | None = None  # "about" | "nearly" | "above" | "below" | None (exact)
    date_low: str | None = None
    date_high: str | None = None
    resolved_from: str | None = None  # relative or year-less dates: "published 2025-12-22"
    relative: bool = False

    @property
    def is_range(self) -> bool:
        """Whether the text states a range ("$5-6 billion")."""
        return self.low is not None and self.high is not None and self.high != self.low


@dataclass(slots=True)
class _Found:
    kind: str
    start: int  # relative to the sentence
    end: int
    fields: dict


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier right before ``start`` (class, new start) or (None, start)."""
    m = _QUAL_BEFORE.search(text, max(0, start - 30), start)
    if m and m.end() == start:
        return QUALIFIERS[m.group("qual").lower()], m.start()
    return None, start


@lru_cache(maxsize=4)
def _money_patterns(prefixes: tuple[str, ...], words: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    pre = "|".join(re.escape(p) for p in prefixes)
    suf = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    amount = rf"(?P<n1>{_NUM})(?:\s*(?P<s1>{SCALE_WORD}))?(?:{_RANGE}(?P<cur2>(?:{pre})\s?)?(?P<n2>{_NUM}))?(?:\s*(?P<s2>{SCALE_WORD}))?"
    prefix = re.compile(rf"(?<![\w])(?P<cur>{pre})\s?{amount}", re.I)
    suffix = re.compile(rf"(?<![\w$€£¥.,])(?P<n1>{_NUM})(?:{_RANGE}(?P<n2>{_NUM}))?\s*(?P<s1>{SCALE_WORD})?\s*(?P<cur>{suf})\b", re.I)
    return prefix, suffix


def _currency_forms(table: RateTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _forms_of(tuple(table.aliases))


@lru_cache(maxsize=8)
def _forms_of(aliases: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    prefixes, words = [], []
    for alias in aliases:
        if alias.isalpha() and alias.upper() == alias.upper() and len(alias) == 3:
            prefixes.append(alias)  # ISO codes go before ("USD 20 billion") or after the amount
            words.append(alias)
        elif any(ch.isalpha() for ch in alias) and not any(ch in "$€£¥₽₸₹₩" for ch in alias):
            words.append(alias)
        else:
            prefixes.append(alias)
    key = lambda s: (-len(s), s)  # noqa: E731 - longest first so "US$" wins over "$"
    return tuple(sorted(set(prefixes), key=key)), tuple(sorted(set(words), key=key))


def _money(text: str, table: RateTable) -> list[_Found]:
    prefixes, words = _currency_forms(table)
    prefix, suffix = _money_patterns(prefixes, words)
    found = []
    for pat in (prefix, suffix):
        for m in pat.finditer(text):
            code = table.code_for(m.group("cur").strip())
            low = parse_number(m.group("n1"))
            if code is None or low is None:
                continue
            high = parse_number(m.group("n2")) if m.group("n2") else None
            s2 = m.groupdict().get("s2")
            end = m.end()
            if high is not None and m.group("s1") and not s2 and not m.groupdict().get("cur2"):
                # "$5 million to 300 farmers": the second number is not part of the amount.
                high, end = None, m.end("s1")
            scale_low = scale_of(m.group("s1") or s2)
            scale_high = scale_of(s2 or m.group("s1"))
            low *= scale_low
            high = high * scale_high if high is not None else low
            if high < low:
                continue
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            found.append(_Found("money", m.start(), end, {"low": low, "high": high, "unit": code}))
    return found


def _plain(pattern: re.Pattern, kind: str, text: str, unit_of) -> list[_Found]:
    found = []
    for m in pattern.finditer(text):
        low = parse_number(m.group("n1"))
        if low is None:
            continue
        high = parse_number(m.group("n2")) if m.group("n2") else low
        unit, factor = unit_of(m)
        fields = {"low": low * factor, "high": (high or low) * factor, "unit": unit}
        if kind == "period" and m.group("qual"):
            fields["qualifier"] = QUALIFIERS[m.group("qual").lower()]
        found.append(_Found(kind, m.start(), m.end(), fields))
    return found


def _period_unit(m: re.Match) -> tuple[str, float]:
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    return "year", PERIOD_UNITS[unit]


def _dates(text: str, published_text: str | None) -> list[_Found]:
    published = when.published_day(published_text)
    future = when.is_future(text)
    found: list[_Found] = []

    def add(m: re.Match, span: when.DateSpan | None, relative: bool = False) -> None:
        if span is None:
            return
        found.append(_Found("date", m.start(), m.end(), {
            "date_low": span.low, "date_high": span.high, "resolved_from": span.resolved_from, "relative": relative}))

    for pat in (_DATE_MD, _DATE_DM):
        for m in pat.finditer(text):
            year = int(m.group("y")) if m.group("y") else None
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2")) if m.group("d2") else d1
            add(m, when.day_range(when.month_number(m.group("mon")), d1, d2, year, published))
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
            add(m, when.month_in(month, year, published, future))
    for m in _RELATIVE.finditer(text):
        if published is None:
            found.append(_Found("date", m.start(), m.end(), {"relative": True}))
            continue
        if m.group("day"):
            add(m, when.relative_span("day", {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()], published), True)
        else:
            shift = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group("rel").lower()]
            add(m, when.relative_span(m.group("unit").lower(), shift, published), True)
    for m in _WEEKDAYS.finditer(text):
        if published is None:
            found.append(_Found("date", m.start(), m.end(), {"relative": True}))
            continue
        names = [m.group("w1")] + ([m.group("w2")] if m.group("w2") else [])
        rel = (m.group("rel") or "").lower()
        span = when.weekday_span(names, published, future if not rel else rel == "next",
                                 {"last": 0, "next": 0, "this": 0}.get(rel, 0))
        add(m, span, True)
    return found


def _count_noun(rest: str) -> tuple[str, int] | None:
    """The counted noun phrase after a number: its head word and the phrase length in characters."""
    words = list(re.finditer(r"[^\W\d][\w'’-]*", rest))
    kept = []
    for i, w in enumerate(words):
        word = w.group(0)
        lower = word.lower()
        if i and rest[words[i - 1].end():w.start()].strip():
            break  # punctuation between words ends the phrase
        if lower in COUNT_STOP:
            if lower == "and" and kept and word.islower() and i + 1 < len(words) and words[i + 1].group(0)[:1].isupper() \
                    and kept[-1].group(0)[:1].isupper():
                kept.append(w)
                continue
            break
        kept.append(w)
    while kept and kept[-1].group(0).lower() == "and":
        kept.pop()
    if not kept:
        return None
    return kept[-1].group(0), kept[-1].end()


def _counts(text: str) -> list[_Found]:
    found = []
    for m in _COUNT.finditer(text):
        value = parse_number(m.group("n1"))
        if value is None or (m.group("n1").isdigit() and 1800 <= value <= 2099 and len(m.group("n1")) == 4):
            continue
        noun = _count_noun(m.group("rest"))
        if noun is None:
            continue
        head, length = noun
        end = m.start("rest") + length
        found.append(_Found("count", m.start(), end, {"low": value, "high": value, "unit": singular(head)}))
    return found


def singular(word: str) -> str:
    """A crude singular, enough to match "countries" with "country" and "agreements" with "agreement"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def _years(text: str) -> list[_Found]:
    found = []
    for m in _YEAR.finditer(text):
        low = int(m.group("y"))
        high = low
        if m.group("y2"):
            tail = m.group("y2")
            high = int(tail) if len(tail) == 4 else low // 100 * 100 + int(tail)
            if high < low:
                high = low
        found.append(_Found("year", m.start(), m.end(), {"low": float(low), "high": float(high), "unit": "year"}))
    return found


# Which kind wins when two candidates overlap: the more specific reading first.
_PRIORITY = {"money": 0, "percent": 1, "date": 2, "period": 3, "year": 4, "count": 5}


def figures_in_text(text: str, source: Source, offset: int, table: RateTable | None = None) -> list[Figure]:
    """Figures in ``text`` (which sits at ``offset`` in ``source.raw``), in reading order, never overlapping."""
    table = table or default_rate_table()
    key = (text, source.published if _mentions_dates(text) else None, tuple(table.aliases))
    found = _FOUND_CACHE.get(key)
    if found is None:
        if len(_FOUND_CACHE) > FOUND_CACHE_SIZE:
            _FOUND_CACHE.clear()
        found = _FOUND_CACHE[key] = _figures_relative(text, source.published, table)
    return [Figure(kind, text[start:end], source.id, offset + start, offset + end, **fields)
            for kind, start, end, fields in found]


@lru_cache(maxsize=1 << 15)
def _mentions_dates(text: str) -> bool:
    """Whether a date pattern may occur in ``text`` (only then do its figures depend on the article's date)."""
    words = _words_of(text)
    return bool(words & _DATE_WORDS or (words & _RELATIVE_WORDS and words & _RELATIVE_UNITS)
                or _ISO_HINT.search(text))


def _mentions_numbers(text: str) -> bool:
    return bool(_DIGIT.search(text)) or not _NUMBER_WORDS.isdisjoint(_words_of(text))


# The same sentence recurs across articles (wires, digests, aggregators): read each once per date.
FOUND_CACHE_SIZE = 1 << 16
_FOUND_CACHE: dict[tuple, tuple[tuple[str, int, int, dict], ...]] = {}


def _figures_relative(text: str, published: str | None, table: RateTable) -> tuple[tuple[str, int, int, dict], ...]:
    """(kind, start, end, fields) of every figure, offsets relative to ``text``."""
    # Most sentences hold no number at all: then only dates can be there, and only with a date word.
    candidates = _dates(text, published) if _mentions_dates(text) else []
    if _mentions_numbers(text):
        candidates += _money(text, table)
        candidates += _plain(_PERCENT, "percent", text, lambda m: ("%", 1.0))
        candidates += _plain(_PERIOD, "period", text, _period_unit)
        candidates += _years(text)
        candidates += _counts(text)
    candidates.sort(key=lambda f: (_PRIORITY[f.kind], -(f.end - f.start), f.start))
    # Taken figures never overlap, so kept sorted by start their ends are sorted too: a candidate can only
    # overlap the last taken figure starting before its end (a bisection, not a scan: a sentence may hold
    # thousands of figures).
    taken: list[_Found] = []
    starts: list[int] = []
    for cand in candidates:
        k = bisect.bisect_left(starts, cand.end)
        if k and taken[k - 1].end > cand.start:
            continue
        taken.insert(k, cand)
        starts.insert(k, cand.start)
    out = []
    for k, f in enumerate(taken):
        start = f.start
        qualifier = f.fields.pop("qualifier", None)
        if f.kind in ("money", "percent", "count"):
            qualifier, start = _qualifier(text, f.start)
            if qualifier is not None and k and taken[k - 1].end > start:  # the qualifier runs into a figure
                qualifier, start = None, f.start
        out.append((f.kind, start, f.end, {**f.fields, "qualifier": qualifier}))
    return tuple(out)


def extract_figures(source: Source, table: RateTable | None = None) -> dict[int, list[Figure]]:
    """Every sentence's figures, keyed by sentence index."""
    table = table or default_rate_table()
    return {s.index: figures_in_text(s.text, source, s.start, table) for s in source.sentences}
