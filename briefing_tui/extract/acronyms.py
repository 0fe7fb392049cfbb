"""Acronyms of organisations: the one an article defines in brackets after the name it shortens ("le Centre
national pour la recherche scientifique et technique (CNRST)"), and the one a known name's words spell ("USGS"
of "U.S. Geological Survey"), which names it wherever another article writes it."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from briefing_tui.extract.found import Found
from briefing_tui.extract.lexicon import COMMON_ACRONYMS, ORG_KEYWORDS
from briefing_tui.language_table import all_function_words
from briefing_tui.lazy_pattern import lazy_compile

# An acronym in brackets right after the words it shortens: "(CNRST)", "(USGS)", "(AT&T)" (group 1).
DEFINED_ACRONYM = lazy_compile(r"\(([A-Z][A-Z&]{1,9})\)")
# A word of the name before it: letters, with the dots of an abbreviation ("U.S.") and inner hyphens or apostrophes.
_WORD = lazy_compile(r"[^\W\d_][\w.'’-]*")
_DOTTED = lazy_compile(r"(?:[A-Za-z]\.){2,}")  # an abbreviation written with dots: each letter counts ("U.S.")
_POSSESSIVE = lazy_compile(r"['’]s$")  # "the People’s Action Party’s (PAP) record": the name ends before it
MIN_ACRONYM_LETTERS = 3  # fewer letters ("AI", "UN") are too often another name's, or a common noun's
DEFINITION_REACH = 200  # characters before the brackets in which the name an acronym shortens is looked for
MIN_SPELLED_WORDS = 2  # words of a name an acronym spells (one word is an abbreviation, not an acronym)
# Words an acronym leaves out, in English ("of", "and") and in the languages of the word table ("de", "pour").
ENGLISH_SKIPPED = frozenset({"of", "and", "the", "for", "on", "in", "&"})


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    """The words an acronym leaves out, in every language the word table has."""
    return ENGLISH_SKIPPED | all_function_words()


def _letters(word: str) -> str:
    """The letters a word gives an acronym: every letter of a dotted abbreviation ("U.S." -> "US"), else its
    first."""
    return word.replace(".", "") if _DOTTED.fullmatch(word) else word[0]


def acronym_of(name: str) -> str | None:
    """The acronym a name's words spell ("USGS" of "U.S. Geological Survey", "IAEA" of "International Atomic
    Energy Agency"), upper case; None for a name of fewer words or an acronym of fewer letters."""
    skipped = _skipped()
    words = [w for w in name.split() if w.lower() not in skipped]
    if len(words) < MIN_SPELLED_WORDS:
        return None
    acronym = "".join(_letters(w) for w in words).upper()
    return acronym if len(acronym) >= MIN_ACRONYM_LETTERS and acronym.isalpha() else None


def defined_acronyms(text: str) -> list[tuple[int, int, int, int]]:
    """Where ``text`` defines an organisation's acronym: (name start, name end, acronym start, acronym end) for
    each bracketed acronym whose letters the words right before it spell, function words left out, the first
    a capital and one of them a word of an organisation's name ("Centre", "Agency")."""
    out: list[tuple[int, int, int, int]] = []
    skipped = _skipped()
    for m in DEFINED_ACRONYM.finditer(text):
        acronym = m.group(1).replace("&", "")
        if len(acronym) < MIN_ACRONYM_LETTERS or acronym.lower() in COMMON_ACRONYMS:
            continue
        lo = max(0, m.start() - DEFINITION_REACH)
        words = list(_WORD.finditer(text, lo, m.start()))
        if not words or text[words[-1].end():m.start()].strip(" \u00a0"):
            continue  # the brackets do not follow a word
        wanted, spelled, start = acronym, 0, None
        for w in reversed(words):
            word = w.group(0).rstrip(".") if not _DOTTED.fullmatch(w.group(0)) else w.group(0)
            if word.lower() in skipped and wanted != acronym:
                continue
            letters = _letters(word).upper()
            if not wanted.endswith(letters):
                break
            wanted, spelled, start = wanted[:-len(letters)], spelled + 1, w.start()
            if not wanted:
                break
        if (wanted or start is None or spelled < MIN_SPELLED_WORDS or not text[start].isupper()
                or not {_POSSESSIVE.sub("", w.lower()) for w in text[start:m.start()].split()} & ORG_KEYWORDS):
            continue
        last = words[-1]
        possessive = _POSSESSIVE.search(last.group(0)) if last.start() > start else None
        out.append((start, last.end() - (len(possessive.group(0)) if possessive else 0), m.start(1), m.end(1)))
    return out


def name_defined_acronyms(text: str, offset: int, found: list[Found], sentence_of: Callable[[int], int | None]
                          ) -> list[Found]:
    """``found`` (a paragraph's names; ``text`` is the paragraph, at ``offset`` in its source) with the
    acronyms the paragraph defines named: the organisation the words before the brackets name (a place or
    organisation found as those words keeps its type and key; else they are one organisation's name, whatever
    was found among them: "People's Action Party (PAP)", not "Action Party") and the acronym, under that key."""
    for a, b, x, y in defined_acronyms(text):
        a, b, x, y = a + offset, b + offset, x + offset, y + offset
        named = next((f for f in found if (f.start, f.end) == (a, b) and f.type != "person" and f.confirmed), None)
        if named is None:
            named = Found(a, b, text[a - offset:b - offset], "organization",
                          " ".join(text[a - offset:b - offset].split()), sentence_of(a))
            found[:] = [f for f in found if not (f.start < b and a < f.end)] + [named]
        found[:] = [f for f in found if not (f.start < y and x < f.end)]
        found.append(Found(x, y, text[x - offset:y - offset], named.type, named.key, sentence_of(x)))
    return found
