"""Figures stated in article text: money, percentages, periods, dates, years and counts.

``extract_figures(source)`` finds them sentence by sentence; every figure keeps its source id and
offsets into ``source.raw`` (``raw[start:end] == text``), its qualifier (see ``QUALIFIERS``) and, from
:mod:`briefing_tui.compare.measures`, what it counts or prices. Numbers are read in the source's own
style (``1.300`` on a Dutch page is 1,300). Years are never mistaken for amounts, clock times ("3:47
pm") are never counts, and a currency word that is also an English word ("won", "sum") is money only
with an amount's scale or a country's name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.measures import (
    count_measure,
    count_phrase,
    age_of,
    PEOPLE_MEASURES,
    magnitude_measure,
    measure_of_word,
    name_after,
    money_measure,
    percent_measure,
    physical_measure,
    WORD_MEASURE,
    _back_measure,
    singular,
    subject_of,
)
from briefing_tui.compare.numbers import (
    ENGLISH,
    NUMBER_WORD,
    NUMERAL,
    SCALE_WORD,
    SPACE,
    UNITS,
    NumberStyle,
    number_style,
    parse_number,
    scale_of,
)
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.model import Figure, Qualifier, Source

__all__ = ["Figure", "extract_figures", "figures_in_text", "singular"]

# Qualifier words before a figure and the qualifier each means (see tolerance.interval for the intervals).
QUALIFIERS: dict[str, Qualifier] = {
    "approximately": "about", "approx.": "about", "about": "about", "around": "about", "roughly": "about",
    "some": "about", "close to": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "almost": "nearly", "nearly": "nearly", "just under": "nearly", "just shy of": "nearly",
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "just over": "more_than", "past": "more_than", "surpassing": "more_than",
    "exceeding": "more_than", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "up to": "up_to", "as much as": "up_to", "as many as": "up_to", "at most": "at_most",
    "no more than": "at_most",
}
_QUAL = r"(?P<qual>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+"
_QUAL_BEFORE = re.compile(_QUAL + r"$", re.I)
_NUM = rf"(?:{NUMERAL}|{NUMBER_WORD})"
_RANGE = r"\s*(?:-|–|—|to)\s*"
PERIOD_UNITS = {"minute": 1 / 525600, "hour": 1 / 8760, "day": 1 / 365, "week": 7 / 365, "month": 1 / 12,
                "year": 1.0, "decade": 10.0, "century": 100.0}
# A period: "over the next five years", "for more than 24 hours", "a two-day summit", "21 years ago".
_PERIOD = re.compile(
    r"(?<![\w$€£¥])(?:(?:over|for|within|in|during|after|across)\s+)?(?:the\s+)?"
    r"(?:(?P<dir>next|past|last|coming|previous|following|first)\s+)?" + r"(?:" + _QUAL + r")?"
    rf"(?P<n1>{_NUM})(?:{_RANGE}(?P<n2>{_NUM}))?[-\s](?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))\b(?![-\s]old\b)",
    re.I)
# A share: "40%", "15 percent", "28,6 Prozent", "8,5 por cento".
_PERCENT = re.compile(
    rf"(?<![\w.])(?P<n1>{NUMERAL})(?:{_RANGE}(?P<n2>{NUMERAL}))?{SPACE}*"
    r"(?:%|per\s?cent\b|percent\b|prozent\b|procent\b|pour\s?cent\b|por\s?cento\b|por\s?ciento\b|per\s?cento\b)",
    re.I)
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
# A count: a numeral or number word (with its scale: "1.2 million", "half a million"), not inside a
# longer numeral, a word, a clock time ("3:47") or a version ("v2"); the counted noun follows it.
_COUNT = re.compile(
    rf"(?<![\w$€£¥.,:+/-])(?P<n1>{_NUM})"
    rf"(?:{_RANGE}(?P<n2>{NUMERAL}))?"
    rf"(?:[\s-]+(?P<scale>million|billion|trillion|thousand|lakhs?|crores?)\b)?"
    rf"(?![\w%+:]|[.,]\d|{SPACE}*(?:%|per\s?cent|prozent|procent|por\s?cento))",
    re.I)
# Physical quantities: the unit as written -> (canonical unit, factor to it). Miles are given in km.
PHYSICAL = {
    "km": ("km", 1.0), "kms": ("km", 1.0), "kilometres": ("km", 1.0), "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "miles": ("km", 1.609344), "mile": ("km", 1.609344),
    "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0), "kmh": ("km/h", 1.0),
    "metres": ("m", 1.0), "meters": ("m", 1.0), "m": ("m", 1.0), "feet": ("m", 0.3048), "ft": ("m", 0.3048),
    "tons": ("t", 1.0), "tonnes": ("t", 1.0), "kg": ("kg", 1.0), "hectares": ("ha", 1.0), "ha": ("ha", 1.0),
}
PHYSICAL_UNITS = {k: v[0] for k, v in PHYSICAL.items()}
_PHYSICAL_WINS = frozenset({"km", "km/h", "m", "t", "kg", "ha", "magnitude"})  # over a plain count's reading
DIMENSIONS = {"km": "distance", "km/h": "speed", "m": "height", "t": "weight", "kg": "weight", "ha": "area"}
# A physical quantity: "10km", "6.2 miles", "more than 60 mph", "a 7.7-magnitude earthquake".
_PHYSICAL = re.compile(
    rf"(?<![\w$€£¥.,:+/-])(?P<n1>{NUMERAL})(?:{_RANGE}(?P<n2>{NUMERAL}))?{SPACE}?-?"
    r"(?P<unit>(?:miles|kilomet(?:re|er)s)\s+(?:per|an)\s+hour|km/h|kms?|kph|kmh|kilomet(?:re|er)s?|miles?|mph|"
    r"metres|meters|m|feet|ft|tons|tonnes|kg|hectares|ha)\b"
    r"|(?<![\w.,-])(?P<n3>\d+(?:[.,]\d)?)(?:-|\s)?(?P<mag>magnitude)\b"
    r"|\b(?P<mag2>magnitude)(?:\s+of)?\s+(?P<n4>\d+(?:[.,]\d)?)\b"
    r"|\bmeasuring\s+(?P<n5>\d+(?:[.,]\d)?)\s+on\s+the\s+Richter",
    re.I)
# A capitalised word right before a bare number, not at the sentence's start: the number is part of a name.
_NAME_BEFORE = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z]{1,30} $")
# Fractions of a whole: "a third of", "one-third of the blame", "more than a quarter of all exports".
_FRACTION = re.compile(
    r"\b(?P<n>a|one|two|three)[\s-](?P<part>half|third|quarter|fifth)s?\b(?=\s+(?:of|less|more|fewer|lower|higher)\b)",
    re.I)
FRACTION_PARTS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
# Counts said in words, with no single number: "hundreds of homes", "tens of thousands", "dozens".
_VAGUE = re.compile(
    r"\b(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)\b",
    re.I)
# The interval each such word allows: "thousands" is 2,000 to 9,999.
VAGUE_RANGE = {"tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
               "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
               "millions": (2_000_000, 999_999_999)}
# Clock times and their marks: a number right before these is a time of day, not a count.
_CLOCK_AFTER = re.compile(rf"{SPACE}?(?:a\.?m\.?|p\.?m\.?|o['’]clock|hrs\b|GMT|UTC|local time)", re.I)
# "from 31 to 46": the first figure is the previous value of the measure.
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:initial|earlier|previous|current|existing|original|threatened)\s+)?$", re.I)
# Quick word checks before the costly patterns: every date pattern above needs one of the date words (or
# a relative word with a unit, or an ISO date), every amount or count a digit or a number word.
_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december yesterday today tomorrow""".split()) | frozenset(when.WEEKDAYS)
_RELATIVE_WORDS = frozenset("last this next past".split())
_RELATIVE_UNITS = frozenset("week month year".split())
_NUMBER_WORDS = frozenset(w for w in UNITS if " " not in w) | {
    "couple", "few", "half", "dozens", "scores", "hundreds", "thousands", "millions", "third", "quarter", "fifth"}
