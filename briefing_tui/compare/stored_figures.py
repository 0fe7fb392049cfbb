"""Each source's figure rows and sentence features kept in the index, so that after an edit ``diff`` reads
the figures and words of the edited source only, not of every source of its story.

:class:`StoredFigures` is the index-backed :class:`~briefing_tui.compare.statement_cache.FigureMemo`. Its
rows (kind ``figures`` of the ``analyses`` table, see :mod:`briefing_tui.store.backend`) are keyed by
the source's content key: the figures depend on the text, date and number style (all from the file's
content) and on the rate table's currency names, which are part of the version with the code of
``compare`` and the parser. Offsets are relative to each sentence and the source id is not stored, so
the same text under another name reads the same rows. A row that cannot be read back is computed again.

The sentence features (kind ``sentence features``: :class:`~briefing_tui.compare.units.Features` of each
statement sentence, its words, cues, names, concepts and stems) depend on the text alone: they are kept
under the code of ``compare``, the parser and the code that blanks escapes (``safety``). So do the fact
phrases of its lines (kind ``fact phrases``: :func:`~briefing_tui.compare.fact_phrases.source_fact_phrases`),
kept with a check of the lines they were read from, and the positions of its lines with a phrase of ranks,
intentions, deadlines, states, relations or failures (kind ``phrase lines``:
:func:`~briefing_tui.compare.phrase_kinds.source_phrase_lines`).
The positions of its lines that date an event (kind ``event lines``:
:func:`~briefing_tui.compare.event_mentions.source_event_lines`) read its figures: they are kept under the figures'
version, with the same check.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefing_tui.compare.event_mentions import EventLines
from briefing_tui.compare.fact_phrases import SourcePhrases
from briefing_tui.compare.phrase_kinds import PhraseLines
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.stance import Cue
from briefing_tui.compare.statement_cache import ROW_FIELDS, SourceFigures, storable, table_digest
from briefing_tui.compare.units import Features, SourceFeatures
from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Source
from briefing_tui.store.backend import IndexBackend, Member
from briefing_tui.store.codec import CodecError, pack, unpack
from briefing_tui.store.fingerprint import code_fingerprint, file_digest
from briefing_tui.store.versions import PARSER_VERSION

_T = TypeVar("_T")

FIGURES_KIND = "figures"
"""Per-source analysis kind of a source's figure rows."""
ROWS_VERSION = 1
"""The shape of a stored row (bump it when :data:`~briefing_tui.compare.statement_cache.FigureRow` changes)."""


FEATURES_KIND = "sentence features"
"""Per-source analysis kind of the features of a source's statement sentences."""
FEATURES_VERSION = 1
"""The shape of a stored features row (bump it when :class:`~briefing_tui.compare.units.Features` changes)."""


PHRASES_KIND = "fact phrases"
"""Per-source analysis kind of the fact phrases of a source's lines."""
PHRASES_VERSION = 1
"""The shape of a stored fact phrases row (bump it when :data:`~briefing_tui.compare.fact_phrases.SourcePhrases`
changes)."""


PHRASE_LINES_KIND = "phrase lines"
"""Per-source analysis kind of the positions of a source's lines with a phrase (kept as the fact phrases are)."""
PHRASE_LINES_VERSION = 2
"""The shape of a stored phrase lines row (bump it when :data:`~briefing_tui.compare.phrase_kinds.PhraseLines`
or the finders whose lines it keeps, :data:`~briefing_tui.compare.phrase_kinds.FINDERS`, change; 2: relations
and failures)."""

EVENT_LINES_KIND = "event lines"
"""Per-source analysis kind of the positions of a source's lines that date an event."""
EVENT_LINES_VERSION = 1
"""The shape of a stored event lines row (bump it when :data:`~briefing_tui.compare.event_mentions.EventLines`
changes)."""


def features_version(shape: int = FEATURES_VERSION) -> str:
    """The version feature rows (and fact phrase rows, with their ``shape``) are stored under: compare's code,
    the parser, the row shape, escapes' code."""
    import briefing_tui.safety as safety

    return hashlib.sha1(f"{code_fingerprint(('compare',))}\0{PARSER_VERSION}\0{shape}\0"
                        f"{file_digest(Path(safety.__file__))}".encode()).hexdigest()


def figures_version(table: RateTable) -> str:
    """The version rows are stored under: compare's code, the parser, the row shape, the currency names."""
    return hashlib.sha1(f"{code_fingerprint(('compare',))}\0{PARSER_VERSION}\0{ROWS_VERSION}\0"
                        f"{','.join(ROW_FIELDS)}\0{table_digest(table)}".encode()).hexdigest()


