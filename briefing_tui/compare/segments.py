"""A sentence cut into clauses around its measured figures: a claim by measure states the clause of its own
figure, not the whole sentence, when the sentence gives figures of several measures ("The jury awarded a
total of $329 million in damages, | holding Tesla responsible for $43 million in compensatory damages |
(reflecting 33% of the $129 million awarded) | and $200 million in punitive damages, ..."). Figures with no
clause break between them ("fell from 25 percent to 15 percent") stay in one clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.lazy_pattern import lazy_compile

# Where a clause may end between two figures: a comma, semicolon, colon, bracket or dash.
CLAUSE_BREAK = lazy_compile(r"[,;:()\[\]—–]|\s-\s")
# What a clause does not start or end with: spaces, the punctuation that split it off, a joining word.
_LEAD = lazy_compile(r"(?:[\s,;:—–-]|(?:and|or|but|while|whereas)\b){1,12}", re.I)
_TRAIL = lazy_compile(r"(?<![\s,;:—–-])[\s,;:—–-]{1,12}$")


def figure_clauses(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each figure span (offsets in ``text``, in reading order), the (start, end) of its clause in
    ``text``: the sentence is cut at the first clause break after each figure that has another figure
    after it in the sentence with a break between them. One figure: the whole sentence."""
    if not spans:
        return []
    cuts = [0]
    owners: list[int] = [0]  # the clause index of each figure
    for (_, end), (start, _) in zip(spans, spans[1:]):
        m = CLAUSE_BREAK.search(text, end, start)
        if m is not None:
            cuts.append(m.start() if m.group(0) in "([" else m.end())
        owners.append(len(cuts) - 1)
    cuts.append(len(text))
    clauses = [_trimmed(text, cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]
    return [clauses[k] for k in owners]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """A clause without leading or trailing separators (never empty: an empty trim keeps the bounds)."""
    lead = _LEAD.match(text, a, b)
    start = lead.end() if lead else a
    trail = _TRAIL.search(text, start, b)
    end = trail.start() if trail else b
    return (start, end) if end > start else (a, b)
