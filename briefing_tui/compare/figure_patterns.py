"""The patterns of figures read straight from the text: qualifier words, periods of time and shares.

:mod:`briefing_tui.compare.figures` applies them (with the money, count and date readers of their own
modules); the words of other languages come from ``data/measure_words.yaml`` (:mod:`.language_words`).
"""

from __future__ import annotations

import re

from briefing_tui.compare.ordinal_counts import ORDINALS
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.numbers import (
    NOT_AFTER_WORD, NUMBER, NUMBER_WORD, NUMERAL, RANGE_TO, SCALED_ONLY_NUMBERS, SPACE, SPACED_NUMERAL, UNITS,
)
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier

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
    "no more than": "at_most", "as high as": "up_to",
    "tops": "more_than", "topped": "more_than", "topping": "more_than",  # ("the toll tops 25,000"; not "the top 10")
    # "top" is a verb only after a modal or "to" ("could top 10,000", "expected to top $1 billion")
    "could top": "more_than", "would top": "more_than", "will top": "more_than", "may top": "more_than",
    "might top": "more_than", "to top": "more_than",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than", "surpass": "more_than",
    "surpasses": "more_than", "surpassed": "more_than", "north of": "more_than", "shy of": "less_than",
    **language_words().qualifiers,  # other languages' ("lebih dari", "más de", "au moins"), from the table
}


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words`` (lower case), written as a tree of their letters so that a position where
    no word starts fails at its first letter, not once per word; the longest word is tried first, as in an
    alternation sorted by length."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")" if parts else ""
        return f"(?:{body})?" if "" in node and body else body

    return branch(tree)


# A qualifier is a whole word: "inoltre tre" (Italian "moreover") holds "oltre" but qualifies nothing.
# A qualifier elided onto its figure's article ends in an apostrophe and needs no space ("più dell'80%").
_QUAL = r"(?<!\w)(?P<qual>" + _trie(sorted({q.lower() for q in QUALIFIERS})) + r")(?:\s+|(?<=['’]))"
# The same qualifier words, maybe, as a fragment for other patterns to end on before a number ("won by more than",
# "por mais de"): no group, spaces bounded.
OPTIONAL_QUALIFIER = r"(?:" + _trie(sorted({q.lower() for q in QUALIFIERS})) + r"\s{1,3})?"
# An article of a Romance language may stand between the qualifier and its figure: "aproximadamente un 35%",
# "casi el 40%", "circa il 30%", "environ un tiers", "mais de um terço" (English "a" is left out: "under a 10% tariff").
_ARTICLE_AFTER_QUALIFIER = r"(?:(?:un|una|uno|une|um|uma|el|il|lo|la|le|l['’]|los|las|les)\s*)?"
_QUAL_BEFORE = lazy_compile(_QUAL + _ARTICLE_AFTER_QUALIFIER + r"$", re.I)
_NUM = NUMBER
_RANGE = RANGE_TO
PERIOD_UNITS = {"minute": 1 / 525600, "hour": 1 / 8760, "day": 1 / 365, "week": 7 / 365, "month": 1 / 12,
                "year": 1.0, "decade": 10.0, "century": 100.0}
HOURS_PER_YEAR = 8760  # a period in hours or minutes is counted in hours, any longer one in years


def period_scale(unit: str) -> tuple[str, float]:
    """The unit a period of ``unit`` (an English name of PERIOD_UNITS) is counted in, and the factor to it: hours for
    hours and minutes ("90 minutes" is 1.5 hours), years for the rest ("11 days" is 11/365 years)."""
    if unit in ("hour", "minute"):
        return "hour", PERIOD_UNITS[unit] * HOURS_PER_YEAR
    return "year", PERIOD_UNITS[unit]


# Units of time of other languages ("27 anos").
_LANGUAGE_PERIODS = language_words().periods


