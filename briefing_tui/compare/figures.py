"""Figures stated in article text: money, percentages, periods, dates, years and counts.

``extract_figures(source)`` finds them sentence by sentence; every figure keeps its source id and
offsets into ``source.raw`` (``raw[start:end] == text``), its qualifier (see ``figure_patterns.QUALIFIERS``) and, from
:mod:`briefing_tui.compare.measures`, what it counts or prices. Numbers are read in the source's own
style (``1.300`` on a Dutch page is 1,300). Years are never mistaken for amounts, clock times ("3:47
pm") are never counts, and a currency word that is also an English word ("won", "sum") is money only
with an amount's scale or a country's name.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing_tui.compare.date_figures import dates_in, mentions_dates, years_in
from briefing_tui.compare.event_whole import NATIONWIDE, counted_part, joint_measure, nationwide
from briefing_tui.compare.measures import (
    PEOPLE_MEASURES,
    count_measure,
    measure_of_word,
    singular,
)
from briefing_tui.compare.amount_measures import money_measure, percent_measure, required_count
from briefing_tui.compare.share_owners import share_subject
from briefing_tui.compare.count_scopes import received, scope_of, scoped
from briefing_tui.compare.figure_lists import read_together
from briefing_tui.compare.figure_patterns import (
    _DIGIT,
    _LANGUAGE_PERIODS,
    _LOWER_WORD,
    _NUMBER_WORDS,
    _PERCENT,
    _PERIOD,
    PERIOD_UNITS,
    QUALIFIERS,
    _QUAL_BEFORE,
)
from briefing_tui.compare.foreign_words import national_count
from briefing_tui.compare.court_measures import charge_count, court_money, resolve_requesters
from briefing_tui.compare.fines import fine_jurisdiction, fined_party
from briefing_tui.compare.prison_terms import ban_end, join_compound_periods, prison_term
from briefing_tui.compare.physical_measures import magnitude_measure, physical_measure, reference_point
from briefing_tui.compare.ages import age_of, age_told, foreign_age, german_age, name_after, name_before_apposition
from briefing_tui.compare.subjects import subject_of
from briefing_tui.compare.votes import chamber_vote, no_abstentions_in
from briefing_tui.compare.counts import (
    _COUNT_SPACED,
    _FROM_BEFORE,
    _PHYSICAL_WINS,
    DIMENSIONS,
    Found as _Found,
    counts_in,
    fractions_in,
    ordinals_in,
    physical_in,
)
from briefing_tui.compare.money import money_in
from briefing_tui.compare.numbers import (
    ENGLISH,
    SPACE,
    NumberStyle,
    number_style,
    parse_number,
)
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.model import Figure, Source
from briefing_tui.safety import blank_escapes

__all__ = ["Figure", "extract_figures", "figures_in_text", "singular"]



@lru_cache(maxsize=1 << 12)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier right before ``start`` (class, new start) or (None, start)."""
    m = _QUAL_BEFORE.search(text, max(0, start - 30), start)
    if m and m.end() == start:
        return QUALIFIERS[m.group("qual").lower()], m.start()
    return None, start


def _plain(pattern: re.Pattern, kind: str, text: str, unit_of, style: NumberStyle) -> list[_Found]:
    found = []
    for m in pattern.finditer(text):
        low = parse_number(m.group("n1"), style)
        if low is None:
            continue
        high = parse_number(m.group("n2"), style) if m.group("n2") else low
        unit, factor = unit_of(m)
        fields = {"low": low * factor, "high": (high or low) * factor, "unit": unit}
        if factor != 1:
            fields["conversion"] = factor
        if kind == "period" and unit == "hour":
            fields["measure"] = "hours"
        if kind == "period" and m.group("qual"):
            fields["qualifier"] = QUALIFIERS[m.group("qual").lower()]
        found.append(_Found(kind, m.start(), m.end(), fields))
    return found


def _period_unit(m: re.Match) -> tuple[str, float]:
    unit = m.group("unit").lower()
    unit = _LANGUAGE_PERIODS.get(unit, unit)
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    return ("hour" if unit in ("hour", "minute") else "year"), PERIOD_UNITS[unit] * (8760 if unit in ("hour", "minute") else 1)


