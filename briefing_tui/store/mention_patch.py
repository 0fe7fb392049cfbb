"""The stored analysis patched after an edit that adds mentions of people (or places) the corpus already names.

:mod:`~briefing_tui.store.analysis_patch` patches an edit that changes nothing another article reads of the
edited one. The common edit that names someone (a paragraph quoting "X, a spokesperson for ...") most often
names a person who is already an entity: another mention of them. An added article is such an edit of an
article that named nothing (:mod:`~briefing_tui.store.analysis_patch`). A full analysis then changes, besides the
edited article's own rows, only that entity (its mentions, aliases, roles, its place in the sorted list and so
every mention's entity number), the merged quotes (one more), the resolution record and the spreading answers'
digests. This module makes exactly those, or refuses (the analysis is then made in full). Each check is cheap
and sufficient:

- the edited article's names are its old ones (what resolution reads of each, its text and role) with one run
  of names added; each added name is an unconfirmed candidate (in no group) or a confirmed full name of a group
  that an earlier name with the same key joined (it joins that group, adds no spelling, the group is made where it
  was; or made it later: :mod:`~briefing_tui.store.group_ids`), its context within the group's up to there; or,
  in an edit or an added article, a name no group has (:mod:`~briefing_tui.store.new_groups`);
- the group's name by weight stays the same (its entity id, which quotes carry, too);
- spreading answers the same: no lower-case word removed, none added that others read
  (:mod:`~briefing_tui.store.new_words`); every spelling the edit makes known is known already, confirmed earlier
  (or reordered as a full run orders it);
- the quotes of the other articles naming the entity are the same under its new roles;
- the edited article's quotes are its old ones with one run added, each attributed and a merged quote of its own
  (inserted in order): every merged quote whose words come near its words (fuzz ratio of at least
  :data:`~briefing_tui.store.mention_splice.NEAR`, a bound under which no quote can be the same words as both) is
  another speaker's and alone, and the blocking keys it shares hold few texts
  (:data:`~briefing_tui.extract.merge.MAX_TEXTS_PER_KEY`);
- an added place or organisation is written as its entity's name (which so keeps the most weight), the entity is
  named in an earlier article, and its aliases and roles stay or grow at their end (its row is made from the
  stored one: such an entity may be named in most articles).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import accumulate, chain
from typing import Any

from briefing_tui.extract.found import Found
from briefing_tui.extract.names import fold
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution
from briefing_tui.extract.resolve import _context_of, _entities
from briefing_tui.extract.spread_step import apply
from briefing_tui.model import Entity
from briefing_tui.store.analysis_codec import MAGIC, PARTS, parts_of
from briefing_tui.store.analysis_splice import parts_joined, splice
from briefing_tui.store.codec import pack, unpack, unpack_value
from briefing_tui.store.group_ids import GroupIds, group_name, made_before
from briefing_tui.store.mention_edit import Edit, known_part
from briefing_tui.store.mention_quotes import added_run, edited_quotes, other_quotes
from briefing_tui.store.mention_splice import insert_quote, mentions, store
from briefing_tui.store.new_groups import NewGroups
from briefing_tui.store.new_words import known_in_order
from briefing_tui.store.spread_rows import decode_spread


def _reads(f: Found, context: Any) -> tuple:
    """What resolution and the entities read of one name (its group, context, text and role)."""
    person = f.type == "person" and f.confirmed
    return (f.type, f.key, f.confirmed, f.full, fold(f.key) == fold(f.text), sorted(context(f)) if person else None,
            f.text, f.role)


def _single(f: Found) -> bool:
    """A lone surname (grouped after every other name)."""
    return not f.full and fold(f.key) == fold(f.text)


class AddedMentions:
    """One attempt (see the module docstring); :meth:`run` returns "" when it patched, else why not."""

    def __init__(self, edit: Edit) -> None:
        self.e = edit

    def run(self) -> str:
        """Patch and store the analysis, records and base; the reason it may not otherwise."""
        e = self.e
        context_old, context_new = _context_of(e.old_names), _context_of(e.new_names)
        added = added_run([_reads(f, context_old) for f in e.old_names], [_reads(f, context_new) for f in e.new_names])
        if added is None or not (added or e.added):
            return "names changed otherwise than added"
        kept, at = e.kept, e.at
        offsets = [0, *accumulate(kept.counts)]
        if kept.counts[at] != len(e.old_names):
            return "resolution reads the names otherwise"
        stored = e.backend.get_result("analysis", e.base.analysis)
        if stored is None or not stored.startswith(MAGIC) or PARTS != 13:
            return "base analysis gone, or of another format"
        parts = parts_of(stored)
        head = unpack(parts[0])
        if not head.get("by_source") or not head.get("joined") or not head.get("processed_joined"):
            return "mentions not stored by source"
        rows = unpack(parts[6])
        ids = [row[0] for row in rows]
        number_of = {id_: i for i, id_ in enumerate(ids)}
        if len(number_of) != len(rows):
            return "entity ids repeat"
        entity_sources = unpack(parts[7])
        fresh = NewGroups(kept, offsets[at], e.new_names, e.people, added)
        why = fresh.plan(lambda f, ids=GroupIds(kept.groups): self._group_of(f, rows, ids, number_of))
        made = why or fresh.make(e.members[at].id, rows, number_of, entity_sources, head)
        if isinstance(made, str):
            return made
        old_numbers = list(kept.numbers[offsets[at]:offsets[at + 1]])  # (after the groups made later moved)
        fresh_keys = {e.new_names[j].key for j in fresh.numbers}
        e.known_added = {item for item in e.known_added if item[2] not in fresh_keys}
        group_ids = GroupIds(kept.groups)
        # The added names' groups: each joins the group an earlier name of its key joined (or makes it).
        sid = e.members[at].id
        new_numbers = old_numbers[:added.start] + [-1] * len(added) + old_numbers[added.start:]
        touched: dict[int, list[int]] = {}  # group -> positions of its added names (people)
        plain: dict[int, list[int]] = {}  # the same for places and organisations
        for j in added:
            f = e.new_names[j]
            if j in fresh.numbers:  # a new entity's
                new_numbers[j] = fresh.numbers[j]
                continue
            if f.type != "person":
                group = self._group_of(f, rows, group_ids, number_of)
                if group is None:
                    return "a place or organisation no entity has"
                new_numbers[j] = group
                plain.setdefault(group, []).append(j)
                continue
            if not f.confirmed:
                continue
            if _single(f):
                return "a lone surname added"
            group = self._group_of(f, rows, group_ids, number_of)
            if group is None:
                return "a name no entity has"
            new_numbers[j] = group
            touched.setdefault(group, []).append(j)
        index_of = {m.id: i for i, m in enumerate(e.members)}
        names: dict[int, list[Found]] = {at: e.new_names}
        found: dict[int, list[Found]] = {}
        sources = sorted({index_of[s] for g in touched for s in entity_sources[number_of[group_ids[g]]]} - {at})
        why = self._read_names(sources, names, found, kept)
        if why:
            return why
        numbers_at = {i: list(kept.numbers[offsets[i]:offsets[i + 1]]) for i in sources}
        numbers_at[at] = new_numbers
        if e.known_lost or any(kind == "person" and not full for kind, _, _, full in e.known_added):
            return "a spelling no longer known here"
        known_added = {key for kind, _, key, _ in e.known_added if kind == "person"}
        new_rows: dict[int, list] = {}
        why = self._plain(plain, rows, number_of, group_ids, entity_sources, index_of, new_rows, e.known_added)
        if why:
            return why
        entities_new: dict[int, Entity] = dict(made)
        self._first: dict[int, str] = {}  # group -> key of its first name, when the edit writes it
        for group, positions in touched.items():
            why = self._check_group(group, positions, sorted({*sources, at}), names, found, numbers_at, known_added)
            if isinstance(why, str):
                return why
            entity = why
            old = rows[number_of[group_ids[group]]]
            if entity.name != old[1] or entity.id != old[0] or len(entity.mentions) != old[5] + len(positions):
                return "the entity's name changes"
            entities_new[group] = entity
            new_rows[number_of[entity.id]] = [entity.id, entity.name, entity.type, list(entity.aliases),
                                             list(entity.roles), len(entity.mentions)]
        # Every known spelling the edit adds is confirmed earlier (checked per group), or moves (_made_here).
        if known_added - {e.new_names[j].key for js in touched.values() for j in js} - fresh_keys:
            return "a spelling made known"
        why = self._made_here(offsets, new_numbers, touched)
        if why:
            return why
        old_entity = {}

        def entity(group: int, fresh: bool) -> Entity:
            if fresh and group in entities_new:
                return entities_new[group]
            got = old_entity.get(group)
            if got is None:
                r = rows[number_of[group_ids[group]]]
                got = old_entity[group] = Entity(r[0], r[1], r[2], list(r[3]), [], list(r[4]))
            return got

        why = other_quotes(e, sources, names, numbers_at, entity, entities_new)
        if why:
            return why
        quotes = edited_quotes(e, sid, old_numbers, new_numbers, entity)
        if isinstance(quotes, str):
            return quotes
        old_quotes, new_quotes, new_terms, inserted = quotes
        patched = splice(parts, sid, head, None, None, old_quotes,
                         [q for q in new_quotes if all(q is not i for i in inserted)], new_terms,
                         {m.id for m in e.members[:at]})
        if patched is None:
            return "the stored quotes do not hold the old text's"
        parts = parts_of(patched)
        for q in inserted:  # in order: each one's place counts those inserted before it
            why = insert_quote(parts, head, q, at, index_of, new_quotes, e.added and at == len(e.members) - 1)
            if why:
                return why
        # Entities in their new order, every mention's number with them, the edited article's piece made again.
        for i, row in new_rows.items():
            rows[i] = row
        order = sorted(range(len(rows)), key=lambda i: (-rows[i][5], rows[i][2], rows[i][1]))
        renumber = array("i", bytes(4 * len(rows)))
        for new_i, old_i in enumerate(order):
            renumber[old_i] = new_i
        for group, ent in entities_new.items():
            entity_sources[number_of[ent.id]] = list(dict.fromkeys(m.source for m in ent.mentions))
        parts[6] = pack([rows[i] for i in order])
        parts[7] = pack([entity_sources[i] for i in order])
        why = mentions(e, parts, sid, new_numbers, group_ids, number_of, renumber)
        if why:
            return why
        parts[0] = pack(head)
        store(e, parts_joined(parts), new_numbers, offsets)
        return ""

    def _made_here(self, offsets: list[int], numbers: list[int], touched: dict[int, list[int]]) -> str:
        """Where a group an added name makes earlier goes; the known spellings' order."""
        e = self.e
        if self._first and (len(self._first) > 1 or e.people):
            return "groups made earlier"
        for group, key in self._first.items():
            j = next(j for j in touched[group] if e.new_names[j].key == key)
            e.moved = (group, made_before(chain(e.kept.numbers[:offsets[e.at]], numbers[:j]), e.kept.groups))
            if e.moved[1] is None:
                return "made after a bridged group"
            e.answers = known_in_order(e.stages, e.members, e.answers, e.at, e.base.members[e.at][1])
            if e.answers is None:
                return "the known spellings change"
        return ""

    def _group_of(self, f: Found, rows: list, group_ids: GroupIds, number_of: dict) -> int | None:
        """The group of the entity named ``f.key`` (a person's: else one with ``f``'s text or key among its
        aliases), else None; whether ``f`` joins it is checked later."""
        key, text = fold(f.key), " ".join(f.text.split())
        named = [row for row in rows if row[2] == f.type and (row[1] == f.key if f.type != "person" else
                                                               fold(row[1]) == key)]
        if not named and f.type == "person":
            named = [row for row in rows if row[2] == "person" and (text in row[3] or f.key in row[3])]
        return group_ids.of(named[0][2], named[0][1]) if named else None

    def _plain(self, plain: dict[int, list[int]], rows: list, number_of: dict, group_ids: GroupIds,
               entity_sources: list, index_of: dict, new_rows: dict, known_added: set[tuple]) -> str:
        """The rows of the places' and organisations' entities with the added names (whose key is the entity's
        name: it keeps the most weight), or why they may change otherwise. Such an entity may be named in
        most articles: its row is made from the stored one, not from every name of it."""
        e, at = self.e, self.e.at
        sid = e.members[at].id
        for group, positions in plain.items():
            i = number_of[group_ids[group]]
            id_, name, kind, aliases, roles, count = rows[i]
            sources = entity_sources[i]
            earlier = sorted(index_of[s] for s in sources if index_of.get(s, at) < at)
            if not earlier:
                return "a place or organisation grouped here first"
            aliases = list(aliases)
            for j in positions:
                f = e.new_names[j]
                text = " ".join(f.text.split())
                if f.key != name or (f.role and f.role not in roles):
                    return "a place's or organisation's entity may change its name or roles"
                if text not in aliases:
                    if sources and sources[-1] > sid:
                        return "a new alias of a place or organisation before others"
                    aliases.append(text)
                item = (f.type, f.text, f.key, f.full)
                if item in known_added:  # known already, from an earlier article (the known spellings keep their order)
                    found = [self._found(k) for k in earlier[:3]]
                    if not any(item in known_part(got or []) for got in found):
                        return "a place or organisation made known here first"
            new_rows[i] = [id_, name, kind, aliases, roles, count + len(positions)]
            if sid not in sources:
                sources.insert(bisect_left(sources, sid), sid)
        plain_keys = {e.new_names[j].key for js in plain.values() for j in js}
        if any(kind != "person" and key not in plain_keys for kind, _, key, _ in known_added):
            return "a place or organisation made known"
        return ""

    def _found(self, i: int) -> list[Found] | None:
        """The names recognised in member ``i``."""
        return self.e.stages.stored_found(self.e.members[i].key)

    def _alike(self) -> dict | None:
        """The person spellings alike as the last resolution kept them (None when there is no record)."""
        if not hasattr(self, "_alike_relation"):
            self._alike_relation = self.e.stages.alike().before
        return self._alike_relation

    def _read_names(self, sources: list[int], names: dict, found: dict, kept: KeptResolution) -> str:
        """Each of ``sources``' names after spreading (``names``) and as recognised (``found``), from their rows
        made under the digest the answers hold for them (as a full analysis reads them)."""
        e = self.e
        keys = {i: e.members[i].key for i in sources}
        version = e.stages.version
        found_blobs = e.backend.get_analyses("found", version, set(keys.values()))
        spread_blobs = e.backend.get_analyses("spread", version, set(keys.values()))
        for i, key in keys.items():
            row = decode_spread(spread_blobs.get(key))
            blob = found_blobs.get(key)
            if row is None or blob is None or row[2] != e.digests.get(key, row[2]):  # (a typo's patch: its row's)
                return "another article's names not stored"
            found[i] = [Found(*r) for r in unpack_value(blob)]
            names[i] = apply(list(found[i]), row[3])
            if len(names[i]) != kept.counts[i]:
                return "resolution reads another article's names otherwise"
        return ""

    def _check_group(self, group: int, positions: list[int], sources: list[int], names: dict, found: dict,
                     numbers_at: dict, known_added: set[str]) -> Entity | str:
        """The group's entity with the added names, or why they may change the grouping or the known spellings."""
        e, at = self.e, self.e.at
        kind, name = e.kept.groups[group]
        if kind != "person":
            return "not a person's group"
        members: list[tuple[str, int, Found]] = []
        singles: list[tuple[str, int, Found]] = []
        forms: dict[str, int] = {}
        old_forms: dict[str, int] = {}
        context_so_far: set[str] = set()
        keys_so_far: set[str] = set()
        widens = False  # whether an added name widens the group's context
        first = None  # the key of an added name the group is made at
        for i in sources:
            sid = e.members[i].id
            context = _context_of(names[i])
            for j, (f, n) in enumerate(zip(names[i], numbers_at[i])):
                if n == SINGLE - group:
                    singles.append((sid, f.start, f))
                if n != group:
                    continue
                ctx = context(f)
                if i == at and j in positions:
                    if f.key not in keys_so_far:
                        if members or first is not None:
                            return f"an added name may group otherwise: {f.key}"
                        first = self._first[group] = f.key
                    widens = widens or not ctx <= context_so_far
                    if f.key in known_added and f.key != first and not any(
                            g.confirmed and g.full and g.type == "person" and g.key == f.key
                            for k in sources if k < at for g in found.get(k, ())):
                        return "a spelling made known here first"
                else:
                    if first is not None and not old_forms and f.key != first:
                        return "the group made by another spelling"
                    old_forms[f.key] = old_forms.get(f.key, 0) + 1
                if f.confirmed and f.full:
                    keys_so_far.add(f.key)
                context_so_far |= ctx
                forms[f.key] = forms.get(f.key, 0) + 1
                members.append((sid, f.start, f))
        if not old_forms or group_name(old_forms) != name or group_name(forms) != name:
            return "the entity's name changes"
        if widens or first:  # a wider context, an earlier group: only to a spelling alike with one of the group's
            alike = self._alike()
            for form in forms:
                words = tuple(fold(form).split())
                if alike is None or alike.get(words, {None}) - {words}:
                    return "an added name widens the context of a group with spellings alike"
        (entity,), _ = _entities([(kind, name, members + singles)])
        return entity
