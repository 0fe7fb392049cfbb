"""Co-defendants: those tried with a defendant, a count that leaves that defendant out.

"His 50 co-defendants", "the 50 other defendants", "los otros 50 acusados", "les 50 autres accusés" count the men
tried beside the main defendant: 51 defendants in all. Weighed against "51 defendants" they would make a false
disagreement, so they are a measure of their own (``co-defendants``, which :mod:`.measure_names` also gives the
word "co-defendants" and its translations).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

DEFENDANTS, CO_DEFENDANTS = "defendants", "co-defendants"
# A word for "other" right before a count's number ("the other 50", "los otros 50", "die anderen 50"), in the
# languages read.
_OTHER_BEFORE = lazy_compile(r"\b(?:other|otros|otras|outros|outras|autres|altri|altre|anderen|andere|weiteren|weitere"
                             r"|übrigen)\s{1,3}$", re.I)
# A word for "other" right after it ("50 other defendants", "50 autres accusés", "50 weitere Angeklagte").
_OTHER_AFTER = lazy_compile(r"\A\s{1,3}(?:other|autres|altri|altre|otros|otras|outros|outras|weitere|weiteren|andere"
                            r"|anderen)\s", re.I)
OTHER_REACH = 20  # characters before a count's number read for a word for "other"


def co_defendants(measure: str | None, before: str, after_number: str) -> str | None:
    """``co-defendants`` for a count of defendants said to be the others ("the other 50 defendants"), else the
    measure unchanged."""
    if measure == DEFENDANTS and (_OTHER_BEFORE.search(before[-OTHER_REACH:]) or _OTHER_AFTER.match(after_number)):
        return CO_DEFENDANTS
    return measure
