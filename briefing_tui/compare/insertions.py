"""Phrases set off between a count's noun and its predicate, passed over when the predicate is read.

A count's predicate says what it counts ("12 people were killed"); a phrase set off by commas or brackets may stand
between them ("At least 12 people, including three children, were killed", "12 people (including three
children) were killed"). Two counters' counts of one crowd stand side by side the same way, each with its own
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
# A word of a set-off phrase: letters first (as compare/measures.py reads words).
_WORD = lazy_compile(r"[^\W\d_][\w'’]*")
# A second count of the same noun joined to the first, a bare number (a scale word at most: no noun of its own,
# "and 30 injured" is another count), itself followed by a set-off phrase: "1.27 million people (according to
# police) and 2.8 million (according to the unions) took to the streets", "… y 2,8 millones (según los sindicatos)".
_PARALLEL_COUNT = lazy_compile(
    rf"\A\s{{0,3}}(?:and|or|et|ou|y|o|e|und|oder)\s{{1,3}}\d[\d.,]{{0,15}}(?:\s{{1,3}}{COUNT_SCALE_WORD})?(?=\s{{0,3}}[(,])")


def _past_insertion(after: str) -> str:
    """``after`` past a set-off phrase at its start (of at most ``INSERTION_WORDS`` words), else ``after``."""
    inserted = _INSERTION.match(after)
    if inserted and len(_WORD.findall(inserted.group(1) or inserted.group(2))) <= INSERTION_WORDS:
        return after[inserted.end():]
    return after


def past_insertions(after: str) -> str:
    """The text after a count's noun from where its predicate may start: past a set-off phrase, and past a second
    count of the noun with its own set-off phrase ("1.27 million people (according to police) and 2.8 million
    (according to the unions) took to the streets": "took to the streets")."""
    after = _past_insertion(after)
    parallel = _PARALLEL_COUNT.match(after)
    if parallel:
        rest = after[parallel.end():]
        past = _past_insertion(rest)
        if past is not rest:
            return past
    return after
