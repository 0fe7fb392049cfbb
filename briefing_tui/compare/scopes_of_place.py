"""Which place a count is of, when news lists parts of a whole by place, or scopes a toll to the whole country.

Three wordings, of several languages:

- a count followed by its place ("three buildings in Olinda and 16 structures in Kula", "155 personas en la
  Comunitat Valenciana"): the place right after the counted phrase is the count's, whatever thing it counts;
- a place that closes an earlier count of such a list ("... in Olinda and 16 structures") belongs to that
  count, so it is never a later figure's subject;
- a relative clause of place ("the Comunidad Valenciana, where 217 deaths were confirmed"): the place before
  "where" ("wo", "donde", "où") is the clause's counts';
- a word for the whole country ("nationwide", "across the country", "en todo el país", "a nivel nacional",
  "landesweit"): the count is the country's, never a region's of it (the subject is then the scope word
  ``NATIONWIDE``, lower-case: a scope the text gives, not a name);
- a bare count beside counts of two places or more that it is at least the sum of ("224 people lost their lives
  ... 216 victims in the Valencian Community, seven fatalities in Castilla-La Mancha"): the whole, ``NATIONWIDE``
  too (:func:`wholes_of_parts`).

Split from :mod:`briefing_tui.compare.subjects` (whose figure it is), which calls these; the main subject of a
measure's figures (:func:`main_subject`, the place a disaster struck), which a part never is, lives here too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from briefing_tui.compare.place_lists import COMPASS, across_list, listed_places
from briefing_tui.compare.seat_places import without_seats
from briefing_tui.compare.struck_places import struck_place
from briefing_tui.compare.victim_nationalities import victim_groups
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from briefing_tui.compare.measured_types import MeasuredStatement
    from briefing_tui.compare.units import Unit
    from briefing_tui.model import Figure

# The subject given to a count the text scopes to the whole country, or that is the sum of places it counts beside
# it (lower-case: a scope, not a name).
NATIONWIDE = "overall"

# Prepositions placing a count in a place, in several languages (English "in", Spanish and French "en", French
# "à"/"au"/"dans", German "in"/"im", Italian "in" and, before a town's or an island's name, "a" ("tre morti a
# Grenada"), Portuguese "em"/"no"/"na"), each with its articles.
# The articles of several languages that may stand between such a preposition and the place's name.
PLACE_ARTICLES = r"the|la|le|les|el|los|las|os|as|der|dem|den|l['’]"
_PLACE_PREPOSITION = rf"(?:in|at|en|em|im|dans|à|au|aux|nel|nella|nelle|negli|nei|no|na|nos|nas|a(?=\s{{1,3}}[A-Z]))(?:\s{{1,3}}(?:{PLACE_ARTICLES}))?"
# A place right after a counted phrase: the preposition, then capitalised words ("in Olinda", "en la Comunitat
# Valenciana", "in der Region Valencia"); at most one lower-case word of a name inside ("Castilla-La Mancha",
# "Comunidad de Madrid").
# (or a place's noun, then its name: "in the province of Valencia", "en la provincia de Valencia", "in the state
# of Texas", "dans les rues de Paris")
PLACE_NOUN = (r"(?:province|provincia|provinz|region|región|regione|région|state|estado|county|district|"
              r"distrito|city|ciudad|città|ville|town|village|municipality|municipio|comunidad|island|isla|condado|comté|contea|"
              r"streets|rues|calles|ruas|strade)"  # ("in the streets of Paris", "dans les rues de Paris")
              r"\s{1,3}(?:of|de|di|del)\s{1,3}")
PLACE_AFTER = lazy_compile(
    rf"\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}(?:{PLACE_NOUN})?(?:{COMPASS})?"  # ("in southern China": China)
    r"((?:(?:St|Ste|Mt|Ft)\.\s{0,3})?[A-Z][\w-]{1,30}(?:\s{1,3}(?:de\s{1,3}|del\s{1,3})?[A-Z][\w-]{1,30}){0,3})\b")
# (an abbreviated "Saint", "Mount" or "Fort" opens a place's name: "in St. Lucie County", "en el condado de St. Lucie")
# A passive or intransitive toll predicate between a count of people and its place ("Six people were killed by
# tornadoes in St. Lucie County", "four died in Volusia", "murieron en", "sont morts à", "starben in"; "2,000 people
# were evacuated to shelters in Hilo"): the place is still the count's, never a whole's (at most two lower-case
# words of the cause after "by"/"por"/"par", or of where to after "to").
_PREDICATE_GAP = lazy_compile(
    r"\s{1,3}(?:(?:were|was|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:killed|injured|hurt|found\s{1,3}dead)"
    r"|died|perished|drowned|murieron|fallecieron|morreram|morirono|sont\s{1,3}morts?|starben|kamen\s{1,3}ums\s{1,3}Leben"
    r"|(?:were|was|have\s{1,3}been|had\s{1,3}been)\s{1,3}evacuated)"
    r"(?:\s{1,3}(?:by|por|par|durch|da|to)\s{1,3}(?:a\s{1,3}|the\s{1,3}|des\s{1,3}|los\s{1,3})?[a-z]{3,20}(?:\s{1,3}[a-z]{3,20})?)?"
    r"(?=\s{1,3}(?:in|en|em|à|dans|im|nel|nella|no|na)\b)")
# A place that closes an earlier counted phrase of a list, right before a later one's name window: a number, at
# most two lower-case words, the preposition ("three buildings in ", "62 dead in "): a name after it is that
# count's place, not a later figure's subject.
_COUNT_IN_BEFORE = lazy_compile(
    r"(?:\d[\d,.]{0,12}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds))"
    rf"(?:\s{{1,3}}[a-z][\w-]{{1,20}}){{0,2}}\s{{1,3}}{_PLACE_PREPOSITION}\s{{1,3}}$", re.I)
# Words that scope a figure to the whole country, one alternative per line (English, Spanish, French, German,
# Italian, Portuguese).
NATIONWIDE_WORDS = lazy_compile(
    r"\b(?:nationwide|nation-wide|nationally|countrywide|country-wide"
    r"|(?:across|throughout)\s{1,3}(?:the\s{1,3})?(?:whole\s{1,3}|entire\s{1,3})?(?:country|nation)"
    r"|(?:in|across)\s{1,3}the\s{1,3}whole\s{1,3}(?:country|nation)"
    r"|en\s{1,3}todo\s{1,3}el\s{1,3}pa[ií]s|a\s{1,3}nivel\s{1,3}nacional|en\s{1,3}toda\s{1,3}Espa[ñn]a"
    r"|dans\s{1,3}(?:tout\s{1,3})?le\s{1,3}pays|[àa]\s{1,3}l['’][ée]chelle\s{1,3}nationale|au\s{1,3}niveau\s{1,3}national"
    r"|landesweit|bundesweit|im\s{1,3}ganzen\s{1,3}Land"
    r"|in\s{1,3}tutto\s{1,3}il\s{1,3}paese|a\s{1,3}livello\s{1,3}nazionale|em\s{1,3}todo\s{1,3}o\s{1,3}pa[ií]s)\b",
    re.I)
# How far before or after a figure (in characters, within its clause) a word for the whole country scopes it.
NATIONWIDE_WINDOW = 80
_CLAUSE_END = lazy_compile(r"[;:.!?]|,\s{1,3}(?:while|whereas|but|and|mientras|pero|y|wobei|während)\b", re.I)


# A chamber is no place: "208 seats in the Bundestag" are a party's (the chamber is where all seats are).
_CHAMBER = lazy_compile(r"(?:Bundestag|Bundesrat|Parliament|Parlament|Parlamento|Congress|Senate|Senat|Senado|House|"
                      r"Assembly|Assemblée|Cortes|Diet|Duma|Knesset|Sejm|Lok\s{1,3}Sabha|Council|Chamber|Court)\b", re.I)

# In the Romance languages a named incident puts its noun before its name: a count right followed by one ("11 à
# l'incendie d'Eaton", "17 en el incendio de Eaton", "5 no incêndio de Palisades", "3 nell'incendio di Eaton") is
# that incident's count, the name its subject (as "11 in the Eaton fire" is read by the English name after it).
_ROMANCE_INCIDENT = (r"incendie|incendies|feu|incendios?|fuego|incêndios?|fogo|rogo|séisme|sismo|terremoto|"
                     r"inondations?|inundación|inundaciones|inundaç(?:ão|ões)|alluvione|explosion|explosión|explosão|"
                     r"esplosione|accident|accidente|acidente|incidente|effondrement|derrumbe|ouragan|huracán|"
                     r"furacão|uragano|tempête|tormenta|tempestade|tempesta")
_INCIDENT_NAMED_AFTER = lazy_compile(
    r"\s{1,3}(?:à|au|dans|par|en|por|em|no|na|pelo|pela|nel|nella|nell['’]|dal|dall['’]|durante)"
    r"(?:\s{1,3}(?:el|la|le|o|a|il|lo)\b|\s{1,3}l['’]|(?<=['’]))?\s{0,3}"
    rf"(?:{_ROMANCE_INCIDENT})\s{{1,3}}(?:de|du|di|del|della|da|do|d['’])\s{{0,3}}"
    r"([A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,3})\b")
CHAMBER_LOOKAHEAD = 20  # characters past the place where a chamber's noun may follow it ("the German parliament")


def place_after(after: str, people: bool = True) -> str | None:
    """The place named right after a counted phrase ("in Kula and ...", "en la Comunitat Valenciana"), or None
    (for a count of things, a chamber is none: "208 seats in the Bundestag", "in the German parliament")."""
    if listed := across_list(after):
        return listed  # ("300 across Vietnam, Myanmar and Thailand": the places together)
    m = PLACE_AFTER.match(after) or _INCIDENT_NAMED_AFTER.match(after)
    if m is None and people and (gap := _PREDICATE_GAP.match(after)):
        m = PLACE_AFTER.match(after, gap.end())  # "Six people were killed by tornadoes in St. Lucie County"
    if m is None or (not people and _CHAMBER.search(after, m.start(1), m.end() + CHAMBER_LOOKAHEAD)):
        return None
    name = " ".join(m.group(1).split())
    return listed_places(name, after[m.end():]) or name  # ("in China and the Philippines": both, together)


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
    return bool(NATIONWIDE_WORDS.search(tail) or NATIONWIDE_WORDS.search(head))


# A relative clause of place after a name, which the figure is in: "the Comunidad Valenciana, where 217 deaths were
# confirmed", "betrafen die Comunidad Valenciana, wo 217 Todesfälle", "Valencia, donde murieron 216": the name
# before "where" is where the clause's counts are.
_WHERE_CLAUSE = lazy_compile(
    r"([A-Z][\w-]{1,30}(?:\s{1,3}(?:de\s{1,3}|del\s{1,3})?[A-Z][\w-]{1,30}){0,3}),?\s{1,3}"
    r"(?:where|wo|donde|où|dove|onde)\s[^,;:.()]{0,60}$")


def place_where(before: str) -> str | None:
    """The place a relative clause of place opens with, when the figure is in that clause ("the Valencian
    Community, where 216 people died"), or None."""
    m = _WHERE_CLAUSE.search(before[-WHERE_WINDOW:])
    return " ".join(m.group(1).split()) if m else struck_place(before)  # ("Nemo, which struck Laos, killed 20")


WHERE_WINDOW = 200  # characters before a figure searched for the place of its relative clause

# An aside on the subject between commas, right before the rest of the figure's clause: a relative clause ("the
# Upcountry-Kula Fire, which ignited first, is 60 percent contained") is blanked; a naming aside ("A second fire,
# known as Upcountry, is 60% contained") loses its commas, so that the name is read as the subject.
_RELATIVE_ASIDE = lazy_compile(r",\s{0,3}(?:which|who|whose|that)\b[^,;:.()]{1,80},(?=[^,;:]{0,200}$)", re.I)
# An apposition after a name, saying what it is part of ("Varuna Cement, the flagship company of the Varuna Group,
# fell 20%"): blanked, so that the name before it is read as the subject, not the group after "of".
_OF_APPOSITION = lazy_compile(r"\b[A-Z][\w&'’-]{0,30}(?P<aside>,\s{0,3}(?:the|an?)\s{1,3}[a-z][^,;:.()]{0,50}?\s(?:of|at)\s{1,3}"
                              r"(?:the\s{1,3})?[A-Z][^,;:.()]{0,60}),(?=[^,;:]{0,200}$)")
_NAMING_ASIDE = lazy_compile(r",(\s{0,3}(?:known|named|called|dubbed)\s{1,3}(?:as\s{1,3})?[^,;:.()]{1,60}),(?=[^,;:]{0,200}$)")


def without_asides(before: str) -> str:
    """``before`` (the text before a figure) with the aside on its clause's subject taken out, offsets kept (see
    ``_OF_APPOSITION``, ``_RELATIVE_ASIDE``, ``_NAMING_ASIDE``) and the place a firm sits in blanked (seat_places.py)."""
    def blank(m: re.Match) -> str:
        opening = re.split(r"[.!?;:,]", before[max(0, m.start() - ASIDE_HEAD):m.start()])[-1]
        return m.group(0) if _FRONTED.match(opening) else " " * len(m.group(0))

    before = _OF_APPOSITION.sub(lambda m: m.group(0)[:m.start("aside") - m.start()] + " " * len(m.group("aside"))
                                + ",", before)
    before = _RELATIVE_ASIDE.sub(blank, without_seats(before))
    return _NAMING_ASIDE.sub(lambda m: f" {m.group(1)} ", before)


# A fronted place phrase: an aside on it ("In Thailand, which was also affected, authorities reported 20 dead") is
# left alone, the place scopes the sentence (see ``subjects._FRONTED_PLACE``).
_FRONTED = lazy_compile(r"\s{0,3}(?:In|At|Across|Inside|Outside|Within|Throughout)\b")
ASIDE_HEAD = 60  # characters before an aside searched for the phrase it is on


PLACE_TOKEN = "@place:"  # the prefix of a place's token in a unit (a place the gazetteer or the tagger knows)


def place_names(units: Iterable["Unit"]) -> frozenset[str]:
    """Lower-case words of the places the units name ("olinda", "kula"): names, wherever they are written (a
    place named only at a sentence's start or only after a count, "three buildings in Olinda", is still one)."""
    return frozenset(w for u in units for t in u.tokens if t.startswith(PLACE_TOKEN) for w in t[len(PLACE_TOKEN):].split())


PART_RATIO = 0.1  # a subject whose largest figure is under this share of the measure's median figure is a part


def part_subjects(figures: Iterable["Figure"]) -> frozenset[str]:
    """Lower-case subjects whose figures are all far below the measure's usual value (under ``PART_RATIO`` of the
    median): a part of the whole ("two in Castilla-La Mancha" beside tolls of 200), never the event's main subject
    however many sources name it."""
    values = sorted(f.low for f in figures if f.low is not None)
    if not values:
        return frozenset()
    median = values[len(values) // 2]
    largest: dict[str, float] = {}
    for f in figures:
        if f.subject and f.low is not None:
            key = f.subject.lower()
            largest[key] = max(largest.get(key, f.low), f.low)
    return frozenset(k for k, v in largest.items() if v < PART_RATIO * median)


PARTS_REACH = 2  # sentences before or after a bare count where the parts it sums may be counted
MIN_PARTS = 2  # distinct places counted beside a bare count for it to be their whole
PARTS_SHARE = 0.9  # the least share of the bare count its parts add up to (a part may go uncounted)


def wholes_of_parts(items: Sequence["MeasuredStatement"], subjects: Sequence[str | None]) -> list[str | None]:
    """``subjects`` with each bare count (no subject) that the counts of ``MIN_PARTS`` places or more add up to
    (at least ``PARTS_SHARE`` of it, at most all of it) in one sentence of the same source, within ``PARTS_REACH`` sentences, set to ``NATIONWIDE``: "224 people lost
    their lives. In addition to the 216 victims in the Valencian Community, there were seven fatalities in
    Castilla-La Mancha" (one part may go uncounted: "and one in Andalucía" gives no figure)."""
    out = list(subjects)
    for i, (item, subject) in enumerate(zip(items, subjects)):
        value = item.figure.low
        if subject or value is None or item.figure.qualifier is not None:
            continue
        parts: dict[int, dict[str, float]] = {}  # the places one sentence counts (a list of parts is one sentence)
        for other, place in zip(items, subjects):
            if (other is item or not place or place == NATIONWIDE or other.unit.source.id != item.unit.source.id
                    or abs(other.unit.index - item.unit.index) > PARTS_REACH or other.figure.low is None):
                continue
            counted = parts.setdefault(other.unit.key, {})
            counted[place.lower()] = max(counted.get(place.lower(), 0.0), other.figure.low)
        if any(len(counted) >= MIN_PARTS and PARTS_SHARE * value <= sum(counted.values()) <= value
               for counted in parts.values()):
            out[i] = NATIONWIDE
    return out


def main_subject(items: Sequence["MeasuredStatement"], fallback: str | None = None,
                 places: bool = False) -> str | None:
    """The subject most sources give to a measure's figures (the country a disaster struck), when it is
    given by at least half of the sources that give the measure and by at least ``MAIN_LEAD`` times as
    many as any other subject (an election's parties are no one main subject); else ``fallback`` (the place
    the corpus's counts name most); a part is neither (see :func:`part_subjects`), and then None. With
    ``places`` (a measure whose subject is a place) one place however written counts once ("Valencia",
    "Valencian Community")."""
    from briefing_tui.compare.same_subject import same_subject

    by_subject: dict[str, set[str]] = defaultdict(set)
    sources: set[str] = set()
    for m in items:
        sources.add(m.unit.source.id)
        if m.figure.subject:
            name = m.figure.subject.lower()
            name = next((k for k in by_subject if same_subject(k, name)), name) if places else name
            by_subject[name].add(m.unit.source.id)
    parts = part_subjects([m.figure for m in items])  # ("two in Castilla-La Mancha": a part, not the main subject)
    parts |= victim_groups(m.figure for m in items)  # ("660 Egyptians" beside "60 Jordanians": groups of the dead)
    fallback = None if fallback is None or fallback.lower() in parts else fallback
    if not (by_subject := {k: v for k, v in by_subject.items() if k not in parts}):
        return fallback
    ranked = sorted(by_subject.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best, holders = ranked[0]
    runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
    if len(holders) >= 2 and len(holders) * 2 >= len(sources) and len(holders) >= MAIN_LEAD * runner_up:
        return best
    return fallback


MAIN_LEAD = 2  # the main subject is given by at least twice as many sources as any other
