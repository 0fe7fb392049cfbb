"""A story's face: a stable id, a readable title, members in order of publication, its date span."""

from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from collections.abc import Callable, MutableMapping, Sequence

from briefing_tui.ingest.language import language_script, text_script
from briefing_tui.model import Source, Story
from briefing_tui.stories.vectors import Vector, cosine

STORY_ID_PREFIX = "s"  # story ids read "s3f9a0c12" beside source ids
STORY_ID_DIGITS = 8  # hex digits of the id: collisions are checked and lengthened when they happen
STORY_TERMS = 8  # distinctive terms listed per story
TITLE_TERMS = 4  # terms joined into a title when no member has one
TITLE_POOL = 40  # the heaviest terms those are chosen from (names repeated in a longer name are dropped)


def day_number(published: str | None) -> int | None:
    """The day (proleptic ordinal) of an ISO date or date-time, None when unknown or only a month/year."""
    if not published or len(published) < 10:
        return None
    try:
        return datetime.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def reading_order(sources: Sequence[Source], days: Sequence[int | None]) -> list[int]:
    """Positions in order of publication, undated sources last, ties by id."""
    return sorted(range(len(sources)), key=lambda i: (days[i] is None, days[i] or 0, sources[i].id))


def _day(day: int | None) -> str | None:
    return None if day is None else datetime.date.fromordinal(day).isoformat()


def display_term(feature: str) -> str:
    """A feature as a reader sees it ("w:merz" -> "merz", "n:key largo" -> "key largo", "#3085" -> "3085")."""
    return feature[2:] if feature[:2] in ("w:", "n:") else feature.lstrip("#")


def story_id(member_ids: Sequence[str], taken: set[str]) -> str:
    """A short id made from the first member id in sorted order (stable while that member stays)."""
    digest = hashlib.sha1(min(member_ids).encode("utf-8")).hexdigest()
    size = STORY_ID_DIGITS
    while STORY_ID_PREFIX + digest[:size] in taken and size < len(digest):
        size += 2
    return STORY_ID_PREFIX + digest[:size]


def _distinct(terms: Sequence[str]) -> list[str]:
    """Terms without those whose words another kept term already holds ("dingri" after "dingri county")."""
    kept: list[str] = []
    for term in terms:
        words = set(term.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            if len(words) > 1:  # the longer name replaces its single word
                kept = [k for k in kept if not set(k.split()) <= words]
                kept.append(term)
            continue
        kept.append(term)
    return kept


def _centroid(vectors: Sequence[Vector], members: Sequence[int]) -> Vector:
    total: dict[str, float] = {}
    for i in members:
        for term, weight in vectors[i].items():
            total[term] = total.get(term, 0.0) + weight
    return total


def _main_language(sources: Sequence[Source], members: Sequence[int]) -> str | None:
    """The language most members are written in (ties by code), None when no member's is known."""
    counts = Counter(sources[i].language for i in members if sources[i].language)
    return min(counts, key=lambda code: (-counts[code], code)) if counts else None


def _title_in_its_language(source: Source) -> bool:
    """Whether a source's title is written in the script of its text's language.

    A digest that machine-translates a foreign page keeps the page's headline ("最近,日本又把手伸向了中亚……"
    over an English text): a reader of the story's language cannot read that title."""
    return bool(source.title) and text_script(source.title or "") == language_script(source.language)


Face = tuple[str, str, str, tuple[str, ...]]
"""What describing a story works out from its members: its lead's id, its title, the title's basis, its terms."""


def describe(sources: Sequence[Source], vectors: Sequence[Vector], groups: Sequence[Sequence[int]],
             kept: MutableMapping[str, Face] | None = None,
             group_key: Callable[[Sequence[int]], str | None] | None = None) -> list[Story]:
    """Stories from groups of source positions, largest first, then latest, then by id.

    ``kept``: faces of groups described before, by ``group_key`` of their members (a digest of exactly what a
    face is made from, in the order the corpus holds them; None when there is none): a kept face is used, the
    others are worked out and added."""
    days = [day_number(s.published) for s in sources]
    stories: list[Story] = []
    taken: set[str] = set()
    for group in groups:
        members = sorted(group, key=lambda i: (days[i] is None, days[i] or 0, sources[i].id))
        key = group_key(sorted(group)) if kept is not None and group_key is not None else None
        face = kept.get(key) if kept is not None and key is not None else None
        if face is None:
            face = _face(sources, vectors, members)
            if kept is not None and key is not None:
                kept[key] = face
        lead, title, basis, terms = face
        dated = [days[i] for i in members if days[i] is not None]
        sid = story_id([sources[i].id for i in members], taken)
        taken.add(sid)
        stories.append(Story(sid, " ".join(title.split()), tuple(sources[i].id for i in members),
                             _day(min(dated)) if dated else None, _day(max(dated)) if dated else None,
                             terms, lead, basis))  # type: ignore[arg-type]  # (a basis is one of its literals)
    stories.sort(key=lambda s: (-s.size, -(day_number(s.last) or 0), s.id))
    return stories


def _face(sources: Sequence[Source], vectors: Sequence[Vector], members: Sequence[int]) -> Face:
    """The lead, title, title basis and terms of the story of ``members`` (in order of publication)."""
    centroid = _centroid(vectors, members)
    main = _main_language(sources, members)
    lead = max(members, key=lambda i: (bool(sources[i].title), _title_in_its_language(sources[i]),
                                       sources[i].language == main, cosine(vectors[i], centroid), -i))
    top = sorted(centroid.items(), key=lambda tw: (-tw[1], tw[0]))
    words = _distinct([display_term(t) for t, _ in top[:TITLE_POOL] if not t.startswith("#")])
    terms = tuple(display_term(t) for t, _ in top[:STORY_TERMS])
    title = sources[lead].title
    basis = "article"
    if not title:
        basis = "terms"
        title = ", ".join(words[:TITLE_TERMS]) or sources[lead].label
    return sources[lead].id, title, basis, terms
