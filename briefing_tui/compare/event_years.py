"""Years that date an event, as mentions (see :mod:`.event_mentions`): "filed a complaint in 2019", "the
probe opened in 2020", "im Jahr 2019", "La demanda fue presentada ... en 2019", "charged Apple last year",
"a complaint ... five years ago", "lodged a complaint the previous year".

A year dates the event named next to it (:func:`.event_words.event_of`), to the year: its interval is the
whole year. "Last year", "next year" and "this year" are read against the article's date; "N years ago" is
the article's date less N years, give or take half a year (news rounds such spans: inexact); "the previous
year" is the year before the nearest one the sentence names before it (none named: no mention). A year that
names the event it stands before ("a 2019 complaint", "the 2018 fine") identifies the event more than it
dates it: such a mention only joins a claim whose years it meets (see :attr:`.event_mentions.Mention.reported`),
as does a year opening a sentence about a figure ("In 2021, the Commission fined Google €4.3 billion": the year
frames the figure, whose claim it belongs to). A year after a word that makes it a bound ("since 2019", "by
2030") dates no event.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.compare.event_words import CLAUSE_BREAK, GENERIC_EVENT_WORDS, EventAt, event_of, kind_of_word
from briefing_tui.compare.numbers import NUMBER, parse_number
from briefing_tui.compare.story_dates import STORY_ORIGIN
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, Sentence, Source

# "five years ago", "a year ago": so many years before the article's date.
_YEARS_AGO = lazy_compile(rf"(?<![\w-])(?P<n>{NUMBER}|an?|one)\s{{1,3}}years?\s{{1,3}}ago\b", re.I)
# The year before the one named earlier in the sentence: "opened ... in 2020, after Spotify lodged a complaint
# the previous year", "a year earlier".
_YEAR_BEFORE = lazy_compile(
    r"\b(?:the\s{1,3}(?:previous|preceding|prior)\s{1,3}year"
    r"|the\s{1,3}year\s{1,3}(?:before|earlier)"
    r"|a\s{1,3}year\s{1,3}(?:earlier|before))\b", re.I)
# A year named against the article's: English and other languages' "last year", "next year", "this year"
# (shift in years). (Not "the past year": a span up to the article's day, no calendar year.)
RELATIVE_YEARS: dict[str, int] = {
    "last year": -1, "next year": 1, "this year": 0,
    "el año pasado": -1, "el pasado año": -1, "el próximo año": 1, "el año próximo": 1, "este año": 0,
    "l'année dernière": -1, "l’année dernière": -1, "l'an dernier": -1, "l’an dernier": -1, "l'an passé": -1,
    "l’an passé": -1, "l'année prochaine": 1, "l’année prochaine": 1, "l'an prochain": 1, "l’an prochain": 1,
    "cette année": 0, "letzten jahr": -1, "vergangenen jahr": -1, "vorigen jahr": -1, "nächsten jahr": 1,
    "kommenden jahr": 1, "diesem jahr": 0, "el año que viene": 1,
    "l'anno scorso": -1, "l’anno scorso": -1, "lo scorso anno": -1, "il prossimo anno": 1, "l'anno prossimo": 1,
    "l’anno prossimo": 1, "quest'anno": 0, "quest’anno": 0,
    "o ano passado": -1, "no ano passado": -1, "o próximo ano": 1, "no próximo ano": 1, "este ano": 0, "neste ano": 0, "vorig jaar": -1, "vorige jaar": -1, "volgend jaar": 1,
    "tahun lalu": -1, "tahun depan": 1, "tahun ini": 0,
}
# The phrases of ``RELATIVE_YEARS`` as one alternation, longest first (also read by compare/figure_years.py).
RELATIVE_YEAR_PHRASE = r"(?:" + "|".join(
    r"\s{1,3}".join(map(re.escape, w.split())) for w in sorted(RELATIVE_YEARS, key=len, reverse=True)) + r")"
_RELATIVE_YEAR = lazy_compile(r"(?<![\w'’])" + RELATIVE_YEAR_PHRASE + r"(?!\w)", re.I)
# Words right before a year that make it a bound or a span's end, no event's date: "since 2019", "by 2030",
# "until 2025", "from 2019 to 2021", "mid-2025", "the first half of 2025", "end of 2024"; a span's ends in other
# languages: "entre 2003 y 2014" (es, fr, pt), "dal 2003 al 2013", "tra/fra" (it), "zwischen 1991 und 2014", "von ...
# bis", "ab" (de), "de 2003 à 2014" (fr), "até" (pt). ("de"/"di"/"da" are left out: "la decisión de 2016" dates it.)
_BOUND_BEFORE = lazy_compile(
    r"\b(?:since|by|until|till|through|before|after|from|to|between|and|or|of|than|mid|seit|bis|desde|hasta|"
    r"depuis|jusqu'en|sejak|hingga|sampai|tot|sinds|fino|"
    r"entre|y|et|e|al|dal|tra|fra|zwischen|und|von|ab|à|até)\W{0,3}$", re.I)
_DIGIT_YEAR = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # a calendar year's digits (the cheap check)
_CENTURY_AFTER = lazy_compile(r"^\s{0,2}(?:s\b|'s\b|’s\b|-\d)")  # "the 1990s", "2019's", "2024-25"
HALF_YEAR_DAYS = 183  # "N years ago": the article's date less N years, give or take this many days
BOUND_CHARS = 14  # characters before a year read for a word making it a bound
_FIGURE_KINDS_FRAMED = frozenset({"money", "count", "percent", "period"})  # what a fronted year may frame
FRONTING_WORDS = 2  # words before a year that opens its sentence ("In", "Im Jahr")
_OPENING_WORDS = lazy_compile(r"[^\W\d_]+")


def _year_span(year: int) -> tuple[str, str]:
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _years_ago(n: int, day: dt.date) -> tuple[str, str]:
    """"N years ago" from the article's day: that day N years earlier, give or take ``HALF_YEAR_DAYS``."""
    try:
        centre = day.replace(year=day.year - n)
    except ValueError:  # (29 February)
        centre = day.replace(year=day.year - n, day=28)
    half = dt.timedelta(days=HALF_YEAR_DAYS)
    return (centre - half).isoformat(), (centre + half).isoformat()


