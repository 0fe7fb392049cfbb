"""Statement units: one sentence of one source with what alignment needs to know about it."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.compare.concepts import concepts
from briefing_tui.compare.counters import names_counter
from briefing_tui.compare.figure_patterns import PERCENTAGE_POINT
from briefing_tui.compare.labelled_rows import labelled_row_figures
from briefing_tui.compare.result_rows import result_row_figures
from briefing_tui.compare.table_rows import table_row_figures
from briefing_tui.model import Figure
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.said_words import EntitySpans, attribution_tokens, sentence_entity_spans, speaker_mentions
from briefing_tui.compare.statement_cache import (FigureMemo, SourceFigures, figures_of, sentence_figures,
                                                  statement_sentences)
from briefing_tui.compare.stance import Cue, find_cues
from briefing_tui.compare.terms import capitalised_terms, content_words
from briefing_tui.compare.voice import Voice, sentence_voices
from briefing_tui.model import Entity, Quote, Source
from briefing_tui.safety import blank_escapes

MIN_CONTENT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a unit's sentence stands in one source (the same words recur across wires and digests)."""

    source: Source
    source_rank: int
    index: int  # sentence index
    start: int
    end: int


@dataclass(slots=True)
class Unit:
    """A sentence ready for alignment: its words, names, entities, figures, cues and voice.

    Identical sentences (same words, figures read alike, same voice) in several sources are one unit
    with several ``occurrences``; the fields ``source`` .. ``end`` are the first occurrence's.
    """

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
    occurrences: list[Occurrence] = field(default_factory=list)
    ranks: frozenset[int] = frozenset()  # source ranks of the occurrences
    contexts: dict[int, set[str]] = field(default_factory=dict)  # figure start -> stems around it (verdict)
    actors: frozenset[str] | None = None  # names and entities it speaks of (align, once known names are)
    attribution: frozenset[str] = frozenset()  # tokens only of who speaks, outside what is said (said_words.py)

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
        return f"#pct:{f.low:g}{f.unit if f.unit == PERCENTAGE_POINT else ''}"  # ("#pct:3pp": points, not 3%)
    return None


def sentence_entities(entities: Sequence[Entity], spans: EntitySpans | None = None
                      ) -> dict[tuple[str, int], set[str]]:
    """The entity tokens ("@id") of each sentence, by (source id, sentence index) (``spans``: where they stand,
    :func:`~.said_words.sentence_entity_spans`, when read already)."""
    spans = sentence_entity_spans(entities) if spans is None else spans
    return {key: {token for _, _, token, _ in found} for key, found in spans.items()}


@dataclass(frozen=True, slots=True)
class Features:
    """What a sentence's words alone say (shared by every occurrence of the same text)."""

    words: tuple[tuple[str, str], ...]
    cues: tuple[Cue, ...]
    surface: tuple[tuple[str, str], ...]  # (token, surface) for stems and names, in order
    concepts: frozenset[str]
    stems: str


SourceFeatures = dict[int, Features]
"""The features of a source's statement sentences by sentence index (what depends on its text alone)."""


@lru_cache(maxsize=1 << 15)
def sentence_features(text: str, language: str | None = None) -> Features:
    """What a sentence's words alone say: its content words, cues, name and word tokens, concepts and stems
    (``language``: the source's, whose function words are no content words: :func:`.terms.content_words`)."""
    words = content_words(text, language)
    terms = capitalised_terms(text, language)
    in_names = {w.lower() for t in terms for w in t.split()}
    surface: dict[str, str] = {}
    for stem, word in words:
        # A capitalised word counts once, as part of its name, not again as a plain word.
        if word.lower() not in in_names or not word[:1].isupper():
            surface.setdefault(stem, word)
    for term in terms:
        surface.setdefault("^" + term.lower(), term)
    stems = {w for w, _ in words}
    return Features(words, tuple(find_cues(text)), tuple(surface.items()), frozenset(concepts(stems, text)),
                    " ".join(sorted(stems)))


def source_features(source: Source) -> SourceFeatures:
    """The features of every statement sentence of ``source`` (body sentences; an escape's payload is no
    word of the article)."""
    return {s.index: sentence_features(blank_escapes(s.text), source.language) for s in statement_sentences(source)}


def _figure_key(figures: Sequence[Figure], published: str | None, table: RateTable) -> tuple:
    """How a sentence's figures read, independent of where they stand (money with its dated rate)."""
    out = []
    for f in figures:
        rate = table.rate(f.unit or "", published) if f.kind == "money" else None
        out.append((f.kind, f.low, f.high, f.unit, f.qualifier, f.date_low, f.date_high, f.relative,
                    rate.value if rate else None))
    return tuple(out)


