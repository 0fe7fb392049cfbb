"""Plain data passed between the pipeline's stages.

Every extracted thing keeps its provenance: the id of the source it came from and
character offsets into that source's decoded text (``Source.raw``), so that
``source.raw[start:end] == text`` always holds.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

if TYPE_CHECKING:
    from briefing_tui.model_derived import Claim, Figure, Statement, Story, TimePoint
    from briefing_tui.model_parts import Citation, Entity, Mention, Paragraph, Removed, Sentence

AttributionCue = Literal[
    "after",         # “...,” X said / said X: the attribution right after the closing mark
    "before",        # X said: “...” / He told reporters, “...”
    "colon",         # X: “...” / X was blunt: “...” / a "Name: ..." transcript line
    "clause",        # X said ... “fragment”: a speech verb elsewhere in the same sentence
    "paragraph",     # an earlier attribution in the same paragraph
    "continuation",  # the previous paragraph's speaker, the quote going on without a new verb
    "continued",     # a quote left open and continued in the next paragraph, attributed there
    "anonymous",     # an attribution that names nobody ("said one protester")
    "interview",     # an answer in a Q&A piece: the interviewee
    "echo",          # a fragment repeating words the article attributes elsewhere
]
"""How a direct quote's speaker was found. Reported speech carries its cue word instead ("said",
"told", "according to", "adding", "quoted as saying")."""

SpeakerType = Literal["person", "organization", "group", "document"]
"""What kind of speaker a quote has: a person, an organisation, an unnamed group ("health chiefs") or a
document ("the report")."""

SourceFormat = Literal["article", "digest"]
"""What a source file is: one article, or a digest of several outlets' items (an aggregator's page)."""

VoteShareSide = Literal["against", "for"]
"""The side a share of a vote took: rejected (voted against) or approved (voted for, voted to strike)."""

EntityType = Literal["person", "organization", "place"]
"""What an entity is."""

QuoteKind = Literal["direct", "reported"]
"""A quote in quotation marks ("direct") or speech reported in the outlet's words ("reported")."""

StatementVoice = Literal["outlet", "quoted", "reported"]
"""Whose words a statement is: the outlet's own, a direct quotation, or reported speech."""

ParagraphKind = Literal["text", "heading", "bullet", "standfirst", "headline"]
"""What a paragraph is: body text, a subheading, a list item or digest bullet, the page's standfirst (the
summary under its headline, before the body: the article's own words, but not its body) or its headline (the
title line found in the text, above any standfirst: the outlet's own claim, but not its body)."""
OUTSIDE_BODY: frozenset[ParagraphKind] = frozenset({"standfirst", "headline"})
"""Paragraph kinds that are the article's own words but not its body: kept out of ``Source.body`` and its word
count, read by the comparison, entities and quotes."""


# Paragraph, Sentence, Citation and Removed (a source's parts), Mention and Entity are defined in
# briefing_tui/model_parts.py and built on first use (see __getattr__ at the end).


@dataclass(slots=True)
class Problem:
    """A file that could not be loaded (or loaded only in part), and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Source:
    """One parsed article: metadata, cleaned paragraphs and sentences with offsets."""

    id: str
    path: str
    raw: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    languages: tuple[str, ...] = ()
    format: SourceFormat = "article"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    meta_origin: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    text_hash: str = ""  # a digest of the article text (the body, spacing folded): two files with one text are one article
    truncated: bool = False  # the text stops mid-sentence (a page cut off when it was stored): the body's last sentence is partial
    encoding: str = "utf-8"  # the Python codec the file's bytes were read with (a legacy one only when guessed)

    @property
    def body(self) -> str:
        """The cleaned article text, paragraphs separated by blank lines (its headline and standfirst, above it,
        left out)."""
        return "\n\n".join(p.display for p in self.paragraphs if p.kind not in OUTSIDE_BODY)

    @property
    def standfirst(self) -> str:
        """The page's standfirst (the summary under its headline), or "" when it has none."""
        return "\n\n".join(p.display for p in self.paragraphs if p.kind == "standfirst")

    @property
    def words(self) -> int:
        """Word count of the cleaned body."""
        return sum(len(p.text.split()) for p in self.paragraphs if p.kind not in OUTSIDE_BODY)

    @property
    def label(self) -> str:
        """A short human label: the outlet, else the title, else the file id."""
        return self.outlet or self.title or self.id

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(slots=True)
class QuoteOccurrence:
    """Where a quote appears in one source."""

    source: str
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Quote:
    """Direct or reported speech, its speaker (canonical name or None) and provenance."""

    id: str
    text: str
    speaker: str | None
    kind: QuoteKind
    source: str
    start: int
    end: int
    sentence: str
    sentence_index: int | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    also_in: list[QuoteOccurrence] = field(default_factory=list)
    speaker_type: SpeakerType | None = None  # None: no speaker

    @property
    def sources(self) -> list[str]:
        """This quote's source and every other source carrying the same words."""
        return [self.source, *dict.fromkeys(o.source for o in self.also_in if o.source != self.source)]