def _frames_figure(text: str, start: int, event: EventAt, figures: list[Figure], base: int) -> bool:
    """Whether a year opening the sentence at ``text[start:]`` frames a figure of its main clause ("In 2021, the
    Commission fined Google €4.3 billion"): its event is named after it and a figure other than a date follows.
    (Days are not read so: "On Wednesday, Mars announced ... a $35.9 billion deal" dates the deal, and study
    sets' claims of such days were lost when tried.) ``figures`` are the sentence's, their
    offsets ``base`` ahead of the sentence's."""
    if event.start < start or len(_OPENING_WORDS.findall(text[:start])) > FRONTING_WORDS:
        return False
    return any(f.kind in _FIGURE_KINDS_FRAMED and f.start - base > start for f in figures)


# A noun of an event inside a phrase of a verb before it ("charged Apple in an anti-competitive probe in 2021",
# "narrowed the scope of the investigation last year"): the year dates what the verb did.
_NOUN_IN_PHRASE = lazy_compile(r"\b(?:in|of|into|during|amid)\s{1,3}(?:(?:an?|the|its|their|this|that)\s{1,3})?"
                             r"(?:[\w-]{1,30}\s{1,3}){0,2}$", re.I)
_PAST_VERB = lazy_compile(r"\b[a-z]{3,20}ed\b")  # a past verb before such a phrase (a regular one is enough)
PHRASE_CHARS = 60  # characters before an event noun read for the phrase holding it
PHRASE_VERB_CHARS = 60  # characters before the phrase searched for its verb


