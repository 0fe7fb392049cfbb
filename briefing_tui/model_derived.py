"""The shapes of what the comparison and the story grouping compute: figures, statements, claims, stories.

Part of :mod:`briefing_tui.model`, which names them (``from briefing_tui.model import Claim`` works as before)
but builds them only on first use: making these dataclasses was a third of importing the model, which every
command and the app's first frame pay, while a quote lookup or the first frame never use one. Each says it
belongs to ``briefing_tui.model`` (``__module__``), the name the index stores values under and pickle finds
them by, so stored results read the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.model import (  # noqa: F401 (names the annotations read)
    CounterKind, CurrencyEvidence, FigureKind, FigureRole, Qualifier, StatementVoice, StoryTitleBasis, Verdict,
)

STORED_UNDER = "briefing_tui.model"
"""The module these classes are stored, pickled and shown as part of."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as written, with its value, unit, qualifier and what it counts, and where it is.

    ``measure`` is what the figure counts or prices in a canonical word ("dead", "missing", "storeys",
    "investment", "fund"), None when the text does not say; ``subject`` whose measure it is ("Japan",
    "Filipino"), None when unknown; ``refers_to`` the day (ISO) the figure is about when the sentence
    dates it, else None (the article's own date then applies).
    """

    __module__ = STORED_UNDER

    kind: FigureKind
    text: str
    source: str
    start: int
    end: int
    low: float | None = None  # stated value (money in units of `unit`; periods in years)
    high: float | None = None  # upper end of a stated range (== low otherwise)
    unit: str | None = None  # currency code, "%", "pp" (percentage points), "year", or the counted noun (singular)
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
    # the word of its clause the measure was read from when the figure's own words name none ("cases rose from 30 to
    # 33": "cases"), else None (compare/clause_measures.py)
    measure_from: str | None = None
    # who counted it, as the attribution scoping it names them ("according to the CGT": "CGT"; "selon la préfecture
    # de police": "préfecture"), and their kind (compare/counters.py); None when the text names no counter
    counter: str | None = None
    counter_kind: CounterKind | None = None
    # for an amount in a currency form several countries write, what chose its currency (compare/currency_homes.py);
    # None for one named outright
    currency_from: CurrencyEvidence | None = None

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

    __module__ = STORED_UNDER

    source: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    sentence_index: int | None = None
    voice: StatementVoice = "outlet"
    figures: list[Figure] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    # The whole sentence's (start, end) when ``text`` is one clause of it (a claim by measure states the clause
    # of its figure when the sentence gives figures of several measures); None when ``text`` is the sentence.
    sentence: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class TimePoint:
    """One step of a figure's timeline: a source's value for the measure and the day it refers to (the article's
    date, or a day its sentence states; None when undated), with the time of day the sentence states ("15:00",
    "noon"; None when it states none)."""

    __module__ = STORED_UNDER

    source: str
    day: str | None
    text: str
    low: float
    high: float
    time: str | None = None


@dataclass(slots=True)
class Claim:
    """Statements from several sources about one thing, with a verdict and its evidence.

    ``topic`` is the claim's readable title ("Death toll: 12 · 19 · 40 · 52"); ``measure`` what the
    claim's figures count (None for a claim aligned by its wording); ``timeline`` the sources' values when they
    differ, each at the earliest time a source gives it, in time order, then the undated ones; ``developing``
    whether they move one way with that order (True), conflict (False: a value goes back, two of one date differ,
    a fact that does not change), or neither is known or the question does not arise (None); ``development``
    says why.
    """

    __module__ = STORED_UNDER

    id: str
    topic: str
    verdict: Verdict
    evidence: str
    statements: list[Statement] = field(default_factory=list)
    measure: str | None = None
    timeline: list[TimePoint] = field(default_factory=list)
    developing: bool | None = None
    tolerance: str = ""
    development: str = ""  # why the timeline develops, conflicts or has no known order ("the figure goes back")

    @property
    def sources(self) -> list[str]:
        """Ids of the sources with a statement in this claim, in order."""
        return list(dict.fromkeys(s.source for s in self.statements))



@dataclass(frozen=True, slots=True)
class Story:
    """Sources about one event, as a news aggregator groups them.

    ``id`` is stable for the same input (made from the story's earliest-listed member id); ``sources``
    the member ids in order of publication (undated last); ``first`` and ``last`` the ISO days of the
    earliest and latest dated members (None when none is dated); ``terms`` the story's most distinctive
    words, names and figures; ``lead`` the most central member, whose title is the story's when it has one.
    """

    __module__ = STORED_UNDER

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
