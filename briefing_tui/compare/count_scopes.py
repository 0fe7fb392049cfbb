"""Where the people a count counts were: aboard the craft, or on the ground it fell on.

An air, sea or rail disaster has three tolls that news gives side by side: the people aboard ("242 people on
board"), the dead aboard ("killed 241 people on board", "241 passengers and crew") and the dead on the ground
("at least 29 on the ground", "19 non-passengers"); none of them is the total toll. A count of people followed
closely by such a place phrase is scoped to it: its measure becomes "<measure> aboard" or "<measure> ground"
(the last word is the measure a claim aligns by, the first its kind: "dead aboard" never joins "dead" nor
"people aboard").
"""

from __future__ import annotations

import re
from typing import Literal

from briefing_tui.lazy_pattern import lazy_compile

Scope = Literal["aboard", "ground"]

# Measures of people that a place phrase scopes ("people" is a count of people with no predicate).
SCOPED_MEASURES = frozenset("dead injured missing people".split())
# The place phrases, one alternative per line: aboard a craft, or on the ground.
_SCOPE_PHRASE = lazy_compile(
    r"(?P<aboard>on\s{1,3}board\b"
    r"|onboard\b"
    r"|aboard\b"
    r"|an\s{1,3}Bord\b|à\s{1,3}bord\b|a\s{1,3}bordo\b|aan\s{1,3}boord\b"  # German, French, Spanish/Italian, Dutch
    r"|(?:on|in)\s{1,3}(?:the|that|this|both)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?"
    r"(?:plane|airplane|aircraft|flight|jet|airliner|helicopter|ship|boat|vessel|ferry|bus|train)s?\b"
    r"(?!\s{1,3}(?:accident|crash|collision|disaster|derailment|tragedy|incident|sinking|wreck))"  # (the event)
    # (and other languages' "on the boat": "en el barco", "sulla nave", "no barco", "dans le bateau", "auf dem Boot")
    r"|(?:en|sur|dans)\s{1,3}(?:el|la|le)\s{1,3}(?:barco|barca|bateau|navire|buque|pesquero|embarcación|avion|avión)\b"
    r"|(?:sulla|sul|nella|nel)\s{1,3}(?:nave|barca|barcone|peschereccio|aereo)\b"
    r"|(?:no|na)\s{1,3}(?:barco|navio|embarcação|avião)\b|(?:auf|in)\s{1,3}dem\s{1,3}(?:Boot|Schiff|Flugzeug)\b)"
    r"|(?P<ground>on\s{1,3}(?:the\s{1,3})?ground\b"
    # (and other languages' "on the ground": "1 personne au sol", "cinco muertos en tierra", "em terra", "a terra",
    # "drei Menschen am Boden", "op de grond")
    r"|au\s{1,3}sol\b|en\s{1,3}tierra\b|em\s{1,3}terra\b|a\s{1,3}terra\b|am\s{1,3}Boden\b|op\s{1,3}de\s{1,3}grond\b)",
    re.I)
# Crew named with the passengers: the whole complement aboard ("241 passengers and crew members").
_WITH_CREW = lazy_compile(r"\s{1,3}(?:and|und|et|y|e)\s{1,3}(?:the\s{1,3}|die\s{1,3}|les\s{1,3}|la\s{1,3})?"
                        r"(?:crew(?:[\s-]{1,3}members)?|Besatzung(?:smitglieder)?|Crew(?:mitglieder)?|membres\s{1,3}d['’]équipage"
                        r"|équipage|tripulantes|tripulación|equipaggio)\b", re.I)
# The passengers' noun in other languages (with the crew, the whole complement aboard).
_PASSENGER_HEADS = frozenset("passengers passenger passagiere passagieren passagers pasajeros passageiros passeggeri".split())
# A count of the crew added after the passengers' ("175 passengers and six crew members", "175 passengers (173
# South Koreans and two Thai nationals), along with six crew"): the passengers are a part of those aboard, not all.
_PLUS_COUNTED_CREW = lazy_compile(
    r"\A\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?,?\s{0,3}"  # (an aside in brackets first)
    r"(?:and|plus|along\s{1,3}with|as\s{1,3}well\s{1,3}as|together\s{1,3}with)\s{1,3}"
    r"(?:\d[\d,]*|[a-z]{3,12})\s{1,3}(?:crew|cabin\s{1,3}crew|flight\s{1,3}attendants)\b",
    re.I)