class QuoteSummary(NamedTuple):
    """What searching and the speaker filter look at in a quote (read without decoding the rest)."""

    text: str
    speaker: str | None
    speaker_entity: str | None


# ---- comparison: figures, statements, claims (issue 11) ------------------------------------------------
# Figure, Statement, TimePoint and Claim (and Story, below) are defined in briefing_tui/model_derived.py and built
# on first use (see __getattr__ at the end).

Verdict = Literal["disagree", "agree", "single"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)  # the order claims are listed in
FigureKind = Literal["money", "percent", "period", "date", "year", "count"]
FIGURE_KINDS: tuple[FigureKind, ...] = get_args(FigureKind)
# How the wording bounds a figure ("nearly 3,000" is just under 3,000); "range" for "5-6 billion".
Qualifier = Literal["exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "up_to", "range"]
QUALIFIER_NAMES: tuple[Qualifier, ...] = get_args(Qualifier)
# The qualifiers that bound a figure on one side, not state its value ("more than 2,000", "up to $550 billion").
OPEN_ENDED: frozenset[Qualifier] = frozenset({"more_than", "at_least", "less_than", "at_most", "up_to"})
# A figure's part in a change: "from 31 to 46" gives 31 as the previous value and 46 as the current one.
FigureRole = Literal["current", "previous"]
# A figure's modality: what happened or is ("reported"), or what a source expects before the fact ("expected": a
# forecast, a projection, a plan; compare/figure_modality.py). The two are never weighed together.
FigureModality = Literal["reported", "expected"]
# Who counted a figure, by kind: the state's counters (the police, a ministry, the prefecture, the authorities), the
# organisers' (the unions, the organisers of a march) or independent ones (an independent count, independent sources
# or observers, an unofficial organisation counting crowds); two kinds' counts of one thing are two claims.
CounterKind = Literal["authorities", "organisers", "independent"]
COUNTER_KINDS: tuple[CounterKind, ...] = get_args(CounterKind)
# How an amount written in a form several countries write ("Rs", "rupees") got its currency: from the page's own
# evidence (a currency named outright, the country its places are in, its outlet's country), or from none (any of
# those countries' money: weighed in either, shown as written).
CurrencyEvidence = Literal["page", "none"]


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a corpus is loaded: the index file (None: one per corpus in the user cache folder), whether
    the index is used at all, and whether symbolic links leaving the corpus folders are followed."""

    index: str | None = None
    cache: bool = True
    follow_links: bool = False


# ---- stories: a folder of many events grouped by event (issue 15) ----------------------------------------

StoryTitleBasis = Literal["article", "terms"]
"""Where a story's title comes from: its most central article's title, or its most distinctive terms."""


class MentionSpans:
    """Where every entity is mentioned, kept as numbers rather than one object per mention.

    Entities are numbered by their position in the analysis's entity list. ``by_source`` gives, for
    each source id, three parallel arrays: the start and end offset of each mention in it and the
    number of the entity mentioned; ``first`` gives each entity's first mention ``(source, start,
    end)``, or None. The 350k mentions of 10k generated articles take 11 MB so (traced), where their
    ``Mention`` objects and the lists holding them added some 100 MB to the app's resident memory.
    """

    __slots__ = ("by_source", "first")

    def __init__(self, entity_count: int) -> None:
        self.by_source: dict[str, tuple[array, array, array]] = {}
        self.first: list[tuple[str, int, int] | None] = [None] * entity_count

    def add(self, entity: int, source: str, start: int, end: int) -> None:
        """Record a mention of entity number ``entity`` at ``source[start:end]``."""
        spans = self.by_source.get(source)
        if spans is None:
            spans = self.by_source[source] = (array("i"), array("i"), array("i"))
        spans[0].append(start)
        spans[1].append(end)
        spans[2].append(entity)
        if self.first[entity] is None:
            self.first[entity] = (source, start, end)

    @classmethod
    def of(cls, entities: list[Entity]) -> MentionSpans:
        """The spans of entities whose mentions are in memory."""
        spans = cls(len(entities))
        for number, entity in enumerate(entities):
            for m in entity.mentions:
                spans.add(number, m.source, m.start, m.end)
        return spans


_MADE_ON_FIRST_USE = {"briefing_tui.model_parts": ("Paragraph", "Sentence", "Citation", "Removed", "Mention", "Entity"),
                      "briefing_tui.model_derived": ("Figure", "Statement", "TimePoint", "Claim", "Story")}
"""The classes each of these modules defines for this one, made the first time one of them is asked for: a quote
lookup answered from the index and the app's first frame use none (making them was half of this module's import)."""
_MADE_IN = {name: module for module, names in _MADE_ON_FIRST_USE.items() for name in names}


def __getattr__(name: str) -> object:
    """A class of :mod:`briefing_tui.model_parts` or :mod:`briefing_tui.model_derived`, made on first use."""
    module = _MADE_IN.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    made = import_module(module)
    for each in _MADE_ON_FIRST_USE[module]:
        globals()[each] = getattr(made, each)
    return globals()[name]