# Which kind wins when two candidates overlap: the more specific reading first.
_PRIORITY = {"money": 0, "percent": 1, "date": 2, "period": 3, "year": 4, "count": 5}
# (physical quantities are counts found before the plain ones, so they win over "10" in "10km")


def figures_in_text(text: str, source: Source, offset: int, table: RateTable | None = None,
                    style: NumberStyle | None = None) -> list[Figure]:
    """Figures in ``text`` (which sits at ``offset`` in ``source.raw``), in reading order, never overlapping.
    ``style`` is how the source writes numbers (by default decided from the whole source)."""
    table = table or default_rate_table()
    style = style or source_style(source)
    key = (text, source.published if mentions_dates(text) else None, tuple(table.aliases), style)
    found = _FOUND_CACHE.get(key)
    if found is None:
        if len(_FOUND_CACHE) > FOUND_CACHE_SIZE:
            _FOUND_CACHE.clear()
        # (escape sequences blanked, offsets kept: the colour numbers of "\x1b[0m" are no figure)
        found = _FOUND_CACHE[key] = _figures_relative(blank_escapes(text), source.published, table, style)
    return resolve_requesters([Figure(kind, text[start:end], source.id, offset + start, offset + end, **fields)
                               for kind, start, end, fields in found], source.raw)  # ("that Mukasey had recommended")


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


def _mentions_numbers(text: str) -> bool:
    return bool(_DIGIT.search(text)) or not _NUMBER_WORDS.isdisjoint(_words_of(text))


# The same sentence recurs across articles (wires, digests, aggregators): read each once per date.
FOUND_CACHE_SIZE = 1 << 16
_FOUND_CACHE: dict[tuple, tuple[tuple[str, int, int, dict], ...]] = {}


def _figures_relative(text: str, published: str | None, table: RateTable,
                      style: NumberStyle = ENGLISH) -> tuple[tuple[str, int, int, dict], ...]:
    """(kind, start, end, fields) of every figure, offsets relative to ``text``."""
    # Most sentences hold no number at all: then only dates can be there, and only with a date word.
    candidates = dates_in(text, published) if mentions_dates(text) else []
    candidates += no_abstentions_in(text)  # "There were no abstentions": none, in words
    if _mentions_numbers(text):
        candidates += money_in(text, table, style)
        candidates += _plain(_PERCENT, "percent", text, lambda m: ("%", 1.0), style)
        candidates += _plain(_PERIOD, "period", text, _period_unit, style)
        candidates += years_in(text)
        candidates += physical_in(text, style)
        candidates += fractions_in(text)
        candidates += counts_in(text, style)
        candidates += ordinals_in(text)
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
    taken = join_compound_periods(taken, text)
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
        kind = "count" if fields.get("measure") == "age" else f.kind  # (an age in years is a count: "61 ans")
        out.append((kind, start, f.end, {**fields, "qualifier": qualifier}))
    return tuple(_previous_take_measures(read_together(out, text)))


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
# A price per unit after an amount: "$55 a share", "55 dollars apiece", "$3 per barrel", "€2 each".
_PER_UNIT_AFTER = re.compile(r"\s{0,3}(?:(?:a|per)\s{1,3}(?:share|unit|barrel|ton|tonne|head|person|piece)\b|apiece\b|each\b)",
                             re.I)
# Between an amount and its conversion: "$550 billion (about ¥80 trillion)", "¥10 trillion ($68 billion)".
_IN_BRACKETS = re.compile(r"[(\[] ?(?:(?:about|around|roughly|some|approximately|or|nearly) ?)?", re.I)
# "down from 27.5%", "cut to 15 percent from 25 percent", "rose from": a change from a previous value.
_CHANGE_FROM = re.compile(
    r"(?:\b(?:down|up|rose|rise|risen|fell|fall|fallen|climbed|increased|decreased|cut|reduced|raised|lowered|"
    r"dropped|jumped|grew)|%|\bper\s?cent|\d)\s+(?:\w+\s+)?from\s+(?:(?:the|an?)\s+)?(?:\w+\s+)?$", re.I)
