"""A sentence cut into clauses around its measured figures: a claim by measure states the clause of its own
figure, not the whole sentence, when the sentence gives figures of several measures ("The jury awarded a
total of $329 million in damages, | holding Tesla responsible for $43 million in compensatory damages |
(reflecting 33% of the $129 million awarded) | and $200 million in punitive damages, ..."). Figures with no
clause break between them ("fell from 25 percent to 15 percent") stay in one clause.

Two clauses joined by a conjunction are two statements too ("At least three people died | and 80 were trapped
in the building"; "eliminate tariffs on 99% of UK exports | and reduce tariffs on 90% of Indian products"): a
conjunction ends the clause of the figure before it when words of that clause follow the figure (its predicate:
"died"), and either the figure opens its clause (it is what the clause is about) or words open the next conjunct
before its figure (a verb of its own: "reduce"). Two things of one predicate stay one clause: a conjunction right
after the figure ("carrying 175 passengers and six crew members", "between 110,000 and 150,000 people"), or a
figure after the verb both share ("has 6.9% of the votes and one seat", "killed 241 people on board and at least
29 on the ground")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_tui.lazy_pattern import lazy_compile

# Where a clause may end between two figures: a comma, semicolon, colon, bracket or dash.
CLAUSE_BREAK = lazy_compile(r"[,;:()\[\]—–]|\s-\s")
# A colon between digits: inside a clock time or a score ("struck at 11:11 p.m.", "won 3:1"), never a clause's end.
DIGIT_COLON = lazy_compile(r"\d:\d")
# Words that join two clauses, in the languages of the corpus (English, German, French, Spanish, Italian and
# Portuguese): "and", "but", "while", "whereas" ("or" is left out: "three or four people" is one figure's range).
COORDINATORS = (
    "and|but|while|whereas"  # English
    "|und|aber|während|sowie"  # German
    "|et|mais|tandis"  # French
    "|y|pero|mientras"  # Spanish
    "|e|ma|mentre"  # Italian, Portuguese
)
# Punctuation that ends a clause before a figure, whether or not a figure precedes it ("In Thailand, at least ...").
CLAUSE_MARKS = ",;:()[]—–"
# A conjunction between two figures, a whole word set off by spaces (lower case: mid-sentence).
COORDINATION = lazy_compile(rf"\s(?:{COORDINATORS})\s")
# A word: what tells a clause's own predicate before a conjunction from a figure's bare neighbour.
_WORD = lazy_compile(r"[^\W\d_]")
# What a clause does not start or end with: spaces, the punctuation that split it off, a joining word.
_LEAD = lazy_compile(r"(?:[\s,;:—–-]|(?:and|or|but|while|whereas)\b){1,12}", re.I)
# The same after a cut, with the conjunction that made it in whatever language ("und", "et": a sentence's own
# first word, "Ma", may be a name).
_LEAD_AFTER_CUT = lazy_compile(rf"(?:[\s,;:—–-]|(?:or|{COORDINATORS})\b){{1,12}}", re.I)
_TRAIL = lazy_compile(r"(?<![\s,;:—–-])[\s,;:—–-]{1,12}$")


def figure_clauses(text: str, spans: Sequence[tuple[int, int]],
                   measures: Sequence[str | None] | None = None,
                   scopes: Sequence[str | None] | None = None) -> list[tuple[int, int]]:
    """For each figure span (offsets in ``text``, in reading order), the (start, end) of its clause in
    ``text``: the sentence is cut at the first clause break after each figure that has another figure
    after it in the sentence with a break between them. One figure: the whole sentence. With ``measures``
    (each figure's measure, None for none), a conjunction cuts only between figures of two measures: two
    figures of one measure, or one without a measure, may be one statement's ("killed 241 people on board
    and at least 29 on the ground"), unless ``scopes`` (each figure's place or subject, None for none) tell
    two parts of a whole apart ("seven fatalities in Castilla-La Mancha | and one in Andalucía")."""
    if not spans:
        return []
    cuts = [0]
    owners: list[int] = [0]  # the clause index of each figure
    for k, ((_, end), (start, _)) in enumerate(zip(spans, spans[1:])):
        m = _clause_break(text, end, start)
        if m is not None:
            cuts.append(m.start() if m.group(0) in "([" else m.end())
        elif measures is None or (measures[k] and measures[k + 1] and measures[k] != measures[k + 1]):
            cut = _coordination(text, end, start, _opens(text, cuts[-1], spans[k][0]))
            if cut is not None:
                cuts.append(cut)
        elif scopes is not None and measures[k] and scopes[k] and scopes[k + 1] and scopes[k] != scopes[k + 1] \
                and (joint := COORDINATION.search(text, end, start)) is not None:
            cuts.append(joint.start())  # two parts of one measure's whole, each its own place: two statements
        owners.append(len(cuts) - 1)
    cuts.append(len(text))
    clauses = [_trimmed(text, cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]
    return [clauses[k] for k in owners]


def _clause_break(text: str, end: int, start: int) -> re.Match[str] | None:
    """The first clause break between ``end`` and ``start``, passing over the colon of a clock time (read in the
    whole text: the digits around it may lie outside the gap)."""
    for m in CLAUSE_BREAK.finditer(text, end, start):
        if not (m.group(0) == ":" and m.start() > 0 and DIGIT_COLON.match(text, m.start() - 1)):
            return m
    return None


def _opens(text: str, a: int, start: int) -> bool:
    """Whether the figure starting at ``start`` opens its clause (the clause starting at ``a`` at the latest):
    nothing but punctuation or a joining word before it since the last mark of a clause ("In Thailand, at least
    three people were killed", "Two people survived"), no verb or subject of which it is the object ("The Green
    Party has 6.9%")."""
    head = text[a:start]
    rest = head[max(head.rfind(c) for c in CLAUSE_MARKS) + 1:]
    lead = _LEAD_AFTER_CUT.match(rest)
    return _WORD.search(rest, lead.end() if lead else 0) is None


def _coordination(text: str, end: int, start: int, opens: bool) -> int | None:
    """Where a conjunction between a figure ending at ``end`` and the next one starting at ``start`` ends the
    first one's clause (at the conjunction), or None (see the module docstring; ``opens``: the first figure
    opens its clause)."""
    m = COORDINATION.search(text, end, start)
    if m is None or _WORD.search(text, end, m.start()) is None:
        return None  # ("175 passengers and six crew members")
    if not opens and _WORD.search(text, m.end(), start) is None:
        return None  # ("has 6.9% of the votes and one seat")
    return m.start()


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """A clause without leading or trailing separators (never empty: an empty trim keeps the bounds)."""
    lead = (_LEAD_AFTER_CUT if a else _LEAD).match(text, a, b)
    start = lead.end() if lead else a
    trail = _TRAIL.search(text, start, b)
    end = trail.start() if trail else b
    return (start, end) if end > start else (a, b)
