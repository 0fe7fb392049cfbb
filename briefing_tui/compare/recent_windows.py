"""The dead or injured of a short recent window: "107 were killed in the previous 24 hours", "the past 24 hours ...,
resulting in 104 deaths", "nas últimas 24 horas, ao serem mortas 107 pessoas".

A war or a disaster reported over days has its toll since the start and, beside it, the toll of the last day
("606 killed since 13 June ... 107 in the past 24 hours"). The day's count is a part of the toll, never weighed
against it: a count of the dead or injured whose sentence names such a window before it, or whose own clause names it
after it, is of its own kind ("recent dead", "recent injured": compare/measure_kinds.py). A sentence that gives a
toll or a total ("the death toll rose to 606 in the past 24 hours") or tells the rise of a running count is the toll
itself, not the day's.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

RECENT = "recent"  # the kind a short recent window gives a measure (compare/measure_kinds.py's OWN_KINDS)
RECENT_MEASURES = frozenset("dead injured".split())  # counts a recent window scopes
# The window: the last one or two days counted in hours, or the last day, one alternative per language per line
# (a number of hours of one or two digits: "the past 12 days" is the whole war, not a window).
_WINDOW = lazy_compile(
    r"\b(?:(?:in|over|during|within)\s{1,3})?the\s{1,3}(?:past|last|previous|preceding)\s{1,3}"
    r"(?:\d{1,2}|twenty-four|forty-eight)\s{1,3}hours\b"
    r"|\b(?:in|over|during|within)\s{1,3}the\s{1,3}(?:past|last|previous)\s{1,3}day\b"
    r"|\b(?:n|d)?as\s{1,3}últimas\s{1,3}\d{1,2}\s{1,3}horas\b"  # Portuguese and Spanish ("en las", "nas")
    r"|\b(?:au\s{1,3}cours\s{1,3}des|dans\s{1,3}les|ces)\s{1,3}(?:\d{1,2}\s{1,3})?dernières\s{1,3}(?:\d{1,2}\s{1,3})?heures\b"
    r"|\b(?:in\s{1,3}den|binnen)\s{1,3}(?:letzten|vergangenen)\s{1,3}\d{1,2}\s{1,3}Stunden\b"
    r"|\bnelle\s{1,3}ultime\s{1,3}\d{1,2}\s{1,3}ore\b",
    re.I)
# Words of a running toll or its rise, anywhere in the sentence before the count or between the count and its window
# after it: the count is then the toll ("the death toll rose to 606 in the past 24 hours"), one alternative per
# language per line.
_TOLL_WORDS = lazy_compile(
    r"\b(?:toll|tolls|total|tally|rose|risen|climbed|reached|bringing|brings|brought|up\s{1,3}from"
    r"|bilan|balance|saldo|cifra|Bilanz|Opferzahl|bilancio"
    r"|subiu|subió|aumentou|aumentó|passe|passé|stieg|gestiegen|salito)\b",
    re.I)
WINDOW_REACH = 220  # characters of the sentence before a count searched for its window
WINDOW_AFTER = 80  # characters after a count searched for a window in its own clause
# What ends the count's own clause after it (a comma, or another figure: "606 killed, 107 in the past 24 hours").
_CLAUSE_END = re.compile(r"[,;:.()\[\]\d—–]")


def recent(measure: str | None, after: str, before: str) -> str | None:
    """"recent dead" or "recent injured" for a count of the dead or injured of a short recent window (see the
    module's docstring), else the measure."""
    if measure not in RECENT_MEASURES:
        return measure
    reach = before[-WINDOW_REACH:]
    if _TOLL_WORDS.search(reach):
        return measure
    if _WINDOW.search(reach):
        return f"{RECENT} {measure}"
    window = _WINDOW.search(after[:WINDOW_AFTER])
    between = after[:window.start()] if window else ""
    if window and not _CLAUSE_END.search(between) and not _TOLL_WORDS.search(between):
        return f"{RECENT} {measure}"
    return measure
