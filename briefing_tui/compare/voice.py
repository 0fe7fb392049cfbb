"""Whose voice a sentence is: the outlet's own, a quoted speaker or a reported one.

Quotes from ``corpus.quotes`` (the extraction stage) win; without them a light reading of the
sentence finds "X said", "according to X" and quotation marks. A pronoun ("he said") takes the
speaker named in the nearest earlier attribution of the same source, at most three sentences back;
otherwise the speaker stays unknown (None).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.compare.terms import NOT_NAMES
from briefing_tui.model import Quote, Sentence

_VERBS = (r"said|says|say|noted|notes|note|added|adds|told|tells|believes|believe|explains|explained|argues|argued|"
          r"warned|warns|stressed|stresses|highlights|highlighted|points out|pointed out|claims|claimed|insisted|insists|"
          r"observes|observed|wrote|writes|thinks|thought|suggests|suggested|stated|states|announced|announces|emphasised|"
          r"emphasized|remarked|commented")
_TITLE = r"(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|President|Minister|Prime Minister)\s+)?"
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_PRONOUN = r"(?P<pron>\b(?:he|she|they)\b)"
_ATTRIBUTION = re.compile(
    rf"{_TITLE}(?P<n1>{_NAME_WORDS})(?:,\s[^,]{{3,120}},)?\s+(?:{_VERBS})\b"
    rf"|\b(?i:according to)\s+{_TITLE}(?P<n2>{_NAME_WORDS})"
    rf"|\b(?i:as)\s+{_TITLE}(?P<n4>{_NAME_WORDS})\s+(?:{_VERBS})\b"
    rf"|\b(?:{_VERBS})\s+{_TITLE}(?P<n3>{_NAME_WORDS})\b"
    rf"|{_PRONOUN}\s+(?:{_VERBS})\b"
    rf"|\b(?:according to|reported by)\s+(?P<anon>[a-z][\w\s]{{2,40}}?(?:sources|reports|officials|media|experts|analysts))",
)
_QUOTED = re.compile(r"[“\"«][^”\"»]{12,}[”\"»]")
_NOT_SPEAKERS = frozenset({"It", "This", "That", "There", "Japan", "China", "Russia", "Tokyo", "The", "Experts", "Analysts"})


@dataclass(frozen=True, slots=True)
class Voice:
    """The outlet ("outlet"), a direct quotation ("quoted") or reported speech ("reported"), and who."""

    kind: str
    speaker: str | None = None


@lru_cache(maxsize=1 << 15)
def _attribution(text: str) -> tuple[bool, str | None, bool]:
    """(attributed?, speaker name or None, by pronoun?) for one sentence."""
    for m in _ATTRIBUTION.finditer(text):
        name = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        if name and name.split()[0] not in _NOT_SPEAKERS and name.split()[0].lower() not in NOT_NAMES:
            return True, re.sub(r"[’']s$", "", name), False
        if m.group("pron"):
            return True, None, True
        if m.group("anon"):
            return True, None, False
    return False, None, False


def sentence_voices(sentences: Sequence[Sentence], quotes: Iterable[Quote] = ()) -> dict[int, Voice]:
    """The voice of every sentence of one source, keyed by sentence index."""
    by_sentence: dict[int, Quote] = {}
    spans = sorted(((q.start, q.end, q) for q in quotes), key=lambda t: (t[0], t[1]))
    for s in sentences:
        for start, end, q in spans:
            if start < s.end and s.start < end:
                by_sentence.setdefault(s.index, q)
    voices: dict[int, Voice] = {}
    last_named: tuple[int, str] | None = None
    for s in sentences:
        q = by_sentence.get(s.index)
        if q is not None:
            kind = "quoted" if q.kind == "direct" else "reported"
            voices[s.index] = Voice(kind, q.speaker)
            if q.speaker:
                last_named = (s.index, q.speaker)
            continue
        attributed, name, pronoun = _attribution(s.text)
        quoted = bool(_QUOTED.search(s.text)) and attributed
        if not attributed:
            voices[s.index] = Voice("outlet")
            continue
        if name is None and pronoun and last_named and s.index - last_named[0] <= 3:
            name = last_named[1]
        if name:
            last_named = (s.index, name)
        voices[s.index] = Voice("quoted" if quoted else "reported", name)
    return voices
