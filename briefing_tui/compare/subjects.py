"""Whose figure it is: the subject of a measure ("Myanmar's death toll", "AfD — 151", "33% liable to Tesla").

A capitalised modifier in the counted phrase ("15 Filipino workers"), else the nearest name before the
figure in its clause, else a name just after it; function words of several languages, measure words and
words for "per cent" are never names. (A person's age: :mod:`briefing_tui.compare.ages`.)
"""

from __future__ import annotations

import re

from briefing_tui.compare.agent_names import names_attacker
from briefing_tui.compare.attributed_names import attributed_name, foreign_teller
from briefing_tui.compare.clause_subjects import CONTINUING, OBJECT_BEFORE, SENTENCE_START, TELLER_AFTER, \
    TELLING_VERBS, contrast_subject, governing_subject, sentence_subject
from briefing_tui.compare.event_whole import spread_over_areas
from briefing_tui.compare.incident_names import names_incident
from briefing_tui.compare.measured_places import measured_place
from briefing_tui.compare.measures import CLAUSE_SPLIT, words_in
from briefing_tui.compare.nested_places import inner_place
from briefing_tui.compare.name_openings import person_before_clause, role_after
from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.statement_openings import DASH_DATELINE
from briefing_tui.compare.worst_hit_places import worst_hit_place
from briefing_tui.compare.subject_names import NAME, is_acronym, is_place, name_ok
from briefing_tui.compare.place_lists import fronted_list, ok_places
from briefing_tui.compare.scopes_of_place import NATIONWIDE, PLACE_ARTICLES, PLACE_NOUN, closes_earlier_count, \
    nationwide, place_after, place_where, without_asides
from briefing_tui.lazy_pattern import lazy_compile

SUBJECT_BACK_WORDS = 7
# A name after the figure: "dead in Bangkok", "33 percent of fault to Tesla"; a place in other languages too
# ("manifestent à Paris", "se movilizaron en París", "ont défilé dans les rues de Paris").
_SUBJECT_AFTER = lazy_compile(
    r"[^.;:,]{0,25}?\b(?P<prep>in|to|for|of|en|à|au|em|im|dans|nel|nella) "
    rf"(?:(?:{PLACE_ARTICLES}) ?)?(?:{PLACE_NOUN})?"
    r"((?:[A-Z]\.){2,6}|[A-Z][\w/-]{0,30}(?: [A-Z][\w/-]{0,30}){0,4})")
# Words that open a clause of its own for the subject ("85 seats in the Bundestag while 64 seats"):
# a name before them is not the later figure's subject.
# (and "that" after a verb of telling: "confirmed to Xinhua on Tuesday morning that 8,000 houses": the teller)
_CLAUSE_WORDS = lazy_compile(r"\b(?:while|whereas|but|although|though)\b"
                           rf"|{TELLING_VERBS}[^.;:]{{0,60}}?\b(?:that|que|dass|che)\b", re.I)
# A place fronted at the start of the sentence, which scopes all of it ("In Bangkok, authorities confirmed
# 10 fatalities, 16 injuries and 101 missing", "A Paris, 22 personnes ont été interpellées").
_FRONTED_PLACE = lazy_compile(
    rf"(?:In|At|Across|Inside|Outside|En|À|A|Au|Dans|Em|Im|Nel|Nella){SPACE}(?:the{SPACE})?(?:[a-z]{{3,20}}{SPACE})?([A-Z][\w-]{{1,30}}(?:{SPACE}[A-Z][\w-]{{1,30}}){{0,3}}){SPACE}?,")


# A counted set of places fronted in the sentence, which scopes its counts: "In one village alone, 30 fatalities".
_FRONTED_COUNTED = lazy_compile(
    rf"(?:In|At|Across){SPACE}((?:\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten){SPACE}[a-z][\w-]{{2,30}})"
    rf"(?:{SPACE}alone)?{SPACE}?,")
# A count scoped to a counted set of places right after it ("101 missing across three construction
# sites"): those places are its subject, not the country or city the article is about.
_COUNTED_PLACES = lazy_compile(
    r"[^.;:,]{0,30}?\b(?:across|at|from|in|on)\s{1,3}"
    r"((?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|these|those)"  # (or places named before: "5,412 houses were destroyed in these areas")
    r"\s{1,3}[a-z][\w-]{2,30}(?:\s{1,3}[a-z][\w-]{2,30})?)")


