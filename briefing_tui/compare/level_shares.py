"""A share a verb of change moves a rate to or from is the rate's level, not its change.

"Unemployment rose to 4.3%", "the policy rate was lowered to 4%", "(down from 4.5%)", "ist auf 4,3 Prozent
gestiegen", "est passé à 4,3 %", "subió al 4,3%": the share right after "to", "from" or their kin is where the rate
stands (or stood), not how much it moved ("rose 0.2%", "lowered by 25 basis points", "a hike of 0.5%"). Two levels of
different rates named by one verb of change are no two readings of one change.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# Right before a share: a word linking it to a level (en to/from/at, de auf, fr à, es/it al, pt para/ao), not "up to",
# which bounds a value ("up to 12%").
# (The upper end of a range counts as its lower end does: "down from 4.25%-4.50%", "to 4% to 4.25%".)
_LEVEL_LINK = lazy_compile(r"(?<!\bup\s)(?<!\bup\s\s)\b(?:to|from|at|auf|à|al|para|ao)\s{1,3}(?:the\s{1,3})?"
                           r"(?:\d[\d.,]{0,8}\s{0,2}(?:%|percent|per\s{1,3}cent|Prozent|pour\s{1,3}cent|por\s{1,3}ciento)?"
                           r"\s{0,2}(?:-|–|to|bis|à|a)\s{0,3})?$", re.I)
LEVEL_LINK_REACH = 40  # characters before a share read for its level link


def level_share(before: str) -> bool:
    """Whether a share written after ``before`` is a level a rate moved to or from ("rose to 4.3%", "down from 4.5%"),
    not its change."""
    return bool(_LEVEL_LINK.search(before[-LEVEL_LINK_REACH:]))


# A level right after the change that moved a rate to it, the change's own figure given first: "(a drop in vote share,)
# plummeting by 20 points to 24%", "fell by 2.5 percentage points to 31%". Without the change's figure ("then down
# to 40%") a level is not sure to be the rate named before it.
_MOVED_BY_TO = lazy_compile(
    r"\bby\s{1,3}\d[\d.,]{0,8}\s{0,2}"
    r"(?:%|percent|per\s{1,3}cent|(?:percentage\s{1,3})?points?)?"
    r"\s{1,3}to\s{1,3}$", re.I)
MOVED_BY_REACH = 48  # characters before a share read for it


def moved_by_to(before: str) -> bool:
    """Whether a share written after ``before`` is the level a change given by its own figure moved a rate to."""
    return bool(_MOVED_BY_TO.search(before[-MOVED_BY_REACH:]))


# "to" or "at" right before a share: the level a rate is set at or brought to ("to hike tariffs to 30%", "capped at
# 15%").
_LEVEL_SET = lazy_compile(r"\b(?:to|at)\s+$", re.I)
LEVEL_SET_REACH = 8  # characters before a share read for it


def level_set(before: str) -> bool:
    """Whether a share written after ``before`` is a level set or reached, told by English "to" or "at" right before
    it."""
    return bool(_LEVEL_SET.search(before[-LEVEL_SET_REACH:]))