# Heads that are themselves a scope: the people aboard are the passengers; those who were not are on the ground.
_GROUND_HEADS = frozenset("non-passengers non-passenger bystanders".split())
# Words that end the window: "and" opens another noun phrase, a subordinator another clause ("rose to 270 as those
# injured on the ground succumbed": the toll is not of the ground).
_WINDOW_ENDS = frozenset("and as after when because since while whereas although though before until".split())
SCOPE_WORDS = 4  # lower-case words between a count's noun (or predicate) and its place phrase
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


# A verb whose object is what a craft carried ("the flight carried 242 people", "a ferry carrying more than 300"):
# the count is of the people aboard. The verb of five languages, one alternative a line: English, French ("le bateau
# transportait 180 migrants"), Spanish ("transportaba a 180 migrantes"), Italian ("trasportava oltre 180 migranti"),
# Portuguese ("transportava 180 migrantes"); and the plain verb of carrying of Spanish and Portuguese, in the past a
# craft's load is told in ("el avión llevaba 242 pasajeros", "o barco levava 180 migrantes"; not its present "lleva",
# also the time something has gone on: "lleva tres días").
_CARRIED_BEFORE = lazy_compile(
    r"\b(?:carried|carrying|carries|carry"
    r"|transportait|transportaient|transportant"
    r"|transportaba|transportaban|transportando"
    r"|trasportava|trasportavano|trasportando|trasporta"
    r"|transportava|transportavam"
    r"|llevaba|llevaban"
    r"|levava|levavam)"
    r"\s{1,3}(?:[a-zà-ÿ]{1,10}\s{1,3}){0,3}$", re.I)


ABOARD_BEFORE_REACH = 120  # characters before a count where its clause may open on a place phrase of those aboard
# What ends a clause before a count: punctuation of a sentence's parts, or another number (its own figure's).
_CLAUSE_BREAK = lazy_compile(r"[,;.()\[\]\d—–]")
# People counted by a kind that a craft carries whole (a migrant boat's migrants): aboard, they are the people aboard.
CARRIED_KINDS = frozenset("migrant refugee".split())


def count_scope(head: str | None, after: str, before: str = "", measure: str | None = None) -> Scope | None:
    """Where the counted people were: "aboard", "ground" or None. ``head`` is the count's noun (None for a
    bare number), ``after`` the text after the counted phrase. The place phrase must come within
    ``SCOPE_WORDS`` words, before any punctuation, number, or "and" opening another noun phrase; or the count is
    the object of a verb of carrying (``before``, the text before the count)."""
    if head in _GROUND_HEADS:
        return "ground"
    if head in _PASSENGER_HEADS and _PLUS_COUNTED_CREW.match(after):
        return None  # the passengers, the crew counted apart: a part of those aboard
    crew = _WITH_CREW.match(after)
    if crew and head in _PASSENGER_HEADS and measure != "people":
        return "aboard"  # "241 passengers and crew (onboard) died" (but "the DNA of the 241 passengers and crew":
        # a part of those aboard, whatever befell them)
    rest = re.split(r"[,;:.()\[\]\d—–]", after, maxsplit=1)[0]
    words = list(_WORD.finditer(rest))
    for i, w in enumerate(words[:SCOPE_WORDS + 1]):
        found = _SCOPE_PHRASE.match(rest, w.start())
        if found:
            return "aboard" if found.group("aboard") else "ground"
        if w.group(0).lower() in _WINDOW_ENDS or not w.group(0).islower():
            break  # "and" opens another phrase ("and 19 people on the ground"); a name ends the window
    clause = _CLAUSE_BREAK.split(before[-ABOARD_BEFORE_REACH:])[-1]  # (the count's own clause before it)
    if any(found.group("aboard") for found in _SCOPE_PHRASE.finditer(clause)):
        return "aboard"  # "An Bord des Kutters waren mehr als 700 Menschen", "sulla nave c'erano fino a 800 migranti"
    return "aboard" if _CARRIED_BEFORE.search(before[-60:]) else None


# Votes or voters from abroad, named in the count's clause: "oltre un milione e 900mila voti provenienti dalla
# diaspora", "votes cast abroad", "los votos del exterior", "les voix de l'étranger", "Stimmen aus dem Ausland".
_ABROAD = lazy_compile(
    r"\b(?:abroad|overseas|diaspora|expatriates?|all['’]\s{0,3}estero|dall['’]\s{0,3}estero|(?:en|del|desde\s{1,3}el)\s{1,3}exterior"
    r"|(?:à|de)\s{1,3}l['’]\s{0,3}étranger|(?:im|aus\s{1,3}dem)\s{1,3}Ausland|(?:no|do)\s{1,3}exterior"
    # (the emigrants' constituencies: "os círculos da emigração", "el voto de la emigración", "d'émigration")
    r"|emigra(?:ção|cion|ción|tion|zione)|émigration)\b", re.I)