def _counted_places(after: str) -> str | None:
    """The counted places a count is scoped to ("across three construction sites", "in these areas"), or None."""
    m = _COUNTED_PLACES.match(after)
    return " ".join(m.group(1).split()) if m else None


def _fronted_place(before: str) -> str | None:
    """The place fronted at the start of the figure's sentence ("In Thailand, ..."), or None."""
    start = 0
    for m in SENTENCE_START.finditer(before):
        start = m.end()
    while start < len(before) and before[start].isspace():
        start += 1  # (skipped here, not by the pattern: a leading \s* would make a search quadratic)
    if listed := fronted_list(before, start):
        return listed  # "In Thailand and Myanmar, ...": the places together
    m = _FRONTED_PLACE.match(before, start)
    if m is None:
        counted = _FRONTED_COUNTED.match(before, start)
        return " ".join(counted.group(1).lower().split()) if counted else None  # "In one village alone, 30 ..."
    return name_ok(m.group(1), False)


# A new noun phrase after "and": its own, unnamed subject ("and the automaker 32% responsible").
_NEW_NOUN_PHRASE = lazy_compile(r"\s(?:and|or|while|whereas)\s+(?:the|its|their|his|her)\s+[a-z]")
# A predicate joined by "and" to the clause's earlier one, so of the same subject: "... and are leading in".
_CONJOINED_PREDICATE = lazy_compile(r"\sand\s+(?:is|are|was|were|has|have|had|will|would)\s+[a-z]+\b[^,;]{0,40}$")
def _last_name(text: str, at_sentence_start: bool) -> str | None:
    """The last name in ``text`` (a clause's words before the subject window), or None. A lone capitalised
    word opening the sentence is no name ("Inflation in Germany rose": Germany's); "The Left" is."""
    found = None
    for m in NAME.finditer(text):
        first = at_sentence_start and not text[:m.start()].strip()
        if first and " " not in m.group(1) and not is_acronym(m.group(1)):
            continue
        found = name_ok(m.group(1), first) or found
    return found


# A name that is the object of "in" ("a place in the Bundestag with 8.7%"): for a share, an earlier name in the
# clause is whose share it is ("Inflation in Germany rose to 2.5%" keeps Germany: no name before it).
_IN_BEFORE = lazy_compile(r"\bin\s(?:the\s)?$")
# A place an amount is scoped to or sent to, right before its name: "une amende record en Europe de 1,2 milliard",
# "transfer of personal data to the US and pay a €1.2 billion fine": not whose amount it is.
_SCOPE_BEFORE = lazy_compile(rf"\b(?:in|en|au|aux|à|im|dans|to)\s(?:(?:{PLACE_ARTICLES})\s?)?$")
# A court or jury a name locates ("a Miami jury", "Miami federal court", "a Florida judge"): the name is
# the court's seat, never whose figure it is.
_COURT_AFTER = lazy_compile(r"(?:\s{1,3}[a-z]{1,20}){0,2}?\s{1,3}(?:jury|juries|jurors|court|courts|judge|judges|tribunal)\b")
# Between two names given together: "Myanmar and Thailand", "CDU und CSU".
# A teller placed by "in": "officials in Kunar", "authorities in the province" (their seat, not the figure's subject).
_TELLER_IN = lazy_compile(r"\b(?:officials?|authorities|police|ministry|government|spokes(?:man|woman|person))\s+in\s+(?:the\s+)?$",
                        re.I)
