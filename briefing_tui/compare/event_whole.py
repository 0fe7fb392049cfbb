"""The event's whole casualty counts: wordings that give a toll of the whole event, not of a part of it.

A disaster's main counts (dead, injured, missing, rescued) are its most reported claims. A count "spread
across" several administrative areas ("82 people died across six counties", "deaths across three
provinces") is the sum over the stricken region, i.e. the event's whole toll, not the toll of a counted set
of sites ("101 missing across three construction sites" is a part: sites are no administrative areas).

Also here: a count whose part its own article gives "in X alone" is the larger place's (``parts_alone``,
``whole_groups``); "rescued or evacuated" counts the evacuated (``joint_measure``); a bare count with its whole
in an aside takes the predicate after the aside (``counted_part``); a count "nationwide" / "a nivel nacional"
is the country's (``scopes_of_place.nationwide``).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile


# Administrative areas a whole region is divided into (plural): a count spread across several of them is the
# region's whole count. One alternative per line family: English, then other languages' plurals.
_ADMIN_AREAS = (
    r"counties|states|provinces|districts|regions|prefectures|municipalities|departments|parishes|"
    r"governorates|oblasts|cantons|territories|countries|nations|"
    r"provincias|regiones|municipios|comunidades|départements|régions|Bundesländer|Länder|Landkreise"
)
# "across six counties", "throughout three provinces" right after the count's words
# (bounded: at most 30 characters of the clause between the count and the preposition)
_SPREAD_OVER_AREAS = lazy_compile(
    r"\b(?:across|throughout)\s{1,3}"
    r"(?:all\s{1,3}|the\s{1,3})?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|dozens\s{1,3}of)"
    rf"\s{{1,3}}(?:[a-z][\w-]{{2,20}}\s{{1,3}})?(?:{_ADMIN_AREAS})\b",
    re.IGNORECASE,
)


SPREAD_REACH = 30  # characters between a count and "across N counties"
PREDICATE_REACH = 40  # characters between a count and its "rescued or evacuated"
_CLAUSE_END = lazy_compile(r"[.;:,]")


def _in_clause(pattern: re.Pattern, after: str, reach: int) -> bool:
    """Whether ``pattern`` starts within ``reach`` characters of the text after a count, before its clause ends
    (searched in a bounded window: no scan of a long text)."""
    m = pattern.search(after, 0, reach + 120)
    return m is not None and m.start() <= reach and not _CLAUSE_END.search(after, 0, m.start())


def spread_over_areas(after: str) -> bool:
    """Whether the words after a count spread it over several administrative areas ("82 people died across
    six counties"): the count is then the whole region's, with no part of it for a subject."""
    return _in_clause(_SPREAD_OVER_AREAS, after, SPREAD_REACH)


# A part of a toll marked as such next to its place: "Sixty-eight died in Kerr County alone", "Kerr County alone
# accounting for 107 of those fatalities". The place is given (escaped) where {place} stands.
_PART_ALONE = r"{place}(?:[’']s)?\s{{1,3}}alone\b"


def _gives_part(unit_text: str, place: str) -> bool:
    """Whether the sentence marks ``place``'s count as a part of a larger one ("in Kerr County alone")."""
    return re.search(_PART_ALONE.format(place=re.escape(place)), unit_text) is not None


def parts_alone(item, items, subjects) -> set[str]:
    """The places whose count the same source gives as a PART of this unscoped count ("82 people died across
    six counties. Sixty-eight died in Kerr County alone"): the count is then the larger region's, never that
    place's. ``items`` are the measure's statements (``MeasuredStatement``), ``subjects`` their subjects."""
    own = {o.source.id for o in item.unit.occurrences}
    value = item.figure.low
    parts = set()
    for other, subject in zip(items, subjects):
        if not subject or other is item or value is None or other.figure.low is None:
            continue
        if other.figure.role != item.figure.role or other.figure.low >= value:
            continue  # (a part is smaller than its whole)
        if own & {o.source.id for o in other.unit.occurrences} and _gives_part(other.unit.text, subject):
            parts.add(subject)
    return parts


# A place named with the larger place it lies in: "Kerr County, Texas", "Gorkha District, Nepal" ({place} escaped).
_IN_OUTER = r"{place},\s{{1,3}}([A-Z][\w-]{{1,30}}(?:\s[A-Z][\w-]{{1,30}}){{0,2}})\b"


def _outer_places(parts: set[str], texts) -> set[str]:
    """The larger places the articles name a part in ("Kerr County, Texas": Texas)."""
    outer = set()
    for text in texts:
        for place in parts:
            outer.update(m.group(1) for m in re.finditer(_IN_OUTER.format(place=re.escape(place)), text))
    return outer


def whole_groups(parts: set[str], labels, items, same_subject) -> tuple[set[int], set[int]]:
    """For an unscoped count with ``parts`` given as its parts: the groups it may not join (the parts' own)
    and the groups of the larger places the articles name a part in ("Kerr County, Texas": Texas), where it
    goes. ``items`` are the measure's statements, whose sources' bodies are read."""
    if not parts:
        return set(), set()
    excluded = {k for k, label in enumerate(labels) if label and any(same_subject(label, p) for p in parts)}
    sources = {m.unit.source.id: m.unit.source for m in items}
    outer = _outer_places(parts, (source.body for source in sources.values()))
    wider = {k for k, label in enumerate(labels)
             if label and k not in excluded and any(same_subject(label, o) for o in outer)}
    return excluded, wider


# A count of people "rescued or evacuated" (either word first, "or", "and", "and/or"): the evacuated, the wider
# of the two (a rescue takes people out of danger too), so it is weighed with the evacuation counts. The
# predicate follows the count within its clause.
_RESCUED_OR_EVACUATED = lazy_compile(
    r"\b(?:rescued|evacuated)\s{1,3}(?:or|and|and/or)\s{1,3}(?:been\s{1,3})?(?:rescued|evacuated)\b",
    re.IGNORECASE,
)


def joint_measure(measure: str | None, after: str) -> str | None:
    """The measure of a count whose predicate names two measures at once: "about 850 people had been rescued
    or evacuated" counts the evacuated ("displaced"), not only the rescued; else ``measure`` unchanged."""
    if measure in ("rescued", "displaced") and _in_clause(_RESCUED_OR_EVACUATED, after, PREDICATE_REACH):
        return "displaced"
    return measure


# A bare count with its whole in an aside: "About 23, out of the roughly 750 girls, attending the camp were
# among those unaccounted for": the count is a part of that whole, of the same noun, and its predicate comes
# after the aside. Groups: the noun counted, the rest of the clause.
_PART_OF_WHOLE_ASIDE = lazy_compile(
    r",\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the|an?|some)?\s{0,3}"
    r"(?:(?:roughly|about|around|nearly|almost|some|approximately|more\s{1,3}than|over)\s{1,3})?"
    r"\d[\d,.]{0,12}\s{1,3}(?P<noun>[a-z][\w-]{1,30}),(?P<rest>[^.;:]{0,160})"
)
# "(were) among those (who were) missing", "among the dead": the measure of the people a count is part of
_AMONG_THOSE = lazy_compile(
    r"\bamong\s{1,3}(?:those|the)\s{1,3}(?:who\s{1,3}(?:were|are|remain|remained|had\s{1,3}been|have\s{1,3}been)"
    r"\s{1,3})?(?:still\s{1,3})?(?:reported\s{1,3})?(?P<word>[a-z]{3,20})\b"
)


def among_measure(after: str) -> str | None:
    """The measure a count's predicate gives as the people it is among ("were among those who were
    unaccounted for": missing; "among the dead"), or None."""
    from briefing_tui.compare.measures import PEOPLE_MEASURES, measure_of_word

    m = _AMONG_THOSE.search(after)
    measure = measure_of_word(m.group("word")) if m else None
    return measure if measure in PEOPLE_MEASURES or measure == "dead" else None


def counted_part(after: str) -> dict | None:
    """The measure and subject of a bare count followed by the whole it is taken from ("About 23, out of
    the roughly 750 girls, attending Camp Mystic were among those unaccounted for": missing, Camp Mystic),
    or None when the words after the count are no such aside."""
    from briefing_tui.compare.measures import count_measure
    from briefing_tui.compare.subjects import subject_of

    m = _PART_OF_WHOLE_ASIDE.match(after)
    if not m:
        return None
    rest = m.group("rest")
    measure = among_measure(rest) or count_measure("people", rest, "")  # (its predicate first: "were killed")
    if measure in (None, "people"):
        measure = count_measure(m.group("noun"), rest, "")
    if measure in (None, "people"):
        return None
    place = _ATTENDING.match(rest)
    return {"measure": measure, "subject": place.group(1) if place else subject_of("", "", rest)}


# Where the people of a counted whole were ("attending Camp Mystic", "at the Hilltop School"): the count's subject
_ATTENDING = lazy_compile(r"\s{0,3}(?:attending|at|from|staying\s{1,3}at)\s{1,3}(?:the\s{1,3})?"
                        r"([A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,3})")
