"""The briefing as plain data: sections of cited statements, built once for every output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefing_tui.compare.numbers import period_in_words, written_number
from briefing_tui.compare.titles import SYMBOLS
from briefing_tui.model import Claim, QuoteKind, Source, StatementVoice, Story

Section = Literal["agree", "disagree", "quote"]
UNATTRIBUTED = "Unattributed"


@dataclass(slots=True, frozen=True)
class Citation:
    """Where a statement comes from: the source's outlet, date, title and URL (None when unknown)."""

    source: str
    number: int  # the source's position (1-based) in the briefing's list of sources
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None
    author: str | None
    path: str


@dataclass(slots=True)
class CitedStatement:
    """A sentence, clause or quote from one source, with its citation and offsets (raw[start:end] == text)."""

    section: Section
    text: str
    start: int
    end: int
    citation: Citation
    speaker: str | None = None
    kind: QuoteKind | StatementVoice | None = None  # quotes: their kind; claim statements: their voice
    group: str = ""  # the claim's id, or the speaker's name for quotes
    figures: list[str] = field(default_factory=list)  # "1.2 billion (money, 1200000000–1200000000 USD)"


@dataclass(slots=True)
class ClaimSection:
    """One claim: its label, verdict, evidence and each source's statement."""

    id: str
    title: str
    verdict: str
    evidence: str
    statements: list[CitedStatement]
    story: str | None = None  # the title of the story compared, when the briefing covers several
    tolerance: str = ""  # the tolerance its figures were weighed with (the evidence ends with it)

    def readings(self) -> list[str]:
        """The evidence one reading a line, without the tolerance the briefing states once (see
        :func:`evidence_parts`)."""
        return evidence_parts(self.evidence, self.tolerance)


TOLERANCE_PART = "tolerance: "  # how the comparison's evidence ends: the tolerance its figures were weighed with


def evidence_parts(evidence: str, tolerance: str = "") -> list[str]:
    """A claim's evidence as its separate readings (the comparison joins them with "; ", never inside brackets),
    without its closing ``tolerance``: a briefing states that once, not after every claim."""
    closing = TOLERANCE_PART + tolerance
    if tolerance and evidence.endswith(closing):  # (first: the tolerance's own words hold "; ")
        evidence = evidence[:-len(closing)].removesuffix("; ")
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(evidence):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and evidence.startswith("; ", i):
            parts.append(evidence[start:i])
            start = i + 2
    parts.append(evidence[start:])
    return [p for p in parts if p]


@dataclass(slots=True)
class SpeakerSection:
    """Everything one speaker is quoted or reported as saying."""

    speaker: str
    quotes: list[CitedStatement]


@dataclass(slots=True)
class Briefing:
    """Agreements, disagreements, who said what, and the sources."""

    title: str
    citations: list[Citation]
    agreements: list[ClaimSection]
    disagreements: list[ClaimSection]
    speakers: list[SpeakerSection]
    left_out: int  # claims made by one source only (shown by `briefing diff`)

    def tolerances(self) -> list[str]:
        """The tolerances the claims' figures were weighed with, each once (see :meth:`ClaimSection.readings`)."""
        return list(dict.fromkeys(c.tolerance for c in [*self.disagreements, *self.agreements] if c.tolerance))

    def several_stories(self) -> bool:
        """Whether the claims come from more than one story (and are shown story by story)."""
        return len({c.story for c in [*self.disagreements, *self.agreements]}) > 1

    def statements(self) -> list[CitedStatement]:
        """Every statement in the order the briefing shows them."""
        out = [s for c in self.disagreements for s in c.statements]
        out += [s for c in self.agreements for s in c.statements]
        out += [q for sp in self.speakers for q in sp.quotes]
        return out


def citation_of(source: Source, number: int) -> Citation:
    """The citation of ``source``, numbered as in the list of sources."""
    return Citation(source.id, number, source.outlet, source.published, source.title, source.url, source.author,
                    source.path)