ABROAD_MEASURES = frozenset("votes voters".split())  # counts of an electorate a place abroad scopes
# Seats, or the members who fill them, counted in a clause that names the constituencies abroad: "os quatro deputados
# dos círculos da emigração", "i collegi all'estero che eleggono quattro deputati" are the seats abroad, a part of the
# chamber that is no party's tally ("legislator" is the open measure of "deputados", "diputados", "deputati").
SEAT_MEASURES = frozenset("seats legislator".split())
SEATS_ABROAD = "abroad seats"  # (seats as the base a claim aligns by, "abroad" a kind of its own: measure_kinds.py)
ABROAD_REACH = 80  # characters of the count's clause before and after it searched for a word of abroad


def _abroad(after: str, before: str) -> bool:
    """Whether the count's clause, before or after it, says its votes or voters are from abroad."""
    clause_before = _CLAUSE_BREAK.split(before[-ABROAD_REACH:])[-1]
    clause_after = re.split(r"[;:.()\[\]—–]", after[:ABROAD_REACH], maxsplit=1)[0]
    return bool(_ABROAD.search(clause_before) or _ABROAD.search(clause_after))


# What ends the clause of seats counted (a comma too: "89 deputados, ainda sem ... os votos da emigração" are not the
# seats abroad), or says the constituencies abroad are left out of it ("without", in six languages).
_SEAT_CLAUSE_END = lazy_compile(r"[,;:.()\[\]—–]|\b(?:without|sem|sin|sans|senza|ohne)\b", re.I)


def _seats_abroad(after: str, before: str) -> bool:
    """Whether the seats' own clause, before or after the count, names the constituencies abroad."""
    clause_before = _CLAUSE_BREAK.split(before[-ABROAD_REACH:])[-1]
    clause_after = _SEAT_CLAUSE_END.split(after[:ABROAD_REACH], maxsplit=1)[0]
    return bool(_ABROAD.search(clause_before) or _ABROAD.search(clause_after))


def abroad_seat_figures(out: list[tuple[str, int, int, dict]], text: str) -> list[tuple[str, int, int, dict]]:
    """The figures (kind, start, end, fields) with a party's seats read in a clause naming the constituencies abroad
    made the seats abroad: "pendente da eleição dos quatro mandatos dos círculos da emigração" are no party's, though
    a party is named before them (the seat finder gives them to it)."""
    return [(kind, start, end, {**fields, "measure": SEATS_ABROAD, "subject": None})
            if kind == "count" and fields.get("measure") == "seats" and fields.get("role", "current") == "current"
            and _seats_abroad(text[end:], text[:start]) else (kind, start, end, fields)
            for kind, start, end, fields in out]


# The measures a count of people takes from a word of survival elsewhere in its sentence ("Of the 181 people on
# board, only two survivors were rescued"; the whole of "two out of the 181 people on board").
SURVIVOR_MEASURES = frozenset({"survivors", "total survivors"})
# Words of surviving or being saved (English, German, Spanish, Portuguese, French, Italian), each a bounded stem.
_SURVIVAL = lazy_compile(
    r"\b(?:surviv\w{0,10}"
    r"|überleb\w{0,10}|gerettet"
    r"|sobreviv\w{0,10}|superviv\w{0,10}|rescatad\w{0,2}|salvad\w{0,2}|resgatad\w{0,2}"
    r"|survécu\w{0,3}|sauvé\w{0,2}|secouru\w{0,2}"
    r"|sopravviss\w{0,10}|sopravviv\w{0,10}|salvat\w{0,2}"
    r"|rescued|saved)\b", re.I)
# What ends a count's own predicate: punctuation, or a conjunction opening another phrase ("64 people on board and
# only three survivors", "64 personas a bordo y solo tres supervivientes", "et", "und", "e", "but", "mais"...).
_OWN_PREDICATE_END = lazy_compile(
    r"[,;:.()\[\]—–]"
    r"|\b(?:and|but|while|whereas|y|pero|mientras|et|mais|alors|und|aber|während|e|ma|mentre|mas|enquanto)\b", re.I)


def aboard_not_survivors(measure: str | None, head: str | None, after: str, before: str = "") -> bool:
    """Whether a count of people read as the survivors (or their whole) is rather the people aboard: its own noun is
    aboard ("64 people on board", "64 personas a bordo") and neither that noun nor its own predicate says they
    survived or were saved ("Of the 64 people on board, only three survivors", "three out of the 64 people on board":
    those aboard; "All 64 people on board survived": the survivors)."""
    if measure not in SURVIVOR_MEASURES or head is None or _SURVIVAL.search(head):
        return False
    if count_scope(head, after, before, measure) != "aboard":
        return False
    return not _SURVIVAL.search(_OWN_PREDICATE_END.split(after, maxsplit=1)[0])


