"""The event's whole casualty counts: wordings that give a toll of the whole event, not of a part of it.

A disaster's main counts (dead, injured, missing, rescued) are its most reported claims. A count "spread
across" several administrative areas ("82 people died across six counties", "deaths across three
provinces") is the sum over the stricken region, i.e. the event's whole toll, not the toll of a counted set
of sites ("101 missing across three construction sites" is a part: sites are no administrative areas).
"""

from __future__ import annotations

import re

# Administrative areas a whole region is divided into (plural): a count spread across several of them is the
# region's whole count. One alternative per line family: English, then other languages' plurals.
_ADMIN_AREAS = (
    r"counties|states|provinces|districts|regions|prefectures|municipalities|departments|parishes|"
    r"governorates|oblasts|cantons|territories|countries|nations|"
    r"provincias|regiones|municipios|comunidades|départements|régions|Bundesländer|Länder|Landkreise"
)
# "across six counties", "throughout three provinces" right after the count's words
# (bounded: at most 30 characters of the clause between the count and the preposition)
_SPREAD_OVER_AREAS = re.compile(
    r"[^.;:,]{0,30}?\b(?:across|throughout)\s{1,3}"
    r"(?:all\s{1,3}|the\s{1,3})?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|dozens\s{1,3}of)"
    rf"\s{{1,3}}(?:[a-z][\w-]{{2,20}}\s{{1,3}})?(?:{_ADMIN_AREAS})\b",
    re.IGNORECASE,
)


def spread_over_areas(after: str) -> bool:
    """Whether the words after a count spread it over several administrative areas ("82 people died across
    six counties"): the count is then the whole region's, with no part of it for a subject."""
    return bool(_SPREAD_OVER_AREAS.match(after))


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
    bodies = {m.unit.source.id: m.unit.source.body for m in items}
    outer = _outer_places(parts, bodies.values())
    wider = {k for k, label in enumerate(labels)
             if label and k not in excluded and any(same_subject(label, o) for o in outer)}
    return excluded, wider


# A count of people "rescued or evacuated" (either word first, "or", "and", "and/or"): the evacuated, the wider
# of the two (a rescue takes people out of danger too), so it is weighed with the evacuation counts. The
# predicate follows the count within its clause.
_RESCUED_OR_EVACUATED = re.compile(
    r"[^.;:]{0,40}?\b(?:rescued|evacuated)\s{1,3}(?:or|and|and/or)\s{1,3}(?:been\s{1,3})?(?:rescued|evacuated)\b",
    re.IGNORECASE,
)


def joint_measure(measure: str | None, after: str) -> str | None:
    """The measure of a count whose predicate names two measures at once: "about 850 people had been rescued
    or evacuated" counts the evacuated ("displaced"), not only the rescued; else ``measure`` unchanged."""
    if measure in ("rescued", "displaced") and _RESCUED_OR_EVACUATED.match(after):
        return "displaced"
    return measure
