"""Partitives: a part of a counted whole ("three of the six workers killed", "two of the 10 dead were children",
"4 out of 5 victims").

When the whole's own words say what befell it ("six workers killed", "the 10 dead"), the whole is the toll and
the part is a sub-group of it (the children among the dead), not another toll: the whole takes the measure and the
part the measure's ``part`` kind (one of ``measure_kinds.OWN_KINDS``, never weighed against the plain measure),
with the group the sentence says it is ("part children dead"), so that two sub-groups are never weighed.
When the predicate after the whole says it ("three of the five people aboard were killed"), the part is the toll
and the whole the total it was taken from, as :func:`.wholes.whole_kind` reads it. Works on the (kind, start,
end, fields) tuples of :mod:`.figures`, offsets relative to the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import count_measure
from briefing_tui.compare.same_subject import place_name
from briefing_tui.lazy_pattern import lazy_compile

# Measures of what befell people, which a whole's own noun phrase may carry ("workers killed", "the dead").
TOLL_MEASURES = frozenset("dead injured missing displaced hospitalised rescued arrested affected trapped".split())
PART_KIND = "part"
"""The kind of a part's measure ("part dead": the children among the dead)."""
# Between a part and its whole: "three of the six", "4 out of 5", "two of all 10".
_OF_BETWEEN = lazy_compile(r"\A\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|all|its|their)\s{1,3})?\Z", re.I)
# The whole's noun phrase ends where its predicate starts: a verb of being or having, a conjunction, punctuation.
_PHRASE_END = lazy_compile(r"\s(?:were|was|are|is|have|had|has|will|would|remain(?:ed|s)?|include[sd]?|and|or|but|"
                         r"who|that|which)\b|[,.;:()]", re.I)
_NUMBER_START = lazy_compile(r"\S{1,30}\s{0,3}")  # the whole's number, before its noun
PHRASE_REACH = 60  # characters after a whole read for its own words
# What the part is said to be, after the whole's phrase: "... were migrants", "... were all children".
_COMPLEMENT = lazy_compile(r"\s{1,3}(?:were|was|are|is)\s{1,3}(?:(?:all|also|both|the|mostly)\s{1,3})?(?P<group>[a-z]{3,20})\b",
                         re.I)


def _own_measure(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """What a whole's noun phrase alone says it counts ("six workers killed" -> dead), or None, and the group the
    part is said to be ("... were migrants" -> migrants), or None."""
    number = _NUMBER_START.match(text, start)
    words = text[number.end() if number else start:end].split()
    if not words:
        return None, None
    rest = text[end:end + PHRASE_REACH]
    stop = _PHRASE_END.search(rest)
    group = _COMPLEMENT.match(rest, stop.start()) if stop else None
    return (count_measure(words[-1].lower(), rest[:stop.start()] if stop else rest, ""),
            group.group("group").lower() if group else None)


# A part of the victims named with no number of their own, right after a count: "two of the victims", "deux des
# victimes", "duas das vítimas", "dos de las víctimas", "due delle vittime", "zwei der Opfer"; the count is a group
# among the dead, not the toll ("all 12 of the victims" is the whole: see _ALL_BEFORE).
_OF_THE_VICTIMS = lazy_compile(
    r"\s{1,3}(?:of\s{1,3}the|des|das|dos|de\s{1,3}(?:las|los)|delle|dei|degli|der)\s{1,3}"
    r"(?:victims|dead|fatalities|deaths|victimes|morts|décès|víctimas|muertos|fallecidos|vítimas|mortos|vittime|"
    r"morti|Opfer|Toten|Todesopfer)\b", re.I)
# The place the part of the victims comes from, right after them: "658 of the dead were from Egypt", "658 der Toten
# aus Ägypten", "658 des morts venaient d'Égypte", "658 de los muertos eran de Egipto", "658 dei morti erano
# dall'Egitto" (a capitalised name; the shipped gazetteer must know it as a place).
_FROM_PLACE = lazy_compile(
    r"\s{1,3}(?:(?:were|came|come|are|waren|kamen|stammten|sind|étaient|venaient|viennent|eran|venían|procedían"
    r"|erano|venivano|eram|vinham)\s{1,3})?(?:from|aus|de|d['’]|du|di|da|dal|dall['’]|dalla|del|do|dos)\s{0,3}"
    r"(?:(?:l['’]|el|la|the)\s{0,3})?(?P<place>[A-ZÀ-Ý][\w-]{2,30})")
_ALL_BEFORE = lazy_compile(r"\b(?:all|alle|tous|toutes|todos|todas|tutti|tutte)\s{1,3}\Z", re.I)


@lru_cache(maxsize=1)
def _people_of_place() -> dict[str, str]:
    """Each country the shipped gazetteer knows, with the English adjective of its people that the nationality table
    gives ("Egypt": "Egyptian"), the subject a count of those people has ("more than 660 Egyptians")."""
    return {place: people for people in sorted(set(language_words().nationalities.values()))
            if (place := place_name(people)) is not None}


def partitive_parts(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """A part of a whole whose own words carry a toll ("three of the six workers killed") counts a sub-group of
    that toll; the whole is the toll."""
    for k in range(len(out) - 1):
        (kind, _, end, part), (kind2, start2, end2, whole) = out[k], out[k + 1]
        measure = whole.get("measure") or ""
        if kind != "count" or kind2 != "count" or not measure.startswith("total ") \
                or not _OF_BETWEEN.match(text[end:start2]):
            continue
        base = measure.split(" ", 1)[1]
        own, group = _own_measure(text, start2, end2)
        if base in TOLL_MEASURES and own == base:
            whole["measure"] = base
            # (the group keeps two parts of one toll apart: the children among the dead are not the women)
            part["measure"] = f"{PART_KIND} {group} {base}" if group else f"{PART_KIND} {base}"
    for kind, start, end, fields in out:
        if kind == "count" and fields.get("measure") in TOLL_MEASURES and _OF_THE_VICTIMS.match(text, end) \
                and not _ALL_BEFORE.search(text[max(0, start - 12):start]):
            victims = _OF_THE_VICTIMS.match(text, end)
            origin = _FROM_PLACE.match(text, victims.end())
            people = _people_of_place().get(place_name(origin.group("place"))) if origin else None
            if people is not None:  # ("658 der Toten aus Ägypten": the toll of one country's people, not some part)
                fields["subject"] = people
                continue
            fields["measure"] = f"{PART_KIND} {fields['measure']}"  # ("two of the victims died": some of the dead)
    return out
