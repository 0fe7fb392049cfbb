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

from briefing_tui.compare.ages import RULE_AGE
from briefing_tui.compare.article_periods import article_periods_in
from briefing_tui.compare.bare_currencies import BareCurrencies, bare_currencies
from briefing_tui.compare.bound_kinds import bound_kind
from briefing_tui.compare.compound_periods import compound_periods_in
from briefing_tui.compare.storey_compounds import storey_compounds_in
from briefing_tui.compare.count_states import shared_bases
from briefing_tui.compare.date_figures import dates_in, mentions_dates, years_in
from briefing_tui.compare.measures import singular
from briefing_tui.compare.bracketed_changes import bracketed_changes
from briefing_tui.compare.figure_lists import read_together
from briefing_tui.compare.figure_ranges import join_split_ranges
from briefing_tui.compare.spread_ranges import group_age_spans, join_spread_ends
from briefing_tui.compare.summed_terms import summed_terms
from briefing_tui.compare.age_roles import MEASURE_WINDOW, what_it_counts
from briefing_tui.compare.period_measures import SUSPENDED_MEASURE, suspended_part
from briefing_tui.compare.figure_patterns import (
    _DIGIT,
    _LOWER_WORD,
    _NUMBER_WORDS,
    QUALIFIERS,
    _QUAL_BEFORE,
)
from briefing_tui.compare.court_measures import resolve_requesters
from briefing_tui.compare.amount_measures import GDP_SHARE
from briefing_tui.compare.parallel_ones import with_parallel_ones
from briefing_tui.compare.subject_clean import clean_subject
from briefing_tui.compare.prison_terms import PRISON_MEASURE, join_compound_periods
from briefing_tui.compare.term_lists import listed_terms
from briefing_tui.compare.share_seat_pairs import seats_with_shares
from briefing_tui.compare.relative_owners import relative_owners
from briefing_tui.compare.count_scopes import abroad_seat_figures
from briefing_tui.compare.period_halves import hyphenated_halves_in, with_elided_halves, with_halves
from briefing_tui.compare.votes import no_abstentions_in
from briefing_tui.compare.word_periods import with_elided_periods, word_periods_in
from briefing_tui.compare.word_tolls import word_tolls_in
from briefing_tui.compare.counts import (
    PHYSICAL_WINS,
    Found as _Found,
    counts_in,
)
from briefing_tui.compare.physical_amounts import physical_in
from briefing_tui.compare.fraction_shares import fractions_in
from briefing_tui.compare.fractional_counts import fraction_of_whole_things
from briefing_tui.compare.pattern_figures import periods_in, shares_in
from briefing_tui.compare.earlier_values import earlier_value, previous_take_measures
from briefing_tui.compare.change_roles import previous_in_change
from briefing_tui.compare.kept_distances import kept_off
from briefing_tui.compare.east_asian_numbers import NUMERAL_WITH_UNIT, east_asian_in, east_asian_share_qualifier
from briefing_tui.compare.east_asian_times import NUMERAL_WITH_TIME, east_asian_times_in
from briefing_tui.compare.money import converted, money_in, same_amount
from briefing_tui.compare.ordinal_counts import ordinal_counts_in, ordinals_in
from briefing_tui.compare.scale_groups import scale_groups_in
from briefing_tui.compare.numbers import (
    ENGLISH,
    SPACE,
    NumberStyle,
    number_style,
)
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, Source
from briefing_tui.safety import blank_escapes

__all__ = ["Figure", "extract_figures", "figures_in_text", "singular"]



@lru_cache(maxsize=1 << 12)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


