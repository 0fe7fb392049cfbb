"""The per-source part of the comparison, read once per source and kept: each sentence's figures.

Reading the figures of every sentence (money, dates, counts, what they measure, whose) is most of
the work of building statement units, and it depends on one source alone: its text, its date and
number style, and the currency names of the rate table. So it is done per source, as *rows*
(each figure's kind, offsets within its sentence and fields), which a :class:`FigureMemo` may keep
between runs by the source's content: after an edit only the edited source is read again, and the
cross-source alignment runs on rows read back. Without a memo the rows are computed every time;
either way the figures are rebuilt from rows the same way, so both give the same figures.
"""

from __future__ import annotations

import dataclasses
import hashlib
import zlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from briefing_tui.compare.coordinated_people import coordinated_people
from briefing_tui.compare.currency_homes import home_shared_forms
from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.ground_tolls import ground_tolls
from briefing_tui.compare.opening_subjects import opening_word
from briefing_tui.compare.at_large import at_large_counts
from briefing_tui.compare.custody_dead import custody_dead
from briefing_tui.compare.people_measures import people_measures
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.voter_counts import voter_counts
from briefing_tui.model import Figure, Sentence, Source

if TYPE_CHECKING:
    from briefing_tui.compare.event_mentions import EventLines
    from briefing_tui.compare.fact_phrases import SourcePhrases
    from briefing_tui.compare.phrase_kinds import PhraseLines
    from briefing_tui.compare.units import SourceFeatures

FigureRow = tuple[str, int, int, dict[str, Any]]
"""One figure of a sentence: kind, start and end within the sentence's text, its other fields (those
that differ from their defaults)."""
SourceFigures = dict[int, list[FigureRow]]
"""A source's figure rows by sentence index (sentences without figures left out)."""

_PLACED = ("kind", "text", "source", "start", "end")
"""Figure fields a row does not hold: the kind is its first cell, the rest come from where it stands."""
ROW_FIELDS = tuple(f.name for f in dataclasses.fields(Figure) if f.name not in _PLACED)
"""The Figure fields a row's dict may hold (part of the stored version: another shape is read again)."""
_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Figure) if f.name in ROW_FIELDS}
_PLAIN = (str, int, float, bool, type(None))
"""Types a row value may have to be storable as it is (JSON gives them back unchanged)."""


class FigureMemo(Protocol):
    """Where the per-source parts of the statements may be kept between runs (the store's ``StoredFigures``):
    figure rows, the features of the sentences (:func:`~briefing_tui.compare.units.source_features`), the
    fact phrases of the lines (:func:`~briefing_tui.compare.fact_phrases.source_fact_phrases`), the lines with a
    phrase of ranks, intentions, deadlines, states, relations or failures
    (:func:`~briefing_tui.compare.phrase_kinds.source_phrase_lines`)
    and the lines that date an event (:func:`~briefing_tui.compare.event_mentions.source_event_lines`)."""

    def source_figures(self, sources: Sequence[Source], table: RateTable,
                       compute: Callable[[Source], SourceFigures]) -> dict[str, SourceFigures]:
        """Figure rows of each source by source id: kept ones read back, the others ``compute``d."""
        ...

    def sentence_features(self, sources: Sequence[Source], compute: Callable[[Source], SourceFeatures]
                          ) -> dict[str, SourceFeatures]:
        """Sentence features of each source by source id: kept ones read back, the others ``compute``d."""
        ...

    def fact_phrases(self, sources: Sequence[Source], compute: Callable[[Source], SourcePhrases]
                     ) -> dict[str, SourcePhrases]:
        """Fact phrases of each source by source id: kept ones read back, the others ``compute``d."""
        ...

    def phrase_lines(self, sources: Sequence[Source], compute: Callable[[Source], PhraseLines]
                     ) -> dict[str, PhraseLines]:
        """The lines with a phrase of each source by source id: kept ones read back, the others ``compute``d."""
        ...

    def event_lines(self, sources: Sequence[Source], table: RateTable, compute: Callable[[Source], EventLines]
                    ) -> dict[str, EventLines]:
        """The lines that date an event of each source by source id: kept ones read back, the others ``compute``d."""
        ...


