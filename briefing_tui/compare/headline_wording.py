"""A page's headline that states a claim in words, with no figure to place it (issue 11).

"Labour wins UK election as Starmer unseats Sunak", "Vietnam tycoon sentenced to death": the outlet's own claim,
clipped, with no figure :mod:`~briefing_tui.compare.headline_claims` could attach by its value. Once the claims
are judged, :func:`attach_headline_wording` reads such a headline as the alignment reads a sentence (a
:class:`~briefing_tui.compare.units.Unit`, weighed by the story's own word frequencies) and adds it to the one
claim by wording (or of when an event happened) whose statement it is plainly the same as: scored by the
alignment's own :func:`~briefing_tui.compare.align.similarity` at least :data:`SAME_HEADLINE`, naming a name
(or entity) that statement names, and holding no statement of the headline's source yet. A headline joins at
most one claim, and never changes a verdict, but for a single source's claim another source's headline now
restates: it agrees.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.compare.align import known_names, similarity_reaching
from briefing_tui.compare.title_case import title_case
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.headline_claims import attach_headlines
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.units import Unit, sentence_entities, sentence_features
from briefing_tui.compare.voice import Voice
from briefing_tui.model import VERDICTS, Claim, Entity, FigureKind, Sentence, Source, Statement
from briefing_tui.safety import blank_escapes

SAME_HEADLINE = 0.25
"""A headline and a statement scoring this much by the alignment's similarity (0..1) say the same thing. Below the
alignment's link between two body sentences (``LINK``): a headline is clipped, so it shares few words with the
body's long sentence and its containment counts for little; a shared name and a shared word of what happened are
asked besides. (On the study sets, "Labour wins UK election as Starmer unseats Sunak" scores 0.33 with "Labour
leader Sir Keir Starmer has won the UK general election", and headlines restating nothing score up to 0.30.)"""
NAME_BOOST = 1.2
"""The weight boost of a name or concept token, as :func:`~briefing_tui.compare.units.build_units` weighs it."""
ENTITY_BOOST = 1.5
"""The weight boost of an entity or figure token, as :func:`~briefing_tui.compare.units.build_units` weighs it."""

WHEN_KINDS: frozenset[FigureKind] = frozenset({"year", "date"})
"""Figures a headline may give and still state its claim in words ("wins the 2025 election"): when, not how much."""

_PUNCTUATION = "\"'‘’“”()[],.:;!?"
"""What may stand around a headline's word ("'Ruthless':", "(Update)")."""


def attach_headline_statements(claims: list[Claim], sources: Sequence[Source], units: Sequence[Unit],
                               entities: Sequence[Entity], dated: frozenset[str], table: RateTable) -> None:
    """Add the headlines of ``sources`` to the judged ``claims``: each figure to the claim that holds its value
    (:func:`~briefing_tui.compare.headline_claims.attach_headlines`), then each headline no claim holds yet to
    the claim it restates in words (:func:`attach_headline_wording`; ``dated``: the ids of the claims of when
    events happened)."""
    attach_headlines(claims, sources, table)
    attach_headline_wording(claims, sources, units, entities, known_names(units), dated, table)


def attach_headline_wording(claims: list[Claim], sources: Sequence[Source], units: Sequence[Unit],
                            entities: Sequence[Entity], names: frozenset[str], dated: frozenset[str],
                            table: RateTable) -> None:
    """Add each headline sentence of ``sources`` that no claim holds to the one claim by wording (or of ``dated``,
    the ids of the claims of when events happened) it restates (see the module's docstring). ``names`` are the
    name tokens the alignment knows (:func:`~briefing_tui.compare.align.known_names`). ``claims`` (ordered by
    verdict) are ordered again when a single source's claim now agrees."""
    held = {(st.source, st.sentence_index) for c in claims for st in c.statements}
    by_place = {(o.source.id, o.index): u for u in units for o in u.occurrences}
    df = Counter(t for u in units for t in u.tokens)
    ents = sentence_entities(entities)
    name_words = frozenset(w for t in names for w in t[1:].split())
    order = {x.id: i for i, x in enumerate(sources)}
    homes = _Homes.of(claims, by_place, names, dated)
    for rank, src in enumerate(sources):
        for s in src.sentences:
            if src.paragraphs[s.paragraph].kind != "headline" or (src.id, s.index) in held:
                continue
            if any(f.kind not in WHEN_KINDS for f in figures_in_text(s.text, src, s.start, table)):
                continue  # (a headline's figure is placed by its value, or not at all)
            text = _sentence_case(s.text, name_words) if title_case(s.text) else s.text
            head = _unit(src, rank, s, text, ents.get((src.id, s.index), set()), df, len(units) + 1)
            at = _home(head, homes, names)
            if at is None:
                continue
            home = homes.claims[at]
            home.statements.append(Statement(src.id, s.text, s.start, s.end, sentence_index=s.index))
            home.statements.sort(key=lambda st: (order.get(st.source, len(order)), st.start))
            homes.sources[at].add(src.id)
            if (src.id, s.index) in by_place:  # (a headline read as a unit: the claim's units are in another order)
                homes = _Homes.of(claims, by_place, names, dated)
            if home.verdict == "single" and len(home.sources) > 1:
                home.verdict = "agree"  # (another source's headline states the one source's claim: the evidence
                # of a single source, "only a says this", no longer holds)
                home.evidence = f"{src.label}'s headline states the same in words"
    claims.sort(key=lambda c: VERDICTS.index(c.verdict))  # (stable: the order within a verdict kept)


def _sentence_case(text: str, name_words: frozenset[str]) -> str:
    """A Title Case headline as a sentence writes it: a capitalised word that is no word of a name the story
    writes mid-sentence is lower-cased ("Nippon Steel Completes U.S. Steel Takeover" → "Nippon Steel completes
    U.S. Steel takeover"), so its words are words and its names names; its first word and acronyms are kept."""
    words = text.split(" ")
    for i, word in enumerate(words[1:], 1):
        core = word.strip(_PUNCTUATION)
        if core[:1].isupper() and core[1:].islower() and core.lower() not in name_words:
            words[i] = word.replace(core, core.lower(), 1)
    return " ".join(words)


def _unit(src: Source, rank: int, s: Sentence, text: str, entity_set: set[str], df: Counter, n: int) -> Unit:
    """The headline sentence (read as ``text``) as the alignment reads a sentence: its words, names, entities and
    concepts, each weighed by how rare it is among the story's statements (the headline counted among them)."""
    feats = sentence_features(blank_escapes(text), src.language)
    unit = Unit(-1, src, rank, s.index, s.start, s.end, s.text, Voice("outlet"), [], list(feats.cues), feats.words)
    unit.surface = dict(feats.surface)
    unit.tokens = set(unit.surface) | entity_set | feats.concepts
    unit.stems = feats.stems
    for t in unit.tokens:
        boost = ENTITY_BOOST if t[0] in "@#" else NAME_BOOST if t[0] in "^~" else 1.0
        unit.weights[t] = boost * math.log(1 + n / (df[t] + 1))
    unit.norm = math.sqrt(sum(w * w for w in unit.weights.values())) or 1.0
    return unit


def _is_name(token: str, names: frozenset[str]) -> bool:
    """Is the unit token a name (a capitalised run, an entity) rather than a word of what is said?"""
    return token in names or token[0] in "@^"


@dataclass
class _Homes:
    """The claims a headline may join (by wording, or of when an event happened), read once for all the headlines:
    each one's sources, the units of its statements (in their order), each unit's tokens that are no name (``words``)
    and where each name token stands among those units (``postings``: (claim, unit) positions), since a headline is
    weighed only against a unit sharing one of its names and a word of what happened."""

    claims: list[Claim]
    sources: list[set[str]]
    units: list[list[Unit]]
    words: list[list[frozenset[str]]] = field(default_factory=list)
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, claims: Sequence[Claim], by_place: dict[tuple[str, int | None], Unit], names: frozenset[str],
           dated: frozenset[str]) -> _Homes:
        """The eligible ``claims`` with their statements' units (``by_place``) and the postings of their names."""
        eligible = [c for c in claims if c.measure is None or c.id in dated]
        units = [[u for st in c.statements if (u := by_place.get((st.source, st.sentence_index))) is not None]
                 for c in eligible]
        homes = cls(eligible, [set(c.sources) for c in eligible], units)
        for at, held in enumerate(units):
            words: list[frozenset[str]] = []
            for k, unit in enumerate(held):
                for token in unit.tokens:
                    if _is_name(token, names):
                        homes.postings.setdefault(token, []).append((at, k))
                words.append(frozenset(t for t in unit.tokens if not _is_name(t, names)))
            homes.words.append(words)
        return homes


def _home(head: Unit, homes: _Homes, names: frozenset[str]) -> int | None:
    """The position in ``homes`` of the claim one of whose statements ``head`` restates best: at least
    :data:`SAME_HEADLINE`, naming a name it names and sharing a word of what happened besides (two lines that
    share only names say different things of them: "Lee wins in South Korea", "In South Korea a plurality
    suffices"); None when there is none. A claim that holds a statement of the headline's source is none. The
    claims' statements are weighed in order (the first of the best scores wins), only those sharing a name with it."""
    places: set[tuple[int, int]] = set()
    words: set[str] = set()
    for token in head.tokens:
        if _is_name(token, names):
            places.update(homes.postings.get(token, ()))
        else:
            words.add(token)
    best: tuple[float, int] | None = None
    source = head.source.id
    for at, k in sorted(places):
        if source in homes.sources[at] or words.isdisjoint(homes.words[at][k]):
            continue  # (a claim of the headline's source; or the unit shares names only with the headline)
        floor = SAME_HEADLINE if best is None else math.nextafter(best[0], math.inf)  # (more than the best)
        score = similarity_reaching(head, homes.units[at][k], floor)
        if score >= floor:
            best = (score, at)
    return best[1] if best else None