def scoped(measure: str | None, head: str | None, after: str, before: str = "") -> str | None:
    """The measure with the count's scope ("dead" -> "dead aboard", "votes" -> "votes abroad"); the measure unchanged
    when it is no count of people or no place phrase scopes it."""
    if measure in ABROAD_MEASURES and _abroad(after, before):
        return f"{measure} abroad"  # (the diaspora's votes are a part of all the votes, never weighed against them)
    if measure in SEAT_MEASURES and _seats_abroad(after, before):
        return SEATS_ABROAD  # (the seats the emigrants elect: never weighed against a party's seats)
    if aboard_not_survivors(measure, head, after, before):
        return "people aboard"  # (the survivors are named apart: compare the counts of one measure)
    if measure in CARRIED_KINDS:
        return "people aboard" if count_scope(head, after, before, measure) == "aboard" else measure
    if measure not in SCOPED_MEASURES:
        return measure
    scope = count_scope(head, after, before, measure)
    return f"{measure} {scope}" if scope else measure


# The dead counted as they reach a hospital or morgue: "270 bodies have been brought to the civil hospital", "the
# facility had received 270 bodies". A facility's intake, not the toll (it may count the same body twice, or not yet
# all): its own kind of the measure ("received dead").
_BROUGHT_AFTER = lazy_compile(r"\A\s{1,3}(?:(?:have|has|had|were|was)\s{1,3})?(?:(?:been|being)\s{1,3})?"
                            r"(?:brought|taken|transported|moved|delivered|ferried)\s{1,3}(?:to|into)\b", re.I)
_RECEIVED_BEFORE = lazy_compile(r"\b(?:received|receiving|receives|receive)\s{1,3}(?:[a-z]{1,10}\s{1,3}){0,2}$", re.I)


def received(measure: str | None, after: str, before: str) -> str | None:
    """"received dead" for a count of the dead brought to a facility (see ``_BROUGHT_AFTER``), "identified dead"
    for one of the dead identified (see ``identified``), else the measure."""
    if measure == "dead" and (_BROUGHT_AFTER.match(after) or _RECEIVED_BEFORE.search(before[-50:])):
        return "received dead"
    return identified(measure, after, before)


# The dead identified so far ("253 victims were identified through DNA", "we have identified 259 victims", "260
# victims have been identified—254 through DNA tests"): a count that lags the toll, its own kind of it.
_IDENTIFIED_AFTER = lazy_compile(r"\A\s{1,3}(?:(?:have|has|had|were|was)\s{1,3})?(?:(?:been|so\s{1,3}far)\s{1,3})?identified\b",
                               re.I)
# (before the count: "identified", "confirmed the identities of", and in the other languages: "a identifié",
# "identificaron a", "la identidad de", "l'identité des", "ha identificato", "identifizierte")
_IDENTIFIED_BEFORE = lazy_compile(
    r"\b(?:identified|identifié|identifiés|identifiées|identificaron|identificó|identificado|identificou|identificaram"
    r"|identificato|identificati|identificate|identifizierte|identifizierten|identifiziert"
    r"|identit(?:y|ies)\s{1,3}of|identidad(?:es)?\s{1,3}d[eo]|identités?\s{1,3}d[eu]s?|identità\s{1,3}d[ie]"
    r"|identidades?\s{1,3}d[eao]s?)"
    r"(?:\s{1,3}(?:the|a|los|las|les|delle|dei|degli|der|die|das|dos))?\s{0,3}[—–:-]?\s{0,3}$", re.I)
IDENTIFIED_REACH = 40  # characters before a count read for the verb or noun of identifying


def identified(measure: str | None, after: str, before: str) -> str | None:
    """"identified dead" for a count of the dead identified (see ``_IDENTIFIED_AFTER``), else the measure."""
    if measure == "dead" and (_IDENTIFIED_AFTER.match(after) or _IDENTIFIED_BEFORE.search(before[-IDENTIFIED_REACH:])):
        return "identified dead"
    return measure


def scope_of(measure: str | None) -> Scope | None:
    """The scope a measure carries ("dead aboard" -> "aboard"), or None."""
    last = (measure or "").split()[-1:]
    return "aboard" if last == ["aboard"] else "ground" if last == ["ground"] else None


def unscoped(measure: str | None) -> str | None:
    """The measure without its scope ("dead aboard" -> "dead")."""
    return measure.rsplit(" ", 1)[0] if scope_of(measure) and measure and " " in measure else measure
