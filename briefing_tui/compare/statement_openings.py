"""A statement's opening words as a claim's title, where no noun phrase of it reads as a whole ("The federal jury
found McGee 67% responsible…")."""

from __future__ import annotations

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.safety import blank_escapes

# A dateline opening the sentence: a place in capitals, maybe a region after a comma, then a colon or a dash
# ("LA PAZ: ", "NEW YORK — ", "SEOUL, South Korea – ", "LIMA.- ", two places: "PARIS/LYON - "): where the report was
# filed, no word of the claim.
DATELINE = lazy_compile(r"\A[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’/-]{1,30}(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s?(?::|[—–-])\s")
# The same, closed by a dash only: a capitalised name and a colon may be a list's item ("SPD: 16%"), a dash is a
# dateline's ("PARIS/LYON - Twelve people were ..."), whose place is no figure's subject.
DASH_DATELINE = lazy_compile(r"\A\s{0,3}[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’/-]{1,30}(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?\s[—–-]\s")

FUNCTION_WORDS = frozenset("of the a an and or to in for with that by on at as from its their his her".split())
OPENING_WORDS = 10  # the most words of a statement's opening a title takes
MIN_CLAUSE_WORDS = 4  # a clause shorter than this is not cut at


def opening_words(text: str) -> str:
    """A statement's opening as a title: its first clause, or its first ``OPENING_WORDS`` words (then
    "…"), without trailing function words ("The federal jury found McGee 67% responsible and the automaker…")."""
    words = DATELINE.sub("", " ".join(blank_escapes(text).split())).strip(" \"'“”‘’").split()
    cut = len(words) > OPENING_WORDS
    kept: list[str] = []
    for w in words[:OPENING_WORDS]:
        kept.append(w)
        if len(kept) >= MIN_CLAUSE_WORDS and w[-1:] in ",;:—":
            cut = True
            break
    while len(kept) > 1 and kept[-1].lower().strip(",;:—") in FUNCTION_WORDS:
        kept.pop()
        cut = True
    title = " ".join(kept).rstrip(",;:—.")
    return title + ("…" if cut else "")
