"""Plain data passed between the pipeline's stages.

Every extracted thing keeps its provenance: the id of the source it came from and
character offsets into that source's decoded text (``Source.raw``), so that
``source.raw[start:end] == text`` always holds.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

if TYPE_CHECKING:  # model's types too, defined in model_deferred.py when first asked for (see __getattr__)
    from briefing_tui.model_deferred import (Citation, Claim, Figure, Mention, Paragraph, Removed, Sentence,
                                             Statement, Story, TimePoint)

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
    format: str = "article"  # "article" | "digest"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    meta_origin: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    truncated: bool = False  # the text stops mid-sentence (a page cut off when it was stored): the body's last sentence is partial

    @property
    def body(self) -> str:
        """The cleaned article text, paragraphs separated by blank lines."""
        return "\n\n".join(p.display for p in self.paragraphs)

    @property
    def words(self) -> int:
        """Word count of the cleaned body."""
        return sum(len(p.text.split()) for p in self.paragraphs)

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
class Entity:
    """A person, organization or place, merged across spelling variants and sources."""

    id: str
    name: str
    type: str  # "person" | "organization" | "place"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Ids of the sources that mention this entity, in first-seen order."""
        return list(dict.fromkeys(m.source for m in self.mentions))


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
    kind: str  # "direct" | "reported"
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

Verdict = Literal["disagree", "agree", "single"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)  # the order claims are listed in
FigureKind = Literal["money", "percent", "period", "date", "year", "count"]
FIGURE_KINDS: tuple[FigureKind, ...] = get_args(FigureKind)
# How the wording bounds a figure ("nearly 3,000" is just under 3,000); "range" for "5-6 billion".
Qualifier = Literal["exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "up_to", "range"]
QUALIFIER_NAMES: tuple[Qualifier, ...] = get_args(Qualifier)
# A figure's part in a change: "from 31 to 46" gives 31 as the previous value and 46 as the current one.
FigureRole = Literal["current", "previous"]


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


DEFERRED_TYPES = frozenset({"Paragraph", "Sentence", "Citation", "Removed", "Mention", "Figure", "Statement",
                            "TimePoint", "Claim", "Story"})
"""This module's types that a quick lookup never uses (a source's body parts, mentions, the comparison's and
the stories'): their classes are written in model_deferred.py and made when one of them is first asked for
(``from briefing_tui.model import Paragraph``), with this module's name, so that a lookup does not create
their dataclasses (~6 ms of its start)."""


def __getattr__(name: str) -> type:
    """One of DEFERRED_TYPES, its module imported on first use (PEP 562); AttributeError for any other name."""
    if name not in DEFERRED_TYPES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from briefing_tui import model_deferred

    made = {type_name: getattr(model_deferred, type_name) for type_name in DEFERRED_TYPES}
    globals().update(made)  # found as plain names from now on (get_type_hints reads them there too)
    return made[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *DEFERRED_TYPES})
