"""Merge the mentions of every source into corpus-wide entities.

People: one entity per spelling cluster ("Timur Dadabaev" ~ "Timour Dadabayev") when given name and
surname are both close (rapidfuzz) and, unless nearly identical, the two share context (a role word or
an organisation named beside them). Two people who share only a surname are never merged. A surname
alone ("Hayashi") joins the one full name in the corpus with that surname, if there is exactly one.
Places and organisations merge on their gazetteer canonical name (US / U.S. / United States).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio

from briefing_tui.extract.aliases import UserAlias
from briefing_tui.extract.lexicon import ROLE_NOUNS
from briefing_tui.extract.names import fold
from briefing_tui.extract.recognise import Found
from briefing_tui.model import Entity, Mention, Source

_WORD = re.compile(r"[a-z][a-z-]+")


@dataclass
class _Group:
    """Mentions that (so far) name one entity."""

    type: str
    forms: dict[str, int] = field(default_factory=dict)  # full-name spelling -> weight
    found: list[tuple[str, Found]] = field(default_factory=list)
    context: set[str] = field(default_factory=set)
    fixed_name: str | None = None

    def name(self) -> str:
        if self.fixed_name:
            return self.fixed_name
        return max(self.forms.items(), key=lambda kv: (kv[1], -list(self.forms).index(kv[0])))[0]


def _organisations_by_sentence(found: list[Found]) -> dict[object, set[str]]:
    """The organisations named in each sentence (computed once per source, not once per name)."""
    orgs: dict[object, set[str]] = {}
    for g in found:
        if g.type == "organization":
            orgs.setdefault(g.sentence, set()).add(g.key)
    return orgs


def _context(orgs: dict[object, set[str]], f: Found) -> set[str]:
    """Role words and the organisations named in the same sentence as ``f``."""
    words = {w for w in _WORD.findall((f.role or "").lower()) if w in ROLE_NOUNS}
    return words | orgs.get(f.sentence, set())


def same_person(a: str, b: str, shared_context: bool) -> bool:
    """Whether two full names are spellings of one person (see the module docstring)."""
    fa, fb = fold(a).split(), fold(b).split()
    if fa == fb:
        return True
    if len(fa) < 2 or len(fb) < 2:
        return False
    surname, given = ratio(fa[-1], fb[-1]), ratio(" ".join(fa[:-1]), " ".join(fb[:-1]))
    if surname < 80 or given < 75:
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


def resolve(sources: Sequence[Source], found_by_source: dict[str, list[Found]],
            aliases: Sequence[UserAlias] = ()) -> tuple[list[Entity], dict[tuple[str, str], Entity]]:
    """Entities of the corpus, and a map (source id, key within source) -> entity."""
    types = {fold(k): v for k, v in (
        (f.key, f.type) for fs in found_by_source.values() for f in fs if f.confirmed)}
    groups: list[_Group] = []
    index: dict[tuple[str, str], _Group] = {}  # (type, folded name) -> group
    singles: list[tuple[str, Found]] = []
    for source in sources:
        found = _apply_aliases(source, found_by_source.get(source.id, []), aliases, types)
        found_by_source[source.id] = found
        orgs = _organisations_by_sentence(found)
        for f in found:
            if f.type == "person" and not f.confirmed:
                continue
            if f.type == "person" and not f.full and fold(f.key) == fold(f.text):
                singles.append((source.id, f))
                continue
            key = (f.type, fold(f.key))
            group = index.get(key)
            if group is None and f.type == "person":
                ctx = _context(orgs, f)
                group = next((g for g in groups if g.type == "person" and not g.fixed_name and any(
                    same_person(form, f.key, bool(ctx & g.context)) for form in g.forms)), None)
            if group is None:
                group = _Group(f.type)
                groups.append(group)
            index[key] = group
            if f.type == "person":
                group.context |= _context(orgs, f)
                if any(fold(a.name) == fold(f.key) for a in aliases):
                    group.fixed_name = f.key
            group.forms[f.key] = group.forms.get(f.key, 0) + 1
            group.found.append((source.id, f))
    for sid, f in singles:
        word = fold(f.key)
        cands = [g for g in groups if g.type == "person" and any(fold(form).split()[-1] == word for form in g.forms)]
        group = cands[0] if len(cands) == 1 else index.get(("person", word))
        if group is None:
            group = _Group("person")
            groups.append(group)
            index[("person", word)] = group
            group.forms[f.key] = 0
        group.found.append((sid, f))
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], Entity] = {}
    for group in groups:
        name = group.name()
        ent = Entity(id=f"{group.type}:{re.sub(r'[^a-z0-9]+', '-', fold(name)).strip('-')}", name=name,
                     type=group.type)
        for sid, f in sorted(group.found, key=lambda x: (x[0], x[1].start)):
            ent.mentions.append(Mention(sid, f.start, f.end, f.text, f.sentence))
            surface = " ".join(f.text.split())
            if surface not in ent.aliases:
                ent.aliases.append(surface)
            if f.role and f.role not in ent.roles:
                ent.roles.append(f.role)
            by_key[(sid, f.key)] = ent
        entities.append(ent)
    entities.sort(key=lambda e: (-len(e.mentions), e.type, e.name))
    return entities, by_key
