"""Statements whose figure leaves out the claim's subject: "a confirmed death toll of 61 that does not include
Derna" counts the dead elsewhere, not Derna's. Such a statement is not one of the claim about that subject (it
would weigh a part against the whole it excludes); it stays in the claims by wording.
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
EXCLUSION_REACH = 80  # characters after the figure (and before it, in its clause) read for the excluding words
_CLAUSE_BREAK = lazy_compile(r"[;:.!?()]")


@lru_cache(maxsize=1024)
def _leaving_out(subject: str) -> re.Pattern:
    """The excluding words, then the subject's name: "does not include Derna"."""
    return re.compile(r"(?:" + _EXCLUDING.pattern + r")" + _BEFORE_NAME + re.escape(subject) + r"(?!\w)", re.IGNORECASE)


def excludes(m: MeasuredStatement, subject: str | None) -> bool:
    """Whether the statement's figure leaves out ``subject``: the excluding words, then its name, next to the
    figure in its clause ("61 that does not include Derna", "Outside Derna, 61 died")."""
    if not subject:
        return False
    text, at, end = m.unit.text, m.figure.start - m.unit.start, m.figure.end - m.unit.start
    after = _CLAUSE_BREAK.split(text[end:end + EXCLUSION_REACH], maxsplit=1)[0]
    before = _CLAUSE_BREAK.split(text[max(0, at - EXCLUSION_REACH):at])[-1]
    pattern = _leaving_out(subject)
    return bool(pattern.search(after) or pattern.search(before))


def without_excluded(groups: list[MeasuredGroup]) -> list[MeasuredGroup]:
    """The groups without their statements that leave out the group's subject (``excludes``); a group left with
    fewer than two sources goes."""
    kept = []
    for g in groups:
        g.members = [m for m in g.members if not excludes(m, g.subject)]
        if len({o.source.id for m in g.members for o in m.unit.occurrences}) >= 2:
            kept.append(g)
    return kept
