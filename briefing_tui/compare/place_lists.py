"""Places named together, and a place named with a compass word, as the scope of a count (issue 11).

- A compass word before a place's name ("24 lives in southern China", "nel sud della Cina", "en el norte de
  Vietnam", "dans le nord du Vietnam"): the place is still the name after it (:data:`COMPASS`, which
  :mod:`briefing_tui.compare.scopes_of_place` lets stand before the name it reads after a count).
- Places named together after a count ("24 lives in southern China and the Philippines", "24 persone nel sud della
  Cina e nelle Filippine") or fronted before the sentence's counts ("In Thailand and Myanmar, hundreds of
  thousands of people have been forced from their homes"): the count is of those places together, a whole that is
  none of them alone and not the country the story is about; its subject names them all, joined by
  :data:`~briefing_tui.compare.same_subject.LIST_JOINER` (which :func:`~briefing_tui.compare.same_subject.same_subject`
  tells apart from each place alone).
- A place named with "and other" places after a count ("two million people in Hokkaido and other coastal
  prefectures", "en Hokkaido y otras prefecturas", "à Ishikawa et dans d'autres départements"): the count is of
  a whole that is not that place's, so the place is not its subject (:func:`without_other_places`).
"""

from __future__ import annotations

from briefing_tui.compare.same_subject import LIST_JOINER
from briefing_tui.compare.numbers import LIST_AND
from briefing_tui.compare.subject_names import name_ok
from briefing_tui.lazy_pattern import lazy_compile

# A compass word before a place's name, lower-case, with what joins it to the name: English adjectives ("northern",
# "south-eastern", "central"), and the Romance nouns with their "of" ("sud della", "norte de", "nord du", "norte do").
COMPASS = (r"(?:(?:north|south)(?:-?(?:east|west))?ern\s{1,3}|eastern\s{1,3}|western\s{1,3}|central\s{1,3}"
           r"|(?:nord|sud|norte|sur|nordeste|noroeste|sudeste|sudoeste|nord-est|nord-ovest|sud-est|sud-ovest|"
           r"nord-ouest|sud-ouest)\s{1,3}(?:della|dello|del|di|de|du|do|da|des)\s{1,3}(?:(?:la|el|le)\s{1,3}|l['’]\s{0,2})?)")
# One place's name: capitalised words, at most four ("Philippines", "Myanmar", "Sri Lanka").
_NAME = r"[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,3}"
# What may stand before a later place of a list: a preposition of place ("e nelle Filippine", "y en Laos", "et au
# Laos"), an article ("and the Philippines"), a compass word ("and northern Laos").
_ITEM_OPENING = (r"(?:(?:in|en|em|nel|nella|nelle|negli|nei|na|no|nas|nos|dans|à|au|aux|im|in\s{1,3}der)\s{1,3})?"
                 r"(?:(?:the|la|le|les|el|los|las|os|as|die|der)\s{1,3}|l['’]\s{0,2})?"
                 rf"(?:{COMPASS})?")
# The rest of a list after its first place: ", Laos" (at most three), then "and"/"y"/"e"/"et"/"und" and the last.
LIST_REST = lazy_compile(
    rf"((?:\s{{0,3}},\s{{1,3}}{_ITEM_OPENING}{_NAME}){{0,3}})"
    rf"\s{{1,3}}{LIST_AND}\s{{1,3}}{_ITEM_OPENING}({_NAME})\b")
# A list of places fronted at the start of a sentence, before a comma: "In Thailand and Myanmar, ...", "En Tailandia
# y Laos, ...", "Nel Laos e in Thailandia, ...".
_FRONTED_LIST = lazy_compile(
    r"(?:In|Across|At|En|Em|Nel|Nella|Nelle|Negli|Dans|Au|Aux|Im|No|Na|Nos|Nas)\s{1,3}"
    rf"(?:(?:the|la|le|les|el|los|las|os|as|die|der)\s{{1,3}}|l['’]\s{{0,2}})?(?:{COMPASS})?({_NAME})"
    rf"(?=\s{{0,3}},|\s{{1,3}}{LIST_AND}\s)")
