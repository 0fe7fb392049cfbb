"""Entities an edit or an added article names first: new groups numbered as a full resolution numbers them.

:mod:`~briefing_tui.store.mention_patch` patches an edit (an added article: an edit from nothing) whose added
names join groups the corpus has. When one names a person, place or organisation no group has, a full resolution
(:func:`~briefing_tui.extract.resolve.resolve`) makes a new group for it when it reaches the name: the group takes
the number after every group made before it, by the earlier articles and by the edited article's names before the
added run (:func:`~briefing_tui.store.group_ids.made_before`, none joined by a bridge), and every group made later
(by the article's names after the run too) one more. Nothing else changes when the new name is read by no other
name:

- a place or organisation: no group of its type has its canonical key (its variant key, an organisation's
  without its legal form), so no other name joins it and it joins none;
- a person (a full name of two words or more): no other person's form in the corpus (the edited article's own
  full names are among the spreading answers' known spellings) is that spelling, its variant, or alike with it
  (given name and surname within the cutoffs ``same_person`` reads: it may join no group, and no later name may
  join it), and none shares two words in a row with it (no bridge or extension,
  :mod:`~briefing_tui.extract.bridged_names`, may take it in); no lone surname anywhere is a surname of it (each
  joins the one full name of its surname: they would have two).

The other people's forms and lone surnames are :class:`~briefing_tui.store.made_known.CorpusPeople` (every
member's stored names, read once for the spreading answers the new spelling changes). Each new group's entity is
made from the edited article's names alone (its only mentions).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from rapidfuzz.fuzz import ratio

from briefing_tui.extract.found import Found
from briefing_tui.extract.lexicon import surname_start
from briefing_tui.extract.names import fold, variant_key
from briefing_tui.extract.organisation_keys import organisation_key
from briefing_tui.extract.person_spellings import GIVEN_CUTOFF, SURNAME_CUTOFF
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution
from briefing_tui.extract.resolve import _entities
from briefing_tui.model import Entity
from briefing_tui.store.group_ids import group_name, made_before, slug

NEW_NAME_READ = "a new name may join or be joined"
"""Why an added article's new person is refused: another form is that spelling, alike, or shares two words."""
LONE_SURNAME_OF_NEW = "a lone surname of a new name"
"""Why it is refused when a lone surname another article writes is a surname of it."""


def _canonical(kind: str, key: str) -> str:
    """What resolution groups a place or organisation by (its variant key; an organisation's legal form off)."""
    return variant_key(organisation_key(key) if kind == "organization" else key)


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether ``same_person`` may accept the two spellings (folded words) as one person, with any context."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    return ratio(a[-1], b[-1]) >= SURNAME_CUTOFF and ratio(" ".join(a[:-1]), " ".join(b[:-1])) >= GIVEN_CUTOFF