# An aside naming a part of the subject between commas ("flood events throughout Central Texas, including the
# Guadalupe River flood, have killed at least 109"): the clause goes on past it, and its names are not whose
# figure it is (blanked, offsets kept).
_INCLUDING_ASIDE = lazy_compile(r",\s*(?:including|such as|notably|among them)\b[^,;:.]{1,80},(?=[^,;:]*$)", re.I)
# The outlet credited in a dateline ("(CNN) — Nearly 230 measles cases", "TAIPEI (Taiwan News) — Lai ...", "WASHINGTON
# (Reuters) -"): who wrote the sentence, never whose figure it is (blanked, offsets kept).
_DATELINE_CREDIT = lazy_compile(r"(?:\A\s{0,3}|\b[A-Z]{2,}(?:[ ,]{1,2}[A-Z]{2,}){0,3}\s{1,3})\([^()]{1,40}\)\s{0,3}[—–-]")
# A verb of tallying right after a place: "New Mexico reported 38 cases", "Japan has confirmed 12 deaths" (a place
# that reports a count is where it was counted: its subject, not a teller).
_TALLIED_AFTER = lazy_compile(r"\s{1,3}(?:(?:has|have|had)\s{1,3})?(?:reported|confirmed|recorded|registered)\b")


# A number right before a name: the name is what an earlier count counts ("one Canadian and 19 non-passengers",
# "seven Portuguese"), not whose later figure it is (a year is no such number: "In 2018 Google was fined").
_COUNTED_BEFORE = lazy_compile(r"(?:(?<![\d,.])(?!(?:18|19|20)\d\d\b)\d[\d,.]{0,12}"
                             r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))\s{1,3}$",
                             re.I)


# An office-holder named by title ("President Trump approved the $14 billion deal", "Minister Patel announced"): a
# person who approves, signs or tells of an amount is not whose amount it is (unless the text says so: "Trump's").
_TITLED_PERSON = lazy_compile(r"(?:President|Prime\s{1,3}Minister|Minister|Chancellor|Secretary|Governor|Senator|Judge|"
                            r"Mayor|Premier|Commissioner)\s{1,3}[A-Z]")
# A name after "of" in an amount's clause ("to acquire the linchpin of American steelmaking for $14.9 billion"): what
# the amount buys or concerns, not whose it is.
_OF_BEFORE = lazy_compile(r"\bof\s{1,3}(?:the\s{1,3})?$")
# A name whose kin an amount goes to ("pagar a la familia de Arrieta 4 millones", "à la famille de X"): the payee's
# relation, not whose amount it is (the payer is named before: "Sancho deberá pagar a la familia de ...").
_KIN_OF_BEFORE = lazy_compile(r"\b(?:famil(?:y|ia|le|ie|ies|ias|les)|família|relatives|familiares|proches|Angehörigen)"
                              r"\s{1,3}(?:of|de|du|des|del|di|della|von|da|do|dos)\s{1,3}(?:the\s{1,3}|la\s{1,3})?$", re.I)


_JOINED_NAMES = lazy_compile(r"(?<!\s)\s*(?:,|and|und|y|e|et|&)\s*(?:the\s+)?")


def _whole_names_start(clause: str, window_start: int) -> int:
    """Where the subject window must start so that it cuts no name nor list of names: a name the window would
    start inside ("Texas and New Mexico on Tuesday reported an increase of 28 cases": not "Mexico") or a list whose
    first names lie before the window ("outbreaks in West Texas and New Mexico are now up to more than 250 cases":
    both places, not New Mexico alone) is read whole."""
    names = list(NAME.finditer(clause, 0, window_start + 40))
    first = next((k for k, m in enumerate(names) if m.end() > window_start), None)
    start = window_start
    while first and _JOINED_NAMES.fullmatch(clause, names[first - 1].end(), names[first].start()):
        first -= 1
        start = names[first].start()  # (a name alone that the window cuts stays cut: its start may be a teller's)
    return start

# A sector, ministry or department named in lower case in the clause before a figure: its subject when no name is
# ("The health sector has been allocated Sh133.4 billion", "the education ministry received $2 billion"), not one of
# a whole ("the ministry of health": a name then).
# A verb by which a ministry or department gives a count of people it made ("the health ministry put the death toll at
# 28", "the interior department estimated 40 dead"): it tells the count, the count is not the ministry's.
_COUNTER_AFTER = lazy_compile(r"\s{1,3}(?:put|puts|placed|places|estimated|estimates|counted|counts|gave|gives)\b")
_SECTOR_SUBJECT = lazy_compile(
    r"\b(?P<sector>(?:(?!(?:the|its|their|this|that|whose)\b)[a-z]{3,}\s{1,3}){1,2}(?:sector|ministry|department))\b"
    r"(?!\s{1,3}of\b)")


