"""The least prison term a charge carries, a measure of its own (issue 11): "he would have faced a minimum sentence of
15 years", "a mandatory minimum of ten years", "una pena mínima de 15 años", "une peine minimale de dix ans", "eine
Mindeststrafe von 15 Jahren". A verb of facing before it ("faced a minimum sentence of") makes it no maximum
(:mod:`.court_measures`): the least and the most a charge carries never contradict each other.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

MINIMUM_TERM = "minimum sentence"  # the least the charges carry ("a mandatory minimum of 15 years")
# A word of a minimum right before a term, at most four words between and no figure nor clause mark ("a minimum
# sentence of", "mandatory minimum of", "una pena mínima de", "une peine minimale de", "Mindeststrafe von", "pena
# minima di", "pena mínima de"); "at least" is a qualifier of any figure, not a minimum sentence.
_MINIMUM_BEFORE = lazy_compile(
    r"\b(?:minimum|minimal|mínima|mínimo|minimale|minimo|minima|mindeststrafe|mindestens\s{1,3}(?:eine\s{1,3})?strafe"
    r"|mindesthaftstrafe)\b(?:\s{1,3}[^\W\d_][\w’'-]{0,20}){0,4}?\s{1,3}$", re.I)
MINIMUM_REACH = 60  # characters before a term read for a word of a minimum


def minimum_term(before: str) -> str | None:
    """The minimum-sentence measure when a word of a minimum stands right before a prison term, else None."""
    near = re.split(r"[.;:!?]", before[-MINIMUM_REACH:])[-1]
    return MINIMUM_TERM if _MINIMUM_BEFORE.search(near) else None
