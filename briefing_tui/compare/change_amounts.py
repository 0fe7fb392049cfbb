"""An amount a measure changes by, not the measure's level: "the deal is expected to increase bilateral trade by
25.5 billion pounds" and "a £25.5 billion trade boost" tell how much trade grows; "double the bilateral trade from
60 billion euros to 120 billion euros" tells what it comes to. The two are figures of different scope (an
increment against a total), never one claim, however close the words around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.compare.count_changes import is_count_change
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Words of a change, as a verb before "by" ("increase bilateral trade by", "cut spending by", "boosts exports by")
# or as the noun an amount is written before or with "of" ("a £25.5 billion trade boost", "an increase of $3bn").
_CHANGE_STEMS = (r"increas|rais|boost|lift|grow|grew|expand|swell|add|cut|reduc|lower|shrink|shrank|decreas|rise|rose"
                 r"|fall|fell|jump|climb|drop|gain|hike|slash|trim")
# "by" right before the amount, after an optional qualifier ("by nearly", "by an estimated").
_BY_BEFORE = lazy_compile(r"\bby\s{1,3}(?:(?:about|around|roughly|some|nearly|almost|over|more\s{1,3}than|up\s{1,3}to"
                        r"|at\s{1,3}least|an\s{1,3}estimated|an\s{1,3}extra|an\s{1,3}additional|a\s{1,3}further)\s{1,3})?\Z",
                        re.I)
# A change verb in the clause before "by" (within ``CHANGE_REACH`` characters).
_CHANGE_VERB = lazy_compile(rf"\b(?:{_CHANGE_STEMS})\w{{0,4}}\b", re.I)
# A change verb right before the amount: "add almost 5 billion pounds a year", "adding approximately £4.8 billion".
_ADD_BEFORE = lazy_compile(r"\b(?:add|adds|added|adding)\s{1,3}(?:(?:about|around|roughly|some|nearly|almost|over"
                         r"|approximately|an\s{1,3}estimated|an\s{1,3}extra|an\s{1,3}additional)\s{1,3})?\Z", re.I)
# A change noun the amount is written before, one or two words between ("a £25.5 billion trade boost").
_NOUN_AFTER = lazy_compile(r"\A(?:\s{1,3}[\w-]{1,20}){0,2}?\s{1,3}(?:boost|increase|rise|gain|jump|hike|cut|reduction"
                         r"|decline|drop|fall|uplift)s?\b", re.I)
# A change noun with "of" before the amount ("an increase of $3 billion", "a boost of £2bn").
_NOUN_OF_BEFORE = lazy_compile(r"\b(?:boost|increase|rise|gain|jump|hike|cut|reduction|decline|drop|fall|uplift)s?"
                             r"\s{1,3}of\s{1,3}(?:(?:about|around|roughly|some|nearly|almost|over|more\s{1,3}than"
                             r"|up\s{1,3}to|an\s{1,3}estimated)\s{1,3})?\Z", re.I)
# A clause boundary: the change word must stand in the amount's own clause.
_CLAUSE_END = lazy_compile(r"[;:—–]|,\s|\.\s")
CHANGE_REACH = 60  # characters before "by" searched for the change verb
CHANGE_MARK = " (change)"  # the measure suffix of a claim of change amounts: its own claim, not the level's
MIN_PART_SOURCES = 2  # sources each part (changes, levels) needs for a group to be split in two
CHANGE_KINDS = frozenset({"money", "count"})  # the figures a change is told from a level of


def is_change_amount(text: str, start: int, figure: Figure) -> bool:
    """Whether an amount is what a measure changes by ("increase bilateral trade by 25.5 billion pounds", "a £25.5
    billion trade boost"), not its level ("boost bilateral trade to nearly $120 billion"). ``text`` is the figure's
    sentence, ``start`` the sentence's offset."""
    lo, hi = figure.start - start, figure.end - start
    before, after = text[max(0, lo - CHANGE_REACH):lo], text[hi:hi + CHANGE_REACH]
    if _ADD_BEFORE.search(before) or _NOUN_OF_BEFORE.search(before) or _NOUN_AFTER.match(after):
        return True
    return _changed_by(before)


def _changed_by(before: str) -> bool:
    """Whether the text before a figure ends on "by" after a verb of change in its clause ("increase bilateral trade
    by", "cases in Gaines County increased by")."""
    by = _BY_BEFORE.search(before)
    if by is None:
        return False
    clause = before[:by.start()]
    cut = [m.end() for m in _CLAUSE_END.finditer(clause)]
    return bool(_CHANGE_VERB.search(clause[cut[-1] if cut else 0:]))


# An opening bracket right before a figure: the writer's conversion of the amount before it ("25.5 billion pounds
# ($35 billion)"), which is the same change or level as that amount.
_BRACKET_BEFORE = lazy_compile(r"\(\s{0,2}\Z")
BRACKET_GAP = 3  # characters at most between an amount and the bracket of its conversion


def change_mark(text: str, start: int, figure: Figure, figures: Sequence[Figure] = ()) -> str:
    """The key suffix of an amount a measure changes by (``CHANGE_MARK``), "" for a level or a figure that is no
    amount of money or a count (compare/count_changes.py). ``figures`` are the sentence's: a conversion in brackets
    takes the mark of the amount it converts."""
    if figure.kind == "count":
        return CHANGE_MARK if _count_change(text, start, figure) else ""
    if figure.kind != "money":
        return ""
    lo = figure.start - start
    if _BRACKET_BEFORE.search(text, max(0, lo - BRACKET_GAP), lo):
        bracket = text.rfind("(", 0, lo)
        converted = next((f for f in figures if f.kind == "money" and f is not figure
                          and 0 <= bracket - (f.end - start) <= BRACKET_GAP), None)
        if converted is not None:
            return change_mark(text, start, converted)
    return CHANGE_MARK if is_change_amount(text, start, figure) else ""

def _count_change(text: str, start: int, figure: Figure) -> bool:
    """Whether a count is how much a count moved ("having lost 250 seats", "cases increased by 18", "adding 39
    cases"), not its level."""
    lo, hi = figure.start - start, figure.end - start
    before = text[max(0, lo - CHANGE_REACH):lo]
    return is_count_change(text, lo, hi, figure.measure) or bool(_ADD_BEFORE.search(before)) or _changed_by(before)


def is_change(m: MeasuredStatement) -> bool:
    """Whether a statement's figure is an amount of money or a count its measure changes by (``change_mark``)."""
    return m.figure.kind in CHANGE_KINDS and bool(change_mark(m.unit.text, m.unit.start, m.figure, m.unit.figures))


def split_changes(members: list[MeasuredStatement], name: str | None,
                  ) -> list[tuple[list[MeasuredStatement], str | None]]:
    """A group of amounts some of which a measure changes by and others its level, each part given by
    ``MIN_PART_SOURCES`` sources or more, is two groups: "increase bilateral trade by 25.5 billion pounds" and
    "boost annual bilateral trade by $34 billion" against "from 60 billion euros to 120 billion euros" and "to
    nearly $120 billion" are two claims (a lone change amount stays: "reduced by €1 million" of a €2 million fine)."""
    changes = [m for m in members if is_change(m)]
    if not changes or len(changes) == len(members):
        return [(members, name)]
    levels = [m for m in members if not any(m is c for c in changes)]
    if any(len({o.source.id for m in part for o in m.unit.occurrences}) < MIN_PART_SOURCES for part in (changes, levels)):
        return [(members, name)]
    return [(changes, name), (levels, name)]


def change_of(members: list[MeasuredStatement]) -> str:
    """The change mark of a group whose amounts are all what a measure changes by (``CHANGE_MARK``), for the
    claim's measure; "" otherwise."""
    return CHANGE_MARK if members and all(is_change(m) for m in members) else ""