# "from 31 to 46": after the previous value comes "to" and the current one.
_TO_AFTER = re.compile(rf"{SPACE}?(?:to|-|–){SPACE}?(?:(?:about|around|nearly|more than) )?[$€£¥]?\d")


PREVIOUS_REACH = 3  # figures either side where a previous value looks for the current one it precedes
MEASURE_WINDOW = 400  # characters either side of a figure read for its measure and subject
TITLE_CASE_SHARE = 0.9  # a sentence whose long words are nearly all capitalised is a headline in Title Case
# A headline run into the body's first sentence: this many characters either side of a figure, with at least
# ``TITLE_WINDOW_WORDS`` long words nearly all capitalised (German capitalises its nouns, not its verbs: a
# window this wide holds one).
TITLE_WINDOW = 100
TITLE_WINDOW_WORDS = 8
# (not 0.6: German capitalises its nouns, "Die AfD wird mit 20,8 Prozent zweitstärkste Kraft")


@lru_cache(maxsize=1 << 14)
def _title_case(text: str, least: int = 4) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) > 3]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# Whose succession an ordinal counts, named after it: "the 51st state of the US", "a fourth term for the SPD".
_OWNER_AFTER = re.compile(r"\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?((?:[A-Z]\.){2,6}|[A-Z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30}){0,3})")
# A figure inside a noun phrase: "the 5% threshold", "a 15% tariff".
# (and other languages' articles: "unter der Fünf-Prozent-Hürde", "la barrera del 5%")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|der|die|das|den|dem|la|el|le|les|los|las|del|du|o)\s$", re.I)
_FIRST_WORD = re.compile(r"[\s-]{0,2}([^\W\d_][\w-]*)")


def _noun_after(after: str) -> str | None:
    """The measure the word right after a figure names ("threshold" -> "threshold"), or None."""
    m = _FIRST_WORD.match(after)
    return measure_of_word(m.group(1)) if m else None


