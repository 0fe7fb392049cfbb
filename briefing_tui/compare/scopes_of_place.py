"""Which place a count is of, when news lists parts of a whole by place, or scopes a toll to the whole country.

Three wordings, of several languages:

- a count followed by its place ("three buildings in Olinda and 16 structures in Kula", "155 personas en la
  Comunitat Valenciana"): the place right after the counted phrase is the count's, whatever thing it counts;
- a place that closes an earlier count of such a list ("... in Olinda and 16 structures") belongs to that
  count, so it is never a later figure's subject;
- a word for the whole country ("nationwide", "across the country", "en todo el país", "a nivel nacional",
  "landesweit"): the count is the country's, never a region's of it (the subject is then the scope word
  ``NATIONWIDE``, lower-case: a scope the text gives, not a name).

Split from :mod:`briefing_tui.compare.subjects` (whose figure it is), which calls these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# The subject given to a count the text scopes to the whole country (lower-case: a scope, not a name).
NATIONWIDE = "nationwide"

# Prepositions placing a count in a place, in several languages (English "in", Spanish and French "en", German
# "in"/"im", Italian "in"/"a", Portuguese "em"/"no"/"na"), each with its articles.
_PLACE_PREPOSITION = (r"(?:in|en|em|im|dans|nel|nella|no|na)"
                      r"(?:\s{1,3}(?:the|la|le|el|der|dem|den|l['’]))?")
# A place right after a counted phrase: the preposition, then capitalised words ("in Olinda", "en la Comunitat
# Valenciana", "in der Region Valencia"); at most one lower-case word of a name inside ("Castilla-La Mancha",
# "Comunidad de Madrid").
PLACE_AFTER = re.compile(
    rf"\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}"
    r"([A-Z][\w-]{1,30}(?:\s{1,3}(?:de\s{1,3}|del\s{1,3})?[A-Z][\w-]{1,30}){0,3})\b")
# A place that closes an earlier counted phrase of a list, right before a later one's name window: a number, at
# most two lower-case words, the preposition ("three buildings in ", "62 dead in "): a name after it is that
# count's place, not a later figure's subject.
_COUNT_IN_BEFORE = re.compile(
    r"(?:\d[\d,.]{0,12}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds))"
    rf"(?:\s{{1,3}}[a-z][\w-]{{1,20}}){{0,2}}\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}$", re.I)
# Words that scope a figure to the whole country, one alternative per line (English, Spanish, French, German,
# Italian, Portuguese).
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide"
    r"|(?:across|throughout)\s{1,3}(?:the\s{1,3})?(?:whole\s{1,3}|entire\s{1,3})?country"
    r"|en\s{1,3}todo\s{1,3}el\s{1,3}pa[ií]s|a\s{1,3}nivel\s{1,3}nacional|en\s{1,3}toda\s{1,3}Espa[ñn]a"
    r"|dans\s{1,3}(?:tout\s{1,3})?le\s{1,3}pays|[àa]\s{1,3}l['’][ée]chelle\s{1,3}nationale"
    r"|landesweit|bundesweit|im\s{1,3}ganzen\s{1,3}Land"
    r"|in\s{1,3}tutto\s{1,3}il\s{1,3}paese|a\s{1,3}livello\s{1,3}nazionale|em\s{1,3}todo\s{1,3}o\s{1,3}pa[ií]s)\b",
    re.I)
# How far before or after a figure (in characters, within its clause) a word for the whole country scopes it.
NATIONWIDE_WINDOW = 80
_CLAUSE_END = re.compile(r"[;:.!?]|,\s{1,3}(?:while|whereas|but|and|mientras|pero|y|wobei|während)\b", re.I)


# A chamber is no place: "208 seats in the Bundestag" are a party's (the chamber is where all seats are).
_CHAMBER = re.compile(r"(?:Bundestag|Bundesrat|Parliament|Parlament|Parlamento|Congress|Senate|Senat|Senado|House|"
                      r"Assembly|Assemblée|Cortes|Diet|Duma|Knesset|Sejm|Lok\s{1,3}Sabha|Council|Chamber|Court)\b", re.I)

CHAMBER_LOOKAHEAD = 20  # characters past the place where a chamber's noun may follow it ("the German parliament")


def place_after(after: str, people: bool = True) -> str | None:
    """The place named right after a counted phrase ("in Kula and ...", "en la Comunitat Valenciana"), or None
    (for a count of things, a chamber is none: "208 seats in the Bundestag", "in the German parliament")."""
    m = PLACE_AFTER.match(after)
    if m is None or (not people and _CHAMBER.search(after, m.start(1), m.end() + CHAMBER_LOOKAHEAD)):
        return None
    return " ".join(m.group(1).split())


def closes_earlier_count(clause: str, start: int) -> bool:
    """Whether the name at ``clause[start:]`` is the place of an earlier count of a list ("three buildings in
    Olinda and 16 structures"): then it is not a later figure's subject."""
    return bool(_COUNT_IN_BEFORE.search(clause, max(0, start - 40), start))


def nationwide(before: str, after: str) -> bool:
    """Whether a word for the whole country scopes the figure: in its clause, close before or after it ("La
    cifra de fallecidos en todo el país alcanza los 158", "A nivel nacional, son 140", "224 dead nationwide")."""
    tail = before[-NATIONWIDE_WINDOW:]
    ends = list(_CLAUSE_END.finditer(tail))
    if ends:
        tail = tail[ends[-1].end():]
    head = after[:NATIONWIDE_WINDOW]
    end = _CLAUSE_END.search(head)
    if end:
        head = head[:end.start()]
    return bool(_NATIONWIDE.search(tail) or _NATIONWIDE.search(head))


PLACE_TOKEN = "@place:"  # the prefix of a place's token in a unit (a place the gazetteer or the tagger knows)


def place_names(units: Iterable["Unit"]) -> frozenset[str]:
    """Lower-case words of the places the units name ("olinda", "kula"): names, wherever they are written (a
    place named only at a sentence's start or only after a count, "three buildings in Olinda", is still one)."""
    return frozenset(w for u in units for t in u.tokens if t.startswith(PLACE_TOKEN) for w in t[len(PLACE_TOKEN):].split())
