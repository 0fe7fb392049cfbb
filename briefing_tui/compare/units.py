"""Statement units: one sentence of one source with what alignment needs to know about it."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.compare.concepts import concepts
from briefing_tui.compare.figures import Figure, extract_figures
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.stance import Cue, find_cues
from briefing_tui.compare.terms import capitalised_terms, content_words
from briefing_tui.compare.voice import Voice, sentence_voices
from briefing_tui.model import Entity, Quote, Source

MIN_CONTENT_WORDS = 4


@dataclass(slots=True)
class Unit:
    """A sentence ready for alignment: its words, names, entities, figures, cues and voice."""

    key: int  # position in the corpus-wide unit list
    source: Source
    source_rank: int
    index: int  # sentence index
    start: int
    end: int
    text: str
    voice: Voice
    figures: list[Figure]
    cues: list[Cue]
    words: tuple[tuple[str, str], ...]  # (stem, surface) in order
    tokens: set[str] = field(default_factory=set)
    weights: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    surface: dict[str, str] = field(default_factory=dict)  # token -> first surface form
    stems: str = ""  # sorted unique stems, for rapidfuzz


def figure_token(f: Figure) -> str | None:
    """A token two sentences share when they state the same figure (money is matched after conversion)."""
    if f.kind == "year" and f.low is not None:
        return f"#year:{f.low:g}"
    if f.kind == "period" and f.low is not None:
        return f"#period:{f.low:g}"
    if f.kind == "count" and f.low is not None:
        return f"#count:{f.low:g}:{f.unit}"
    if f.kind == "date" and f.date_low:
        return f"#date:{f.date_low[5:7]}"
    if f.kind == "percent" and f.low is not None:
        return f"#pct:{f.low:g}"
    return None


def _entity_tokens(entities: Sequence[Entity]) -> dict[tuple[str, int], set[str]]:
    out: dict[tuple[str, int], set[str]] = {}
    for e in entities:
        for m in e.mentions:
            if m.sentence is not None:
                out.setdefault((m.source, m.sentence), set()).add(f"@{e.id}")
    return out


def build_units(sources: Sequence[Source], entities: Sequence[Entity], quotes: Sequence[Quote],
                table: RateTable) -> list[Unit]:
    """Every body sentence worth aligning (headings and fragments are left out), with idf weights."""
    ents = _entity_tokens(entities)
    quotes_by_source: dict[str, list[Quote]] = {}
    for q in quotes:
        quotes_by_source.setdefault(q.source, []).append(q)
    units: list[Unit] = []
    for rank, source in enumerate(sources):
        figures = extract_figures(source, table)
        voices = sentence_voices(source.sentences, quotes_by_source.get(source.id, ()))
        headings = {i for i, p in enumerate(source.paragraphs) if p.kind == "heading"}
        for s in source.sentences:
            if s.paragraph in headings:
                continue
            words = content_words(s.text)
            if len(words) < MIN_CONTENT_WORDS:
                continue
            unit = Unit(len(units), source, rank, s.index, s.start, s.end, s.text, voices.get(s.index, Voice("outlet")),
                        figures.get(s.index, []), find_cues(s.text), words)
            terms = capitalised_terms(s.text)
            in_names = {w.lower() for t in terms for w in t.split()}
            for stem, surface in words:
                # A capitalised word counts once, as part of its name, not again as a plain word.
                if surface.lower() not in in_names or not surface[:1].isupper():
                    unit.surface.setdefault(stem, surface)
            for term in terms:
                unit.surface.setdefault("^" + term.lower(), term)
            for f in unit.figures:
                token = figure_token(f)
                if token:
                    unit.surface.setdefault(token, f.text)
            unit.tokens = set(unit.surface) | ents.get((source.id, s.index), set())
            unit.tokens |= concepts({w for w, _ in words}, s.text)
            unit.stems = " ".join(sorted({w for w, _ in words}))
            units.append(unit)
    _weigh(units)
    return units


def _weigh(units: list[Unit]) -> None:
    df = Counter(t for u in units for t in u.tokens)
    n = max(len(units), 1)
    for u in units:
        for t in u.tokens:
            boost = 1.5 if t[0] in "@#" else 1.2 if t[0] in "^~" else 1.0
            u.weights[t] = boost * math.log(1 + n / df[t])
        u.norm = math.sqrt(sum(w * w for w in u.weights.values())) or 1.0
