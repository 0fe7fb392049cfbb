"""Merge the mentions of every source into corpus-wide entities.

People: one entity per spelling cluster ("Timur Dadabaev" ~ "Timour Dadabayev") when given name and
surname are both close (rapidfuzz) and, unless nearly identical, the two share context (a role word or
an organisation named beside them). Two people who share only a surname are never merged. A surname
alone ("Hayashi") joins the one full name in the corpus with that surname, if there is exactly one. A longer
spelling that holds two others ("William Lai Ching-te": "William Lai", "Lai Ching-te") makes the three one person
(:mod:`.bridged_names`).
Places and organisations merge on their gazetteer canonical name (US / U.S. / United States), organisations
also on their name without its legal form and an abbreviation's dots (:mod:`.organisation_keys`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from rapidfuzz.fuzz import ratio

from briefing_tui.extract.aliases import UserAlias
from briefing_tui.extract.bridged_names import bridges, extensions, joined, married_names
from briefing_tui.extract.lexicon import ROLE_NOUNS
from briefing_tui.extract.names import fold, variant_key
from briefing_tui.extract.organisation_keys import organisation_key
from briefing_tui.extract.found import Found
from briefing_tui.extract.person_spellings import GIVEN_CUTOFF, SURNAME_CUTOFF, AlikeRecord, People
from briefing_tui.extract.resolution_record import SINGLE, KeptResolution, ResolutionRecord
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Entity, Mention, Source
from briefing_tui.sha import sha1

_WORD = lazy_compile(r"[a-z][a-z-]+")  # a word of a role ("finance minister")


@dataclass
class _Group:
    """Mentions that (so far) name one entity."""

    type: str
    number: int  # position in creation order
    forms: dict[str, int] = field(default_factory=dict)  # full-name spelling -> weight
    found: list[tuple[str, int, Found]] = field(default_factory=list)  # (source id, start, the name)
    context: set[str] = field(default_factory=set)
    fixed_name: str | None = None

    def name(self) -> str:
        if self.fixed_name:
            return self.fixed_name
        if not self.forms:
            return ""  # joined to another group
        order = {form: i for i, form in enumerate(self.forms)}
        return max(self.forms.items(), key=lambda kv: (kv[1], -order[kv[0]]))[0]


def _context_of(found: list[Found]) -> Callable[[Found], set[str]]:
    """Context of a mention: its role words and the organisations named in its sentence."""
    orgs: dict[int | None, set[str]] = {}
    for g in found:
        if g.type == "organization":
            orgs.setdefault(g.sentence, set()).add(g.key)

    def context(f: Found) -> set[str]:
        words = {w for w in _WORD.findall((f.role or "").lower()) if w in ROLE_NOUNS}
        return words | orgs.get(f.sentence, set())

    return context


def same_person(a: str, b: str, shared_context: bool) -> bool:
    """Whether two full names are spellings of one person (see the module docstring)."""
    fa, fb = fold(a).split(), fold(b).split()
    if fa == fb:
        return True
    if len(fa) < 2 or len(fb) < 2:
        return False
    surname, given = ratio(fa[-1], fb[-1]), ratio(" ".join(fa[:-1]), " ".join(fb[:-1]))
    if surname < SURNAME_CUTOFF or given < GIVEN_CUTOFF:
        return False
    return ratio(" ".join(fa), " ".join(fb)) >= 95 or shared_context


def _apply_aliases(source: Source, found: list[Found], aliases: Sequence[UserAlias],
                   types: dict[str, str]) -> list[Found]:
    """User aliases: surfaces found in the text become mentions of the canonical name."""
    if not aliases:
        return found
    by_surface = {fold(a.surface): a for a in aliases}
    for f in found:
        hit = by_surface.get(fold(f.text)) or by_surface.get(fold(f.key))
        if hit is not None:
            f.key, f.confirmed, f.full = hit.name, True, True
            f.type = hit.type or types.get(fold(hit.name), f.type)
    extra: list[Found] = []
    for alias in aliases:
        pattern = re.compile(r"(?<!\w)" + re.escape(alias.surface).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)
        for p in source.paragraphs:
            for m in pattern.finditer(source.raw, p.start, p.end):
                s = source.sentence_at(m.start())
                extra.append(Found(m.start(), m.end(), m.group(0), alias.type or types.get(fold(alias.name), "person"),
                                   alias.name, s.index if s else None))
    if not extra:
        return found
    kept = [f for f in found if not any(e.start <= f.start and f.end <= e.end for e in extra)]
    return sorted(kept + extra, key=lambda f: (f.start, f.end))


_mention_order = itemgetter(0, 1)
"""Mentions of an entity are listed by source id, then offset (a group's ``found`` item: id, start, name)."""


def signature(found: list[Found]) -> str:
    """A digest of what resolution reads of a source's names (see :mod:`~briefing_tui.extract.resolution_record`)."""
    context = _context_of(found)
    parts: list[object] = []
    for f in found:
        if f.type != "person":
            parts.append((f.type, f.key))
        elif not f.confirmed:
            parts.append(None)
        else:
            parts.append((f.key, f.full, fold(f.key) == fold(f.text), sorted(context(f))))
    return sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _signatures(sources: Sequence[Source], found_by_source: dict[str, list[Found]],
                record: ResolutionRecord) -> list[str]:
    """Each source's signature: the kept one when its view is the kept one, else worked out (counted)."""
    before = record.before
    kept = {sid: (view, sig) for sid, view, sig in zip(before.order, before.views, before.signatures)} if before else {}
    out = []
    for source in sources:
        view = record.views.get(source.id)
        known = kept.get(source.id)
        if view and known is not None and known[0] == view:
            out.append(known[1])
            continue
        record.signed += 1
        out.append(signature(found_by_source.get(source.id, [])))
    return out


def _replay(sources: Sequence[Source], found_by_source: dict[str, list[Found]], kept: KeptResolution
            ) -> list[tuple[str, str, list[tuple[str, int, Found]]]] | None:
    """The groups (type, name, names) of the kept grouping filled with this run's names, or None when a
    source's names are not as many as the record's."""
    members: list[list[tuple[str, int, Found]]] = [[] for _ in kept.groups]
    singles: list[tuple[int, tuple[str, int, Found]]] = []
    numbers, at = kept.numbers, 0
    for source, count in zip(sources, kept.counts):
        found = found_by_source.get(source.id, [])
        if len(found) != count:
            return None
        sid = source.id
        for f, n in zip(found, numbers[at:at + count]):
            if n >= 0:
                members[n].append((sid, f.start, f))
            elif n <= SINGLE:
                singles.append((SINGLE - n, (sid, f.start, f)))
        at += count
    for n, item in singles:  # lone surnames join their groups after every other name, as in resolve
        members[n].append(item)
    return [(type_, name, found) for (type_, name), found in zip(kept.groups, members)]


def resolve(sources: Sequence[Source], found_by_source: dict[str, list[Found]],
            aliases: Sequence[UserAlias] = (), alike: AlikeRecord | None = None,
            record: ResolutionRecord | None = None) -> tuple[list[Entity], dict[tuple[str, str], Entity]]:
    """Entities of the corpus, and a map (source id, key within source) -> entity.

    ``alike``: the person spellings alike found by an earlier run (it receives this run's), so that only
    spellings new to it are looked up (:mod:`briefing_tui.extract.person_spellings`); same result.
    ``record``: the grouping an earlier run kept (it receives this run's when the names were grouped
    afresh): used when every source reads the same (:mod:`briefing_tui.extract.resolution_record`); same result."""
    signatures: list[str] = []
    if record is not None and not aliases:
        signatures = _signatures(sources, found_by_source, record)
        kept = record.before
        if kept is not None and kept.signatures == signatures and kept.order == [s.id for s in sources]:
            groups = _replay(sources, found_by_source, kept)
            if groups is not None:
                record.replayed = True
                return _entities(groups)
    # Only user aliases look types up (a surface they rename takes the type the corpus gives the name).
    types = {fold(k): v for k, v in (
        (f.key, f.type) for fs in found_by_source.values() for f in fs if f.confirmed)} if aliases else {}
    groups: list[_Group] = []
    index: dict[tuple[str, str], _Group] = {}  # (type, folded name) -> group
    people = People(alike)
    alias_names = {fold(a.name) for a in aliases}
    singles: list[tuple[str, Found]] = []

    def new_group(type_: str) -> _Group:
        groups.append(_Group(type_, number=len(groups)))
        return groups[-1]

    def add_form(group: _Group, form: str, weight: int) -> None:
        if form not in group.forms and group.type == "person":
            people.add_form(group.number, form)
        group.forms[form] = group.forms.get(form, 0) + weight

    # A place's or organisation's group by (type, key) as written: the fold of a key is worked out once.
    by_written: dict[tuple[str, str], _Group] = {}
    by_variant: dict[str, _Group] = {}  # a person's group by the variant key of a full name (see variant_key)
    numbers: list[int] = []  # each name's group, source after source (for the record; see SINGLE)
    number = numbers.append
    for source in sources:
        found = _apply_aliases(source, found_by_source.get(source.id, []), aliases, types)
        found_by_source[source.id] = found
        context = _context_of(found)
        sid = source.id
        for f in found:
            if f.type != "person":  # places and organisations: one group per canonical name
                group = by_written.get((f.type, f.key))
                if group is None:
                    # (spellings that differ by a hyphen, an apostrophe or accents are one name: see variant_key)
                    key = (f.type, variant_key(organisation_key(f.key) if f.type == "organization" else f.key))
                    group = index.get(key)
                    if group is None:
                        group = index[key] = new_group(f.type)
                    by_written[(f.type, f.key)] = group
                forms = group.forms
                forms[f.key] = forms.get(f.key, 0) + 1
                group.found.append((sid, f.start, f))
                number(group.number)
                continue
            if not f.confirmed:
                number(-1)
                continue
            folded = fold(f.key)
            if not f.full and folded == fold(f.text):
                singles.append((sid, f, len(numbers)))
                number(-1)
                continue
            key = ("person", folded)
            variant = variant_key(f.key)
            group = index.get(key) or by_variant.get(variant)  # ("Jean-Marc Alby", "Jean Marc Alby")
            ctx = context(f)
            if group is None:
                group = next((g for g in map(groups.__getitem__, people.spelled_alike(f.key))
                              if not g.fixed_name and any(same_person(form, f.key, bool(ctx & g.context))
                                                          for form in g.forms)), None)
            if group is None:
                group = new_group("person")
            index[key] = group
            by_variant.setdefault(variant, group)
            group.context |= ctx
            if folded in alias_names:
                group.fixed_name = f.key
            add_form(group, f.key, 1)
            group.found.append((sid, f.start, f))
            number(group.number)
    people.finish()
    root = _join_bridged(groups, index)
    numbers[:] = [root[n] if n >= 0 else n for n in numbers]
    for sid, f, at in singles:
        word = fold(f.key)
        # (a group made in this loop for a lone surname is joined to none)
        cands = list(dict.fromkeys(root[n] if n < len(root) else n for n in people.with_surname(word)))
        group = groups[cands[0]] if len(cands) == 1 else index.get(("person", word))
        if group is None:
            group = new_group("person")
            index[("person", word)] = group
            add_form(group, f.key, 0)
        group.found.append((sid, f.start, f))
        numbers[at] = SINGLE - group.number
    named = [(g.type, g.name(), g.found) for g in groups]
    if record is not None and not aliases:
        record.after = KeptResolution([s.id for s in sources], [record.views.get(s.id, "") for s in sources],
                                      signatures, [(type_, name) for type_, name, _ in named],
                                      [len(found_by_source[s.id]) for s in sources], array("i", numbers))
    return _entities(named)


def _join_bridged(groups: list[_Group], index: dict[tuple[str, str], _Group]) -> list[int]:
    """Join the person groups a longer spelling bridges (:mod:`~briefing_tui.extract.bridged_names`): the
    lowest-numbered group of each set takes the others' names, which are left empty; ``index`` points at it.
    Returns each group's number after joining."""
    group_of = {tuple(folded.split()): g.number for (kind, folded), g in index.items() if kind == "person"}
    forms = [(g.number, tuple(fold(form).split())) for g in groups if g.type == "person" and not g.fixed_name
             for form in g.forms]
    sets = [members for members in (*bridges(forms, group_of), *extensions(forms, group_of),
                                     *married_names(forms, group_of))
            if not any(groups[n].fixed_name for n in members)]
    if not sets:
        return list(range(len(groups)))
    root = joined(len(groups), sets)
    for g in groups:
        home = groups[root[g.number]]
        if home is g:
            continue
        for form, weight in g.forms.items():
            home.forms[form] = home.forms.get(form, 0) + weight
        home.found.extend(g.found)
        home.context |= g.context
        g.forms, g.found = {}, []
    for key, g in index.items():
        index[key] = groups[root[g.number]]
    return root


def _entities(named: Iterable[tuple[str, str, list[tuple[str, int, Found]]]]
              ) -> tuple[list[Entity], dict[tuple[str, str], Entity]]:
    """The entities of the groups (type, name, names as (source id, start, name)) in creation order, sorted."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    spaced: dict[str, str] = {}  # a mention's text with its spaces made single (most texts recur)
    for type_, name, found in named:
        if not found:
            continue  # a group joined to another (resolve's _join_bridged)
        ent = Entity(id=f"{type_}:{re.sub(r'[^a-z0-9]+', '-', fold(name)).strip('-')}", name=name, type=type_)
        mentions, aliases_seen, roles = ent.mentions, {}, ent.roles
        for sid, _, f in sorted(found, key=_mention_order):
            text = f.text
            mentions.append(Mention(sid, f.start, f.end, text, f.sentence))
            alias = spaced.get(text)
            if alias is None:
                alias = spaced[text] = " ".join(text.split())
            aliases_seen[alias] = None
            if f.role and f.role not in roles:
                roles.append(f.role)
            by_key[(sid, f.key)] = ent
        ent.aliases.extend(aliases_seen)
        entities.append(ent)
    entities.sort(key=lambda e: (-len(e.mentions), e.type, e.name))
    return entities, by_key
