"""Phrases set off between a count's noun and its predicate, passed over when the predicate is read.

A count's predicate says what it counts ("12 people were killed"); a phrase set off by commas or brackets may stand
between them ("At least 12 people, including three children, were killed", "12 people (including three
children) were killed", "12 people — including three children — were killed"); a dash after them ends the count's
clause. Two counters' counts of one crowd stand side by side the same way, each with its own
attribution, before the predicate they share: "1.27 million people (according to police) and 2.8 million (according
to the unions) took to the streets" (:func:`past_insertions`).
"""

from __future__ import annotations

from briefing_tui.compare.numbers import COUNT_SCALE_WORD
from briefing_tui.lazy_pattern import lazy_compile

# A phrase set off by commas or brackets right after a count's noun, before its predicate: "At least 12 people,
# including three children, were killed", "Two crew members, a man and a woman, were rescued", "12 people, officials
# said, died", "12 people (including three children) were killed", "12 personas, entre ellas tres niños, murieron".
# At most ``INSERTION_WORDS`` words, no clause's punctuation inside.
_INSERTION = lazy_compile(r"\A\s{0,3}(?:,\s{1,3}([^,;:.!?()\[\]—–]{1,80}?),|\(([^,;:.!?()\[\]—–]{1,80}?)\))\s{1,3}"
                          r"(?=[^\W\d_])")
INSERTION_WORDS = 8
# The same phrase set off by dashes: "12 people — including three children — were killed".
_DASH_INSERTION = lazy_compile(r"\A\s{0,3}[—–]\s{0,3}([^,;:.!?()\[\]—–]{1,80}?)\s{0,3}[—–]\s{1,3}(?=[^\W\d_])")
# A dash: past the set-off phrases, it closes the aside the count stands in ("Of the 131 people on board — including
# 120 passengers and 11 crew — only one survived": "only one survived" is not said of the 11 crew).
_DASH = lazy_compile(r"[—–]")
# Where the counted people were, right after the count's noun and before a set-off phrase: "All 131 passengers aboard
# the ferry, including a former minister, lost their lives", "12 pasajeros a bordo del avión, entre ellos dos niños,
# murieron". At most ``PLACE_WORDS`` words after the place word, none a number.
PLACE_WORDS = 5
_ABOARD_PLACE = lazy_compile(
    r"\A\s{1,3}(?:aboard|on\s{1,3}board|onboard|a\s{1,3}bordo|à\s{1,3}bord|an\s{1,3}Bord)"
    rf"(?:\s{{1,3}}[^\W\d_][\w'’-]{{0,30}}){{0,{PLACE_WORDS}}}(?=\s{{0,3}}[,(])")
# A word of a set-off phrase: letters first (as compare/measures.py reads words).
_WORD = lazy_compile(r"[^\W\d_][\w'’]*")
# A second count of the same noun joined to the first, a bare number (a scale word at most: no noun of its own,
# "and 30 injured" is another count), itself followed by a set-off phrase: "1.27 million people (according to
# police) and 2.8 million (according to the unions) took to the streets", "… y 2,8 millones (según los sindicatos)".
_PARALLEL_COUNT = lazy_compile(
    rf"\A\s{{0,3}}(?:and|or|et|ou|y|o|e|und|oder)\s{{1,3}}\d[\d.,]{{0,15}}(?:\s{{1,3}}{COUNT_SCALE_WORD})?(?=\s{{0,3}}[(,])")


def _past_insertion(after: str) -> str:
    """``after`` past a set-off phrase at its start (of at most ``INSERTION_WORDS`` words), else ``after``."""
    for pattern in (_INSERTION, _DASH_INSERTION):
        inserted = pattern.match(after)
        if inserted and len(_WORD.findall(next(g for g in inserted.groups() if g))) <= INSERTION_WORDS:
            return after[inserted.end():]
    return after


def past_insertions(after: str) -> str:
    """The text after a count's noun from where its predicate may start: past a set-off phrase (and a phrase of where
    the people were before it: "aboard the ferry, including a former minister,"), and past a second
    count of the noun with its own set-off phrase ("1.27 million people (according to police) and 2.8 million
    (according to the unions) took to the streets": "took to the streets")."""
    place = _ABOARD_PLACE.match(after)
    rest = after[place.end():] if place else after  # (one slice: a second one is another string, never "is" it)
    if place and (past := _past_insertion(rest)) is not rest:
        return _DASH.split(past, 1)[0]  # (the place phrase and the set-off phrase after it)
    after = _past_insertion(after)
    parallel = _PARALLEL_COUNT.match(after)
    if parallel:
        rest = after[parallel.end():]
        past = _past_insertion(rest)
        if past is not rest:
            return _DASH.split(past, 1)[0]
    return _DASH.split(after, 1)[0]