def _verb_of_phrase(text: str, event: EventAt) -> EventAt | None | bool:
    """For an event noun inside a phrase of an earlier verb (see ``_NOUN_IN_PHRASE``): that verb's event when it
    names one of a kind, False when the verb names none (the year dates another act); None for other nouns."""
    phrase = None if event.word.endswith("ed") else _NOUN_IN_PHRASE.search(text, max(0, event.start - PHRASE_CHARS),
                                                                             event.start)
    if phrase is None:
        return None
    clause = CLAUSE_BREAK.split(text[max(0, phrase.start() - PHRASE_VERB_CHARS):phrase.start()])[-1]
    verbs = list(_PAST_VERB.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    at = phrase.start() - len(clause) + verb.start()
    kind = kind_of_word(verb.group(0))
    return False if kind is None else EventAt(kind, verb.group(0), at, at + len(verb.group(0)),
                                              clause_names=event.clause_names)


# A determiner or a possessive right before a year: the year stands before a noun it names ("a 2019 complaint",
# "Tesla's 2023 exoneration").
_DETERMINER_BEFORE = lazy_compile(r"(?:\b(?:a|an|the|its|his|her|their|our|this|that)|[’']s)"
                                r"(?:\s{1,3}[a-z]{3,20})?\s{1,3}$", re.I)  # (an adjective between: "a deadly 2019 crash")
DETERMINER_CHARS = 30  # characters before a year read for its determiner
ATTRIBUTIVE_WORDS = 3  # words after such a year searched for the noun of an event it names
# The words right after a year, up to ``ATTRIBUTIVE_WORDS`` of them ("a 2019 complaint", "the 2019 Key Largo crash").
_NEXT_WORDS = lazy_compile(rf"(?:[\s-]{{1,2}}[^\W\d_]+(?:[’'][^\W\d_]+)?){{1,{ATTRIBUTIVE_WORDS}}}")
_WORD = lazy_compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset("in of on at to for by with from and or but that which who when after before as".split())


def _named_after(text: str, start: int, end: int) -> EventAt | None | bool:
    """For a year standing before a noun (after a determiner or a possessive: "FTX's 2022 collapse", "a 2019
    Autopilot crash"): the event that noun names, whatever a word before the year names ("a jury's verdict on
    FTX's 2022 collapse"); False when the noun names no event of a kind ("Tesla's 2023 exoneration": the year
    dates something else); None for a year that stands before no noun."""
    if not _DETERMINER_BEFORE.search(text, max(0, start - DETERMINER_CHARS), start):
        return None
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return None
    for w in _WORD.finditer(text, end, after.end()):
        word = w.group(0).lower()
        if word in _FUNCTION_WORDS:
            break
        kind = kind_of_word(word)
        if kind is not None and not word.endswith("ed"):
            found = event_of(text, w.start(), w.end())
            return EventAt(kind, word, w.start(), w.end(), clause_names=found.clause_names if found else frozenset())
    return False


# A past verb right before "in" and a year ("Built in 2015,", "was founded in 2020"): the year dates that verb.
_VERB_IN = lazy_compile(r"\b(?P<verb>[a-z]{2,20})\s{1,3}(?:in|en|im)\s{1,3}$", re.I)
_IRREGULAR_PARTICIPLES = frozenset("built born made won held taken given done seen brought bought sold".split())


def _other_verb_before(text: str, start: int) -> bool:
    """Whether the year at ``text[start:]`` follows a past verb naming no event ("Built in 2015, the ship ...
    crashed": the year dates the building, not the crash)."""
    m = _VERB_IN.search(text, max(0, start - PHRASE_VERB_CHARS), start)
    if m is None:
        return False
    verb = m.group("verb").lower()
    past = verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES
    return past and kind_of_word(verb) is None and verb not in GENERIC_EVENT_WORDS


# A capitalised word right before a year, not the sentence's first: the year ends a name ("UK-India Vision 2035",
# "Euro 2024"); a noun of German capitalised ("im Jahr 2019") is no name.
_NAME_BEFORE = lazy_compile(r"(?<=\S\s)[A-Z][\w-]{1,30}\s{1,3}$")
_NOT_NAMES = frozenset("jahr jahre jahres jahren".split())
# A relative clause of state between an event's word and a year ("charged with fraud ... which was nearly 3
# percent of the country's GDP in 2022"): the year dates the state, not the event.
_STATE_CLAUSE = lazy_compile(r"\b(?:which|who|that)\s{1,3}(?:was|were|is|are|has|have|had)\b", re.I)


# A participle of an act committed between an event's word and a year ("condamné pour des agressions commises sur deux
# femmes en 2021", "sentenced for crimes committed in 2021", "condenado por agresiones cometidas en 2021",
# "verurteilt wegen 2021 begangener Taten"): the year dates the act, not the sentencing.
_ACT_PARTICIPLE = lazy_compile(r"\b(?:committed|perpetrated|commise?s?|perpétrée?s?|cometid[oa]s?|perpetrad[oa]s?"
                               r"|commess[oaie]|perpetrat[oaie]|begangen\w{0,2}|verübt\w{0,2}|praticad[oa]s?)\b", re.I)


def _in_name(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - DETERMINER_CHARS), start)
    return m is not None and m.group(0).split()[0].lower() not in _NOT_NAMES


