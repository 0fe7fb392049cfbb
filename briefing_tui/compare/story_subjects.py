"""Subjects the story knows as names: a figure's subject that no sentence of the story writes as a name is none.

A sentence's first word is capitalised whatever it is ("Families of three of the six construction workers killed",
"Cases have been identified in nine counties", "Results showed that he secured about 40 %"): read as a subject, it
is a name only when it is an acronym, or the story writes one of its words capitalised elsewhere than at a sentence's
start, or names it as a place or as one of its entities (:func:`~briefing_tui.compare.align.known_names`,
:func:`~briefing_tui.compare.scopes_of_place.place_names`).
Applied to every figure once the claims by wording are aligned and the measures a figure leaves unsaid are read
(:mod:`~briefing_tui.compare.measure_inference`), before the claims by measure gather, so that groups, titles and
verdicts see one subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from briefing_tui.compare.subject_names import is_acronym
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity

# What splits a subject into its words ("CDU/CSU", "Castilla-La Mancha").
_WORD_SPLIT = lazy_compile(r"[\s/-]+")


def story_subject(subject: str | None, names: frozenset[str]) -> str | None:
    """The subject if the story knows it as a name: one of its words is written capitalised somewhere else than at
    a sentence's start, or names a place (``names``: those words, lower case); else None ("Families of three of the
    six workers killed", "Cases have been identified": a sentence's first word, no name). A lower-case subject is a
    scope the text gives, kept."""
    if not subject or not subject[:1].isupper():
        return subject
    if any(is_acronym(w) for w in subject.split()):
        return subject  # ("KMT", "TPP": an acronym is a name wherever it stands)
    words = set(_WORD_SPLIT.split(subject.lower())) - {""}
    return subject if words & names else None


def with_story_subjects(units: Iterable[Unit], names: frozenset[str], entities: Iterable[Entity] = ()) -> None:
    """Each unit's figures with subjects the story knows as names (:func:`story_subject`), in place; the words of
    the story's ``entities`` (their names and aliases) are names too."""
    names = names | frozenset(w for e in entities for n in (e.name, *e.aliases)
                              for w in _WORD_SPLIT.split(n.lower()) if w)
    for u in units:
        for k, f in enumerate(u.figures):
            own = story_subject(f.subject, names)
            if own != f.subject:
                u.figures[k] = replace(f, subject=own)