def _what_it_counts(f: _Found, head: str | None, text: str) -> dict:
    """The measure and subject of a figure (money and counts; percentages and hours when named)."""
    # what a figure counts is named near it: a bounded window keeps a run-on "sentence" of thousands of
    # figures linear
    before, after = text[max(0, f.start - MEASURE_WINDOW):f.start], text[f.end:f.end + MEASURE_WINDOW]
    if _title_case(text) or _title_case(text[max(0, f.start - TITLE_WINDOW):f.end + TITLE_WINDOW], TITLE_WINDOW_WORDS):
        # a headline in Title Case names no subject by its capitals, before the figure or after it ("US-EU 15%
        # Tariff Deal to Avoid Trade War")
        before, after = before.lower(), after.lower()
    if f.kind == "count":
        number = _COUNT_SPACED.match(text, f.start)  # (where the number ends, "1 300" grouped or not)
        phrase = text[number.end() if number else f.start:f.end]
        if f.fields.get("unit") == "ordinal":  # "a fourth consecutive term": whose terms
            owner = _OWNER_AFTER.match(after)  # ("the 51st state of the US": the US's, not the one made it)
            return {"measure": f.fields["measure"],
                    "subject": owner.group(1) if owner else subject_of(phrase, before, after, people=False)}
        if vote := chamber_vote(phrase, before, after):  # "513 Ja-Stimmen", "207 voted against": the chamber's
            return {"measure": vote, "subject": None}
        if nationals := national_count(head, after, before):  # "169 Inder", "53 britannici"
            return nationals
        if head is None and (part := counted_part(after)):  # "About 23, out of the 750 girls, ... were missing"
            return part
        if f.fields.get("measure") == "magnitude":
            measure = magnitude_measure(after, before)
        elif f.fields.get("unit") in DIMENSIONS:
            measure = physical_measure(before, DIMENSIONS[f.fields["unit"]], after)
            if measure in ("distance", "depth"):
                # a distance is measured from a place: "27 km from Jalalabad" is not "120 km east of Kabul"
                # (a depth is the event's own; a distance from "the epicentre" keeps the place named before it)
                return {"measure": measure, "subject": None if measure == "depth" else (
                    reference_point(after) or subject_of(phrase, before, after, people=False))}
        else:
            measure = received(scoped(count_measure(head, after, before), head, after, before), after, before)  # ("241 people on board")
            measure = joint_measure(measure, after)  # ("rescued or evacuated": compare/event_whole.py)
            if charges := charge_count(head, before, after):  # "convicted on seven counts": the case's, one
                return {"measure": charges, "subject": None}  # defendant's (whom the subject finder misses)
            modifier = _COUNT_MODIFIER.match(phrase)
            if measure and modifier and head and measure_of_word(head) == measure and measure not in PEOPLE_MEASURES:
                measure = f"{modifier.group(1).lower()} {measure}"  # "805 office buildings", "religious buildings"
        if head is None and (person := age_of(f.fields.get("low") or 0.0, before, after)):
            return {"measure": "age", "subject": person}
        if head is None and (told := age_told(f.fields.get("low") or 0.0, before, after)):
            return {"measure": told[0], "subject": told[1]}
        if measure == "age" or german_age(head):  # ("der 61-jährige Kandidat": cmptime)
            return {"measure": "age", "subject": name_after(after, phrase.strip("- ")) or name_before_apposition(before)
                    or (None if measure != "age" else subject_of(phrase, before, after))}
        if required_count(measure, before, after):
            return {"measure": "threshold", "subject": None}  # "needs to win 172 seats": a rule, nobody's count
        people = measure in PEOPLE_MEASURES or measure in ("dead", "people")
        if scope_of(measure):  # (the craft they were on, "the Dreamliner with 242 people on board", and the teller
            # before, "Indian media assumed all 242 ... died", are no subject: only a people named in the phrase is)
            return {"measure": measure, "subject": subject_of(phrase, "", "", people=False)}
        if people and nationwide(before, after):  # "a nivel nacional", "nationwide": the country's whole count
            return {"measure": measure, "subject": NATIONWIDE}
        return {"measure": measure, "subject": subject_of(phrase, before, after, people=people, places=True)}
    if f.kind == "money":
        if court := court_money(before, after):  # "ordered to forfeit $11 billion", "stealing $8 billion from"
            return {"measure": court, "subject": None}
        measure = money_measure(before, after)
        if measure == "fine":  # Google's fine whoever imposes it; a fine of another country's is another fine
            place = fine_jurisdiction(before, after)
            return {"measure": f"{place} fine" if place else measure,
                    "subject": fined_party(after) or subject_of("", before, after, people=False)}
        if measure and _PER_UNIT_AFTER.match(after):
            measure = f"per-unit {measure}"  # "$55 a share", "55 dollars apiece": a price per unit, not the total
        return {"measure": measure, "subject": subject_of("", before, after, people=False)}
    if f.kind == "percent":
        measure = percent_measure(before, after)
        if _DETERMINER_BEFORE.search(before[-6:]) and measure and measure == _noun_after(after):
            return {"measure": measure, "subject": None}  # "the 5% threshold": a rule's rate, nobody's share
        return {"measure": measure, "subject": share_subject(before, after, lambda ahead, behind: subject_of(
            "", ahead, behind, people=False, share=True))}  # ("Lee got 49.4% to Kim's 41.2%")
    if f.kind == "period" and (age := foreign_age(text[f.start:f.end], before, after))[0]:
        return {"measure": "age", "subject": age[1]}  # "Lee Jae-myung, 61 ans,", "âgé de 61 ans" (cmptime)
    if f.kind == "period" and f.fields.get("unit") == "hour":
        return {"measure": "hours", "subject": subject_of("", before, after)}
    if f.kind == "period" and (term := prison_term(before, after)):
        return {"measure": term[0], "subject": term[1]}  # "sentenced X to 27 years"
    if f.kind == "year" and (ban := ban_end(before)):
        return {"measure": ban[0], "subject": ban[1]}  # "barred X until 2033"
    return {}


def extract_figures(source: Source, table: RateTable | None = None) -> dict[int, list[Figure]]:
    """Every sentence's figures, keyed by sentence index."""
    table = table or default_rate_table()
    return {s.index: figures_in_text(s.text, source, s.start, table) for s in source.sentences}
