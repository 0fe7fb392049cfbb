"""Names of one entity as the corpus resolves them: figures whose subjects are two spellings of one entity are
about one thing.

The extraction merges an entity's spelling variants across sources ("Ranil Wickremesinghe" / "Ranil
Wickremasinghe", "Sri Lanka" / "Sri Lankan"); a figure's subject is read from the wording, so two statements of
one measure may name one entity in two of those ways. These links (lower case, both ways) join the place links
(:func:`~briefing_tui.compare.same_subject.place_links`) that :func:`~briefing_tui.compare.same_subject.one_subject`
reads, so the entity's variants need no string equality.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.model import Entity

MIN_ALIAS = 3  # characters an alias needs to link (a two-letter fragment names too many things)


def alias_links(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """Each alias (lower case) of an entity with two or more names -> its entity's other names. An alias two
    entities share names neither and links nothing: a surname two people share ("Pelicot" of "Gisèle Pelicot" and
    of "Dominique Pelicot") is no bridge between them."""
    named = [{n.lower() for n in [e.name, *e.aliases] if len(n) >= MIN_ALIAS} for e in entities]
    holders: dict[str, int] = {}
    for names in named:
        for n in names:
            holders[n] = holders.get(n, 0) + 1
    links: dict[str, set[str]] = {}
    for names in named:
        names = {n for n in names if holders[n] == 1}
        if len(names) < 2:
            continue
        for n in names:
            links.setdefault(n, set()).update(names - {n})
    return {k: frozenset(v) for k, v in sorted(links.items())}


def with_alias_links(links: dict[str, frozenset[str]], aliases: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``links`` with more links added (the entities' aliases, the names articles link as one organisation)."""
    if not aliases:
        return links
    out = dict(links)
    for name, others in aliases.items():
        out[name] = out.get(name, frozenset()) | others
    return out
