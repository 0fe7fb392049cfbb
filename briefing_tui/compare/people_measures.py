"""What a count of people that names no measure of its own is, read from its noun and its sentence: a market's or an
area's people ("a market of 700 million consumers", "covering over 700 million people", "un mercado de 700 millones
de personas"), a hotel's guests ("238 guests", "234 Gäste", "238 personas hospedadas", "albergaba a 238 personas"),
a firm's customers or a service's users.

Such counts came out as plain "people" (or as their noun: "consumidor", "gäste"), never weighed against one another
across languages, or joined with a count of something else. A predicate that says what befell the people ("were
evacuated", "murieron") gives the measure before this: only a count still without one is read here, and only when
its noun or a word of its sentence near it says what it is; otherwise it stays as it was.
"""

from __future__ import annotations

import dataclasses
import re

from briefing_tui.compare.presence import ATTENDANCE
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

POPULATION = "residents"  # (a market's people are an area's residents: the measure "population" reads as)
GUESTS = ATTENDANCE  # (those staying at a place are those there, as "people present" are: compare/presence.py)
CUSTOMERS = "customers"
USERS = "users"

# The people a count's own noun names, each to what it measures by itself (plural and singular, in the languages of
# the corpus: English, French, Spanish, Portuguese, Italian, German).
OWN_NOUNS: dict[str, str] = {
    **dict.fromkeys("""consumer consumers consommateur consommateurs consumidor consumidores consumatore consumatori
                    verbraucher verbraucherinnen konsument konsumenten""".split(), POPULATION),
    **dict.fromkeys("""guest guests gast gäste ospite ospiti hóspede hóspedes huésped huéspedes""".split(), GUESTS),
    **dict.fromkeys("""customer customers client clients cliente clientes clienti kunde kunden kundinnen""".split(),
                    CUSTOMERS),
    **dict.fromkeys("""user users utilisateur utilisateurs usuario usuarios usuário usuários utente utenti nutzer
                    nutzerinnen""".split(), USERS),
}
# German's dative plural adds an "n" to a plural not ending in one ("von mehr als 60 Millionen Nutzern", "mit 200
# Gästen", "Verbrauchern"): the noun is the plural's, which ``OWN_NOUNS`` holds.
_DATIVE_ENDING = "n"


def own_noun(noun: str | None) -> str | None:
    """What a count's noun (lower-case) measures by itself (``OWN_NOUNS``), a German dative plural read as its
    plural; else None."""
    if not noun:
        return None
    if noun in OWN_NOUNS:
        return OWN_NOUNS[noun]
    return OWN_NOUNS.get(noun[:-1]) if noun.endswith(_DATIVE_ENDING) else None


# Measures a count of people has when nothing said what it is: none, or the generic "people".
_UNSAID = frozenset({None, "people"})
# A word of being there read as a count's noun ("234 personnes présentes": "présente"): those there, the attendance.
_PRESENT = frozenset({"présente", "présent", "presente", "anwesend"})
CUE_REACH = 60
"""Characters on each side of a count searched for a word that says what its people are (its clause, roughly)."""
# A market or a population the people make, or an area or a pact covering them, in the corpus's languages: "market",
# "marché", "mercado", "Markt", "mercato", "population", "Bevölkerung", "covering", "couvrant", "abarca", "abrange",
# "umfasst", "verbinden"; not the first word of a compound ("le couvre-feu", a curfew; "a cover-up").
_POPULATION_CUE = lazy_compile(
    r"\b(?:markets?|march[ée]s?|mercados?|m[äa]rkte?s?|binnenmarkt(?:es)?|mercat[oi]"
    r"|populations?|poblaci[óo]n|popula[çc][ãa]o|popolazione|bev[öo]lkerung"
    r"|cover(?:s|ing)?|couvr(?:e|ent|ant|ira)|englob(?:e|ent|ant)|abarca(?:n|r|rá)?|abrange(?:m|r)?"
    r"|umfass(?:t|en)|verbind(?:et|en)|connect(?:s|ing)?)\b(?!-)", re.I)
# Being lodged somewhere: "staying", "hospedadas", "alojados", "albergaba", "hébergés", "untergebracht",
# "alloggiati" (a lodging's name alone says nothing of those counted: "crashed on a hostel building").
_LODGING_CUE = lazy_compile(
    r"\b(?:staying|stayed|lodged|hospedad[oa]s|alojad[oa]s|albergab?a(?:n|m)?|h[ée]berg[ée]e?s|log[ée]e?s"
    r"|untergebracht|alloggiat[ie]|ospitat[ie])\b", re.I)
# The last word of a count's text: its noun ("238 personas", "700 millions de consommateurs"), searched in the text's
# last ``NOUN_TAIL`` characters only (constant time on any text).
_LAST_WORD = lazy_compile(r"([^\W\d_]{1,40})\W{0,3}\Z")
NOUN_TAIL = 48


def _cued(text: str, start: int, end: int) -> str | None:
    """What the words around a count (``text[start:end]``) say its people are, or None."""
    near = text[max(0, start - CUE_REACH):end + CUE_REACH]
    if _LODGING_CUE.search(near):
        return GUESTS
    if _POPULATION_CUE.search(near):
        return POPULATION
    return None


def people_measures(figures: list[Figure], text: str, offset: int) -> list[Figure]:
    """``figures`` (of one sentence, ``text`` at ``offset``) with each count of people that names no measure given
    the one its noun or its sentence says (``OWN_NOUNS``; ``_LODGING_CUE``, ``_POPULATION_CUE``)."""
    out = []
    for f in figures:
        if f.kind == "count" and f.measure in _PRESENT:
            out.append(dataclasses.replace(f, measure=ATTENDANCE))
            continue
        m = _LAST_WORD.search(f.text[-NOUN_TAIL:]) if f.kind == "count" else None
        noun = m.group(1).lower() if m else ""
        own = own_noun(noun)
        if f.kind != "count" or not (f.measure in _UNSAID or own and f.measure and own_noun(f.measure) == own):
            out.append(f)
            continue
        if own is None and noun not in _PEOPLE_NOUNS:
            out.append(f)  # (a bare number, a count of things or of people of a role: "passengers", never read here)
            continue
        measure = own or _cued(text, f.start - offset, f.end - offset)
        out.append(dataclasses.replace(f, measure=measure) if measure else f)
    return out


# The words a count of people is written with when its measure is unsaid (any language of the corpus).
_PEOPLE_NOUNS = frozenset("""people persons individuals personas personnes menschen personen pessoas persone""".split())