def _shares_pair(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two spellings share two words in a row (a bridge's or extension's parts do)."""
    return not set(pairwise(a)).isdisjoint(pairwise(b))


class NewGroups:
    """The new groups of an added article's names (see the module docstring), planned by :meth:`plan` and made
    in the kept record by :meth:`make`."""

    def __init__(self, kept: KeptResolution, offset: int, names: list[Found], people, added: range) -> None:
        """``offset``: where the article's names begin in ``kept.numbers``; ``names``: its names after the edit,
        ``added`` the positions of those the edit adds (an added article's: all), the others in ``kept.numbers``
        from ``offset`` on; ``people``: the other articles' (:class:`~briefing_tui.store.made_known.CorpusPeople`,
        None when not read: then nothing new is made)."""
        self._kept, self._offset, self._names, self._people = kept, offset + added.start, names, people
        self._added = added
        self.numbers: dict[int, int] = {}
        """The group of each of the article's names that makes or joins a new group (by position)."""
        self.groups: list[tuple[str, str, list[int]]] = []
        """Each new group: its type, key, and the positions of its names, in the order they are made."""

    def plan(self, group_of: Callable[[Found], int | None]) -> str:
        """Which of the article's names have no group (``group_of``: the group the corpus has for a name), and
        whether a full resolution makes a group for each exactly as :meth:`make` does; else why not."""
        kept, by_key = self._kept, {}
        base = made_before(kept.numbers[:self._offset])
        later = False
        for j in self._added:  # (groups the names before the run made come before the new ones: in ``base``)
            f = self._names[j]
            if f.type == "person" and not f.confirmed:
                continue
            group = group_of(f)
            if group is not None:
                later = later or group >= base
                continue
            key = (f.type, _canonical(f.type, f.key) if f.type != "person" else fold(f.key))
            if key not in by_key:
                by_key[key] = len(self.groups)
                self.groups.append((f.type, f.key, []))
            self.groups[by_key[key]][2].append(j)
        if not self.groups:
            return ""
        if later:
            return "a new entity beside a group made earlier"
        if base < len(kept.groups) and not kept.groups[base][1]:  # (joined: maybe made before, its names moved)
            return "a new entity after groups bridged"
        if self._people is None:
            return "a name no entity has" if any(k == "person" for k, _, _ in self.groups) else \
                "a place or organisation no entity has"
        for kind, key, _ in self.groups:
            why = self._person(key) if kind == "person" else self._plain(kind, key)
            if why:
                return why
        for n, (_, _, positions) in enumerate(self.groups):
            for j in positions:
                self.numbers[j] = base + n
        return ""

    def _person(self, key: str) -> str:
        """Why a new person's group may be joined otherwise (see the module docstring), or ""."""
        words = tuple(fold(key).split())
        if len(words) < 2:
            return NEW_NAME_READ
        variant = variant_key(key)
        others = list(self._people.forms.items())
        others += [(tuple(fold(k).split()), k) for kind, k, _ in self.groups if kind == "person" and k != key]
        for form, raw in others:
            if _alike(words, form) or variant_key(raw) == variant or _shares_pair(words, form):
                return NEW_NAME_READ
        if {" ".join(words[surname_start(words):]), words[-1]} & self._people.singles:
            return LONE_SURNAME_OF_NEW
        return ""

    def _plain(self, kind: str, key: str) -> str:
        """Why a new place's or organisation's group may be another's, or ""."""
        canonical = _canonical(kind, key)
        if any(t == kind and _canonical(t, name) == canonical for t, name in self._kept.groups):
            return "a place or organisation no entity has"
        return ""

    def make(self, sid: str, rows: list, number_of: dict, entity_sources: list, head: dict
             ) -> dict[int, Entity] | str:
        """The new groups put in the kept record (every later group's number one more for each), their entities
        added to ``rows`` (and ``number_of``, ``entity_sources``, the stored analysis's ``head`` count); each new
        group's entity by number, or why not."""
        kept = self._kept
        if not self.groups:
            return {}
        base, count = min(self.numbers.values()), len(self.groups)
        entities: dict[int, Entity] = {}
        for n, (kind, _, positions) in enumerate(self.groups):
            forms: dict[str, int] = {}
            for j in positions:
                forms[self._names[j].key] = forms.get(self._names[j].key, 0) + 1
            name = group_name(forms)
            (entity,), _ = _entities([(kind, name, [(sid, self._names[j].start, self._names[j]) for j in positions])])
            if entity.id in number_of or entity.id != f"{kind}:{slug(name)}":
                return "entity ids repeat"
            entities[base + n] = entity
        numbers = kept.numbers
        low = SINGLE - base  # a lone surname's group at or after base: one of those encoded at or below it
        for i, x in enumerate(numbers):
            if x >= base:
                numbers[i] = x + count
            elif x <= low:
                numbers[i] = x - count
        for n, (kind, _, _) in enumerate(self.groups):
            kept.groups.insert(base + n, (kind, entities[base + n].name))
        for entity in entities.values():
            number_of[entity.id] = len(rows)
            rows.append([entity.id, entity.name, entity.type, list(entity.aliases), list(entity.roles),
                         len(entity.mentions)])
            entity_sources.append([sid])
        head["entities"] = len(rows)
        return entities
