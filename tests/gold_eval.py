"""Score extracted quotes against hand-made gold (used by the tests and by bench/quote_eval.py).

A gold quote matches an extracted one from the same source and of the same kind when the gold words
are contained in the extracted text, or the extracted text is a contained part of at least half of
the gold words. Every occurrence of a merged quote (``also_in``) is scored in its own source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.corpus import Corpus

_NON_WORD = re.compile(r"[^\w]+")


def normal(text: str) -> str:
    """Casefolded words only: marks, apostrophes and spacing do not matter."""
    return _NON_WORD.sub(" ", text.replace("’", "'").casefold()).strip()


@dataclass
class Score:
    """Counts and the mistakes behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    term_as_speech: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.speaker_ok += other.speaker_ok
        self.term_as_speech += other.term_as_speech
        self.errors.extend(other.errors)


def occurrences(corpus: Corpus) -> list[tuple[str, str, str, str | None]]:
    """(source, kind, text, speaker) for every extracted quote and every other source carrying it."""
    out = []
    for q in corpus.quotes:
        out.append((q.source, q.kind, q.text, q.speaker))
        for o in q.also_in:
            src = corpus.source(o.source)
            out.append((o.source, q.kind, src.raw[o.start:o.end] if src else "", q.speaker))
    return out


def _matches(gold: str, found: str) -> bool:
    g, f = normal(gold), normal(found)
    return bool(g) and (g in f or (bool(f) and f in g and len(f) >= 0.5 * len(g)))


def evaluate(corpus: Corpus, gold: dict, kinds: tuple[str, ...] = ("direct", "reported")) -> Score:
    """Precision, recall and speaker accuracy of ``corpus.quotes`` against ``gold`` (see module doc)."""
    score = Score()
    found = [o for o in occurrences(corpus) if o[1] in kinds and o[0] in gold]
    used = [False] * len(found)
    for sid, entry in gold.items():
        for g in entry.get("quotes") or []:
            if g["kind"] not in kinds:
                continue
            hit = next((i for i, o in enumerate(found) if not used[i] and o[0] == sid and o[1] == g["kind"]
                        and _matches(g["text"], o[2])), None)
            if hit is None:
                score.fn += 1
                score.errors.append(f"missed  {sid} {g['kind']} {g['speaker']!s}: {g['text']!r}")
                continue
            used[hit] = True
            score.tp += 1
            if found[hit][3] == g["speaker"]:
                score.speaker_ok += 1
            else:
                score.errors.append(f"speaker {sid} {g['kind']} want {g['speaker']!s} got {found[hit][3]!s}: "
                                    f"{g['text']!r}")
        terms = {normal(t) for t in entry.get("terms") or []}
        for i, o in enumerate(found):
            if o[0] == sid and normal(o[2]) in terms:
                score.term_as_speech += 1
                score.errors.append(f"term    {sid} quoted term reported as speech: {o[2]!r}")
    for i, o in enumerate(found):
        if not used[i]:
            score.fp += 1
            score.errors.append(f"extra   {o[0]} {o[1]} {o[3]!s}: {o[2][:90]!r}")
    return score