_LOWER_WORD = re.compile(r"[a-z]+")
_ISO_HINT = re.compile(r"\d{4}-\d{2}")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 12)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


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
    scale = rf"(?:{SPACE}*-?{SPACE}*|-)"  # "$250 million", "$250-million"
    amount = (rf"(?P<n1>{_NUM})(?:{scale}(?P<s1>{SCALE_WORD}))?(?:{_RANGE}(?P<cur2>(?:{pre}){SPACE}?)?(?P<n2>{_NUM}))?"
              rf"(?:{scale}(?P<s2>{SCALE_WORD}))?")
    prefix = re.compile(rf"(?<![\w])(?P<cur>{pre}){SPACE}?{amount}", re.I)
    suffix = re.compile(rf"(?<![\w$€£¥.,])(?P<n1>{_NUM})(?:{_RANGE}(?P<n2>{_NUM}))?{SPACE}*(?P<s1>{SCALE_WORD})?{SPACE}*"
                        rf"(?P<cur>{suf})\b", re.I)
    return prefix, suffix


def _currency_forms(table: RateTable) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _forms_of(tuple(table.aliases.items()))


# Currency names that are also common English words: money only with a scale word ("5 billion won")
# or with the country's adjective before them ("South Korean won", "Uzbek sum").
AMBIGUOUS_CURRENCY_WORDS = frozenset("won sum som real rand mark marks pound pounds lira ring".split())
_COUNTRY_BEFORE = re.compile(r"(?:korean|uzbek|kyrgyz|brazilian|south african|turkish)\s*$", re.I)