class StoredFigures:
    """Figure rows of each source read from and written to ``backend`` (see the module docstring).

    ``members`` map source ids to content keys; a source without one (its file changed while it was
    read) is computed every time. ``computed`` counts the sources read in this run."""

    def __init__(self, backend: IndexBackend, members: Sequence[Member]) -> None:
        self._backend = backend
        self._key = {m.id: m.key for m in members if m.key}
        self.computed = 0
        """How many sources had their figures read in this run (the others came from the index)."""
        self.featured = 0
        """How many sources had their sentence features read in this run (the others came from the index)."""
        self.phrased = 0
        """How many sources had their fact phrases read in this run (the others came from the index)."""
        self.lined = 0
        """How many sources had their lines with a phrase read in this run (the others came from the index)."""
        self.dated = 0
        """How many sources had their lines that date an event read in this run (the others came from the index)."""

    def source_figures(self, sources: Sequence[Source], table: RateTable,
                       compute: Callable[[Source], SourceFigures]) -> dict[str, SourceFigures]:
        """Figure rows of each source by source id."""
        out, computed = self._kept(FIGURES_KIND, figures_version(table), sources, compute, _decode, _encode_rows)
        self.computed += computed
        return out

    def sentence_features(self, sources: Sequence[Source], compute: Callable[[Source], SourceFeatures]
                          ) -> dict[str, SourceFeatures]:
        """Sentence features of each source by source id (kept ones read back, the others computed and kept)."""
        out, computed = self._kept(FEATURES_KIND, features_version(), sources, compute, _decode_features,
                                   _encode_features)
        self.featured += computed
        return out

    def fact_phrases(self, sources: Sequence[Source], compute: Callable[[Source], SourcePhrases]
                     ) -> dict[str, SourcePhrases]:
        """Fact phrases of each source by source id (kept ones read back, the others computed and kept)."""
        out, computed = self._kept(PHRASES_KIND, features_version(PHRASES_VERSION), sources, compute,
                                   _decode_phrases, _encode_phrases)
        self.phrased += computed
        return out

    def phrase_lines(self, sources: Sequence[Source], compute: Callable[[Source], PhraseLines]
                     ) -> dict[str, PhraseLines]:
        """The lines with a phrase of each source by source id (kept ones read back, the others computed and kept)."""
        out, computed = self._kept(PHRASE_LINES_KIND, features_version(PHRASE_LINES_VERSION), sources, compute,
                                   _decode_lines, _encode_lines)
        self.lined += computed
        return out

    def event_lines(self, sources: Sequence[Source], table: RateTable, compute: Callable[[Source], EventLines]
                    ) -> dict[str, EventLines]:
        """The lines that date an event of each source by source id (kept ones read back, the others computed
        and kept)."""
        version = f"{figures_version(table)}\0{EVENT_LINES_VERSION}"
        out, computed = self._kept(EVENT_LINES_KIND, version, sources, compute, _decode_lines, _encode_lines)
        self.dated += computed
        return out

    def _kept(self, kind: str, version: str, sources: Sequence[Source], compute: Callable[[Source], _T],
              decode: Callable[[bytes], _T | None], encode: Callable[[_T], bytes | None]) -> tuple[dict[str, _T], int]:
        """Each source's ``kind`` rows: read back when kept and readable, else computed and kept (``encode``
        gives None for rows that cannot be stored); with how many were computed."""
        keys = {s.id: self._key[s.id] for s in sources if s.id in self._key}
        blobs = self._backend.get_analyses(kind, version, set(keys.values()))
        out: dict[str, _T] = {}
        fresh: dict[str, bytes] = {}
        computed = 0
        with paused_gc():
            for s in sources:
                key = keys.get(s.id)
                blob = blobs.get(key) if key is not None else None
                if blob is not None:
                    got = decode(blob)
                    if got is not None:
                        out[s.id] = got
                        continue
                rows = out[s.id] = compute(s)
                computed += 1
                if key is not None and (packed := encode(rows)) is not None:
                    fresh[key] = packed
        self._backend.put_analyses(kind, version, fresh)
        return out, computed


def _encode_rows(rows: SourceFigures) -> bytes | None:
    """A source's figure rows packed, None when they cannot be stored."""
    if not storable(rows):
        return None
    return pack([[index, [list(row) for row in figures]] for index, figures in rows.items()])


def _encode_features(features: SourceFeatures) -> bytes:
    """A source's sentence features packed."""
    return pack([[index, [list(pair) for pair in f.words], [[c.text, c.strong, c.start, c.end] for c in f.cues],
                  [list(pair) for pair in f.surface], sorted(f.concepts), f.stems] for index, f in features.items()])


def _decode_features(blob: bytes) -> SourceFeatures | None:
    """Stored sentence features, None when they are not in their shape."""
    try:
        out: SourceFeatures = {}
        for index, words, cues, surface, concepts, stems in unpack(blob):
            out[int(index)] = Features(tuple((str(a), str(b)) for a, b in words),
                                       tuple(Cue(str(t), bool(strong), int(a), int(b)) for t, strong, a, b in cues),
                                       tuple((str(a), str(b)) for a, b in surface), frozenset(map(str, concepts)),
                                       str(stems))
        return out
    except (CodecError, TypeError, ValueError):
        return None


def _encode_phrases(phrases: SourcePhrases) -> bytes:
    """A source's fact phrases packed."""
    check, lines = phrases
    return pack([check, [[k, [[a, b, list(key), sorted(actors), sorted(names)] for a, b, key, actors, names in found]]
                         for k, found in lines.items()]])


def _decode_phrases(blob: bytes) -> SourcePhrases | None:
    """Stored fact phrases, None when they are not in their shape."""
    try:
        check, lines = unpack(blob)
        return int(check), {int(k): [(int(a), int(b), tuple(map(str, key)), frozenset(map(str, actors)),
                                      frozenset(map(str, names))) for a, b, key, actors, names in found]
                            for k, found in lines}
    except (CodecError, TypeError, ValueError):
        return None


def _encode_lines(lines: EventLines | PhraseLines) -> bytes:
    """A source's lines (that date an event, or with a phrase) packed."""
    return pack(list(lines), compress=False)


def _decode_lines(blob: bytes) -> tuple[int, list[int]] | None:
    """Stored lines (that date an event, or with a phrase), None when they are not in their shape."""
    try:
        check, positions = unpack(blob)
        return int(check), [int(k) for k in positions]
    except (CodecError, TypeError, ValueError):
        return None


def _decode(blob: bytes) -> SourceFigures | None:
    """Stored rows, None when they are not rows."""
    try:
        data = unpack(blob)
        out: SourceFigures = {}
        for index, figures in data:
            out[int(index)] = [(str(kind), int(a), int(b), dict(fields)) for kind, a, b, fields in figures]
        return out
    except (CodecError, TypeError, ValueError):
        return None
