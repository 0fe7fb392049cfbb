"""A stored analysis patched in place after one edited article that changes nothing another article reads of it.

A full analysis (:func:`briefing_tui.extract.analyse`) runs every corpus-wide step again after one edit: every
source's names read back, spreading, resolution, quote rows, the merge, and the whole analysis stored again
(~1.5 s of CPU among 2,000 articles). Most edits of one article (a typo, a sentence reworded, a paragraph
without names) change nothing the other articles read of it. What they read of it, and what this module checks
before it patches anything (otherwise the analysis is made as before):

- spreading reads its recognised names (the known spellings: the same confirmed (type, text, key, full) names
  before and after) and the words it writes in lower case (any word added or removed is no word of a known
  spelling: :func:`~briefing_tui.extract.corpus_names.written_as_common` asks nothing else of them);
- resolution reads its names after spreading, as its signature says
  (:func:`~briefing_tui.extract.resolve.signature`, the same before and after): the kept grouping
  (:mod:`~briefing_tui.extract.resolution_record`) then holds for the edited corpus, and each entity's rows
  are the same when the edited article's names keep their texts and roles in order (an entity's aliases and
  roles are read off its mentions in order);
- the merge reads its quotes' words, kind, speaker and source: the same, quote by quote, before and after
  (their places, sentences, cues and ids may change).

Then a cold run would store the same analysis except for the edited article's mentions (its piece), its quoted
terms and the documents of the quotes it takes part in, so only those are made again and spliced into the
stored parts (:mod:`~briefing_tui.store.analysis_codec`); nothing walks the corpus's names, mentions or quotes.
The old state comes from the base record the last full analysis stored (:data:`BASE`): the members it was
made of, its signature, and the CRC-32 of the spreading answers and the resolution record it left, so that a
record written since by another corpus in the same index is never taken for this one's. The edited article's old
names, spreading and quotes are its old content key's rows (the quote row checked against its inputs' digest);
its new ones are kept as the stages keep them, so a refused patch costs the full analysis no second pass of it.
A patch writes the new analysis under this run's result key and a new base (the same records: they still hold).

An added article (one member more, the others as the base had them, in order) is an edit of an article that was
there with no text: no names (its place in the kept grouping a source with none, :func:`_insert_nothing`), no
lower-case words (:data:`NOTHING`), no quotes or quoted terms. Its names are all added, so it always takes
:mod:`~briefing_tui.store.mention_patch`'s checks (each name a candidate or a name the corpus already groups, its
quotes merged quotes of their own) or makes a group no article made
(:mod:`~briefing_tui.store.new_groups`); anything else is analysed in full. Words new to the corpus that make another
article's candidate a run of common words spread that article again
(:mod:`~briefing_tui.store.candidate_respread`): patched when its names stay the same.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

from briefing_tui.extract.corpus_names import KnownSpellings
from briefing_tui.extract.found import Found
from briefing_tui.extract.names import fold
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution
from briefing_tui.extract.resolve import signature
from briefing_tui.extract.spread_step import SpreadStep, apply, delta, rows, written_words
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.store.analysis_base import BASE, Base, crc, decode_base, encode_base
from briefing_tui.store.analysis_codec import MAGIC, PARTS, parts_of
from briefing_tui.store.analysis_splice import splice
from briefing_tui.store.backend import IndexBackend, Member
from briefing_tui.store.candidate_respread import known_for, respread
from briefing_tui.store.made_known import made_known
from briefing_tui.store.mention_edit import known_part
from briefing_tui.store.codec import CodecError, encode_value, pack, unpack_value
from briefing_tui.store.resolution_codec import decode_resolution
from briefing_tui.store.new_words import common_after, unread_by_others
from briefing_tui.store.spread_rows import PROBES, decode_spread, capital_words
from briefing_tui.store.stage_memo import decode_quotes
from briefing_tui.store.stored_entities import stored_entities
from briefing_tui.store.stored_source import StoredSource

MERGED_FIELDS = ("text", "kind", "speaker", "speaker_entity", "speaker_type", "source")
"""What the merge reads of a quote (and copies from it): the same before and after, quote by quote."""
SPLICED = b"\x00analysis/13\x00"
"""The stored format whose parts :func:`~briefing_tui.store.analysis_splice.splice` knows (analysis_codec's MAGIC):
another format is analysed in full."""
NOTHING = ["", "", "", []]
"""The ``spread`` row of an article not there before (an addition: no lower-case words, no names)."""
_SLUG = lazy_compile(r"[^a-z0-9]+")  # as resolve's entity ids: runs of other characters made one hyphen
LONE_SURNAME_ADDED = "a lone surname added"
"""Why an addition naming someone by a lone surname is analysed in full (as :mod:`~briefing_tui.store.mention_patch`
refuses it): resolution groups such a name after every other, by the surnames of every person the corpus names."""


class Patch:
    """One attempt at patching the stored analysis (see the module docstring); :meth:`run` says whether it did.

    ``stages`` is the index's :class:`~briefing_tui.store.stage_memo.StoredStages` (its records' kinds and
    versions), ``members`` this run's members, ``signature`` the analysis's result key for them."""

    def __init__(self, backend: IndexBackend, stages: Any, members: Sequence[Member], signature_now: str) -> None:
        self._backend, self._stages, self._members, self._signature = backend, stages, members, signature_now
        self.reason = ""
        """Why the analysis was not patched (empty when it was)."""
        self._digest = ""  # the edited source's view digest in its spreading

    def run(self) -> bool:
        """Patch and store the analysis for this run's members; False (and ``reason``) when it may not be."""
        try:
            return self._run()
        except (CodecError, KeyError, IndexError, TypeError, ValueError, zlib.error) as exc:
            self.reason = f"unreadable: {exc}"
            return False

    def _no(self, reason: str) -> bool:
        """False and ``reason``, or True when ``reason`` is empty (patched)."""
        self.reason = reason
        return not reason

    def _run(self) -> bool:
        from briefing_tui.extract.gazetteer import shipped_gazetteer
        from briefing_tui.extract.quotes import source_quotes
        from briefing_tui.extract.recognise import recognise

        stages, backend = self._stages, self._backend
        base = decode_base(backend.get_result(BASE, stages.version))
        if base is None:
            return self._no("no base")
        at = _edited(base.members, self._members)
        addition = at is None
        if addition:  # an added article: an edit from nothing (no names, words or quotes before)
            at = _added(base.members, self._members)
            if at is None:
                return self._no("not one edited or added member")
        sid, new_key = self._members[at].id, self._members[at].key
        old_key = None if addition else base.members[at][1]
        answers_blob, resolution_blob = stages.records()
        if crc(answers_blob) != base.answers or crc(resolution_blob) != base.resolution:
            return self._no("records changed since the base")
        old_found = [] if addition else stages.stored_found(old_key)
        old_row = NOTHING if addition else _row(backend, "spread", stages.version, old_key)
        new = _source(backend, sid, new_key)
        if old_found is None or old_row is None or new is None:
            return self._no("no names or text stored")
        gaz = shipped_gazetteer()
        new_found = recognise(new, gaz)
        stages.keep_found(new_key, new_found)
        known_old, known_new = known_part(old_found), known_part(new_found)  # before spreading changes new_found
        known_changed = known_old != known_new
        answers, digests = unpack_value(answers_blob)
        names, surnames, common_text = answers
        lower, probes = written_words(new)
        old_lower, new_lower = set(old_row[0].split()), set(lower)
        changed_words = old_lower ^ new_lower
        grown, new_words = old_lower <= new_lower, new_lower - set(common_text.split())
        common_same = grown and not new_words  # the corpus's common words as they were
        if known_changed and not grown:
            return self._no("known spellings changed, and the words the corpus writes in lower case")
        # Words new to the corpus go the names' route (below) when the known spellings change, or for an addition
        # (it removes no word: the common words only grow, by ``new_words``, whatever it names).
        names_route = known_changed or addition
        if not common_same and not names_route and changed_words & set(  # (lowered at once: the same words)
                " ".join(s for s, *_ in (*names, *surnames)).lower().split()):
            return self._no("a lower-case word of a known spelling changed")
        if names_route and new_words:  # names added with words new to the corpus: see new_words
            common_text = common_after(common_text, new_words)
        candidates = {" ".join(f.text.split()) for f in new_found if f.type == "person" and not f.confirmed}
        people, held = None, set()  # (the articles whose view the answers after the edit change: spread again)
        digests = dict(digests)
        if addition and any(_lone_surname(f) for f in new_found):  # (spreading keeps a confirmed name as it is)
            return self._no(LONE_SURNAME_ADDED)
        if (addition or known_changed) and _makes_known(known_new, names):  # the answers a full analysis makes
            made = made_known(stages, backend, self._members, at, new_found, [names, surnames, common_text],
                              digests, held)
            if isinstance(made, str):
                return self._no(made)
            names, surnames, people = made
        spelled = set(held)
        known = known_for(names, surnames, probes.keys(), candidates)
        kept = decode_resolution(resolution_blob) if resolution_blob is not None else None
        if kept is None or kept.order != [m[0] for m in base.members]:
            return self._no("no resolution record of the base")
        if addition:  # the record as if the article had been there with no names
            _insert_nothing(kept, at, sid)
            base = Base(base.analysis, [*base.members[:at], [sid, ""], *base.members[at:]], base.answers,
                        base.resolution)
        old_names = apply(old_found, old_row[3])  # the old text's names as the base's spreading left them
        new_names = self._spread(new, new_found, known, common_text, lower, probes)
        if addition and any(_lone_surname(f) for f in new_names):  # every name of an addition is added
            return self._no(LONE_SURNAME_ADDED)  # (mention_patch's refusal, before the stored analysis is read)
        if addition or known_changed or len(old_names) != len(new_names):  # names added: see mention_patch
            if not common_same and not names_route:
                return self._no("names added, and the words the corpus writes in lower case")
            answers = [names, surnames, common_text]
            if new_words or held:
                others = {m.key for i, m in enumerate(self._members) if i != at and m.key}
                why = unread_by_others(stages, others, new_words, answers, backend, set(common_text.split()),
                                       held) if new_words else ""
                why = why or respread(backend, stages, self._members, held, answers, digests, spelled)
                if why:
                    return self._no(why)
            from briefing_tui.store.mention_patch import AddedMentions, Edit

            edit = Edit(backend, stages, self._members, self._signature, base, at, kept, answers, digests,
                        known_new - known_old, not known_old <= known_new, old_names, new_names, new, self._digest,
                        addition, people)
            return self._no(AddedMentions(edit).run())
        at_names = sum(kept.counts[:at])
        if not kept.counts[at] == len(old_names) == len(new_names):
            return self._no("resolution reads the names otherwise")
        if [(f.text, f.role) for f in old_names] != [(f.text, f.role) for f in new_names]:
            return self._no("a name's text or role changed")
        numbers = kept.numbers[at_names:at_names + len(new_names)]
        stored = backend.get_result("analysis", base.analysis)
        if stored is None or MAGIC != SPLICED or PARTS != 13 or not stored.startswith(SPLICED):
            return self._no("base analysis gone, or of another format")
        parts = parts_of(stored)
        head = unpack_value(parts[0])
        if not head.get("by_source") or not head.get("joined") or head.get("entities") is None:
            return self._no("mentions not stored by source")
        entities = stored_entities(unpack_value(zlib.decompress(parts[6])))
        if entities is None:
            return self._no("entity ids repeat")
        groups: dict[str, int] = {}  # each key's group: resolve maps a key to the last group (made) naming it
        for f, n in zip(new_names, numbers):
            group = n if n >= 0 else SINGLE - n if n <= SINGLE else None
            if group is not None:
                groups[f.key] = max(group, groups.get(f.key, group))
        entity_of = {}
        for key, group in groups.items():
            type_, name = kept.groups[group]
            entity_of[(sid, key)] = entities[f"{type_}:{_SLUG.sub('-', fold(name)).strip('-')}"]
        old_quotes = decode_quotes(_row(backend, "quotes", stages.version, old_key, raw=True) or b"",
                                    stages.inputs(sid, old_names, entity_of, {}))
        if old_quotes is None:
            return self._no("no quotes of the old text stored")
        old_quotes, old_terms = old_quotes
        new_quotes, new_terms = source_quotes(new, new_names, entity_of)
        try:  # kept as the quote stage keeps them: a full analysis after a refusal reads them back
            backend.put_analyses("quotes", stages.version, {new_key: stages.inputs(sid, new_names, entity_of, {}).encode()
                                 + pack([encode_value(new_quotes), encode_value(new_terms)], compress=False)})
        except (TypeError, ValueError):
            pass
        if len(old_quotes) != len(new_quotes) or any(
                [getattr(a, f) for f in MERGED_FIELDS] != [getattr(b, f) for f in MERGED_FIELDS]
                for a, b in zip(old_quotes, new_quotes)):
            return self._no("a quote's words or speaker changed")
        if [t.text for t in old_terms] != [t.text for t in new_terms]:
            return self._no("a quoted term changed")
        # Last (it walks the names): the kept record's signature is the old text's, the base's grouping.
        if signature(new_names) != kept.signatures[at]:
            return self._no("resolution reads the names otherwise")
        patched = splice(parts, sid, head, new_names, numbers, old_quotes, new_quotes, new_terms)
        if patched is None:
            return self._no("the stored quotes do not hold the old text's")
        backend.put_result("analysis", self._signature, patched)
        members = [list(m) for m in base.members]
        members[at][1] = new_key
        backend.put_result(BASE, stages.version, encode_base(Base(self._signature, members, base.answers,
                                                                  base.resolution)))
        return True


    def _spread(self, source: StoredSource, found: list[Found], known: KnownSpellings, common: str, lower: list[str],
                probes: dict[str, list[str]]) -> list[Found]:
        """The edited source's names after spreading under the base's answers, kept as its ``spread`` and
        ``probes`` rows (:mod:`~briefing_tui.store.spread_rows`), so that a full analysis after a refusal
        does not spread it again."""
        step = SpreadStep(known)
        step.begin([common.split()])
        digest = step.view(probes, found)
        unspread = rows(found)
        names = step.run(source, found)
        self._digest = digest
        version, key = self._stages.version, source.key
        self._backend.put_analyses(PROBES, version, {key: pack(probes, compress=False)})
        self._backend.put_analyses("spread", version, {key: pack(
            [" ".join(lower), capital_words(probes), digest, delta(unspread, found, names)], compress=False)})
        return names


