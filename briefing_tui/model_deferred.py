"""The shared types a quick lookup never uses, defined when one of them is first asked for.

Each is one of :mod:`briefing_tui.model`'s types and is used through it (``from briefing_tui.model import
Paragraph``): model.py's ``__getattr__`` imports this module on first use (PEP 562) and names the types
there for readers and type checkers (``TYPE_CHECKING``). Their ``__module__`` is model's, so stored type
names, pickles and reprs are what they were when model.py defined them. A ``briefing quotes`` lookup
builds none of them (a source's body parts, mentions, the comparison's figures, statements and claims,
stories): creating their ten dataclasses was ~6 ms of every lookup's start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.model import FigureKind, FigureRole, Qualifier, StoryTitleBasis, Verdict

MODEL = "briefing_tui.model"
"""The module these types belong to (where they are imported from, stored and pickled by name)."""


# ---- a source's body ----------------------------------------------------------------------------------

@dataclass(slots=True)
class Paragraph:
    """A block of the cleaned article: body text, a subheading or a digest bullet."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    start: int
    end: int
    text: str
    kind: str = "text"  # "text" | "heading" | "bullet"
    section: str | None = None

    @property
    def display(self) -> str:
        """The paragraph with internal line breaks folded into spaces."""
        return " ".join(self.text.split())


@dataclass(slots=True)
class Sentence:
    """One sentence of the body, with the citation markers that closed it (digests)."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    citations: tuple[int, ...] = ()


@dataclass(slots=True)
class Citation:
    """A citation marker such as ``[1][2]`` in a digest, kept as data."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    start: int
    end: int
    numbers: tuple[int, ...]
    sentence: int | None = None


@dataclass(slots=True)
class Removed:
    """A stretch of the raw text that cleaning dropped, and why."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    start: int
    end: int
    reason: str


# ---- entities ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in a source."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    source: str
    start: int
    end: int
    text: str
    sentence: int | None = None


# ---- comparison: figures, statements, claims (issue 11) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as written, with its value, unit, qualifier and what it counts, and where it is.

    ``measure`` is what the figure counts or prices in a canonical word ("dead", "missing", "storeys",
    "investment", "fund"), None when the text does not say; ``subject`` whose measure it is ("Japan",
    "Filipino"), None when unknown; ``refers_to`` the day (ISO) the figure is about when the sentence
    dates it, else None (the article's own date then applies).
    """

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    kind: FigureKind
    text: str
    source: str
    start: int
    end: int
    low: float | None = None  # stated value (money in units of `unit`; periods in years)
    high: float | None = None  # upper end of a stated range (== low otherwise)
    unit: str | None = None  # currency code, "%", "year", or the counted noun (singular)
    qualifier: Qualifier | None = None  # None: exact
    date_low: str | None = None
    date_high: str | None = None
    resolved_from: str | None = None  # relative or year-less dates: "published 2025-12-22"
    relative: bool = False
    measure: str | None = None
    subject: str | None = None
    role: FigureRole = "current"
    refers_to: str | None = None
    conversion: float = 1.0  # low and high are the numbers as written times this ("62 mph" in km/h, "11 minutes" in hours)

    @property
    def is_range(self) -> bool:
        """Whether the text states a range ("$5-6 billion")."""
        return self.low is not None and self.high is not None and self.high != self.low


@dataclass(slots=True)
class Statement:
    """One source's version of a claim: the sentence, its offsets and its voice.

    ``voice`` is "outlet" (the source's own words), "quoted" or "reported"; ``speaker`` the person
    quoted or reported, or None when unknown. ``marks`` are (start, end, kind) offsets into the
    source's raw text of the figures and cues behind the verdict (kind "match", "conflict" or "cue").
    """

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    sentence_index: int | None = None
    voice: str = "outlet"
    figures: list[Figure] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    # The whole sentence's (start, end) when ``text`` is one clause of it (a claim by measure states the clause
    # of its figure when the sentence gives figures of several measures); None when ``text`` is the sentence.
    sentence: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class TimePoint:
    """One step of a figure's timeline: a source's value for the measure and the day it was published."""

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    source: str
    day: str | None
    text: str
    low: float
    high: float


@dataclass(slots=True)
class Claim:
    """Statements from several sources about one thing, with a verdict and its evidence.

    ``topic`` is the claim's readable title ("Death toll: 12 · 19 · 40 · 52"); ``measure`` what the
    claim's figures count (None for a claim aligned by its wording); ``timeline`` the sources' values in
    order of publication when they differ and the dates do; ``developing`` whether they change in
    that order (True), against it (False), or the question does not arise (None).
    """

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    id: str
    topic: str
    verdict: Verdict
    evidence: str
    statements: list[Statement] = field(default_factory=list)
    measure: str | None = None
    timeline: list[TimePoint] = field(default_factory=list)
    developing: bool | None = None
    tolerance: str = ""

    @property
    def sources(self) -> list[str]:
        """Ids of the sources with a statement in this claim, in order."""
        return list(dict.fromkeys(s.source for s in self.statements))


# ---- stories: a folder of many events grouped by event (issue 15) ----------------------------------------


@dataclass(frozen=True, slots=True)
class Story:
    """Sources about one event, as a news aggregator groups them.

    ``id`` is stable for the same input (made from the story's earliest-listed member id); ``sources``
    the member ids in order of publication (undated last); ``first`` and ``last`` the ISO days of the
    earliest and latest dated members (None when none is dated); ``terms`` the story's most distinctive
    words, names and figures; ``lead`` the most central member, whose title is the story's when it has one.
    """

    __module__ = MODEL  # stored, pickled and shown as briefing_tui.model's

    id: str
    title: str
    sources: tuple[str, ...]
    first: str | None = None
    last: str | None = None
    terms: tuple[str, ...] = ()
    lead: str | None = None
    title_basis: StoryTitleBasis = "article"

    @property
    def size(self) -> int:
        """How many sources the story has."""
        return len(self.sources)
