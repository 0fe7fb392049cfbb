"""Which conflicts of a claim holding several subjects' values are real: two versions of one subject's value.

A claim joined by measure can hold a list's figures for several subjects ("SoftBank fell 8.3%", "Super Micro
(SMCI+8.27%)", "del 8,6% para Advantest"). Two figures told of two single names ("SMCI" and "Advantest") are
weighed all the same by :func:`.two_subjects`, since a capitalised word alone may be a misread. Once the claim is
known to hold several subjects (two of its readings are two clearly named subjects' values, or ``SEVERAL_NAMES``
readings are told of names no two of which are one), its single names are names, not misreads: a conflict between
two figures told of two names that are not one is two subjects' values, not comparable. Two figures told of one
name ("Korvex" and "Korvex-Aktie"), or either of no name, are weighed as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.subject_fallback import MIN_NAME_WORD, weak_subject
from briefing_tui.compare.subject_names import is_place
from briefing_tui.compare.units import Unit
from briefing_tui.extract.names import fold
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

SEVERAL_NAMES = 3  # readings told of this many names, no two of them one, show a claim of several subjects
MIN_NAME = 2  # letters of the shortest name ("S" of "S&P" alone is a misread)

# A word of a sentence or a name, once folded (letters and digits; "-" and "'" part words).
_WORD = lazy_compile(r"\w+")


@dataclass
class Conflict:
    """Two readings of a claim found apart, with the evidence and every source giving either reading."""

    a: Figure
    unit_a: Unit
    b: Figure
    unit_b: Unit
    evidence: str
    sources: list[str]  # every source giving either reading, the first reading's first
    source_b: str  # the second reading's first source


def _name(f: Figure) -> str | None:
    """The figure's subject when it is a name a reader would take as one (not a single letter, not a place, not a
    pronoun)."""
    if not f.subject or len(f.subject) < MIN_NAME or is_place(f.subject) or weak_subject(f.subject):
        return None
    return f.subject


def _named_in(name: str, unit: Unit) -> bool:
    """Whether a word of ``name`` of ``MIN_NAME_WORD`` letters or more (the whole name when none is) is a whole word
    of the statement's sentence: "Micro" is not named in "Microsoft slipped 2.1%"."""
    words, own = set(_WORD.findall(fold(unit.text))), _WORD.findall(fold(name))
    long_words = [w for w in own if len(w) >= MIN_NAME_WORD]
    return any(w in words for w in long_words) if long_words else bool(own) and all(w in words for w in own)


def _one_name(a: str, b: str) -> bool:
    """Whether two names may be one: one subject to :func:`.same_subject` ("Linke" and "Linkspartei"), or the words
    of one among the other's ("Nvidia" and "Nvidia-Aktie")."""
    words_a, words_b = set(_WORD.findall(fold(a))), set(_WORD.findall(fold(b)))
    return same_subject(a, b) is not False or words_a <= words_b or words_b <= words_a


def _two_names(a: Figure, unit_a: Unit, b: Figure, unit_b: Unit) -> bool:
    """Whether ``a`` and ``b`` are told of two names that are not one, neither named in the other's sentence."""
    na, nb = _name(a), _name(b)
    if na is None or nb is None or _one_name(na, nb):
        return False
    return not _named_in(na, unit_b) and not _named_in(nb, unit_a)


def several_subjects(figures: list[tuple[Figure, Unit]]) -> bool:
    """Whether ``SEVERAL_NAMES`` or more of a claim's readings are told of names no two of which are one."""
    distinct: list[tuple[Figure, Unit]] = []
    for f, unit in figures:
        if _name(f) is not None and all(_two_names(f, unit, g, other) for g, other in distinct):
            distinct.append((f, unit))
    return len(distinct) >= SEVERAL_NAMES


def subject_apart(c: Conflict) -> str | None:
    """Why conflict ``c`` of a claim of several subjects is no disagreement, or None when it stands."""
    if _two_names(c.a, c.unit_a, c.b, c.unit_b):
        return (f"{c.sources[0]} '{c.a.text}' ({c.a.subject}) and {c.source_b} '{c.b.text}' ({c.b.subject}): "
                f"not weighed (two subjects' values in a claim of several subjects: not comparable)")
    return None