_ITEM_NAME = lazy_compile(_NAME)  # each place's name inside a list's rest
# A list of places a count spans, right after it: "passed 300 across Vietnam, Myanmar and Thailand", "a través de
# Laos y Tailandia" (a single place after "across" is left to the other readings: "across the country").
_ACROSS_LIST = lazy_compile(
    r"\s{1,3}(?:across|throughout|à\s{1,3}travers|a\s{1,3}través\s{1,3}de|attraverso|em\s{1,3}todo)\s{1,3}"
    rf"(?:the\s{{1,3}})?(?:{COMPASS})?({_NAME})(?=\s{{0,3}},|\s{{1,3}}{LIST_AND}\s)")


def listed_places(first: str, after: str) -> str | None:
    """``first`` (a place read right before ``after``) with the places a list names after it ("China" and " and the
    Philippines" give "China and Philippines"), or None when no list goes on from it or a name is no place's."""
    m = LIST_REST.match(after)
    if m is None:
        return None
    names = [first, *(n.group(0) for n in _ITEM_NAME.finditer(m.group(1))), m.group(2)]
    kept = [name_ok(" ".join(n.split()), False) for n in names]
    return LIST_JOINER.join(kept) if all(kept) and len(set(kept)) == len(kept) else None


def fronted_list(before: str, start: int) -> str | None:
    """The places a sentence (starting at ``start`` in ``before``) fronts together before a comma ("In Thailand and
    Myanmar, ..."), joined as one subject, or None."""
    m = _FRONTED_LIST.match(before, start)
    if m is None:
        return None
    rest = before[m.end():]
    listed = listed_places(m.group(1), rest)
    tail = LIST_REST.match(rest)
    return listed if listed and tail and rest[tail.end():].lstrip().startswith(",") else None


def ok_places(place: str | None) -> str | None:
    """A place read after a count, kept when it names a place (:func:`name_ok`); a list of places whole, each of its
    places so checked ("China and Philippines" stays one subject of two places), else None."""
    kept = [name_ok(p, False) for p in (place or "").split(LIST_JOINER)]
    return LIST_JOINER.join(k for k in kept if k) if all(kept) else None


def across_list(after: str) -> str | None:
    """The places a count spans when a list of them follows it after "across" ("300 across Vietnam, Myanmar and
    Thailand"), joined as one subject, or None."""
    m = _ACROSS_LIST.match(after)
    return listed_places(m.group(1), after[m.end():]) if m else None


# "And other" places after a place's name, one language a line: "and other coastal prefectures", "y otras
# prefecturas", "e outras regiões", "e altre province", "et d'autres régions" / "et dans d'autres", "und anderen
# Regionen" (at most two words between "and" and "other": "and in other", "et dans d'autres").
_AND_OTHERS = lazy_compile(
    r"\s{0,3},?\s{1,3}(?:and|y|e|et|und)\s{1,3}(?:[a-zà-ÿ]{1,6}\s{1,3}){0,2}?"
    r"(?:other|others|several|otras|otros|outras|outros|altre|altri|autres|d['’]\s{0,2}autres|anderen?)\b")


def with_others(after: str) -> bool:
    """Whether ``after`` (the text right after a place's name) goes on with "and other" places ("and other coastal
    prefectures", "y otras prefecturas"): the count is of a whole, not of the place named."""
    return _AND_OTHERS.match(after) is not None


# How far after a count (characters) the place it was read from may be named with "and other" places.
OTHERS_REACH = 60


def without_other_places(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures of ``text`` (a sentence; (kind, start, end, fields) tuples of :mod:`.figures`), a count's
    subject dropped when it is a place named after the count with "and other" places (see the module's doc)."""
    for kind, _, end, fields in out:
        subject = fields.get("subject")
        if kind != "count" or not subject:
            continue
        window = text[end:end + OTHERS_REACH]
        at = window.find(subject)
        if at >= 0 and with_others(window[at + len(subject):]):
            fields["subject"] = None
    return out
