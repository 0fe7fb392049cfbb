"""The links between a folder's sources, and the stories of each group of linked sources, kept in the index so
that after an edit only what changed is linked and grouped again.

A link between two sources is a function of their two vectors and days (``stories.cluster``). The index
keeps, for the last grouping of the corpus, each source's id, a digest of its vector and day
(:func:`~briefing_tui.stories.vectors.vector_digest`), every link by position, and the stories found in
each connected component of the links; and what the vectors were made from: each source's vector and
the identity of its features (its content key, or a digest of them), and the document frequencies.
The next grouping takes each source's vector from the record when its features are the same and the
idf of none of them moved (a vector reads the idf of its own features only: an addition moves a few
features' rounded frequencies, so most vectors are read back, not weighed again), computes the others
(:meth:`StoredLinks.vectors`). When few sources changed, the record also gives the document frequencies:
each source's features are kept in it, so a changed or removed source's old features are taken away and
its new ones added, and only the changed sources' features are read (the others' are neither read nor
counted); should an idf move, the features of the sources holding that feature are read too and their vectors
weighed again (the record says which sources hold it: :mod:`~briefing_tui.stories.frequency_update`). Then it:

- keeps every stored link (two positions and their exact dot product) between two sources whose
  digests did not change;
- links each source whose digest changed (edited, added, or whose features' rounded frequencies
  moved) against every other source, the one scoring function every path uses;
- drops the links of removed sources, and keeps of all those each source's strongest as a cold grouping does
  (``stories.strongest``: an unchanged source that lost one of its strongest is linked again);
- takes the connected components of the links: average link never joins two components, and within
  one its result depends only on the members (in order) and their vectors and days, so a component
  whose members and digests are those of a stored one keeps its stories; the others are grouped again.

The result is the stories a cold :func:`~briefing_tui.stories.cluster.cluster_sources` finds, by
construction: an unchanged pair or component has the same inputs, a changed one is computed again.
When many sources changed (more than :data:`RELINK_ALL_SHARE`), or nothing usable is stored, all links
are found afresh. The record's bytes: :mod:`~briefing_tui.stories.links_record`. An edit that moves no vector
leaves the record as it was (:data:`STALE_SOURCES`); each story's face is kept beside it (:data:`FACES_KIND`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from briefing_tui.store.backend import IndexBackend
from briefing_tui.stories import cluster, strongest
from briefing_tui.stories.cluster import Link
from briefing_tui.stories.frequency_update import CHANGED_SHARE, Bags, updated_vectors
from briefing_tui.stories.links_record import Stored, Weighed, component_key, decode, encode_record
from briefing_tui.stories.replay_link import replay_stored
from briefing_tui.stories.rejoined import rejoined
from briefing_tui.stories.stored_faces import FACES_KIND, Faces, keep_faces, read_faces  # noqa: F401 (FACES_KIND: its kind)
from briefing_tui.stories.vectors import (Vector, base_feature, document_frequencies, idf_table, source_idf, unit_vector,
                                          vector_digest)

LINKS_KIND = "story links"
"""Result kind of the stored links (one record per index: the signature is the code's version)."""
RELINK_ALL_SHARE = 0.5
"""When more than this share of the sources changed, every link is found afresh (``all_links``: on the 2,001
generated one-topic articles, linking 380 changed sources through packed columns took 0.4 s CPU and all
2,001 of them 1.9 s, where the pruned search of every link took 11 s; at 10,000 the columns take more
batches, so past half the folder the pruned search is kept)."""
STALE_SOURCES = 16
"""The record is not written again when the links and stories it holds still stand and at most this many
sources differ from it only in what their (unchanged) vectors were weighed from (an edit that moves no vector:
a typo fixed, a paragraph added), and at most a quarter of :data:`CHANGED_SHARE` of the sources (so that the
next change still updates the frequencies from the changed sources alone). Such a source is read and weighed
again by the next grouping that runs (after the next change): exact, and the lag is bounded by this count."""

RECORD_VERSION = 7
"""The record's shape (2: with each source's vector, its features' identity and the document frequencies;
3: those as integer columns, :mod:`~briefing_tui.stories.links_record`; 4: with each source's day and the
members of each component; 5: with each component's joins; 6: each vector led by its language's mark, the
frequencies with each language's count and its words' and names' counts among its sources; 7: the kept links only,
each source's strongest, ``stories.strongest``)."""


class StoredLinks:
    """The stories of a corpus's sources through an index (see the module docstring); :attr:`relinked` and
    :attr:`regrouped` count the work the last call did."""

    def __init__(self, index: IndexBackend, version: str, keys: Mapping[str, str] | None = None) -> None:
        self.index = index
        self.version = f"{version}\0{RECORD_VERSION}"
        self.keys = keys
        """Source id -> content key (what its features are made from); None: a digest of the features."""
        self.reweighed = 0
        """How many vectors the last :meth:`vectors` call weighed (the others were read from the record)."""
        self.counted = 0
        """How many sources' features the last :meth:`vectors` call counted the document frequencies over
        (read back and taken away, or added): all of them unless few changed."""
        self._prior: Stored | None = None
        self._read_once = False
        self._weighed: Weighed | None = None
        """The vectors of this grouping (written with its links)."""
        self._old_weighed: Weighed | None = None
        """The vectors of the record read last (None when it keeps none)."""
        self._from_record: list[bool] | None = None
        """Which of the vectors the last :meth:`vectors` call gave are the record's (their digests are too, on the
        same day)."""
        self.relinked = 0
        """How many sources the last :meth:`groups` call linked again (all of them when nothing was reused)."""
        self.strengthened = 0
        """How many unchanged sources the last :meth:`groups` call linked again as well: each had one of its strongest
        links with a changed or removed source (``stories.strongest.kept_again``)."""
        self.regrouped = 0
        """How many sources the last :meth:`groups` call grouped again (the members of changed components)."""
        self.replayed = 0
        """How many of those were grouped by replaying the record's joins (``stories.replay_link``)."""
        self.written = False
        """Whether the last :meth:`groups` call wrote the record (see :data:`STALE_SOURCES`)."""
        self.repacked = 0
        """How many vectors the last record written packed afresh (the others' columns copied from the record read)."""
        self._placed: tuple[Sequence[str], list[str]] | None = None
        """The ids and vector digests of the last :meth:`groups` call (what a story's face is keyed by)."""
        self.described = 0
        """How many stories the last :meth:`keep_faces` found no kept face for (described afresh)."""
        self._faces: Faces | None = None
        """The faces :meth:`faces` gave (added to by ``describe``), the keys it read, the keys asked for."""

    def vectors(self, ids: Sequence[str], bags: Bags) -> list[Vector]:
        """``tfidf_vectors`` of the sources' features, each vector read from the record when its source's
        features are those it was weighed from and none of their idfs moved since (see the module docstring).

        When few sources changed and no idf moved, only the changed sources' features are read
        (:meth:`_from_changes`); otherwise every source's are, and the frequencies counted over them all."""
        n = len(ids)
        unique = len(set(ids)) == n
        self._from_record = None
        if unique:
            self._prior = self._read()
            self._read_once = True
            fast = self._from_changes(ids, bags)
            if fast is not None:
                return fast
        every = bags(range(n)) if callable(bags) else list(bags)
        self.counted = n
        df = document_frequencies(every)
        idf = idf_table(df, n)
        if not unique:  # (ids repeat: nothing to key the vectors by)
            self.reweighed = n
            return [unit_vector(bag, source_idf(bag, df, idf)) for bag in every]
        identities = [self._identity(sid, bag) for sid, bag in zip(ids, every)]
        self._weighed = Weighed({}, dict(df), n)
        old = self._old_weighed
        moved: set[str] = set()
        if old is not None:
            before = idf_table(Counter(old.df), old.n)
            moved = {base_feature(t) for t in before.keys() | idf.keys() if before.get(t) != idf.get(t)}
        out: list[Vector] = []
        self.reweighed = 0
        self._from_record = []
        for k, (sid, identity) in enumerate(zip(ids, identities)):
            bag, every[k] = every[k], Counter()  # (each bag let go once weighed: at 10,000 sources the bags held all
            # at once beside the vectors were most of a first grouping's peak memory)
            kept = old.vectors.get(sid) if old is not None else None
            same = kept is not None and kept[0] == identity and moved.isdisjoint(bag)
            if same:
                vector = kept[1]  # type: ignore[index]
            else:
                vector = unit_vector(bag, source_idf(bag, df, idf))
                self.reweighed += 1
            self._from_record.append(same)
            out.append(vector)
            self._weighed.vectors[sid] = (identity, vector)
            self._weighed.features[sid] = list(bag)
        return out

    def _from_changes(self, ids: Sequence[str], bags: Bags) -> list[Vector] | None:
        """The vectors from the record's frequencies updated by the changed sources' features, when few changed
        (:func:`~briefing_tui.stories.frequency_update.updated_vectors`); None otherwise."""
        got = updated_vectors(self._old_weighed, self.keys, ids, bags)
        if got is None:
            return None
        self.counted, self.reweighed, self._weighed = got.counted, len(got.weighed_again), got.weighed
        self._from_record = [True] * len(ids)
        for k in got.weighed_again:
            self._from_record[k] = False
        return got.vectors

    def _identity(self, sid: str, bag: Counter) -> str:
        """What a source's features are made from: its content key, else a digest of the features."""
        key = self.keys.get(sid) if self.keys is not None else None
        if key:
            return key
        return hashlib.sha1(repr(sorted(bag.items())).encode("utf-8", "surrogatepass")).hexdigest()

    def groups(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None]) -> list[list[int]]:
        """``cluster_sources(vectors, days)``: groups of positions, each sorted, in order of first member."""
        n = len(ids)
        self._placed = None
        self.strengthened = 0
        if len(set(ids)) != n:  # (ids repeat: nothing to key the links or faces by)
            self.relinked = self.regrouped = n
            self._from_record = None
            return cluster.cluster_sources(vectors, days)
        prior = self._prior if self._read_once else self._read()
        self._read_once = False
        digests = self._digests(ids, vectors, days, prior)
        self._placed = (ids, digests)
        if prior is not None and prior.ids == list(ids) and prior.digests == digests:
            # Nothing to link again: the record's links and components stand (its links are made only if needed).
            links: list[Link] | None = None
            changed: list[int] = []
            self.relinked = 0
            members_of = cluster.every_component(n, prior.components)
        else:
            links, changed = self._links(ids, vectors, days, digests, prior)
            members_of = cluster.components(n, links)
        kept = prior.stories if prior is not None else {}
        found: dict[str, list[list[int]]] = {}
        joins: dict[str, list[int]] = {}
        groups: list[list[int]] = []
        self.regrouped = self.replayed = 0
        inside: list[list[Link]] | None = None
        for k, members in enumerate(members_of):
            if len(members) == 1:
                groups.append(members)
                continue
            key = component_key(ids, digests, members)
            local = kept.get(key)
            if local is None or sorted(i for g in local for i in g) != list(range(len(members))):
                if links is None:
                    links = prior.links  # type: ignore[union-attr]  # (None only with a prior)
                if len(members) == n:  # (one component holds every source: its links and positions as they are)
                    within: Sequence[Link] = links
                else:
                    if inside is None:
                        inside = cluster.links_within(members_of, links)
                    at = {i: j for j, i in enumerate(members)}
                    within = [(at[a], at[b], score) for a, b, score in inside[k]]
                record: list[int] = []
                local = replay_stored(prior, ids, digests, members, within, record)
                if local is None:
                    record = []
                    local = cluster.average_link(len(members), within, record)
                else:
                    self.replayed += len(members)
                joins[key] = record
                self.regrouped += len(members)
            elif prior is not None and key in prior.joins:
                joins[key] = prior.joins[key]
            found[key] = local
            groups.extend([members[i] for i in group] for group in local)
        self.written = prior is None or bool(changed) or prior.ids != list(ids) or \
            (self.reweighed > 0 and self._stale(ids) > min(STALE_SOURCES, int(CHANGED_SHARE * n / 4)))
        if self.written:
            if links is None:
                links = prior.links  # type: ignore[union-attr]
            self._write(ids, digests, days, links, found, [m for m in members_of if len(m) > 1], joins)
        groups.sort(key=lambda group: group[0])
        return rejoined(groups, vectors, links if links is not None else prior.links,  # type: ignore[union-attr]
                        cluster.STORY_UNITS)

    def _digests(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None],
                 prior: Stored | None) -> list[str]:
        """Each vector's digest with its day: the record's for a vector the record gave (:meth:`vectors`) on the day
        the record has for its source, else worked out."""
        from_record, self._from_record = self._from_record, None
        if prior is None or from_record is None or len(from_record) != len(ids):
            return [vector_digest(v, d) for v, d in zip(vectors, days)]
        at = {sid: k for k, sid in enumerate(prior.ids)}
        out = []
        for sid, vector, day, kept in zip(ids, vectors, days, from_record):
            k = at.get(sid) if kept else None
            out.append(prior.digests[k] if k is not None and prior.days[k] == day else vector_digest(vector, day))
        return out

    def faces(self) -> tuple[dict, Callable[[Sequence[int]], str | None]] | None:
        """The faces kept from the last grouping, and the key of a group of positions (ids, content keys and
        vector digests of the last :meth:`groups` call), for ``describe``; None without content keys."""
        if self._placed is None or self.keys is None:
            return None
        kept, group_key, self._faces = read_faces(self.index, self.version, self.keys, *self._placed)
        return kept, group_key

    def keep_faces(self) -> None:
        """Store the faces of this grouping's stories when some were described afresh (only those of its stories
        are kept)."""
        if self._faces is not None:
            self.described = keep_faces(self.index, self.version, *self._faces)

    def _stale(self, ids: Sequence[str]) -> int:
        """How many sources' vectors were weighed from other features than the record says (all of them when
        either side keeps no vectors)."""
        old, new = self._old_weighed, self._weighed
        if old is None or new is None:
            return len(ids)
        return sum(1 for sid in ids if (kept := old.vectors.get(sid)) is None or sid not in new.vectors
                   or kept[0] != new.vectors[sid][0])

    def _links(self, ids: Sequence[str], vectors: Sequence[Vector], days: Sequence[int | None],
               digests: Sequence[str], prior: Stored | None) -> tuple[list[Link], list[int]]:
        """Every link, those between unchanged sources read back; and the positions of the changed sources."""
        n = len(ids)
        position = {sid: k for k, sid in enumerate(ids)}
        same = [False] * n
        if prior is not None:
            for sid, digest in zip(prior.ids, prior.digests):
                at = position.get(sid)
                if at is not None and digests[at] == digest:
                    same[at] = True
        changed = [k for k in range(n) if not same[k]]
        if prior is None or len(changed) > RELINK_ALL_SHARE * n:
            self.relinked = n
            return cluster.kept_links(vectors, days), changed
        old_ids = prior.ids
        moved = range(n) if old_ids == list(ids) else [position.get(sid, -1) for sid in old_ids]
        links, self.strengthened = strongest.kept_again(n, same, prior.links, moved,
                                                        lambda relink: cluster.links_among(relink, vectors, days))
        self.relinked = len(changed)
        return links, changed

    def _read(self) -> Stored | None:
        self._old_weighed = None
        blob = self.index.get_result(LINKS_KIND, self.version)
        got = decode(blob) if blob is not None else None
        if got is None:
            return None
        stored, self._old_weighed = got
        return stored

    def _write(self, ids: Sequence[str], digests: Sequence[str], days: Sequence[int | None], links: Sequence[Link],
               stories: dict[str, list[list[int]]], components: list[list[int]], joins: dict[str, list[int]]) -> None:
        record = encode_record(ids, digests, days, links, stories, components, self._weighed, joins)
        self.repacked = record.repacked
        self.index.put_result(LINKS_KIND, self.version, record.blob)

