"""One speaker for one organisation, however the sources write it.

A source may name an organisation by a phrase only ("the interior ministry said") and then by its head noun ("the
ministry said"); another source names it with capitals ("the Interior Ministry said", a recognised name). Each
is one speaker, so that who-said-what lists the organisation once:

- in one source, a bare head noun ("ministry") stands for the one organisation of that source whose name ends
  with it ("interior ministry"), when there is exactly one;
- across sources, organisation speakers with the same key (``organisation_keys.organisation_key``: case, "the"
  and a legal form aside) are one: the recognised organisation's name and entity when there is one, else the
  spelling the quotes use most (capitals first).

Runs after each source's quotes are found and before quotes are merged across sources.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from briefing_tui.extract.organisation_keys import organisation_key
from briefing_tui.model import Entity, Quote

_LEADING_ARTICLES = ("the ",)  # (an English phrase as a speaker: "the royal palace")


def _key(name: str) -> str:
    low = name.lower()
    for article in _LEADING_ARTICLES:
        if low.startswith(article):
            name = name[len(article):]
    return organisation_key(name)


def _is_org(q: Quote) -> bool:
    return q.speaker is not None and q.speaker_type == "organization"


def _head_nouns_read_back(quotes: list[Quote], entities: list[Entity]) -> None:
    """In each source, a one-word organisation phrase becomes the one longer organisation name ending with it."""
    by_source: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if _is_org(q):
            by_source[q.source].append(q)
    named_in: dict[str, set[str]] = defaultdict(set)  # the organisations each source names, spoken or not
    for e in entities:
        if e.type == "organization":
            for source in e.sources:
                named_in[source].add(e.name)
    for source, qs in by_source.items():
        names = {q.speaker for q in qs if q.speaker is not None} | named_in.get(source, set())
        for q in qs:
            if q.speaker_entity is not None or len(_key(q.speaker or "").split()) != 1:
                continue
            head = _key(q.speaker or "")
            longer = {_key(n): n for n in names if len(_key(n).split()) > 1 and _key(n).split()[-1] == head}
            if len(longer) == 1:
                q.speaker = next(iter(longer.values()))


def unify_organisation_speakers(quotes: list[Quote], entities: list[Entity]) -> None:
    """Give every quote of one organisation the same speaker name (and entity), in place (see the module)."""
    _head_nouns_read_back(quotes, entities)
    org_of = {_key(e.name): e for e in entities if e.type == "organization"}
    spellings: dict[str, Counter] = defaultdict(Counter)
    for q in quotes:
        if _is_org(q) and q.speaker_entity is None:
            spellings[_key(q.speaker or "")][q.speaker] += 1
    for q in quotes:
        if not _is_org(q) or q.speaker_entity is not None:
            continue
        key = _key(q.speaker or "")
        entity = org_of.get(key)
        if entity is not None:
            q.speaker, q.speaker_entity = entity.name, entity.id
        else:  # the spelling used most, capitalised ones first ("Interior Ministry" before "interior ministry")
            counts = spellings[key]
            q.speaker = max(counts, key=lambda s: (s[:1].isupper(), counts[s], -len(s)))
