"""Statements whose figure leaves out the claim's subject: "a confirmed death toll of 61 that does not include
Derna" counts the dead elsewhere, not Derna's, and "6,085 were displaced in other storm-hit areas" the displaced of
those areas. Such a statement is not one of the claim about that subject (it would weigh a part against the whole it
excludes); it stays in the claims by wording.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement
from briefing_tui.lazy_pattern import lazy_compile

# Words that leave what follows them out of a figure: "does not include", "not counting", "excluding",
# "outside", "except", "apart from", and a few other languages' ("sin contar", "ohne", "hors").
_EXCLUDING = lazy_compile(
    r"\b(?:(?:does|do|did)\s{1,3}not|doesn['’]t|don['’]t|didn['’]t)\s{1,3}(?:include|count|cover)"
    r"|\bnot\s{1,3}(?:including|counting)"
    r"|\bexclud(?:es|ing|ed)"
    r"|\boutside(?:\s{1,3}of)?"
    r"|\bexcept(?:\s{1,3}(?:for|in))?"
    r"|\bapart\s{1,3}from"
    r"|\bsin\s{1,3}contar|\bohne|\bhors\s{1,3}de",
    re.IGNORECASE)
# Between the excluding words and the name: an article and a place noun at most ("outside the city of Derna").
_BEFORE_NAME = r"\s{1,3}(?:(?:the|la|el|die|le)\s{1,3})?(?:(?:city|town|region|province|county|state)\s{1,3}of\s{1,3})?"
# Places other than the one a claim is about, in the figure's clause: "displaced in other storm-hit areas including
# Benghazi", "elsewhere in the country", "en otras zonas", "in anderen Regionen", "dans d'autres villes". Such a figure
# counts those places, never the claim's subject, whatever its name.
_OTHER_PLACES = lazy_compile(
    r"\b(?:in|across|at)\s{1,3}(?:the\s{1,3})?other\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?"
    r"(?:areas|cities|towns|villages|regions|provinces|districts|parts|places|countries|states|municipalities)\b"
    r"|\belsewhere\b"
    r"|\ben\s{1,3}otr[ao]s\s{1,3}(?:zonas|ciudades|regiones|provincias|municipios|localidades|pa[ií]ses)\b"
    r"|\bin\s{1,3}anderen\s{1,3}(?:Gebieten|Städten|Regionen|Orten|Landesteilen|Ländern)\b"
    r"|\bdans\s{1,3}d['’]autres\s{1,3}(?:zones|villes|régions|localités|pays)\b",
    re.IGNORECASE)
_DIGIT = lazy_compile(r"\d")  # (a digit: another number, whose words are its own)
EXCLUSION_REACH = 80  # characters after the figure (and before it, in its clause) read for the excluding words
_CLAUSE_BREAK = lazy_compile(r"[;:.!?()]")


@lru_cache(maxsize=1024)
def _leaving_out(subject: str) -> re.Pattern:
    """The excluding words, then the subject's name: "does not include Derna"."""
    return re.compile(r"(?:" + _EXCLUDING.pattern + r")" + _BEFORE_NAME + re.escape(subject) + r"(?!\w)", re.IGNORECASE)


def excludes(m: MeasuredStatement, subject: str | None) -> bool:
    """Whether the statement's figure leaves out ``subject``: the excluding words, then its name, next to the
    figure in its clause ("61 that does not include Derna", "Outside Derna, 61 died"), or places other than the
    claim's after it, before another number ("6,085 were known to have been displaced in other storm-hit areas",
    ``_OTHER_PLACES``)."""
    if not subject:
        return False
    text, at, end = m.unit.text, m.figure.start - m.unit.start, m.figure.end - m.unit.start
    after = _CLAUSE_BREAK.split(text[end:end + EXCLUSION_REACH], maxsplit=1)[0]
    before = _CLAUSE_BREAK.split(text[max(0, at - EXCLUSION_REACH):at])[-1]
    pattern = _leaving_out(subject)
    # (other places after the figure, before any other number: "12 in Derna and 5 elsewhere" keeps the 12)
    return bool(pattern.search(after) or pattern.search(before) or _OTHER_PLACES.search(_DIGIT.split(after, 1)[0]))


def without_excluded(groups: list[MeasuredGroup]) -> list[MeasuredGroup]:
    """The groups without their statements that leave out the group's subject (``excludes``); a group left with
    fewer than two sources goes."""
    kept = []
    for g in groups:
        g.members = [m for m in g.members if not excludes(m, g.subject)]
        if len({o.source.id for m in g.members for o in m.unit.occurrences}) >= 2:
            kept.append(g)
    return kept
