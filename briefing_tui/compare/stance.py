"""Words that dispute or deny what another statement asserts ("misleading", "neither ... nor", "never").

A cue is *strong* when it rejects a framing outright and *weak* for plain negation ("not"), which
only counts against a statement that otherwise says nearly the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STRONG_CUES = (
    r"misleading", r"mislead(?:s|ing)?", r"inaccurate", r"untrue", r"false(?:ly)?", r"wrong(?:ly)?", r"incorrect(?:ly)?",
    r"mistaken(?:ly)?", r"unfounded", r"baseless", r"groundless", r"myth", r"exaggerat(?:ed|es|ion|ing)",
    r"overstat(?:ed|es|ing)", r"den(?:y|ies|ied|ying)", r"reject(?:s|ed|ing)?", r"dismiss(?:es|ed|ing)?",
    r"refut(?:e|es|ed|ing)", r"disput(?:e|es|ed|ing)", r"contradict(?:s|ed|ing)?", r"never",
    r"neither\b[^.;]{1,120}?\bnor", r"rather\s+than", r"instead\s+of", r"not\s+merely", r"not\s+simply",
    r"not\s+just", r"no\s+evidence", r"(?:does|do|did|is|are|was|were|has|have|had)\s+not\s+(?:seek|aim|want|intend|try|trying|plan)",
    r"(?:does|do|did|is|are|was|were)n[’']t\s+(?:seek|aim|want|intend|try|trying|plan)",
)
WEAK_CUES = (r"not", r"n[’']t", r"no", r"nor", r"without", r"unlikely", r"cannot")
_STRONG = re.compile(r"\b(?:" + "|".join(STRONG_CUES) + r")\b", re.I)
_WEAK = re.compile(r"\b(?:" + "|".join(WEAK_CUES) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    """A disputing cue found in a sentence: its words, strength and offsets within the sentence."""

    text: str
    strong: bool
    start: int
    end: int


def _label(words: str) -> str:
    words = " ".join(words.split())
    return "neither … nor" if words.lower().startswith("neither") else words


def find_cues(sentence: str) -> list[Cue]:
    """Every strong cue, then every weak one that is not part of a strong cue, in reading order."""
    strong = [Cue(_label(m.group(0)), True, m.start(), m.end()) for m in _STRONG.finditer(sentence)]
    weak = [Cue(m.group(0), False, m.start(), m.end()) for m in _WEAK.finditer(sentence)
            if not any(c.start <= m.start() < c.end for c in strong)]
    return sorted(strong + weak, key=lambda c: c.start)
