"""The shipped gazetteer: countries, demonyms, regions, cities and organisations, by surface form."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from briefing_tui.table_cache import load_shipped

_TYPES = {"countries": "place", "countries_other_languages": "place", "places": "place", "cities": "place",
          "organizations": "organization"}
# The fewest letters of an organisation's acronym that is also written as a word, in title case ("UNESCO" and
# "Unesco", "NATO" and "Nato"); a shorter one is spelled out ("WHO" is no "Who").
MIN_WORD_ACRONYM = 4


def normalise_surface(text: str) -> str:
    """One spelling for lookups: no-break spaces folded, curly apostrophes straightened."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


@dataclass
class Gazetteer:
    """Surface form -> (canonical name, entity type), plus given names that hint at gender."""

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    place_given_names: frozenset[str] = frozenset()  # places that are also given names ("Jordan", "Israel")
    max_words: int = 1

    def add(self, surface: str, canonical: str, kind: str) -> None:
        """Register ``surface`` as a way of writing ``canonical`` (first registration wins)."""
        key = normalise_surface(surface)
        if key and key not in self.entries:
            self.entries[key] = (canonical, kind)
            self.max_words = max(self.max_words, len(key.split()))

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """The canonical name and type written as ``surface``, if known (possessives tolerated)."""
        key = normalise_surface(surface)
        hit = self.entries.get(key)
        if hit is None and key.endswith("'s"):
            hit = self.entries.get(key[:-2])
        return hit

    def gender_of_given_name(self, given: str) -> str | None:
        """"m", "f" or None for a first name."""
        if given in self.female_names:
            return "f"
        if given in self.male_names:
            return "m"
        return None


def build_gazetteer(data: dict) -> Gazetteer:
    """A gazetteer from the parsed YAML mapping (sections as in ``data/gazetteer.yaml``)."""
    gaz = Gazetteer()
    for section, kind in _TYPES.items():
        for canonical, variants in (data.get(section) or {}).items():
            gaz.add(str(canonical), str(canonical), kind)
            for variant in variants or ():
                gaz.add(str(variant), str(canonical), kind)
            if kind == "organization":
                for surface in (canonical, *(variants or ())):
                    surface = str(surface)
                    if len(surface) >= MIN_WORD_ACRONYM and surface.isalpha() and surface.isupper():
                        gaz.add(surface.capitalize(), str(canonical), kind)  # (after the listed forms)
    names = data.get("given_names") or {}
    gaz.female_names = frozenset(str(n) for n in names.get("female") or ())
    gaz.male_names = frozenset(str(n) for n in names.get("male") or ())
    gaz.place_given_names = frozenset(str(n) for n in data.get("place_given_names") or ())
    return gaz


# Sections of the gazetteer whose variants are other names of a place, never a demonym: countries in other
# languages ("Ägypten"), cities' other names ("Mekka", "Peking", "Kiev"). (The countries' and the regions'
# variants hold demonyms: "Egyptian", "European".)
_PLACE_NAME_SECTIONS = ("countries_other_languages", "cities")


def place_names() -> list[tuple[str, list[str]]]:
    """Each country or city of the shipped gazetteer with its names in other languages or times ("Egypt" with
    "Ägypten" and "Egitto", not with "Egyptian")."""
    data = load_shipped("gazetteer.yaml") or {}
    return [(str(canonical), [str(v) for v in variants or ()])
            for section in _PLACE_NAME_SECTIONS for canonical, variants in (data.get(section) or {}).items()]


@lru_cache(maxsize=1)
def shipped_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``briefing_tui/data/gazetteer.yaml`` (parsed once per process)."""
    return build_gazetteer(load_shipped("gazetteer.yaml") or {})
