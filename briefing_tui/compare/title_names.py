"""A claim title's subject in English. A place the gazetteer knows under another language's name is titled with its
English name ("Grèce" → "Greece", "Mecque" of "La Mecque" → "Mecca", "Dacca" → "Dhaka"), and a people's adjective
the gazetteer lists with its plural ("Greek", "Greeks") is told apart from a name, so that it goes before the measure
("Greek survivors", not "Greek's survivors"). Only the title changes: the claim's subject, by which statements are
aligned, stays as the sources write it."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.extract.gazetteer import place_names, shipped_gazetteer

# Articles a place's name opens on in other languages ("La Mecque", "La Meca", "Il Cairo"), which a figure's subject
# leaves out ("Mecque's temperature").
NAME_ARTICLES = ("La ", "Le ", "Les ", "L'", "L’", "El ", "Il ", "Lo ", "Los ", "Las ")
PLACE = "place"  # the gazetteer's type of a country, region or city
PLURAL_ENDING = "s"  # a people's adjective listed beside its plural ("Greek", "Greeks") is no place's name


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """Each other-language name of a country or city (with and without its article) → its English name."""
    names: dict[str, str] = {}
    for english, others in place_names():
        for other in others:
            names.setdefault(other, english)
            for article in NAME_ARTICLES:
                if other.startswith(article) and len(other) > len(article) + 1:
                    names.setdefault(other[len(article):], english)
    return names


def english_subject(subject: str) -> str:
    """``subject`` as a title names it: a place's English name for its name in another language, else as written."""
    return _english_names().get(subject, subject)


def people_adjective(subject: str) -> bool:
    """Whether ``subject`` is a people's adjective the gazetteer lists for a country or region with its plural
    ("Greek" beside "Greeks" for Greece), not the place's own name."""
    gazetteer = shipped_gazetteer()
    found = gazetteer.lookup(subject)
    if found is None or found[1] != PLACE or found[0] == subject or subject in _english_names():
        return False
    plural = gazetteer.lookup(subject + PLURAL_ENDING)
    return plural is not None and plural[0] == found[0]
