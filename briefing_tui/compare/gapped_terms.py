"""A second prison term given after "and" with its verb left out ("sentenced Tom Reed to nine years in prison and his
brother, Sam Reed, to five years"; "condenado a 12 anos e o irmão, Rui Costa, a cinco"): a prison term too, and the
person named between "and" and "to" is its subject. Split from :mod:`.prison_terms`, which reads the terms.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

GAP_REACH = 240  # characters before the second term searched for the sentencing verb and the first term
# A verb of sentencing (English, Portuguese, Spanish, French, German, Italian), then the word for "to" before the
# gap: the first term ("sentenced X to nine years", "condenou X a 12 anos"); or a prison term awarded ("has been
# awarded a jail term of 14 years").
_SENTENCING_THEN_TO = lazy_compile(
    r"\b(?:(?:sentenced|jailed|condenou|condenad[oa]s?|conden[oó]|sentenciad[oa]s?|sentenci[oó]|condamn[ée]e?s?"
    r"|verurteilt|condannat[oaie])\b[^.;:!?]{0,120}?\s(?:to|a|à|zu|for)\s"
    r"|awarded\s{1,3}(?:an?\s{1,3})?(?:jail|prison|custodial)\s{1,3}(?:term|sentence)\s{1,3}of\s)", re.I)
# The gap at the end of the text before the second term: "and", the person (up to eight words, commas allowed: an
# apposition "his brother, Sam Reed,"), then the word for "to" ("and his wife, Ana Gil, to", "e sua moglie a"); or a
# name alone right before the term ("a jail term of 14 years and Ana 7 years").
_GAP_BEFORE_TERM = lazy_compile(
    r"\s(?:and|e|y|et|und)\s{1,3}(?:(?P<who>(?:[^\s.;:!?\d]{1,30}\s{1,3}){1,8}?)(?:to|a|à|zu)"
    r"|(?P<named>[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}){0,2}))\s{1,3}\Z")


def gapped_term_person(before: str) -> str | None:
    """The words naming the person of a second term whose verb is left out ("... and his brother, Sam Reed, to":
    "his brother, Sam Reed,"), when a verb of sentencing and a first term come before in the sentence; else None."""
    tail = before[-GAP_REACH:]
    gap = _GAP_BEFORE_TERM.search(tail)
    if gap is None or not _SENTENCING_THEN_TO.search(tail, 0, gap.start()):
        return None
    return gap.group("who") or gap.group("named")


# A verb of sentencing, then the word for "to" right before the period ("sentenced Tom Reed to", "condenada a"): the
# period is a term, whatever follows it ("sentenced to seven years after a trial": not the time since the trial).
_SENTENCED_TO_END = lazy_compile(
    r"\b(?:sentenced|jailed|condenou|condenad[oa]s?|conden[oó]|sentenciad[oa]s?|sentenci[oó]|condamn[ée]e?s?"
    r"|verurteilt|condannat[oaie])\b[^.;:!?]{0,120}?\s(?:to|a|à|zu)\s{1,3}\Z", re.I)


def term_given_before(before: str) -> bool:
    """Whether the period right after ``before`` is a prison term a sentencing gives ("sentenced X to", "... and his
    brother, Sam Reed, to"), so a length, never the time since an event the words after it name."""
    return bool(_SENTENCED_TO_END.search(before[-GAP_REACH:])) or gapped_term_person(before) is not None