def _row(backend: IndexBackend, kind: str, version: str, key: str, raw: bool = False) -> Any:
    """The stored per-source row of ``kind`` for content ``key`` (decoded as a ``spread`` row unless ``raw``)."""
    blob = backend.get_analyses(kind, version, {key}).get(key)
    return blob if raw else decode_spread(blob)


def _edited(before: list[list[str]], now: Sequence[Member]) -> int | None:
    """The position of the one member whose content changed (the same ids in the same order), else None."""
    if len(before) != len(now):
        return None
    changed = [i for i, (b, m) in enumerate(zip(before, now)) if b[0] != m.id or b[1] != m.key]
    if len(changed) != 1 or before[changed[0]][0] != now[changed[0]].id or not now[changed[0]].key:
        return None
    return changed[0]


def _added(before: list[list[str]], now: Sequence[Member]) -> int | None:
    """The position of the one member added (the others the same ids and contents in the same order), else None."""
    if len(now) != len(before) + 1:
        return None
    at = next((i for i, (b, m) in enumerate(zip(before, now)) if b[0] != m.id or b[1] != m.key), len(before))
    if not now[at].key or any(b[0] != m.id or b[1] != m.key for b, m in zip(before[at:], now[at + 1:])):
        return None
    return at


def _insert_nothing(kept: KeptResolution, at: int, sid: str) -> None:
    """``kept`` with source ``sid`` inserted at ``at``, as if it had been there without a name."""
    kept.order.insert(at, sid)
    kept.views.insert(at, "")
    kept.signatures.insert(at, signature([]))
    kept.counts.insert(at, 0)


def _source(backend: IndexBackend, sid: str, key: str) -> StoredSource | None:
    """The stored source of content ``key`` (the edited article, old or new), None when it is not stored."""
    head = backend.read_heads({key}).get(key)
    body = backend.read_body(key)
    if head is None or body is None:
        return None
    return StoredSource.from_head(sid, "", key, head, lambda _: body)


def _lone_surname(f: Found) -> bool:
    """A person confirmed under a lone surname (``mention_patch._single``: grouped after every other name)."""
    return f.type == "person" and f.confirmed and not f.full and fold(f.key) == fold(f.text)


def _makes_known(known: set[tuple], names: list) -> bool:
    """Whether names confirmed as ``known`` (:func:`~briefing_tui.store.mention_edit.known_part`) may make known a
    spelling that the answers' ``names`` do not hold as a name of its own (a person's full name, a place's or
    organisation's key): see :mod:`~briefing_tui.store.made_known`."""
    said = {s: tuple(v) for s, *v in names}
    return any(said.get(key) != (kind, key, True) for kind, _, key, full in known
               if kind != "person" or full and len(key.split()) >= 2)
