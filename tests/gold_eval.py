"""Score extracted quotes against hand-made gold (used by the tests and by bench/quote_eval.py).

Matching: a gold quote matches an extracted one from the same source and of the same kind when
their character spans overlap over at least half of the gold span (the gold text is located in the
source; gold text may be only the first words of a long quote, which the extracted span then covers).
Gold text that cannot be located falls back to word matching: the gold words contained in the
extracted text, or the extracted text a contained part of at least half of the gold words. Every
occurrence of a merged quote (``also_in``) is scored in its own source.

Speakers: the same name once case, accents, "the", possessives and punctuation are set aside, or
one name the other with words added ("Roy Cooper" / "Roy A. Cooper", "Red Cross" / "American Red
Cross"), company suffixes aside ("BlackBerry Ltd"); a lone surname never stands for a full name. ``None`` matches only ``None``.

A gold direct quote that lies inside an extracted reported quote counts as found with it (a quoted
fragment inside reported speech belongs to it; older gold lists such fragments on their own).

Every mistake is recorded with its class (see ``FAILURE_CLASSES``) so that a report can count them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefing_tui.corpus import Corpus

_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")
MIN_GOLD_OVERLAP = 0.5  # share of the gold span an extracted span must cover to match it
# Words that do not tell two names apart: articles, particles and company suffixes ("BlackBerry Ltd").
_NAME_STOP = frozenset({"the", "of", "and", "s", "for", "in", "on", "ltd", "inc", "corp", "plc", "llc", "co",
                        "limited", "corporation"})

FAILURE_CLASSES = {
    "missed direct": "a gold direct quote not extracted",
    "missed reported": "a gold reported quote not extracted",
    "speaker missing": "found, but no speaker where the gold names one",
    "speaker wrong": "found, with another speaker than the gold's",
    "speaker invented": "found with a speaker where the gold names nobody",
    "extra direct": "an extracted direct quote the gold does not have",
    "extra reported": "an extracted reported quote the gold does not have",
    "term as speech": "a quoted term (gold `terms`) extracted as speech",
}


def normal(text: str) -> str:
    """Casefolded words only: marks, apostrophes and spacing do not matter."""
    return _NON_WORD.sub(" ", text.replace("’", "'").casefold()).strip()


def _name_words(name: str) -> list[str]:
    from briefing_tui.extract.names import fold

    words = normal(fold(name).replace("'s ", " ").replace("’s ", " ")).split()
    return [w for w in words if w not in _NAME_STOP]


def same_speaker(gold: str | None, found: str | None) -> bool:
    """Whether an extracted speaker name is the gold one (see the module docstring)."""
    if gold is None or found is None:
        return gold is None and found is None
    g, f = _name_words(gold), _name_words(found)
    if g == f:
        return True
    small, large = (g, f) if len(g) <= len(f) else (f, g)
    return len(small) >= 2 and set(small) <= set(large)


@dataclass
class Failure:
    """One mistake: its class and a readable line."""

    kind: str
    line: str

    def __str__(self) -> str:
        return self.line


@dataclass
class Score:
    """Counts and the mistakes behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    term_as_speech: int = 0
    errors: list[Failure] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.tp if self.tp else 1.0

    def failure_counts(self) -> dict[str, int]:
        """How many mistakes of each class (classes with none left out)."""
        counts: dict[str, int] = {}
        for e in self.errors:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return counts

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.speaker_ok += other.speaker_ok
        self.term_as_speech += other.term_as_speech
        self.errors.extend(other.errors)


def occurrences(corpus: Corpus) -> list[tuple[str, str, str, str | None, int, int]]:
    """(source, kind, text, speaker, start, end) for every extracted quote and every other source carrying it."""
    out = []
    for q in corpus.quotes:
        out.append((q.source, q.kind, q.text, q.speaker, q.start, q.end))
        for o in q.also_in:
            src = corpus.source(o.source)
            out.append((o.source, q.kind, src.raw[o.start:o.end] if src else "", q.speaker, o.start, o.end))
    return out


def _matches(gold: str, found: str) -> bool:
    g, f = normal(gold), normal(found)
    return bool(g) and (g in f or (bool(f) and f in g and len(f) >= 0.5 * len(g)))


