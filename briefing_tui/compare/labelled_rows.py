"""Rows of a labelled list of results: under a lead-in that names what the list gives ("The proportion of votes
received by each party was as follows:", "Stimmenanteile der Parteien:", "Sièges obtenus :"), each line "CDU/CSU:
28.6% (+4.4% compared to 2021)", "Left Party: 8.8%", "Verts : 11,6 %" is a statement whose subject is its label (the
party, candidate or place the row is about) and whose first figure, right after the colon, measures what the lead-in
names (votes, seats).

Read alone, such a row has no verb and no noun after its figure: its figure measures nothing and the row is left out
as a fragment, so one outlet's whole table of results is in no claim. The figure in brackets after it is the change
since the last vote (compare/bracketed_changes.py), not the row's value."""

from __future__ import annotations

import dataclasses
import re

from briefing_tui.compare.measures import measure_of_word
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# A row: its label (one to four words, the first capitalised or an abbreviation such as "CDU/CSU", "AfD", "Die
# Linke"), a colon, then the row's first figure. Bounded: at most four words of at most 30 characters.
_LABEL_ROW = lazy_compile(
    r"\A\s{0,3}(?P<label>[A-ZÀ-Ý][\w/&.’'-]{0,30}(?:\s[\w/&.’'-]{1,30}){0,3})"  # the label
    r"\s{0,3}:\s{0,3}(?=[+\-−]?\d)")  # its colon, right before the figure
_WORD = lazy_compile(r"[^\W\d_]+")  # a word of the lead-in
MAX_ROW_WORDS = 12
"""A row is short: its label, its figure and maybe a bracketed change ("CDU/CSU: 28.6% (+4.4% compared to 2021)"); a
longer line with a colon is a sentence ("Turnout: it reached 82% in the end, the highest since ...")."""
ROW_KINDS = frozenset({"percent", "count"})
"""What a row's figure may be: a share of the votes or a count of votes or seats."""


def lead_in_measure(header: str | None) -> str | None:
    """The measure the lead-in of a list names: the first of its words that names one ("votes", "Stimmen",
    "sièges"); None for a lead-in that names none ("Here are the results:")."""
    if not header or not header.rstrip().endswith(":"):
        return None
    return next((m for w in _WORD.findall(header) if (m := measure_of_word(w.lower()))), None)


def labelled_row_figures(text: str, offset: int, header: str | None, figures: list[Figure]) -> list[Figure]:
    """The figures of a labelled row (``text`` at ``offset`` in the raw text) under a lead-in ``header`` that names a
    measure: its first figure, right after the colon, with the label as subject and the lead-in's measure; any other
    sentence's figures as they are."""
    if not figures or len(text.split()) > MAX_ROW_WORDS:
        return figures
    m = _LABEL_ROW.match(text)
    if m is None or (measure := lead_in_measure(header)) is None:
        return figures
    first = min(figures, key=lambda f: f.start)
    if first.kind not in ROW_KINDS or first.start - offset != m.end() or first.measure not in (None, measure):
        return figures
    label = re.sub(r"\s+", " ", m.group("label")).strip()
    return [dataclasses.replace(f, measure=measure, subject=label) if f is first else f for f in figures]