@lru_cache(maxsize=8)
def _forms_of(aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forms written before an amount, forms written after it) of the table's currency names.
    An ISO code ("usd" for USD) goes either side; it counts before an amount only in capitals
    ("USD 7 million"), so that "won 3 games" and "the sum 5" stay words (see ``_money``)."""
    prefixes, words = [], []
    for alias, code in aliases:
        if alias.isalpha() and len(alias) == 3 and alias.upper() == code:
            prefixes.append(alias)
            words.append(alias)
        elif any(ch.isalpha() for ch in alias) and not any(ch in "$€£¥₽₸₹₩" for ch in alias):
            words.append(alias)
        else:
            prefixes.append(alias)
    key = lambda s: (-len(s), s)  # noqa: E731 - longest first so "US$" wins over "$"
    return tuple(sorted(set(prefixes), key=key)), tuple(sorted(set(words), key=key))


def _money(text: str, table: RateTable, style: NumberStyle) -> list[_Found]:
    prefixes, words = _currency_forms(table)
    prefix, suffix = _money_patterns(prefixes, words)
    found = []
    for pat in (prefix, suffix):
        for m in pat.finditer(text):
            written = m.group("cur").strip()
            if pat is prefix and written.isalpha() and not written.isupper():
                continue  # a currency word before a number is English ("won 3 games", "the sum 5")
            if pat is suffix and written.lower() in AMBIGUOUS_CURRENCY_WORDS and not m.group("s1") \
                    and not _COUNTRY_BEFORE.search(text, 0, m.start("cur")):
                continue
            code = table.code_for(written)
            low = parse_number(m.group("n1"), style)
            if code is None or low is None:
                continue
            high = parse_number(m.group("n2"), style) if m.group("n2") else None
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


def _plain(pattern: re.Pattern, kind: str, text: str, unit_of, style: NumberStyle) -> list[_Found]:
    found = []
    for m in pattern.finditer(text):
        low = parse_number(m.group("n1"), style)
        if low is None:
            continue
        high = parse_number(m.group("n2"), style) if m.group("n2") else low
        unit, factor = unit_of(m)
        fields = {"low": low * factor, "high": (high or low) * factor, "unit": unit}
        if kind == "period" and unit == "hour":
            fields["measure"] = "hours"
        if kind == "period" and m.group("qual"):
            fields["qualifier"] = QUALIFIERS[m.group("qual").lower()]
        found.append(_Found(kind, m.start(), m.end(), fields))
    return found


def _period_unit(m: re.Match) -> tuple[str, float]:
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    return ("hour" if unit in ("hour", "minute") else "year"), PERIOD_UNITS[unit] * (8760 if unit in ("hour", "minute") else 1)


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


def _counts(text: str, style: NumberStyle) -> list[_Found]:
    """Every number not read as something else, with the noun it counts (when one follows it)."""
    found = []
    for m in _COUNT.finditer(text):
        written = m.group("n1")
        value = parse_number(written, style)
        if value is None or (written.isdigit() and 1800 <= value <= 2099 and len(written) == 4 and not m.group("scale")):
            continue
        if _CLOCK_AFTER.match(text, m.end()) or (written.isdigit() and text[m.start() - 1:m.start()] == ":"):
            continue
        if not written[:1].isdigit() and written.lower() in ("one", "a dozen", "a hundred") and not text[m.end():m.end() + 1].isspace():
            continue
        scale = scale_of(m.group("scale"))
        high = parse_number(m.group("n2"), style) if m.group("n2") else None
        if high is not None and _FROM_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "from 31 to 46": two values of one measure, the earlier and the current one.
            found.append(_Found("count", m.start(), m.end("n1"), {"low": value, "high": value, "unit": None,
                                                                  "head": None, "role": "previous"}))
            found.append(_Found("count", m.start("n2"), m.end("n2"), {"low": high, "high": high, "unit": None,
                                                                      "head": None}))
            continue
        fields = {"low": value * scale, "high": (high if high is not None else value) * scale}
        end = m.end()
        rest = text[end:end + 80]
        phrase = count_phrase(rest)
        head = None
        if phrase is not None:
            p_start, p_end, head = phrase
            if not written[:1].isdigit() and written.lower() == "one" and p_start > 1:
                continue
            end += p_end
        elif not written[:1].isdigit() and (written.lower() in ("one", "a few", "a couple of", "half a")
                                             or text[end:end + 1] == "-"):
            continue  # "one of them", "nine-figure": no count
        elif _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not m.group("scale"):
            continue  # "the Nikkei 225 rose", "a Boeing 737": part of a name
        if style.decimal == "," and written.isdigit() and re.match(r"\.\s+[A-ZÄÖÜ]", text[m.end():m.end() + 3]):
            continue  # "21. Deutschen Bundestag": a continental ordinal
        fields["unit"] = singular(head) if head else None
        fields["head"] = head
        found.append(_Found("count", m.start(), end, fields))
    for m in _VAGUE.finditer(text):
        rest = text[m.end():m.end() + 80]
        rest_of = re.match(r"\s+of\s+", rest)
        phrase = count_phrase(rest[rest_of.end():]) if rest_of else None
        head = phrase[2] if phrase else None
        end = m.end() + (rest_of.end() + phrase[1] if phrase else 0)
        low, high = VAGUE_RANGE[" ".join(m.group("vague").lower().split())]
        found.append(_Found("count", m.start(), end, {"low": float(low), "high": float(high), "qualifier": "range",
                                                      "unit": singular(head) if head else None, "head": head}))
    return found


def _fractions(text: str) -> list[_Found]:
    """ "A third of", "two-thirds of": shares in per cent (thirds are about a value, not exactly it)."""
    found = []
    for m in _FRACTION.finditer(text):
        n = m.group("n").lower()
        value = FRACTION_PARTS[m.group("part").lower()] * (1 if n in ("a", "one") else {"two": 2, "three": 3}[n])
        fields = {"low": round(value, 1), "high": round(value, 1), "unit": "%"}
        if m.group("part").lower() == "third":
            fields["qualifier"] = "about"
        found.append(_Found("percent", m.start(), m.end(), fields))
    return found


def _physical(text: str, style: NumberStyle) -> list[_Found]:
    """Distances, speeds, weights and magnitudes, in a canonical unit (miles as km)."""
    found = []
    for m in _PHYSICAL.finditer(text):
        if m.group("unit"):
            written = " ".join(m.group("unit").lower().split())
            unit, factor = PHYSICAL.get(written) or (("km/h", 1.609344) if written.startswith("mile") else ("km/h", 1.0))
            if m.group("unit") == "m" and not text[m.start("unit") - 1].isdigit():
                continue  # "5 m" is as often million: only "5m" glued... and then money took it
            low = parse_number(m.group("n1"), style)
            high = parse_number(m.group("n2"), style) if m.group("n2") else low
            if low is None or high is None:
                continue
            found.append(_Found("count", m.start(), m.end(), {"low": low * factor, "high": high * factor, "unit": unit}))
            continue
        number = m.group("n3") or m.group("n4") or m.group("n5")
        value = parse_number(number, style)
        if value is None or value > 10:
            continue
        start, end = (m.start("n3"), m.end("n3")) if m.group("n3") else (m.start(), m.end())
        found.append(_Found("count", start, end, {"low": value, "high": value, "unit": "magnitude",
                                                  "measure": "magnitude"}))
    return found


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
# (physical quantities are counts found before the plain ones, so they win over "10" in "10km")


def figures_in_text(text: str, source: Source, offset: int, table: RateTable | None = None,
                    style: NumberStyle | None = None) -> list[Figure]:
    """Figures in ``text`` (which sits at ``offset`` in ``source.raw``), in reading order, never overlapping.
    ``style`` is how the source writes numbers (by default decided from the whole source)."""
    table = table or default_rate_table()
    style = style or source_style(source)
    key = (text, source.published if _mentions_dates(text) else None, tuple(table.aliases), style)
    found = _FOUND_CACHE.get(key)
    if found is None:
        if len(_FOUND_CACHE) > FOUND_CACHE_SIZE:
            _FOUND_CACHE.clear()
        found = _FOUND_CACHE[key] = _figures_relative(text, source.published, table, style)
    return [Figure(kind, text[start:end], source.id, offset + start, offset + end, **fields)
            for kind, start, end, fields in found]


_STYLE_CACHE: dict[tuple[str, str, int], NumberStyle] = {}


def source_style(source: Source) -> NumberStyle:
    """How ``source`` writes numbers, from its language and all its numerals (decided once per source)."""
    key = (source.id, source.content_hash, len(source.raw))
    style = _STYLE_CACHE.get(key)
    if style is None:
        if len(_STYLE_CACHE) > FOUND_CACHE_SIZE:
            _STYLE_CACHE.clear()
        texts = [s.text for s in source.sentences] or [source.raw]
        style = _STYLE_CACHE[key] = number_style(source.language, texts)
    return style


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


def _figures_relative(text: str, published: str | None, table: RateTable,
                      style: NumberStyle = ENGLISH) -> tuple[tuple[str, int, int, dict], ...]:
    """(kind, start, end, fields) of every figure, offsets relative to ``text``."""
    # Most sentences hold no number at all: then only dates can be there, and only with a date word.
    candidates = _dates(text, published) if _mentions_dates(text) else []
    if _mentions_numbers(text):
        candidates += _money(text, table, style)
        candidates += _plain(_PERCENT, "percent", text, lambda m: ("%", 1.0), style)
        candidates += _plain(_PERIOD, "period", text, _period_unit, style)
        candidates += _years(text)
        candidates += _physical(text, style)
        candidates += _fractions(text)
        candidates += _counts(text, style)
    candidates.sort(key=lambda f: (_PRIORITY[f.kind] - (0.5 if f.fields.get("unit") in _PHYSICAL_WINS else 0.0),
                                   -(f.end - f.start), f.start))
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
        fields = dict(f.fields)
        qualifier = fields.pop("qualifier", None)
        if f.kind in ("money", "percent", "count") and qualifier is None:
            qualifier, start = _qualifier(text, f.start)
            if qualifier is not None and k and taken[k - 1].end > start:  # the qualifier runs into a figure
                qualifier, start = None, f.start
        if qualifier is None and fields.get("high") is not None and fields.get("low") != fields.get("high") \
                and f.kind != "year":
            qualifier = "range"
        fields.update(_what_it_counts(f, fields.pop("head", None), text))
        if f.kind in ("money", "count") and out and out[-1][0] == f.kind and _IN_BRACKETS.fullmatch(" ".join(text[out[-1][2]:start].split())):
            # "$550 billion (about ¥80 trillion)": the same amount in another currency
            fields.update(measure=out[-1][3].get("measure"), subject=out[-1][3].get("subject"))
        if f.kind in ("money", "percent", "count") and _FROM_BEFORE.search(text, max(0, start - 30), start) and (
                _TO_AFTER.match(text, f.end) or _CHANGE_FROM.search(text, max(0, start - 40), start)):
            fields["role"] = "previous"  # "from $2 billion to $3 billion", "down from 27.5%"
        out.append((f.kind, start, f.end, {**fields, "qualifier": qualifier}))
    return tuple(_previous_take_measures(out))


def _previous_take_measures(out: list[tuple[str, int, int, dict]]) -> list[tuple[str, int, int, dict]]:
    """A previous value ("from 25 percent") measures what the current value of its kind next to it does."""
    for i, (kind, _, _, fields) in enumerate(out):
        if fields.get("role") != "previous":
            continue
        for j in (*range(i + 1, min(len(out), i + 1 + PREVIOUS_REACH)), *range(i - 1, max(-1, i - 1 - PREVIOUS_REACH), -1)):
            other = out[j][3]
            if out[j][0] == kind and other.get("role") != "previous" and other.get("measure") not in (None, "change"):
                fields.update(measure=other["measure"], subject=fields.get("subject") or other.get("subject"))
                break
    return out


# A lower-case word between a count and its noun: "805 office buildings" (not "12 more people").
_COUNT_MODIFIER = re.compile(
    rf"(?:{SPACE}|-)(?!(?:more|new|other|further|additional|extra|of|people)\b)([a-z]{{3,30}}){SPACE}[a-z]")
# Between an amount and its conversion: "$550 billion (about ¥80 trillion)", "¥10 trillion ($68 billion)".
_IN_BRACKETS = re.compile(r"[(\[] ?(?:(?:about|around|roughly|some|approximately|or|nearly) ?)?", re.I)
# "down from 27.5%", "cut to 15 percent from 25 percent", "rose from": a change from a previous value.
_CHANGE_FROM = re.compile(
    r"(?:\b(?:down|up|rose|rise|risen|fell|fall|fallen|climbed|increased|decreased|cut|reduced|raised|lowered|"
    r"dropped|jumped|grew)|%|\bper\s?cent|\d)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# "from 31 to 46": after the previous value comes "to" and the current one.
_TO_AFTER = re.compile(rf"{SPACE}?(?:to|-|–){SPACE}?(?:(?:about|around|nearly|more than) )?[$€£¥]?\d")


PREVIOUS_REACH = 3  # figures either side where a previous value looks for the current one it precedes
MEASURE_WINDOW = 400  # characters either side of a figure read for its measure and subject
TITLE_CASE_SHARE = 0.6  # a sentence whose words are mostly capitalised is a headline in Title Case


@lru_cache(maxsize=1 << 14)
def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _what_it_counts(f: _Found, head: str | None, text: str) -> dict:
    """The measure and subject of a figure (money and counts; percentages and hours when named)."""
    # what a figure counts is named near it: a bounded window keeps a run-on "sentence" of thousands of
    # figures linear
    before, after = text[max(0, f.start - MEASURE_WINDOW):f.start], text[f.end:f.end + MEASURE_WINDOW]
    if _title_case(text):
        before = before.lower()  # a headline in Title Case names no subject by its capitals
    if f.kind == "count":
        number = _COUNT.match(text, f.start)
        phrase = text[number.end() if number else f.start:f.end]
        if f.fields.get("measure") == "magnitude":
            measure = magnitude_measure(after, before)
        elif f.fields.get("unit") in DIMENSIONS:
            measure = physical_measure(before, DIMENSIONS[f.fields["unit"]])
        else:
            measure = count_measure(head, after, before)
            modifier = _COUNT_MODIFIER.match(phrase)
            if measure and modifier and head and measure_of_word(head) == measure and measure not in PEOPLE_MEASURES:
                measure = f"{modifier.group(1).lower()} {measure}"  # "805 office buildings", "religious buildings"
        if head is None and (person := age_of(f.fields.get("low") or 0.0, before, after)):
            return {"measure": "age", "subject": person}
        if measure == "age":
            return {"measure": "age", "subject": name_after(after) or subject_of(phrase, before, after)}
        people = measure in PEOPLE_MEASURES or measure in ("dead", "people")
        return {"measure": measure, "subject": subject_of(phrase, before, after, people=people)}
    if f.kind == "money":
        return {"measure": money_measure(before, after), "subject": subject_of("", before, after, people=False)}
    if f.kind == "percent":
        return {"measure": percent_measure(before, after),
                "subject": subject_of("", before, after, people=False, share=True)}
    if f.kind == "period" and f.fields.get("unit") == "hour":
        return {"measure": "hours", "subject": subject_of("", before, after)}
    return {}


def extract_figures(source: Source, table: RateTable | None = None) -> dict[int, list[Figure]]:
    """Every sentence's figures, keyed by sentence index."""
    table = table or default_rate_table()
    return {s.index: figures_in_text(s.text, source, s.start, table) for s in source.sentences}