def locate(raw: str, text: str) -> list[tuple[int, int]]:
    """Every place gold ``text`` lies in ``raw``, with any run of spaces for a space ([] if none)."""
    words = text.split()
    if not words:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s+".join(map(re.escape, words)), raw)]


def _cover(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The largest share of the extracted span ``start:end`` that one gold span covers."""
    return max((min(b, end) - max(a, start)) / max(1, end - start) for a, b in spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(min(b, end) - max(a, start) >= MIN_GOLD_OVERLAP * (b - a) for a, b in spans)


def evaluate(corpus: Corpus, gold: dict, kinds: tuple[str, ...] = ("direct", "reported")) -> Score:
    """Precision, recall and speaker accuracy of ``corpus.quotes`` against ``gold`` (see module doc)."""
    score = Score()
    found = [o for o in occurrences(corpus) if o[1] in kinds and o[0] in gold]
    used = [False] * len(found)
    for sid, entry in gold.items():
        src = corpus.source(sid)
        # longest first: a short gold quote that also occurs inside a longer one must not take its match
        for g in sorted((entry or {}).get("quotes") or [], key=lambda g: -len(g["text"])):
            if g["kind"] not in kinds:
                continue
            spans = locate(src.raw, g["text"]) if src is not None else []
            cands = [i for i, o in enumerate(found) if not used[i] and o[0] == sid and o[1] == g["kind"]]
            if spans:
                hits = [i for i in cands if _overlaps(spans, found[i][4], found[i][5])]
                # the tightest extracted span: the one that is most of all this gold quote
                hit = max(hits, key=lambda i: (_cover(spans, found[i][4], found[i][5]), -i), default=None)
            else:
                hit = next((i for i in cands if _matches(g["text"], found[i][2])), None)
            absorbed = False
            if hit is None and g["kind"] == "direct" and spans and "reported" in kinds:
                # a quoted fragment inside reported speech belongs to it (issue 12): found with it
                hit = next((i for i, o in enumerate(found) if o[0] == sid and o[1] == "reported"
                            and any(o[4] <= a and b <= o[5] for a, b in spans)), None)
                absorbed = hit is not None
            if hit is None:
                score.fn += 1
                score.errors.append(Failure(f"missed {g['kind']}",
                                            f"missed  {sid} {g['kind']} {g['speaker']!s}: {g['text']!r}"))
                continue
            used[hit] = used[hit] or not absorbed
            score.tp += 1
            got = found[hit][3]
            if same_speaker(g["speaker"], got):
                score.speaker_ok += 1
            else:
                kind = ("speaker missing" if got is None else "speaker invented" if g["speaker"] is None
                        else "speaker wrong")
                score.errors.append(Failure(kind, f"speaker {sid} {g['kind']} want {g['speaker']!s} got {got!s}: "
                                                  f"{g['text']!r}"))
        terms = {normal(t) for t in (entry or {}).get("terms") or []}
        for o in found:
            if o[0] == sid and normal(o[2]) in terms:
                score.term_as_speech += 1
                score.errors.append(Failure("term as speech",
                                            f"term    {sid} quoted term reported as speech: {o[2]!r}"))
    for i, o in enumerate(found):
        if not used[i]:
            score.fp += 1
            score.errors.append(Failure(f"extra {o[1]}", f"extra   {o[0]} {o[1]} {o[3]!s}: {o[2][:90]!r}"))
    return score


def load_gold_dir(root: Path) -> tuple[list[Path], dict]:
    """The article files and the merged quote gold of a gold folder (``quotes_*.yaml`` + ``pages/*.txt``).

    Returns ([], {}) when the folder has no quote gold. Only articles the gold covers are loaded.
    """
    gold: dict = {}
    for path in sorted(root.glob("quotes_*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        gold.update({k: v for k, v in data.items() if isinstance(v, dict)})
    files = [root / "pages" / f"{stem}.txt" for stem in gold]
    files = [f for f in files if f.is_file()]
    kept = {f.stem for f in files}
    return files, {k: v for k, v in gold.items() if k in kept}


def gold_size(gold: dict) -> dict[str, int]:
    """Articles and quotes (all, direct, reported) in ``gold``."""
    quotes = [q for e in gold.values() for q in (e.get("quotes") or [])]
    return {"articles": len(gold), "quotes": len(quotes),
            "direct": sum(q["kind"] == "direct" for q in quotes),
            "reported": sum(q["kind"] == "reported" for q in quotes)}