# Between two items of one list of figures, the qualifier before the first bearing on every item ("at least 21,783
# houses, 805 office buildings, 921 monasteries and convents"): a comma and/or a conjunction, the item before perhaps
# ending in a second noun joined by one ("monasteries and convents").
_LIST_ITEM_JOIN = lazy_compile(
    r"(?:\s{1,2}(?:and|or|y|o|et|ou|und|oder|e)\s{1,2}[^\W\d_]+)?"  # (" and convents"; match() anchors at pos)
    r"\s{0,2}(?:,\s{1,2}(?:(?:and|or|y|o|et|ou|und|oder|e)\s{1,2})?|(?:and|or|y|o|et|ou|und|oder|e)\s{1,2})\Z")


# A plus sign right after a figure: more than it ("$200M+", "1,000+ homes"), not a sum ("5+3").
_PLUS_AFTER = lazy_compile(r"\+(?![\d+])")


# A list item names what it counts ("805 office buildings"); a bare number after a comma is no item of the list
# ("More than 300 people, 20 of them children, died": the 20 is exact).
_NAMED_ITEM = lazy_compile(r"\d\s{0,2}[^\W\d_]{2,}")  # (its last digit, then a word: linear on any string)


# French "en" right before "plus de": "en plus de 4000 euros" is "in addition to 4000 euros", an exact sum, not more.
_IN_ADDITION_BEFORE = lazy_compile(r"(?<![\w’'-])en\s{1,3}$", re.I)


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier right before ``start`` (class, new start) or (None, start)."""
    m = _QUAL_BEFORE.search(text, max(0, start - 30), start)
    if m and m.group("qual").lower().startswith("plus") \
            and _IN_ADDITION_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
        return None, start  # ("en plus de 4000 euros de dommages": besides them)
    if m and m.end() == start:
        return kept_off(text, m.start(), QUALIFIERS[m.group("qual").lower()]), m.start()
    return None, start


# Which kind wins when two candidates overlap: the more specific reading first.
_PRIORITY = {"money": 0, "percent": 1, "date": 2, "period": 3, "year": 4, "count": 5}
# (physical quantities are counts found before the plain ones, so they win over "10" in "10km")


def figures_in_text(text: str, source: Source, offset: int, table: RateTable | None = None,
                    style: NumberStyle | None = None) -> list[Figure]:
    """Figures in ``text`` (which sits at ``offset`` in ``source.raw``), in reading order, never overlapping.
    ``style`` is how the source writes numbers (by default decided from the whole source)."""
    table = table or default_rate_table()
    style = style or source_style(source)
    bare = bare_currencies(source, table)  # ("riyals" where the article names "Saudi riyals")
    key = (text, source.published if mentions_dates(text) else None, tuple(table.aliases), style, bare)
    found = _FOUND_CACHE.get(key)
    if found is None:
        if len(_FOUND_CACHE) > FOUND_CACHE_SIZE:
            _FOUND_CACHE.clear()
        # (escape sequences blanked, offsets kept: the colour numbers of "\x1b[0m" are no figure)
        found = _FOUND_CACHE[key] = _figures_relative(blank_escapes(text), source.published, table, style, bare)
    return resolve_requesters([Figure(kind, text[start:end], source.id, offset + start, offset + end, **fields)
                               for kind, start, end, fields in found], source.raw)  # ("that Mukasey had recommended")


_STYLE_CACHE: dict[tuple[str, str, int, str | None], NumberStyle] = {}


def source_style(source: Source) -> NumberStyle:
    """How ``source`` writes numbers, from its language and numerals (decided once per source)."""
    key = (source.id, source.content_hash or source.raw, len(source.raw), source.language)  # (raw: no hash by hand)
    style = _STYLE_CACHE.get(key)
    if style is None:
        if len(_STYLE_CACHE) > FOUND_CACHE_SIZE:
            _STYLE_CACHE.clear()
        texts = [s.text for s in source.sentences] or [source.raw]
        style = _STYLE_CACHE[key] = number_style(source.language, texts)
    return style


def _mentions_numbers(text: str) -> bool:
    return bool(_DIGIT.search(text)) or not _NUMBER_WORDS.isdisjoint(_words_of(text)) \
        or bool(NUMERAL_WITH_UNIT.search(text)) or bool(NUMERAL_WITH_TIME.search(text))  # ("三千人", "三天": no digit)


# The same sentence recurs across articles (wires, digests, aggregators): read each once per date.
FOUND_CACHE_SIZE = 1 << 16
_FOUND_CACHE: dict[tuple, tuple[tuple[str, int, int, dict], ...]] = {}


def _figures_relative(text: str, published: str | None, table: RateTable, style: NumberStyle = ENGLISH,
                      bare: BareCurrencies = ()) -> tuple[tuple[str, int, int, dict], ...]:
    """(kind, start, end, fields) of every figure, offsets relative to ``text``."""
    # Most sentences hold no number at all: then only dates can be there, and only with a date word.
    candidates = dates_in(text, published) if mentions_dates(text) else []
    candidates += no_abstentions_in(text)  # "There were no abstentions": none, in words
    candidates += word_periods_in(text)  # "sept ans", "un año", "dix-huit mois" (first: the same span's reading)
    candidates += word_tolls_in(text)  # "due morti", "einen Toten": number words that are also other words
    if _mentions_numbers(text):
        candidates += money_in(text, table, style, bare)
        candidates += east_asian_in(text, table)  # "33억달러", "1만2000명", "3兆円"
        candidates += east_asian_times_in(text)  # "11일 만에", "3개월", "10年ぶり", "2025년도", "令和7年度"
        candidates += shares_in(text, style)
        candidates += periods_in(text, style)
        candidates += years_in(text)
        candidates += physical_in(text, style)
        candidates += fractions_in(text)
        candidates += counts_in(text, style)
        candidates += scale_groups_in(text, style)  # "43 lakh 63 thousand 35 votes"
        candidates += ordinals_in(text)
    candidates += ordinal_counts_in(text)  # "a second death": at least two dead
    candidates += article_periods_in(text)  # "for an hour", "half an hour later": no number
    candidates += compound_periods_in(text) + storey_compounds_in(text)  # "eine dreitägige Staatstrauer"
    candidates += hyphenated_halves_in(text)  # "a three-and-a-half-month trial"
    candidates.sort(key=lambda f: (_PRIORITY[f.kind] - (0.5 if f.fields.get("unit") in PHYSICAL_WINS else 0.0),
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
    taken = with_elided_halves(with_halves(join_compound_periods(taken, text), text), text)  # "cuatro y medio de gracia"
    taken = with_elided_periods(taken, text)  # "y otros 5 de inhabilitación", "dont deux avec sursis"
    taken = with_parallel_ones(taken, text)  # "two in X and one in Y"
    taken = join_split_ranges(taken, text, style)  # "between 650 and 800 million dollars"
    taken = group_age_spans(join_spread_ends(taken, text), text)  # "ranging from 3 years to 15 years", "aged 27 to 74"
    out = []
    listed = False  # whether the figure before took its qualifier from a list's first item
    for k, f in enumerate(taken):
        start = f.start
        fields = dict(f.fields)
        qualifier = fields.pop("qualifier", None)
        if f.kind in ("money", "percent", "count") and qualifier is None:
            qualifier, start = _qualifier(text, f.start)
            if qualifier is None and f.kind == "percent":
                qualifier, start = east_asian_share_qualifier(text, f.start, f.end)  # ("최대 7%", "5%以上")
            if qualifier is not None and k and taken[k - 1].end > start:  # the qualifier runs into a figure
                qualifier, start = None, f.start
        if qualifier is None and f.kind in ("money", "count") and _PLUS_AFTER.match(text, f.end):
            qualifier = "more_than"  # ("$200M+", "1,000+ homes")
        if qualifier is None and out and out[-1][0] == f.kind and out[-1][3].get("qualifier") not in (None, "range") \
                and (join := _LIST_ITEM_JOIN.match(text, out[-1][2], start)) and _NAMED_ITEM.search(text, start, f.end) \
                and ("," in join.group() or listed):
            # (the list's qualifier: "at least 21,783 houses, 805 schools and 48 hospitals"; two items joined by "and"
            # alone are no list: in "buried more than 300 people and 1,182 houses" the houses are counted)
            qualifier, listed = out[-1][3]["qualifier"], True
        else:
            listed = False
        if qualifier is None and fields.get("high") is not None and fields.get("low") != fields.get("high") \
                and f.kind != "year":
            qualifier = "range"
        own = fields.pop("own_measure", None)
        fields.update(what_it_counts(f, fields.pop("head", None), text))
        if own:
            fields["measure"] = own  # one side of a tally (compare/tallies.py), an East Asian clause's measure
        fields["measure"] = bound_kind(fields.get("measure"), f.kind, qualifier, text[:start], text[f.end:], next(
            (o[3].get("measure") for o in reversed(out) if o[0] == "count"), None),
            fields.get("subject"))  # "up to", "four of whom", "from that alone"
        fields["subject"] = clean_subject(fields.get("subject"), text, f.start)  # (a name, not "Her", "Along")
        if fields.get("subject") and _NUMBER_FIRST.match(fields["subject"]):
            fields["subject"] = None  # "from 288 and put": a number and the words after it are nobody
        if fields.get("subject") and _CURRENCY_FRAGMENT.search(text, 0, f.start) and \
                _currency_fragment(fields["subject"], text):
            fields["subject"] = None  # "C$40 billion and NZ$3 million": "C" is a currency's letter, nobody
        if fraction_of_whole_things(f.kind, fields):
            fields.update(measure=None, subject=None)  # "55,12 voix %", "three of 4.6 and 4.5" (aftershocks): misread
        if f.kind in ("money", "count") and out and out[-1][0] == f.kind and converted(out[-1], (f.kind, start, f.end, fields), text):
            # "$550 billion (about ¥80 trillion)": the same amount in another currency
            converts = out[-1][3]
            if converts.get("measure") is None and fields.get("measure") is not None:
                # ("a 304-trillion-dong ($12.5-billion) fraud": the noun after the bracket names what both price)
                converts.update(measure=fields["measure"], subject=converts.get("subject") or fields.get("subject"))
            fields.update(measure=converts.get("measure"), subject=converts.get("subject"))
            qualifier = qualifier or converts.get("qualifier")  # ("about ¥10 trillion ($68 billion)": about both)
            if f.kind == "money" and not same_amount(out[-1][3], fields):
                # "$US32 billion ($50 billion)": one symbol for two currencies, the local one unknown; the amount
                # before stands for both (the bracket is no claim of its own, nor a disagreement with it)
                fields.update(measure=None, subject=None)
        if previous_in_change(f.kind, text, start, f.end):
            fields["role"] = "previous"  # "from $2 billion to $3 billion", "down from 27.5%"
        elif earlier_value(text, start, f.end, f.kind, fields.get("measure")):
            fields["role"] = "previous"  # "its original $23 billion offer", "last year's $23 billion bid"
        if fields.get("measure") == GDP_SHARE and (amount := next((g[3].get("measure") for g in reversed(out)
                                                                   if g[0] == "money"), None)):
            fields["measure"] = f"{amount} {GDP_SHARE}"  # "damages of $27 billion, equivalent to 6% of GDP": theirs
        if f.kind == "percent" and out and out[-1][0] == "count" and out[-1][3].get("subject") \
                and fields.get("measure") in (None, out[-1][3].get("measure")) \
                and _RESTATED_AS_SHARE.fullmatch(text, out[-1][2], start):
            fields["subject"] = out[-1][3]["subject"]  # "Hou received 4,671,021 votes, or 33.49 percent": his share
        if fields.get("measure") == RULE_AGE and qualifier == "range":
            fields, qualifier = {**fields, "low": fields["high"]}, None  # ("from 62 to 64 years": the rule's new 64)
        elif fields.get("measure") == RULE_AGE and _RULE_AGE_TO.match(text, f.end):
            fields["role"] = "previous"  # ("von 62 auf 64 Jahre": 62 was the rule's)
        kind = "count" if fields.get("measure") in ("age", RULE_AGE) else f.kind  # (an age in years is a count: "61 ans")
        if kind == "count" and fields.get("unit") is None and (term := _term_before(out)) is not None \
                and suspended_part(text[max(0, start - MEASURE_WINDOW):start], text[f.end:f.end + MEASURE_WINDOW]):
            # "four years in prison, two of which were suspended": two years of that term
            per = term.get("conversion", 1.0)
            kind, fields = "period", {**fields, "low": fields["low"] * per, "high": fields["high"] * per, "unit": term["unit"],
                                      "measure": SUSPENDED_MEASURE, "subject": term.get("subject"),
                                      **({"conversion": per} if per != 1.0 else {})}
        if fields.get("measure") == SUSPENDED_MEASURE and not fields.get("subject") and (term := _term_before(out)):
            fields["subject"] = term.get("subject")  # ("four years in prison, with two years suspended": hers)
        out.append((kind, start, f.end, {**fields, "qualifier": qualifier}))
    out = abroad_seat_figures(seats_with_shares(relative_owners(out, text), text), text)  # ("33,2 % des voix et 142 députés": the share's seats)
    return tuple(summed_terms(list(shared_bases(previous_take_measures(listed_terms(bracketed_changes(read_together(
        out, text), text), text)))), text))  # ("in total, 420 years": compare/summed_terms.py)


def _term_before(out: list[tuple[str, int, int, dict]]) -> dict | None:
    """The fields of the prison term a bare count right after may be part of (the figure before it), or None."""
    if out and out[-1][0] == "period" and out[-1][3].get("measure") == PRISON_MEASURE:
        return out[-1][3]
    return None


# A subject opening on a number and a space ("288 and put"): words read past a figure, no name.
_NUMBER_FIRST = lazy_compile(r"\d[\d.,]{0,20}\s")
# A currency's letters glued to its symbol before an amount ("C$", "NZ$", "$US", "Rs"), misread as a name.
_CURRENCY_FRAGMENT = lazy_compile(r"[A-Z]{1,3}[$€£¥₹]|[$€£¥₹][A-Z]{1,3}\d|\bRs\.?\s?\d")


def _currency_fragment(subject: str, text: str) -> bool:
    """Whether a subject is the letters of a currency written in ``text`` ("C" of "C$40", "US32" of "$US32")."""
    return bool(re.search(rf"(?<![\w$]){re.escape(subject)}(?=[$€£¥₹]|\.?\s?\d)|[$€£¥₹]{re.escape(subject)}\b", text))
# The first of a rule's two ages in any language: "von 62 auf 64", "de 62 a 64", "de 62 à 64".
_RULE_AGE_TO = lazy_compile(rf"{SPACE}?(?:to|auf|bis|a|à|até){SPACE}\d")

# What stands between a count and a share that restates it in apposition: "4,671,021 votes, or 33.49 percent",
# "4,671,021 votes (33.49%)", "5,2 millions de voix, soit 40 %", "1,2 Millionen Stimmen oder 40 Prozent".
_RESTATED_AS_SHARE = lazy_compile(
    r",?\s{0,3}(?:(?:or|that\s{1,3}is|i\.e\.|soit|oder|also|o\s{1,3}sea|ou\s{1,3}seja|ovvero|pari\s{1,3}al?)\s{1,3}"
    r"|\(\s{0,3})")



def extract_figures(source: Source, table: RateTable | None = None) -> dict[int, list[Figure]]:
    """Every sentence's figures, keyed by sentence index."""
    table = table or default_rate_table()
    return {s.index: figures_in_text(s.text, source, s.start, table) for s in source.sentences}