def subject_of(phrase: str, before: str, after: str = "", people: bool = True, share: bool = False,
               places: bool = False, money: bool = False) -> str | None:
    """Whose figure it is: a capitalised modifier in the counted phrase ("15 Filipino workers"), else the
    nearest name before it in its clause ("Japan's investment of", "AfD — 151", "Tesla 33% liable"),
    else (``people``: for counts of people) a name just after it ("dead in Bangkok"); for a ``share``
    a name after "to" or "for" comes first ("33 percent of fault to Tesla"); with ``places`` (a count of
    things) the counted places after it scope it too ("5,412 houses were destroyed in these areas"); for ``money``
    a place it is in or sent to is none ("a record fine in Europe of €1.2 billion"). None when the text gives none."""
    words = [w.group(0) for w in words_in(phrase)]
    caps = [w for k, w in enumerate(words) if w[:1].isupper() and name_ok(w, False)
            and (k + 1 < len(words) or is_place(w))]  # (the counted noun is no subject of its count: "144 MPs",
    # "sieben Abweichler"; a people is: "one Canadian", "7 Portuguese")
    if caps:
        return " ".join(caps)
    if (people or places) and nationwide(before, after):
        return NATIONWIDE  # "la cifra de fallecidos en todo el país alcanza los 158": the country's, not a region's
    if (people or places) and (place := ok_places(place_after(after, people))):
        return place  # "killed at least 135 people in Texas", "16 structures in Kula": where, whatever is named before
    if (people or places) and (place := name_ok(place_where(before) or "", False)):
        return place  # "the Comunidad Valenciana, where 217 deaths were confirmed"
    m = _SUBJECT_AFTER.match(after)
    if m and share and m.group("prep") in ("to", "for"):
        return name_ok(m.group(2), False)  # "33 percent of fault to Tesla": whose share
    before = without_asides(_INCLUDING_ASIDE.sub(lambda m: " " * len(m.group(0)),
                                                 _DATELINE_CREDIT.sub(lambda m: " " * len(m.group(0)),
                                                                      DASH_DATELINE.sub(lambda m: " " * len(m.group(0)), before))))
    clause_start = 0
    for m in CLAUSE_SPLIT.finditer(before):
        clause_start = m.end()
    for m in _CLAUSE_WORDS.finditer(before, clause_start):
        clause_start = m.end()
    for m in _NEW_NOUN_PHRASE.finditer(before, clause_start):
        clause_start = m.start() + 1  # "McGee 67% responsible and the automaker 32%": not McGee's
    clause = before[clause_start:]
    words = words_in(clause)
    window_start = words[-SUBJECT_BACK_WORDS].start() if len(words) > SUBJECT_BACK_WORDS else 0
    while window_start and (clause[window_start - 1].isalnum() or clause[window_start - 1] in "/-"):
        window_start -= 1  # (not inside a name: "CDU/CSU" is not "CSU")
    window_start = _whole_names_start(clause, window_start)
    best, last_end = None, -1
    for m in NAME.finditer(clause, window_start):
        at_start = not before[:clause_start + m.start()].strip()
        name = name_ok(m.group(1), at_start)
        if name and OBJECT_BEFORE.search(clause, max(0, m.start() - 12), m.start()):
            continue  # "tariffs on Japanese autos": what the figure is on, not whose it is
        if name and _TELLER_IN.search(clause, max(0, m.start() - 40), m.start()):
            continue  # "Provincial officials in Kunar separately estimated 250 deaths": where the teller sits
        if name and people and names_incident(clause, m.start(), m.end()):
            continue  # "the death toll in the Air India plane crash in Ahmedabad rose to 270": which crash, not whose
        if name and not people and not share and not m.group(0).endswith(("'s", "’s")) and (
                _TITLED_PERSON.match(m.group(1)) or _OF_BEFORE.search(clause, max(0, m.start() - 8), m.start())):
            continue  # "President Trump approved the $14 billion deal"; "the linchpin of American steelmaking"
        if name and people and names_attacker(clause, m.end()):
            continue  # "the Iranian strikes killed 28 people": who struck (compare/agent_names.py)
        if name and closes_earlier_count(clause, m.start()):
            continue  # "three buildings in Olinda and 16 structures": Olinda is the three's place
        if name and _COUNTED_BEFORE.search(clause, max(0, m.start() - 16), m.start()):
            continue  # "one Canadian and 19 non-passengers": the Canadian is counted, not the 19's subject
        if name and attributed_name(clause, m.start(), m.end(), m.group(1)):
            continue  # "Lee kam den Teilergebnissen zufolge auf 49,2 Prozent": the teller, not whose share
        if name and TELLER_AFTER.match(clause, m.end()) and not (_TALLIED_AFTER.match(clause, m.end())
                                                                and is_place(m.group(1))):
            continue  # "Minister Rushikesh Patel said 260 victims": the teller
        if name and foreign_teller(clause, m.end()):
            continue  # "la policía informó de 40 heridos" (compare/attributed_names.py)
        if name and role_after(clause, m.end()):
            continue  # "the PTI founder was fined"
        if name and _COURT_AFTER.match(clause, m.end()):
            continue  # "a Miami jury awarded $129 million": where the court sits, not who pays or gets it
        if name and money and _KIN_OF_BEFORE.search(clause, max(0, m.start() - 24), m.start()):
            continue  # "pagar una compensación a la familia de Arrieta por 4 millones": the payee's kin
        if name and money and _SCOPE_BEFORE.search(clause, max(0, m.start() - 12), m.start()):
            continue  # "une amende record en Europe de 1,2 milliard", "data to the US and pay a €1.2 billion fine"
        if name and share and _IN_BEFORE.search(clause, max(0, m.start() - 12), m.start()):
            # "The Left (Die Linke) secured a place in the Bundestag with 8.7%": the Left's share
            earlier = _last_name(clause[:m.start()], clause_start == 0)
            if earlier:
                best, last_end = earlier, m.end()
                continue
        if name and people and (inner := inner_place(clause, m.start(), name)):
            best = None if best and inner.endswith(best) else best  # "Kartalkaya in der Türkei hat ... 66
            continue  # Menschen": where the event is (neither place's toll), not a country's whole toll
        if name:
            joint = best is not None and bool(_JOINED_NAMES.fullmatch(clause, last_end, m.start()))
            best = f"{best} and {name}" if joint else name
            last_end = m.end()
    if best or (best := person_before_clause(before[:clause_start])):  # ("El expresidente de Francia, Nicolás
        return best  # Sarkozy, deberá pagar"; names given together are both the subject: "Toyota and Honda")
    if (sector := _SECTOR_SUBJECT.search(clause)) is not None and not (
            people and (TELLER_AFTER.match(clause, sector.end()) or _COUNTER_AFTER.match(clause, sector.end()))):
        return sector.group("sector")  # "The health sector has been allocated Sh133.4 billion": the health sector's
    if _CONJOINED_PREDICATE.search(clause):
        own = sentence_subject(clause)
        if own:
            return own  # "The Conservatives are set to remain in opposition ... and are leading in 144 seats"
    if share and CONTINUING.match(clause):
        # the subject of the clause it goes on with: after the last "while"/"but" before it, if any ("The Left
        # won 8.7% while the Sahra Wagenknecht Alliance (BSW) remained below the threshold, garnering 4.97%")
        opened = [m.end() for m in _CLAUSE_WORDS.finditer(before, 0, clause_start)]
        own = contrast_subject(clause) or (sentence_subject(before[opened[-1]:clause_start]) if opened else None) \
            or governing_subject(before[:clause_start]) or sentence_subject(before[:clause_start])
        if own:
            return own  # "The AfD, led by Alice Weidel, came in second with 20.8%"
    if spread_over_areas(after):
        return None  # "82 people died across six counties": the whole region's count (compare/event_whole.py)
    place = (_counted_places(after) if people or places else None) or _fronted_place(before) \
        or (measured_place(before) or worst_hit_place(before) if people else None)
    if place:
        return place
    m = _SUBJECT_AFTER.match(after)
    return name_ok(m.group(2), False) if m and people else None