def build_units(sources: Sequence[Source], entities: Sequence[Entity], quotes: Sequence[Quote],
                table: RateTable, memo: FigureMemo | None = None,
                rows_of: dict[str, SourceFigures] | None = None,
                features_of: Mapping[str, SourceFeatures] | None = None) -> list[Unit]:
    """Every body sentence worth aligning (headings and fragments are left out), with idf weights.

    A sentence that recurs word for word (with figures read alike, the same voice and entities) in
    other sources joins the first one's unit as another occurrence, so recombined or syndicated
    corpora cost what their distinct sentences cost. Each source's figures are read once, through
    ``memo`` when given (:mod:`~briefing_tui.compare.statement_cache`), or taken from ``rows_of`` when
    the caller read them already; so are its sentences' features (``features_of``, else read here).
    """
    spans_of = sentence_entity_spans(entities)
    ents = sentence_entities(entities, spans_of)
    rows_of = figures_of(sources, table, memo) if rows_of is None else rows_of
    if features_of is None:
        features_of = features_of_sources(sources, memo)
    quotes_by_source: dict[str, list[Quote]] = {}
    for q in quotes:
        quotes_by_source.setdefault(q.source, []).append(q)
    units: list[Unit] = []
    by_key: dict[tuple, Unit] = {}
    for rank, source in enumerate(sources):
        voices = sentence_voices(source.sentences, quotes_by_source.get(source.id, ()))
        seen_here: Counter = Counter()
        features = features_of[source.id]
        for s in statement_sentences(source):
            # (a row short of one: read here)
            feats = features.get(s.index) or sentence_features(blank_escapes(s.text), source.language)
            figures = sentence_figures(rows_of[source.id], source, s)
            # a table row's figures: its name's, measuring what their column's header says
            section = source.paragraphs[s.paragraph].section if s.paragraph < len(source.paragraphs) else None
            figures = table_row_figures(s.text, s.start, section, figures)
            # a labelled row of results ("CDU/CSU: 28.6%" under "The share of votes of each party:"): its label's
            figures = labelled_row_figures(s.text, s.start, section, figures)
            # a row of results pasted as a line ("AP (Labour) 28,17% (+1,9%) 53 sièges (+5)"): its name's
            figures = result_row_figures(s.text, s.start, source.raw, figures)
            if len(feats.words) < MIN_CONTENT_WORDS and _short(s.text) and not any(f.measure for f in figures) and not (
                    any(f.kind == "count" for f in figures) and names_counter(s.text)):
                continue  # a fragment, unless it gives a figure that says what it counts, or a count by its counter
            voice = voices.get(s.index, Voice("outlet"))
            entity_tokens = ents.get((source.id, s.index), set())
            key = (s.text, voice, _figure_key(figures, source.published, table), tuple(sorted(entity_tokens)))
            seen_here[key] += 1
            key += (seen_here[key],)  # a sentence repeated inside one source stays two units
            occurrence = Occurrence(source, rank, s.index, s.start, s.end)
            unit = by_key.get(key)
            if unit is not None:
                unit.occurrences.append(occurrence)
                continue
            unit = Unit(len(units), source, rank, s.index, s.start, s.end, s.text, voice, figures, list(feats.cues),
                        feats.words, occurrences=[occurrence])
            unit.surface = dict(feats.surface)
            for f in figures:
                token = figure_token(f)
                if token:
                    unit.surface.setdefault(token, f.text)
            if entity_tokens:
                # A name the extraction resolved counts once, as its entity, not again as a capitalised run.
                slugs = {t.split(":", 1)[-1] for t in entity_tokens}
                for t in [t for t in unit.surface if t.startswith("^") and t[1:].replace(" ", "-") in slugs]:
                    del unit.surface[t]
            unit.tokens = set(unit.surface) | entity_tokens | feats.concepts
            if voice.said and voice.speaker:
                mentions = [(a - s.start, b - s.start, t, name)
                            for a, b, t, name in spans_of.get((source.id, s.index), ())]
                unit.attribution = unit.tokens & attribution_tokens(
                    s.text, voice.said, speaker_mentions(s.text, voice.speaker, mentions), source.language, mentions,
                    [(f.start - s.start, f.end - s.start, t) for f in figures if (t := figure_token(f))],
                    sentence_features)
            unit.stems = feats.stems
            by_key[key] = unit
            units.append(unit)
    for unit in units:
        unit.ranks = frozenset(o.source_rank for o in unit.occurrences)
    _weigh(units)
    return units


def _short(text: str) -> bool:
    """Whether a sentence is a fragment: fewer than ``MIN_CONTENT_WORDS`` words other than English stopwords, its
    language's function words counted as words ("Am Mittwoch ist die Bilanz auf 225 gestiegen" is a sentence)."""
    return len(content_words(blank_escapes(text))) < MIN_CONTENT_WORDS


def features_of_sources(sources: Sequence[Source], memo: FigureMemo | None = None) -> dict[str, SourceFeatures]:
    """The sentence features of each source by id, through ``memo`` when given (kept ones read back)."""
    if memo is not None:
        return memo.sentence_features(sources, source_features)
    return {s.id: source_features(s) for s in sources}


def _weigh(units: list[Unit]) -> None:
    df = Counter(t for u in units for t in u.tokens)
    n = max(len(units), 1)
    for u in units:
        for t in u.tokens:
            boost = 1.5 if t[0] in "@#" else 1.2 if t[0] in "^~" else 1.0
            u.weights[t] = boost * math.log(1 + n / df[t])
        u.norm = math.sqrt(sum(w * w for w in u.weights.values())) or 1.0
