"""The word "one" as a count where it stands parallel to another count of a list or coordination.

"One" is mostly no count: a pronoun ("one of the victims", "no one"), an article ("one day"). It counts where it
takes the place of a count in a list whose other items are counts of the same form: "two in Castilla-La Mancha and
one in Andalusia", "seven fatalities in Castilla-La Mancha and one in Andalucía", "dos en Valencia y uno en
Málaga". Both items then read the same: a count (its noun perhaps left out) and the same preposition of place
after it, joined by a comma or a conjunction. Works on the ``Found`` tuples of :mod:`.counts` taken by
:mod:`.figures` (offsets relative to the sentence), before list reading gives the bare "one" the list's noun.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.compare.counts import Found
from briefing_tui.lazy_pattern import lazy_compile

# Prepositions of place or scope that follow each count of a list of parts (English, Spanish, Portuguese,
# French, German, Italian, Dutch): "two in X and one in Y", "deux à Lyon et un à Paris".
_PLACE_PREPOSITIONS = (
    r"in|at|on|from|near|inside|outside|across"  # English
    r"|en|desde|em|no|na|nos|nas"  # Spanish, Portuguese
    r"|à|au|aux|dans"  # French
    r"|im|bei|aus|am"  # German (and "in")
    r"|nel|nella|dal|dalla"  # Italian
    r"|te|op|bij"  # Dutch
)
# "One" (or its equivalent in the languages read: "uno/una", "un/une", "ein/eine") followed by a preposition of
# place, not by a number or an article of a ratio ("one in five adults", "one in a million").
_ONE_BEFORE_PLACE = lazy_compile(
    r"(?<![\w-])(?P<one>one|uno|una|um|uma|un|une|ein|eine|einer|eins|één)"
    rf"\s{{1,3}}(?P<prep>{_PLACE_PREPOSITIONS})\s{{1,3}}"
    r"(?!\d|(?:a|an|every|each|ten|hundred|thousand|million|two|three|four|five|six|seven|eight|nine)\b)"
    r"(?=[^\W\d_])",
    re.I)
# Words before "one" that make it a pronoun or an ordinal-like determiner ("no one", "the one in", "any one of").
_NOT_A_COUNT_BEFORE = lazy_compile(
    r"(?:\b(?:no|the|any|every|each|this|that|which|some|someone|anyone|la|el|le|der|die|das|il|lo)\s{1,3}|-)\Z",
    re.I)
# Between two items of the list: a comma, a conjunction, or both, after the first item's place ("two in
# Castilla-La Mancha and one", "one in Málaga, dos"); no clause break (";", ":", ".") and no verb of a new clause
# is checked beyond the short reach.
_ITEM_JOIN = lazy_compile(r"(?:,|\band|\bor|\by|\bo|\bet|\bou|\bund|\boder|\be|\ben)\s{1,3}\Z", re.I)
_CLAUSE_BREAK = lazy_compile(r"[;:.!?()\[\]]")
PARALLEL_REACH = 60  # the most characters between the end of one item's count and the next item's count
COUNT_REACH = 100  # the longest count with its noun ("seven fatalities"): how far before "one" a parallel starts


def _join_before(text: str, start: int, low: int) -> bool:
    """Whether the text right before ``start`` (no further back than ``low``) joins list items."""
    return bool(_ITEM_JOIN.search(text, max(low, start - 8), start))


def _overlaps(taken: list[Found], starts: list[int], start: int, end: int) -> bool:
    """Whether a figure of ``taken`` (sorted by start, never overlapping; ``starts`` their starts) overlaps
    ``start``..``end``: only the last one starting before ``end`` can."""
    k = bisect.bisect_left(starts, end)
    return bool(k) and taken[k - 1].end > start


def with_parallel_ones(taken: list[Found], text: str) -> list[Found]:
    """``taken`` (sorted by start, never overlapping) with every "one" that is an item of a list of counts."""
    counts = [f for f in taken if f.kind == "count"]
    if not counts:
        return taken
    taken_starts = [f.start for f in taken]
    starts = [f.start for f in counts]  # (sorted: only the counts within reach are looked at, however many)
    added = []
    for m in _ONE_BEFORE_PLACE.finditer(text):
        start, end = m.start("one"), m.end("one")
        if _NOT_A_COUNT_BEFORE.search(text, max(0, start - 12), start) \
                or _overlaps(taken, taken_starts, start, end):
            continue
        prep = m.group("prep").lower()
        near = counts[bisect.bisect_left(starts, start - PARALLEL_REACH - COUNT_REACH):
                      bisect.bisect_right(starts, end + PARALLEL_REACH)]
        for other in near:
            after = text[other.end:other.end + len(prep) + 4].lower().split()
            if not after or after[0] != prep or other.fields.get("low") != other.fields.get("high"):
                continue  # the other item reads the same: a count, then the same preposition
            first, second = (other, None) if other.end <= start else (None, other)
            if first is not None:  # "two in X and one in Y": the join right before "one"
                gap = text[first.end:start]
                ok = len(gap) <= PARALLEL_REACH and not _CLAUSE_BREAK.search(gap) and _join_before(text, start, first.end)
            else:  # "one in X and two in Y": the join right before the other count
                gap = text[end:second.start]
                ok = len(gap) <= PARALLEL_REACH and not _CLAUSE_BREAK.search(gap) and _join_before(text, second.start, end)
            if ok:
                added.append(Found("count", start, end, {"low": 1.0, "high": 1.0, "unit": None, "head": None}))
                break
    if not added:
        return taken
    return sorted([*taken, *added], key=lambda f: f.start)
