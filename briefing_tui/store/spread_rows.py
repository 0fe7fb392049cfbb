"""Spreading known names through the index's per-source rows (the ``spread`` stage of
:class:`~briefing_tui.store.stage_memo.StoredStages`; see that module's docstring for the rows).

Each source has a ``spread`` row (its lower-case words, the words at its capitals, the view digest its
result was made under and that result as a delta from its names) and a ``probes`` row (what is at its
capitals with the characters after each word: most of what spreading keeps of a source). Every run reads
the ``spread`` rows; a source's ``probes`` row is read only when its look-ups into the corpus are worked
out again, or when a spelling whose answer changed since the last run may begin at its capitals
(:meth:`~briefing_tui.extract.spread_step.SpreadStep.stands` reads nothing else of them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing_tui.extract.found import Found
from briefing_tui.extract.spread_step import SpreadChanges, SpreadStep, apply, delta, rows, written_words
from briefing_tui.gcpause import paused_gc
from briefing_tui.model import Source
from briefing_tui.store.backend import IndexBackend
from briefing_tui.store.codec import CodecError, pack, unpack_value

ANSWERS = " answers"
"""The corpus-wide result (kind: the spread rows' kind + ANSWERS, signature: the stage version) holding the
last spreading's answers and each content key's view digest under them (:meth:`SpreadRows.answers_before`)."""
PROBES = "probes"
"""The rows of what is at each source's capitals (:func:`written_words`' probes, by content key): they depend on
the text alone, so every analysis (the corpus's, a story's) shares them."""

FEW_CHANGED_WORDS = 16
"""Up to this many first words of changed spellings are looked for in a source's words at its capitals one by
one (a substring search each, no set made); more (a record made for another corpus, a large change), by
splitting its words into a set once."""


class SpreadRows:
    """Spreading over ``backend``'s rows of ``kind`` made by code ``version``, for the sources whose content
    keys ``keys`` gives (by source id); counts its work in ``computed`` (``spread``, ``view``, ``probes``)."""

    def __init__(self, backend: IndexBackend, version: str, kind: str, keys: dict[str, str],
                 computed: dict[str, int]) -> None:
        self._backend = backend
        self._version = version
        self._kind = kind
        self._key = keys
        self.computed = computed

    def spread(self, sources: Sequence[Source], found: dict[str, list[Found]], step: SpreadStep
               ) -> tuple[dict[str, list[Found]], dict[str, str]]:
        """Each source's names after spreading known names (by source id), and each content key's view digest.

        A source is read (its text loaded) only when it has no stored row, or the corpus answers its
        look-ups otherwise than when its row was made (see the module docstring for its probes)."""
        keys = {s.id: self._key[s.id] for s in sources if s.id in self._key}
        stored = self._backend.get_analyses(self._kind, self._version, set(keys.values()))
        words: dict[str, list] = {}
        probes: dict[str, dict[str, list[str]]] = {}
        fresh_probes: dict[str, bytes] = {}
        with paused_gc():
            for s in sources:
                row = decode_spread(stored.get(keys.get(s.id, "")))
                if row is None:
                    lower, probes[s.id] = written_words(s)
                    row = [" ".join(lower), capital_words(probes[s.id]), "", None]
                    if s.id in keys:
                        fresh_probes[keys[s.id]] = pack(probes[s.id], compress=False)
                words[s.id] = row
            step.begin(row[0].split() for row in words.values())
            before, changes = self.answers_before(step)
            viewed: dict[str, str | None] = {}  # the digest each source's view had, where it may stand
            deferred: set[str] = set()  # whose probes a changed spelling may concern: judged once read
            for s in sources:
                key = keys.get(s.id)
                digest = before.get(key) if key is not None and changes is not None else None
                if digest is not None and s.id not in probes and opens(words[s.id][1], changes):
                    viewed[s.id] = digest
                    deferred.add(s.id)
                    continue
                try:  # no changed spelling begins at its capitals: its probes play no part
                    if digest is not None and not step.stands(probes.get(s.id, {}), found.get(s.id, []), changes):
                        digest = None
                except (AttributeError, TypeError, ValueError):  # a malformed row: its view is worked out
                    digest = None
                viewed[s.id] = digest
            self._probes_of([s for s in sources if s.id not in probes and (viewed[s.id] is None or s.id in deferred)],
                            keys, probes, fresh_probes)
            digests: dict[str, str] = {}
            out: dict[str, list[Found]] = {}
            fresh: dict[str, bytes] = {}
            for s in sources:
                lower, firsts, made_under, kept = words[s.id]
                names = found.get(s.id, [])
                key = keys.get(s.id)
                digest = viewed[s.id]
                try:
                    if s.id in deferred and not step.stands(probes[s.id], names, changes):
                        digest = None
                except (AttributeError, TypeError, ValueError):  # a malformed row: its view is worked out
                    digest = None
                if digest is None:
                    self.computed["view"] += 1
                    try:
                        digest = step.view(probes[s.id], names)
                    except (TypeError, ValueError):  # a malformed row: what is at its capitals read again
                        made_under, probes[s.id] = "", written_words(s)[1]
                        firsts = capital_words(probes[s.id])
                        if key is not None:
                            fresh_probes[key] = pack(probes[s.id], compress=False)
                        digest = step.view(probes[s.id], names)
                if key is not None:
                    digests[key] = digest
                if made_under == digest:
                    try:
                        out[s.id] = apply(names, kept)
                        continue
                    except (TypeError, ValueError):
                        pass
                unspread = rows(names)
                out[s.id] = step.run(s, names)
                self.computed["spread"] += 1
                if key is not None:
                    fresh[key] = pack([lower, firsts, digest, delta(unspread, names, out[s.id])], compress=False)
            answers = pack([step.answers(), digests], compress=False)
        self._backend.put_analyses(PROBES, self._version, fresh_probes)
        self._backend.put_analyses(self._kind, self._version, fresh)
        self._backend.put_result(self._kind + ANSWERS, self._version, answers)
        return out, digests

    def _probes_of(self, sources: Sequence[Source], keys: dict[str, str],
                   probes: dict[str, dict[str, list[str]]], fresh: dict[str, bytes]) -> None:
        """Read into ``probes`` what is at the capitals of each of ``sources`` (stored, else from its text,
        then kept in ``fresh`` by content key)."""
        blobs = self._backend.get_analyses(PROBES, self._version, {keys[s.id] for s in sources if s.id in keys})
        for s in sources:
            self.computed["probes"] += 1
            got = decode_probes(blobs.get(keys.get(s.id, "")))
            if got is None:
                got = written_words(s)[1]
                if s.id in keys:
                    fresh[keys[s.id]] = pack(got, compress=False)
            probes[s.id] = got

    def answers_before(self, step: SpreadStep) -> tuple[dict[str, str], SpreadChanges | None]:
        """The view digest of each content key under the answers of the last spreading stored, and what
        ``step`` answers otherwise now (None when there is no such record, or it cannot be read)."""
        blob = self._backend.get_result(self._kind + ANSWERS, self._version)
        if blob is None:
            return {}, None
        try:
            answers, digests = unpack_value(blob)
            if not isinstance(digests, dict) or not all(isinstance(d, str) for d in digests.values()):
                raise ValueError("malformed digests")
            return digests, step.changes_since(answers)
        except (CodecError, TypeError, ValueError):
            return {}, None


def decode_spread(blob: bytes | None) -> list | None:
    """A stored ``spread`` row ([lower-case words, the words at its capitals (:func:`capital_words`), digest,
    delta]), else None."""
    if blob is None:
        return None
    try:
        row: Any = unpack_value(blob)
    except (CodecError, TypeError, ValueError):
        return None
    if (isinstance(row, list) and len(row) == 4 and isinstance(row[0], str) and isinstance(row[2], str)
            and isinstance(row[1], str) and (row[3] is None or isinstance(row[3], list))):
        return row
    return None


def decode_probes(blob: bytes | None) -> dict[str, list[str]] | None:
    """A stored ``probes`` row (what is at a source's capitals, as :func:`written_words` gives it), else None."""
    if blob is None:
        return None
    try:
        got: Any = unpack_value(blob)
    except (CodecError, TypeError, ValueError):
        return None
    if isinstance(got, dict) and all(isinstance(v, list) for v in got.values()):
        return got
    return None


def capital_words(probes: dict[str, list[str]]) -> str:
    """The words at a source's capitals (its probes' keys; a word holds no space), each between spaces."""
    return f" {' '.join(probes)} "


def opens(firsts: str, changes: SpreadChanges | None) -> bool:
    """Whether a word of ``changes.firsts`` is one of ``firsts`` (:func:`capital_words`): only then may a spelling
    whose answer changed begin at the source's capitals (:meth:`SpreadStep.stands` reads its probes)."""
    if changes is None:
        return False
    if len(changes.firsts) <= FEW_CHANGED_WORDS:
        return any(f" {first} " in firsts for first in changes.firsts)
    return not changes.firsts.isdisjoint(firsts.split())
