"""Per-source extraction results kept in the index, so an edit re-extracts one article, not all.

:class:`StoredStages` is the store's :class:`~briefing_tui.extract.StageMemo`. Two kinds of rows
(``analyses`` table, see :mod:`briefing_tui.store.backend`), both keyed by the source's content key:

- ``found``: the names recognised in the source. They depend on its text and the extractor's code
  only, so the version is the code fingerprint of ``extract`` with the parser version. Beside them, under
  the same version, their candidates' words (:mod:`briefing_tui.store.candidate_words`).
- ``quotes``: its quotes and quoted terms. They also depend on how the corpus resolved its names
  (entity id, name, type and roles of each name it mentions) and on its source id: the stored row
  carries a digest of those inputs and is used only when they are the same now.

- ``spread``: what spreading known names (``extract.corpus_names``) reads of the source's text every run
  (its lower-case words and the words at its capitals, without what follows them), and its result as a
  delta from its names, with a digest of the look-ups into the corpus it was made under
  (:mod:`briefing_tui.extract.spread_step`): used while the digest is the same, so that an edit re-reads
  only the sources that write a name it changed. Like quotes, a story's analysis keeps its own rows.
- ``probes``: what is at the source's capitals with the characters after each word (the probes of
  :func:`~briefing_tui.extract.corpus_names.written_words`; text only, shared by every analysis). They
  are most of what spreading keeps of a source, and are read back only for a source whose look-ups are
  worked out again, or at whose capitals (its ``spread`` row lists the words there) a spelling whose
  answer changed may begin: after an edit among 2,000 articles, a handful of sources, not all of them.

Beside the rows, one corpus-wide result (``spread answers``, keyed by the stage version) keeps what the
last spreading's look-ups were answered (each known spelling's answer, the common words) and each content
key's digest under them, so that the next spreading works out again only the digests of the sources at
whose capitals a changed spelling may be written (:meth:`~briefing_tui.extract.spread_step.SpreadStep.stands`).

- ``mentions``: the source's mentions as the stored analysis holds them (a piece of
  :mod:`briefing_tui.store.mention_pieces`), starting with a digest of what they were made from (the
  source's content key and its view digest in the spreading: the same view, the same names) and the
  CRC-32 of the piece. Only a source whose piece is not stored under its key now, whole, is encoded
  again when the analysis is stored.

Beside the ``mentions`` rows, one corpus-wide result (``mentions documents``, keyed by the stage version)
keeps the compressed quote documents of the last analysis stored (:mod:`briefing_tui.store.quote_segments`).

One more corpus-wide result (``resolution``, keyed like ``alike``) keeps the last resolution's grouping, so that
a run whose sources all read the same to resolution does not group their names again
(:mod:`briefing_tui.extract.resolution_record`); a story's analysis keeps its own (``<kind> resolution``).

One more corpus-wide result (``alike``, keyed by the stage version and rapidfuzz's) keeps which person
spellings the last resolution found alike (:mod:`briefing_tui.extract.person_spellings`): the relation
holds between two spellings whatever the corpus, so the next resolution looks up only the spellings it does
not know, with a CRC-32 of the record. A story's analysis keeps its own (``<kind> alike``).

Anything that cannot be read back (another format, a damaged row) is computed again.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from briefing_tui.extract import AnalysisPieces, SourceQuotes
from briefing_tui.extract.found import Found
from briefing_tui.extract.person_spellings import AlikeRecord
from briefing_tui.extract.resolution_record import ResolutionRecord
from briefing_tui.extract.spread_step import SpreadStep
from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Entity, Source
from briefing_tui.sha import sha1
from briefing_tui.store.backend import IndexBackend, Member
from briefing_tui.store.alike_codec import decode_alike, encode_alike
from briefing_tui.store.candidate_words import CANDIDATES, candidate_rows
from briefing_tui.store.codec import CodecError, encode_value, pack, unpack_value
from briefing_tui.store.resolution_codec import decode_resolution, encode_resolution
from briefing_tui.store.fingerprint import code_fingerprint
from briefing_tui.store.spread_rows import SpreadRows
from briefing_tui.store.versions import PARSER_VERSION

DIGEST_LENGTH = 40
"""A stored ``quotes`` row starts with the hex SHA-1 of its inputs (checked before anything is decoded)."""
CHECK_LENGTH = 8
"""A stored ``mentions`` row has the hex CRC-32 of its piece after its digest (a piece is copied, not decoded)."""
DOCUMENTS = " documents"
"""The corpus-wide result (kind: the mention rows' kind + DOCUMENTS, signature: the stage version) keeping the
compressed quote documents of the last analysis stored, by their text's digest."""
FOUND_FIELDS = tuple(f.name for f in dataclasses.fields(Found))
"""A stored mention is a row of these fields (their names are part of the version)."""


def stage_version() -> str:
    """The version per-source rows are stored under: the extractor's code, the parser, the row shape."""
    return sha1(f"{code_fingerprint(('extract',))}\0{PARSER_VERSION}\0{','.join(FOUND_FIELDS)}"
                        .encode()).hexdigest()


class StoredStages:
    """Per-source stage results read from and written to ``backend`` (see the module docstring).

    ``members`` map source ids to content keys; a source without one (its file changed while it was
    read) is computed every time. ``exact_found`` says that the names handed to the quote stage are
    the stored ones as they are (no user aliases rewrote them), so they need not be part of its digest.
    ``quotes_kind`` names the rows of the quote stage: a source's quotes depend on how the names were
    resolved, so a story's analysis (names resolved within the story) keeps its own rows rather than
    overwriting the corpus-wide ones, and ``quotes`` then ``diff`` do not undo each other's work.
    """

    def __init__(self, backend: IndexBackend, members: Sequence[Member], exact_found: bool,
                 quotes_kind: str = "quotes") -> None:
        self._backend = backend
        self._quotes_kind = quotes_kind
        self._spread_kind = "spread" if quotes_kind == "quotes" else f"{quotes_kind} spread"
        self._pieces_kind = "mentions" if quotes_kind == "quotes" else f"{quotes_kind} mentions"
        self._alike_kind = "alike" if quotes_kind == "quotes" else f"{quotes_kind} alike"
        self._resolution_kind = "resolution" if quotes_kind == "quotes" else f"{quotes_kind} resolution"
        self._views: dict[str, str] = {}
        """Each content key's view digest in this run's spreading (what its names were made under)."""
        self._found_rows: dict[str, bytes] = {}  # stored ``found`` rows read by :meth:`found_rows`
        self._key = {m.id: m.key for m in members if m.key}
        self._exact_found = exact_found
        self._version = stage_version()
        self.computed = {"found": 0, "spread": 0, "view": 0, "alike": 0, "quotes": 0, "mentions": 0, "documents": 0,
                         "probes": 0, "resolved": 0, "signed": 0}
        """How many sources each stage had to compute in this run (the rest came from the index); ``view``:
        whose look-ups into the corpus spreading worked out again (the others' cannot have changed); ``probes``:
        whose words at its capitals spreading read back (or from the text) to tell; ``alike``:
        how many person spellings resolution looked up in its spelling indexes (the others were known);
        ``resolved``: whose names resolution grouped afresh (none when the kept grouping held); ``signed``: whose
        signature it worked out to tell (the others' views were the kept ones);
        ``mentions``: whose mentions storing the analysis encoded again (and kept); ``documents``: how many
        quote documents it compressed again."""

    def recognised(self, sources: Sequence[Source], compute: Callable[[Source], list[Found]]
                   ) -> dict[str, list[Found]]:
        """Names recognised in each source, by source id."""
        stored = self._read("found", sources)
        out: dict[str, list[Found]] = {}
        fresh: dict[str, bytes] = {}
        with paused_gc():
            for s in sources:
                blob = stored.get(s.id)
                if blob is not None:
                    try:
                        out[s.id] = [Found(*row) for row in unpack_value(blob)]
                        continue
                    except (CodecError, TypeError, ValueError):
                        pass
                found = compute(s)
                out[s.id] = found
                self.computed["found"] += 1
                key = self._key.get(s.id)
                if key is not None:
                    fresh[key] = pack([[getattr(f, n) for n in FOUND_FIELDS] for f in found], compress=False)
        self._backend.put_analyses("found", self._version, fresh)
        self._backend.put_analyses(CANDIDATES, self._version, candidate_rows(
            {self._key[s.id]: out[s.id] for s in sources if self._key.get(s.id) in fresh}))
        return out

    def spread(self, sources: Sequence[Source], found: dict[str, list[Found]], step: SpreadStep
               ) -> dict[str, list[Found]]:
        """Each source's names after spreading known names, by source id (see the module docstring and
        :mod:`briefing_tui.store.spread_rows`)."""
        out, self._views = SpreadRows(self._backend, self._version, self._spread_kind, self._key,
                                      self.computed).spread(sources, found, step)
        return out

    def pieces(self) -> AnalysisPieces:
        """These stages keep each source's stored mentions too (see the module docstring)."""
        return self

    def piece_keys(self) -> dict[str, str]:
        """A key for each source id whose names this run's spreading made from a known view (none when
        user aliases may rewrite names after spreading)."""
        if not self._exact_found:
            return {}
        keys: dict[str, str] = {}
        made: dict[str, str] = {}  # by content key: sources with the same text share their piece
        for sid, key in self._key.items():
            view = self._views.get(key)
            if view is not None:
                piece = made.get(key)
                if piece is None:
                    piece = made[key] = sha1(f"{self._version}\0{key}\0{view}".encode()).hexdigest()
                keys[sid] = piece
        return keys

    def stored_pieces(self, keys: dict[str, str]) -> dict[str, bytes]:
        """The stored ``mentions`` piece of each source id made under the key ``keys`` gives it."""
        content = {sid: self._key[sid] for sid in keys if sid in self._key}
        blobs = self._backend.get_analyses(self._pieces_kind, self._version, set(content.values()))
        out: dict[str, bytes] = {}
        for sid, key in content.items():
            blob = blobs.get(key)
            if blob is not None and blob[:DIGEST_LENGTH] == keys[sid].encode():
                piece = blob[DIGEST_LENGTH + CHECK_LENGTH:]
                if blob[DIGEST_LENGTH:DIGEST_LENGTH + CHECK_LENGTH] == _check(piece):
                    out[sid] = piece
        return out

    def keep_pieces(self, fresh: dict[str, tuple[str, bytes]]) -> None:
        """Store the pieces made in this run under their sources' content keys (see the module docstring)."""
        self.computed["mentions"] += len(fresh)
        rows = {self._key[sid]: piece.encode() + _check(blob) + blob
                for sid, (piece, blob) in fresh.items() if sid in self._key}
        self._backend.put_analyses(self._pieces_kind, self._version, rows)

    def stored_documents(self) -> bytes | None:
        """The quote documents' record of the last analysis stored (see :mod:`briefing_tui.store.quote_segments`)."""
        return self._backend.get_result(self._pieces_kind + DOCUMENTS, self._version)

    def keep_documents(self, record: bytes, compressed: int) -> None:
        """Keep this run's quote documents' record for the next analysis stored."""
        self.computed["documents"] += compressed
        self._backend.put_result(self._pieces_kind + DOCUMENTS, self._version, record)

    def alike(self) -> AlikeRecord:
        """The person spellings alike as the last resolution stored them (see the module docstring)."""
        blob = self._backend.get_result(self._alike_kind, self._alike_signature())
        return AlikeRecord(decode_alike(blob) if blob is not None else None)

    def keep_alike(self, record: AlikeRecord) -> None:
        """Store this run's relation when it looked up spellings the stored one did not know (a run that
        knew them all keeps the stored relation: it holds for this run's spellings and maybe more)."""
        self.computed["alike"] += record.looked_up
        if record.looked_up or record.before is None:
            self._backend.put_result(self._alike_kind, self._alike_signature(), encode_alike(record.after))

    def resolution(self) -> ResolutionRecord | None:
        """The grouping the last resolution stored, and each source's view in this run's spreading (see the
        module docstring); None with user aliases (they rewrite names after spreading)."""
        if not self._exact_found:
            return None
        blob = self._backend.get_result(self._resolution_kind, self._alike_signature())
        return ResolutionRecord(decode_resolution(blob) if blob is not None else None, self.piece_keys())

    def keep_resolution(self, record: ResolutionRecord) -> None:
        """Store this run's grouping when it grouped the names afresh (a replayed one is the stored one)."""
        self.computed["signed"] += record.signed
        if record.after is not None:
            self.computed["resolved"] += len(record.after.order)
            self._backend.put_result(self._resolution_kind, self._alike_signature(), encode_resolution(record.after))

    @property
    def version(self) -> str:
        """The version these stages' rows are stored under (:func:`stage_version`)."""
        return self._version

    def records(self) -> tuple[bytes | None, bytes | None]:
        """The stored spreading answers and resolution record (:mod:`~briefing_tui.store.analysis_patch`)."""
        return (self._backend.get_result(self._spread_kind + " answers", self._version),
                self._backend.get_result(self._resolution_kind, self._alike_signature()))

    def found_rows(self, keys: set[str]) -> dict[str, bytes]:
        """The stored ``found`` rows (recognised names, undecoded) of content ``keys``; those read once are kept
        for the next call (a patch's checks that read every article's names read them once)."""
        missing = keys - self._found_rows.keys()
        if missing:
            self._found_rows.update(self._backend.get_analyses("found", self._version, missing))
        return {k: self._found_rows[k] for k in keys if k in self._found_rows}

    def stored_found(self, key: str) -> list[Found] | None:
        """The names recognised in the source of content ``key``, when stored."""
        blob = self._backend.get_analyses("found", self._version, {key}).get(key)
        try:
            return None if blob is None else [Found(*row) for row in unpack_value(blob)]
        except (CodecError, TypeError, ValueError):
            return None

    def keep_found(self, key: str, found: list[Found]) -> None:
        """Store the names recognised in the source of content ``key``."""
        self._backend.put_analyses("found", self._version,
                                   {key: pack([[getattr(f, n) for n in FOUND_FIELDS] for f in found], compress=False)})
        self._backend.put_analyses(CANDIDATES, self._version, candidate_rows({key: found}))

    def _alike_signature(self) -> str:
        from rapidfuzz import __version__ as rapidfuzz_version

        return f"{self._version}\0{rapidfuzz_version}"

    def quotes(self, sources: Sequence[Source], found: dict[str, list[Found]],
               entity_of: dict[tuple[str, str], Entity], compute: Callable[[Source], SourceQuotes]
               ) -> dict[str, SourceQuotes]:
        """Quotes and quoted terms of each source, by source id."""
        stored = self._read(self._quotes_kind, sources)
        out: dict[str, SourceQuotes] = {}
        fresh: dict[str, bytes] = {}
        described: dict[int, str] = {}
        with paused_gc():
            for s in sources:
                digest = self.inputs(s.id, found[s.id], entity_of, described)
                blob = stored.get(s.id)
                if blob is not None:
                    got = decode_quotes(blob, digest)
                    if got is not None:
                        out[s.id] = got
                        continue
                quotes, terms = compute(s)
                out[s.id] = (quotes, terms)
                self.computed["quotes"] += 1
                key = self._key.get(s.id)
                if key is not None:
                    try:
                        # Not compressed (like the names): every run after an edit reads them all back.
                        fresh[key] = digest.encode() + pack([encode_value(quotes), encode_value(terms)],
                                                            compress=False)
                    except (TypeError, ValueError):
                        pass  # not storable: computed again next time
        self._backend.put_analyses(self._quotes_kind, self._version, fresh)
        return out

    def _read(self, kind: str, sources: Sequence[Source]) -> dict[str, bytes]:
        """Stored blobs of ``kind`` by source id."""
        keys = {s.id: self._key[s.id] for s in sources if s.id in self._key}
        blobs = self._backend.get_analyses(kind, self._version, set(keys.values()))
        return {sid: blobs[key] for sid, key in keys.items() if key in blobs}

    def inputs(self, sid: str, found: list[Found], entity_of: dict[tuple[str, str], Entity],
                described: dict[int, str]) -> str:
        """Digest of what the quote stage reads besides the source's text (see the module docstring).

        ``described`` caches each entity's part (by object id) across the sources of one run."""
        parts = [repr(sid)]
        entity = entity_of.get
        for key in dict.fromkeys([f.key for f in found]):
            e = entity((sid, key))
            if e is None:
                parts.append(repr((key,)))
                continue
            text = described.get(id(e))
            if text is None:
                # repr of tuples of str: the same text for the same values, on every run and machine.
                text = described[id(e)] = repr((e.id, e.name, e.type, tuple(e.roles)))
            parts.append(repr(key) + text)
        if not self._exact_found:
            parts.append(repr(found))
        return sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _check(piece: bytes) -> bytes:
    """The hex CRC-32 of a stored ``mentions`` piece (CHECK_LENGTH bytes)."""
    return f"{zlib.crc32(piece):08x}".encode()


def decode_quotes(blob: bytes, digest: str) -> SourceQuotes | None:
    """The stored quotes when they were made from the same inputs (the digest the row starts with), else None."""
    if blob[:DIGEST_LENGTH] != digest.encode():
        return None
    try:
        data: Any = unpack_value(blob[DIGEST_LENGTH:])
        quotes, terms = data
        if isinstance(quotes, list) and isinstance(terms, list):
            return quotes, terms
    except (CodecError, TypeError, ValueError):
        pass
    return None