def statement_sentences(source: Source) -> list[Sentence]:
    """The sentences of ``source`` that may be statements: its body sentences (not headings) and its standfirst's.
    Its headline's restate them, clipped: they join the judged claims afterwards
    (:mod:`~briefing_tui.compare.headline_claims`), never the alignment."""
    headings = {i for i, p in enumerate(source.paragraphs) if p.kind in ("heading", "headline")}
    return [s for s in source.sentences if s.paragraph not in headings]


def read_figures(source: Source, table: RateTable) -> SourceFigures:
    """Figure rows of every statement sentence of ``source`` (see :data:`FigureRow`)."""
    out: SourceFigures = {}
    homes: dict = {}  # (the page's currency for each shared form's set of currencies, read once)
    for s in statement_sentences(source):
        if not s.text:
            continue
        # (a common word opening the sentence is nobody: "Cases have been identified in nine counties")
        figures = [dataclasses.replace(f, subject=None) if opening_word(f.subject, s.text, source.raw) else f
                   for f in figures_in_text(s.text, source, s.start, table)]
        figures = home_shared_forms(figures, source, table, homes)  # ("Rs" on a Pakistani page: PKR)
        figures = people_measures(figures, s.text, s.start)  # ("a market of 700 million people": population)
        figures = voter_counts(figures, s.text, s.start)  # ("11 million citizens cast their votes": the votes)
        figures = coordinated_people(figures, s.text, s.start)  # ("killed 28 Israelis and 600 Iranians": both dead)
        figures = at_large_counts(figures, s.text, s.start)  # ("12,500 prisoners ... remain on the run")
        figures = custody_dead(figures)  # ("five inmates dead": the inmates' toll, not the event's)
        figures = ground_tolls(figures)  # ("240 on board and 1 person on the ground": the dead on the ground)
        rows = [(f.kind, f.start - s.start, f.end - s.start,
                 {name: value for name in ROW_FIELDS if (value := getattr(f, name)) != _DEFAULTS[name]
                  or type(value) is not type(_DEFAULTS[name])})
                for f in figures]
        if rows:
            out[s.index] = rows
    return out


def storable(rows: SourceFigures) -> bool:
    """Whether rows come back unchanged from JSON (plain values only)."""
    return all(isinstance(v, _PLAIN) for figures in rows.values() for row in figures for v in row[3].values())


def figures_of(sources: Sequence[Source], table: RateTable, memo: FigureMemo | None = None
               ) -> dict[str, SourceFigures]:
    """Figure rows of each source by id, through ``memo`` when given."""
    if memo is not None:
        return memo.source_figures(sources, table, lambda s: read_figures(s, table))
    return {s.id: read_figures(s, table) for s in sources}


def sentence_figures(rows: SourceFigures, source: Source, sentence: Sentence) -> list[Figure]:
    """The figures of one sentence rebuilt from its source's rows (fresh objects every time)."""
    text, start, sid = sentence.text, sentence.start, source.id
    return [Figure(kind, text[a:b], sid, start + a, start + b, **fields)
            for kind, a, b, fields in rows.get(sentence.index, ())]


def table_digest(table: RateTable) -> str:
    """What of the rate table figure reading depends on (the currency names), as a digest."""
    return hashlib.sha1(repr(sorted(table.aliases.items())).encode("utf-8", "surrogatepass")).hexdigest()


def lines_check(lines: Sequence[Sentence]) -> int:
    """A CRC-32 of the lines' offsets and texts: what is kept of a source's lines is used only for the lines it
    was read from."""
    check = 0
    for line in lines:
        check = zlib.crc32(f"{line.start}\0{line.text}\0".encode("utf-8", "surrogatepass"), check)
    return check