def describe_figure(figure) -> str:
    """A figure as a reader wants it: its words, then what was understood of them."""
    if figure.kind == "date":
        low, high = figure.date_low, figure.date_high
        span = low if low == high else f"{low} to {high}"
        return f"{figure.text} (date: {span})" if span else f"{figure.text} (date)"
    low, high, unit = figure.low, figure.high, figure.unit
    if low is None:
        return f"{figure.text} ({figure.kind})"
    if figure.kind == "year":
        years = f"year {low:.0f}" if low == high or high is None else f"years {low:.0f}–{high:.0f}"
        return f"{figure.text} ({years})"
    if figure.kind == "period" and unit == "year":
        low, high, unit = period_in_words(low, high if high is not None else low)
    if figure.kind == "count" and getattr(figure, "measure", None):
        unit = figure.measure  # what it counts, as the claims name it ("2 497 morts": 2,497 dead, not "mort")
    value = written_number(low, high)
    if figure.kind == "money" and unit in SYMBOLS:
        return f"{figure.text} (money: {SYMBOLS[unit]}{value})"
    return f"{figure.text} ({figure.kind}: {value}{' ' + unit if unit else ''})"


StoryClaims = tuple[Story | None, list[Claim]]
"""One story compared and its claims (the story None for a folder compared as a whole)."""


def build_briefing(corpus, stories: list[StoryClaims] | None = None, only: Story | None = None) -> Briefing:
    """Gather the briefing of ``corpus``: disagreements first, then agreements, then speakers.

    ``stories``: the claims compared within each story, as ``briefing diff`` shows them (by default the
    corpus's claims as a whole). ``only``: the one story the briefing is about; its sources alone are
    listed and quoted.
    """
    members = set(only.sources) if only is not None else None
    sources = [s for s in corpus.sources if members is None or s.id in members]
    citations = {s.id: citation_of(s, i) for i, s in enumerate(sources, 1)}
    agreements, disagreements, left_out = [], [], 0
    several = stories is not None and len(stories) > 1
    for story, claims in stories if stories is not None else [(None, corpus.claims)]:
        for claim in claims:
            if claim.verdict not in ("agree", "disagree"):
                left_out += 1
                continue
            section: Section = claim.verdict
            statements = [CitedStatement(section, s.text, s.start, s.end, citations[s.source], s.speaker, s.voice,
                                         claim.id, [describe_figure(f) for f in s.figures])
                          for s in claim.statements if s.source in citations]
            title = getattr(claim, "title", None) or claim.topic
            (agreements if section == "agree" else disagreements).append(
                ClaimSection(claim.id, title, claim.verdict, claim.evidence, statements,
                             story.title if several and story is not None else None, claim.tolerance or ""))
    by_speaker: dict[str, list[CitedStatement]] = {}
    for q in corpus.quotes:
        if q.source not in citations:
            continue
        name = q.speaker or UNATTRIBUTED
        by_speaker.setdefault(name, []).append(
            CitedStatement("quote", q.text, q.start, q.end, citations[q.source], q.speaker, q.kind, name))
    order = sorted(by_speaker, key=lambda n: (n == UNATTRIBUTED, -len(by_speaker[n]), n.casefold()))
    speakers = [SpeakerSection(n, by_speaker[n]) for n in order]
    title = briefing_title(sources)
    if only is not None:
        title = f"Briefing: {only.title} ({title.removeprefix('Briefing: ')})"
    return Briefing(title, list(citations.values()), agreements, disagreements, speakers, left_out)


def briefing_title(sources: list[Source]) -> str:
    """"Briefing: N sources, <first date> to <last date>" (dates only when the sources give them)."""
    dates = sorted(s.published[:10] for s in sources if s.published)
    span = "" if not dates else f", {dates[0]}" if dates[0] == dates[-1] else f", {dates[0]} to {dates[-1]}"
    return f"Briefing: {len(sources)} source{'s' if len(sources) != 1 else ''}{span}"


def where_text(source_id: str, start: int, end: int) -> str:
    """``source 004_d8b58f788d07b44f, characters 3801–3941``: where a statement's words lie in its source's text
    (``source_id`` as the output writes it: code in Markdown, escaped in HTML, plain on the clipboard)."""
    return f"source {source_id}, characters {start}–{end}"


def verbatim(kind: QuoteKind) -> bool:
    """Whether a quote is written in quotation marks: direct speech is; reported speech (the outlet's paraphrase
    of what someone said) is not, so it never reads as a direct quote."""
    return kind == "direct"


def cite_text(c: Citation) -> str:
    """``Outlet, 2025-12-20, “Title”`` with unknown parts said plainly."""
    parts = [c.outlet or "unknown outlet", c.published[:10] if c.published else "undated"]
    if c.title:
        parts.append(f"“{c.title}”")
    return ", ".join(parts)