def _period_pattern(num: str):
    """A period whose numbers are written as ``num``."""
    return lazy_compile(
        r"(?<![\w$€£¥])(?:(?:over|for|within|in|during|after|across)\s+)?(?:the\s+)?"
        r"(?:(?P<dir>next|past|last|coming|previous|following|first)\s+)?" + r"(?:" + _QUAL + r")?"
        rf"(?P<n1>{num})(?:{_RANGE}(?P<n2>{num}))?[-\s](?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)"
        + "".join("|" + re.escape(w) for w in sorted(_LANGUAGE_PERIODS, key=len, reverse=True))
        + r")\b(?![-\s]old\b)",
        re.I)


# A period: "over the next five years", "for more than 24 hours", "a two-day summit", "21 years ago".
_PERIOD = _period_pattern(_NUM)
# The same on a page of decimal commas, thousands grouped by spaces first ("plus de 8 200 heures de vol" is 8,200
# hours, not 200), as counts read them (compare/counts.py).
_PERIOD_SPACED = _period_pattern(rf"(?:{SPACED_NUMERAL}|{_NUM})")
# A share: "40%", "15 percent", "28,6 Prozent", "8,5 por cento", full-width "１５％".
# A share in digits or words: "28.5%", "15 per cent", "five percent", German "Fünf-Prozent-Hürde".
# A minus sign of a negative share ("-2.8%", "−3.3%", "-2.8%→-3.3%"): a hyphen-minus or the minus sign right before
# the digits, not after a word, a number or a share (the dash of "2-3%" and "2%-3%", the hyphen of "COVID-19").
MINUS_SIGN = r"(?<![\w%.,)\]])(?P<sign>[-−])(?=\d)"
PERCENTAGE_POINT = "pp"  # the unit of a share's change in percentage points ("3 percentage points"), not "%"
# Percentage points, a share's change: English and the table's languages ("3 percentage points", "3,5 puntos
# porcentuales", "2 Prozentpunkte"), longest first; a figure of unit "pp", not "%".
PERCENTAGE_POINTS = r"(?P<pp>percentage[\s-]points?\b" + "".join(
    "|" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b" for phrase in language_words().percentage_points) + ")"
_PERCENT = lazy_compile(
    rf"(?:{MINUS_SIGN})?{NOT_AFTER_WORD}(?<!\.)(?P<n1>{NUMERAL}|{NUMBER_WORD}(?=[\s-]))(?:{_RANGE}(?P<n2>{NUMERAL}))?(?:{SPACE}*|-)"
    r"(?:" + PERCENTAGE_POINTS + r"|%|％|per\s?cent\b|percent\b|prozent\b|procent\b|pour\s?cent\b|por\s?cento\b|por\s?ciento\b|per\s?cento\b|persen\b)",
    re.I)
# Quick check before the costly patterns: every amount or count needs a digit or a number word.
_NUMBER_WORDS = frozenset(w for w in UNITS if " " not in w) | {
    "couple", "few", "half", "dozens", "scores", "hundreds", "thousand", "thousands", "millions", "third", "quarter",
    "fifth", "survivor", "twice", "thrice",  # ("postponed twice": a count of times, compare/counts.py)
    # (a scale word of one, after an article: "a million dollars", "eine Million Dollar", "un millón de dólares")
    "million", "billion", "trillion", "milliard", "milliarde", "millón", "milhão", "milhao", "milione", "miliardo",
    "bilhão", "billón"} | frozenset(ORDINALS) | frozenset(language_words().numbers) | frozenset(
    SCALED_ONLY_NUMBERS) | frozenset(
    # (a phrase's longest word is its number's: "milliers" of "quelques milliers", "moitié" of "la moitié")
    max(w.split(), key=len) for w in [*language_words().vague, *language_words().fractions])
_LOWER_WORD = lazy_compile(r"[^\W\d_]+")  # words, for the quick check
_DIGIT = lazy_compile(r"\d")