def year_mentions(source: Source, line: Sentence, figures: list[Figure], day: dt.date | None,
                  story_read: bool = False) -> list[tuple]:
    """Every year of the sentence that dates an event of a kind: (event, start, end, low, high, figure, soft)
    with offsets in the sentence, ``soft`` for a year that only joins a claim it meets (see the module's
    docstring); ``figures`` are the sentence's (its years among them); ``story_read``: ``day`` is not the
    article's but its story's (an undated article: see :mod:`.story_dates`)."""
    text = line.text
    found: list[tuple[int, int, str, str, str, bool]] = []  # (start, end, low, high, origin, relative)
    years = [f for f in figures if f.kind == "year" and f.low is not None and f.low == f.high]
    for f in years:
        found.append((f.start - line.start, f.end - line.start, *_year_span(int(f.low)), "", False))
    # (a relative year inside a longer date is that date's: "August last year")
    longer = [(f.start - line.start, f.end - line.start) for f in figures if f.kind == "date"]
    if day is not None:
        origin = f"{STORY_ORIGIN if story_read else 'published'} {day.isoformat()}"
        for m in _RELATIVE_YEAR.finditer(text):
            if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in longer):
                continue
            shift = RELATIVE_YEARS[" ".join(m.group(0).lower().split())]
            found.append((m.start(), m.end(), *_year_span(day.year + shift), origin, True))
        for m in _YEARS_AGO.finditer(text):
            n = 1 if m.group("n").lower() in ("a", "an", "one") else parse_number(m.group("n"))
            if n is not None and n == int(n) and 0 < n < day.year:
                found.append((m.start(), m.end(), *_years_ago(int(n), day), origin, True))
    for m in _YEAR_BEFORE.finditer(text):
        named = [f for f in years if f.end - line.start <= m.start()]
        if named:
            year = int(named[-1].low) - 1
            found.append((m.start(), m.end(), *_year_span(year), f"the year before {int(named[-1].low)}", True))
    out = []
    for start, end, low, high, origin, relative in sorted(found):
        if _CENTURY_AFTER.match(text[end:]) or not relative and (
                _BOUND_BEFORE.search(text, max(0, start - BOUND_CHARS), start)
                or _other_verb_before(text, start) or _in_name(text, start)):
            continue
        named = None if relative else _named_after(text, start, end)
        event = event_of(text, start, end) if named is None else named or None
        if event is not None and event.kind is not None:
            verb = _verb_of_phrase(text, event)
            event = event if verb is None else verb or None
        if event is None or event.kind is None or event.other or _STATE_CLAUSE.search(text, event.end, start) \
                or _ACT_PARTICIPLE.search(text, event.end, start):
            continue
        soft = named is not None or _frames_figure(text, start, event, figures, line.start)
        figure = Figure("date", text[start:end], source.id, line.start + start, line.start + end, date_low=low,
                        date_high=high, resolved_from=origin or None, relative=relative,
                        measure=f"year of {event.kind.label}",
                        qualifier="about" if _YEARS_AGO.fullmatch(text, start, end) else None)  # (inexact)
        out.append((event, start, end, low, high, figure, soft))
    return out


def sentence_has_year(text: str) -> bool:
    """Whether a sentence may hold a year that dates an event (see :func:`year_mentions`): cheap word checks."""
    return bool(_DIGIT_YEAR.search(text) or _RELATIVE_YEAR.search(text) or _YEARS_AGO.search(text))

