"""What befell the people a count counts, read from the predicate of its clause: "793 have been discharged", "382
are still under treatment", "187 bodies are yet to be identified", "170 bodies have been shifted to hospitals".

Sources write the same state with different nouns ("793 passengers have been discharged", "of the 1,175 injured,
793 have been discharged") or none at all: the predicate, not the noun, says what the count is, so the measure comes
from it. Each state is a kind of a base measure ("discharged injured", "unidentified dead"): its last word is the
measure a claim aligns by, its first the kind that keeps it apart from the whole (the toll, the injured).
"""

from __future__ import annotations

import re

from briefing_tui.compare.listed_before import before_list
from briefing_tui.compare.measures import GATHERED, PEOPLE_MEASURES, _back_measure
from briefing_tui.compare.named_states import held_suspects, named_state
from briefing_tui.compare.presence import present_measure
from briefing_tui.compare.presumed_dead import presumed_dead
from briefing_tui.lazy_pattern import lazy_compile

# What may stand between a count (or its noun) and its state: auxiliaries and adverbs of English, German, French,
# Spanish ("have been", "are still", "so far", "wurden bereits", "sont toujours", "siguen"), a few words at most.
_AUXILIARIES = (
    r"(?:(?:have|has|had|were|was|are|is|be|been|being|remain|remains|remained|still|so\s{1,3}far|now|currently|already|yet"
    r"|wurden|werden|sind|waren|haben|noch|bereits|ont|sont|été|toujours|encore|han|fueron|siguen|están|aún|todavía"
    r"|avaient|avait|étaient|était|habían|había|sido|foram|hanno|sono|stati|state"
    r"|ya|già|já|déjà|ancora|ainda|estão|estavam"
    r"|se\s{1,3}encuentran|se\s{1,3}hallan|permanecen|restent|demeurent|restano|rimangono|permanecem|continuam"
    # (and their past: "restaient hospitalisés", "seguían hospitalizados", "restavano ricoverati", "estaban")
    r"|restaient|restait|demeuraient|demeurait|permanecían|permanecía|seguían|seguía|continuaban|estaban|estaba"
    r"|restavano|rimanevano|erano|permaneciam|continuavam"
    # (and the verbs of being in a state: "befinden sich", "schweben (in Lebensgefahr)", "se trouvent", "si trovano")
    r"|befinden\s{1,3}sich|befindet\s{1,3}sich|schweben|schwebt|se\s{1,3}trouvent|si\s{1,3}trovano|versano)"  # (and "already", "still" of the other languages: "ya fueron identificadas")  # (and the past perfect: "avaient été")
    r"\s{1,3}){0,4}")
# Whose they are, between a count and its predicate: "103 bodies of passengers from the state have been identified",
# "39 des victimes ont été identifiées", "20 de las víctimas", "12 delle vittime".
_OF_WHOM = r"(?:(?:of|from|des|de|das|dos|delle|dei|degli|der)(?:\s{1,3}[\w-]{1,20}){1,5}?\s{1,3})?"
# The states, one alternative per line; each named group is a state (see ``STATES``).
# A relative pronoun and a manner adverb before the state: "including 28 that had been positively identified", "12
# who are still missing", "66 víctimas ya fueron formalmente identificadas".
_RELATIVE = r"(?:(?:that|who|which|que|qui|che|die|der)\s{1,3})?"
_MANNER = (r"(?:(?:positively|formally|officially|definitively|positivamente|formalmente|oficialmente|ufficialmente"
           r"|officiellement|formellement|offiziell|eindeutig)\s{1,3})?")
# A relative clause that says the counted people were injured, before the state they are in now: "40 personas que
# resultaron heridas se encuentran hospitalizadas", "40 people who were injured remain in hospital", "40 personnes qui
# ont été blessées sont toujours hospitalisées".
_INJURED_RELATIVE = (
    r"(?:(?:who|that|que|qui|die|che)\s{1,3}"
    r"(?:were|have\s{1,3}been|had\s{1,3}been|resultaron|fueron|han\s{1,3}resultado|ont\s{1,3}été|avaient\s{1,3}été"
    r"|wurden|foram|sono\s{1,3}stati|sono\s{1,3}state)\s{1,3}"
    r"(?:(?:seriously|gravemente|grièvement|schwer)\s{1,3})?"
    r"(?:injured|wounded|hurt|herid[oa]s?|lesionad[oa]s|bless[ée]e?s|verletzt|ferid[oa]s|feriti|ferite)\s{0,3},?\s{1,3})?")
_STATE = lazy_compile(
    r"\A\s{0,3}" + _OF_WHOM + _INJURED_RELATIVE + _RELATIVE + _AUXILIARIES + _MANNER + r"(?:"
    # not yet identified: "yet to be identified", "not (yet) (been) identified", "unidentified",
    # "noch nicht identifiziert", "pas encore été identifiés", "no han sido identificados", "sin identificar"
    r"(?P<unidentified>(?:yet\s{1,3}to\s{1,3}be\s{1,3}|not\s{1,3}(?:yet\s{1,3})?(?:been\s{1,3})?|un"
    r"|nicht\s{1,3}(?:mehr\s{1,3})?|n['’]ont\s{1,3}pas\s{1,3}(?:encore\s{1,3})?(?:été\s{1,3})?|pas\s{1,3}(?:encore\s{1,3})?"
    r"|non\s{1,3}|no\s{1,3}(?:han\s{1,3}sido\s{1,3})?|sin\s{1,3})identifi[a-zé]{0,8})"
    # discharged from hospital: "discharged", "released from hospital", "entlassen", "sortis de l'hôpital",
    # "dados de alta"
    r"|(?P<discharged>discharged|released\s{1,3}from\s{1,3}(?:the\s{1,3})?hospitals?|entlassen(?:\s{1,3}worden)?"
    r"|sorti(?:e|s|es)?\s{1,3}de\s{1,3}l['’]hôpital|dad[oa]s?\s{1,3}de\s{1,3}alta|recibieron\s{1,3}el\s{1,3}alta)"
    # still being treated: "under treatment", "being treated", "receiving treatment", "in Behandlung",
    # "behandelt", "soignés", "hospitalisés", "hospitalizados", "en tratamiento"
    r"|(?P<treated>(?:under|receiving|undergoing|getting)\s{1,3}(?:medical\s{1,3})?treatment|treated"
    r"|in\s{1,3}(?:the\s{1,3})?hospitals?|in\s{1,3}Behandlung|behandelt|soign[ée]e?s|hospitalis[ée]e?s"
    r"|hospitalizad[oa]s|en\s{1,3}tratamiento|en\s{1,3}traitement"
    # (and Italian and Portuguese words of a stay in hospital: "ricoverati", "internados")
    r"|ricoverat[ioae]|internad[oa]s"
    # (and German "liegen (noch) im Krankenhaus", "liegen in Kliniken")
    r"|liegen\s{1,3}(?:(?:noch|weiter|weiterhin|derzeit)\s{1,3})?(?:im|in)\s{1,3}(?:(?:der|den)\s{1,3})?"
    r"(?:[^\W\d_]{1,20}\s{1,3})?(?:Krankenhaus|Krankenhäusern|Kliniken|Klinik|Spital|Spitälern))"
    # died at a place of care: "have died at the burn institute", "died in hospital", "starben im Krankenhaus"
    r"|(?P<facility>(?:died|starben|sont\s{1,3}morts|murieron|morreram|sono\s{1,3}morti)\s{1,3}"
    r"(?:at|in|im|à|en|em|no|na|all['’])\s{0,3}(?:the\s{1,3}|l['’]\s{0,3}|el\s{1,3}|o\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?"
    r"(?:hospitals?|institute|clinic|infirmary|krankenhaus|klinik|hôpital|hospital|ospedale))\b"
    # identified: "(have) (already) been identified", "identifiziert", "identifiés", "identificados" (never
    # "identified as injured", "identificadas como heridas": what follows "as" names the state, compare/named_states.py)
    r"|(?P<identified>identifi[a-zé]{0,8}\b(?!\s{1,3}(?:as|als|comme|como|come)\b))"
    # taken to a facility or home (the dead): "shifted to", "sent to", "have reached the state", "überführt"
    r"|(?P<received>(?:shifted|sent|taken|brought|transported|moved|transferred|flown|überführt|gebracht"
    r"|transférés|transportés|rapatriés|trasladad[oa]s|repatriad[oa]s)\s{1,3}(?:to|into|in|home|back|nach|vers|à|a)\b"
    r"|(?:reached|arrived\s{1,3}(?:in|at))\s{1,3}(?:the|their|his|her)\b)"
    # missing ("31 bodies are still missing", "werden noch vermisst", "sont toujours portés disparus")
    r"|(?P<missing>missing|unaccounted\s{1,3}for|vermisst|(?:portés\s{1,3})?disparus|desaparecid[oa]s)"
    # in a critical state: "(is) critical", "in critical condition", "in a serious condition", "schwer verletzt"
    r"|(?P<critical>(?:in\s{1,3}(?:a\s{1,3})?)?(?:critical|serious)(?:\s{1,3}condition)?\b|schwer\s{1,3}verletzt"
    r"|dans\s{1,3}un\s{1,3}état\s{1,3}(?:critique|grave)|en\s{1,3}estado\s{1,3}(?:crítico|grave)"
    # (and Italian, Portuguese: "in condizioni critiche", "in gravi condizioni", "in pericolo di vita", "em estado
    # crítico")
    r"|in\s{1,3}condizioni\s{1,3}(?:critiche|gravi|gravissime)|in\s{1,3}(?:gravi|gravissime)\s{1,3}condizioni"
    r"|in\s{1,3}pericolo\s{1,3}di\s{1,3}vita|em\s{1,3}estado\s{1,3}(?:crítico|grave)"
    # (and German: "in kritischem Zustand", "in Lebensgefahr", "bei vier Patienten sei der Zustand weiter sehr
    # kritisch")
    r"|in\s{1,3}kritischem\s{1,3}Zustand|in\s{1,3}Lebensgefahr"
    r"|(?:sei|ist|war)\s{1,3}(?:der|ihr)\s{1,3}Zustand\s{1,3}(?:(?:weiter|weiterhin|noch|sehr|äußerst)\s{1,3}){0,3}"
    r"(?:kritisch|lebensbedrohlich))"
    r")", re.I)
# Seats whose result is not known yet: "22 seats yet to be declared", "with three seats still to be decided", "16
# seats still in doubt", "tres escaños aún por decidir", "trois sièges encore à pourvoir", "drei Sitze noch zu
# vergeben", "tre seggi ancora da assegnare", "três cadeiras ainda por definir": no party's seats and no chamber's
# total.
_PENDING_SEATS = lazy_compile(
    r"\A\s{0,3}(?:(?:are|is|were|still|remain|remaining)\s{1,3}){0,2}(?:yet\s{1,3}|still\s{1,3})?to\s{1,3}be\s{1,3}"
    r"(?:declared|decided|called|counted|announced|determined|allocated|accounted\s{1,3}for)"
    r"|\A\s{0,3}(?:aún|todavía|ainda|encore|ancora|noch)\s{1,3}(?:por|a|à|da|zu)\s{1,3}"
    r"(?:decidir|definir|asignar|atribuer|pourvoir|décider|decidere|assegnare|attribuire|vergeben|entscheiden)"
    r"|\A\s{0,3}(?:undeclared|undecided|uncalled)\b"
    # (seats in doubt: "16 seats still in doubt", "two seats are too close to call", "16 sièges restent en suspens",
    # "16 escaños siguen en disputa", "16 Sitze sind noch offen", "16 seggi restano in bilico", "16 cadeiras em aberto")
    r"|\A\s{0,3}(?:(?:are|is|were|still|remain|remaining|restent|reste|sont|siguen|quedan|están|sind|bleiben"
    r"|restano|sono|rimangono|estão|ficam|seguem)\s{1,3}){0,2}(?:(?:still|encore|aún|todavía|noch|ancora|ainda)\s{1,3})?"
    r"(?:in\s{1,3}doubt|too\s{1,3}close\s{1,3}to\s{1,3}(?:call|attribute|declare)|en\s{1,3}suspens|en\s{1,3}disputa"
    r"|offen|unentschieden|in\s{1,3}bilico|em\s{1,3}(?:aberto|disputa))\b", re.I)
PENDING_SEATS = "pending seats"
"""The measure of seats whose result is not known yet (their own claim, never a party's seats)."""

# Who the counted people were, named by a nominal predicate: "131 were men and 85 were women", "12 were children",
# "131 de los fallecidos son hombres", "26 eran extranjeros", "zwölf waren Kinder", "dont 12 étaient des enfants".
_GROUP = lazy_compile(
    r"\A\s{0,3}" + r"(?:(?:of|de|der)\s{1,3}(?:the|los|las|les|des|den)\s{1,3}[\w-]{1,20}\s{1,3})?"
    r"(?:were|are|was|is|son|eran|fueron|sind|waren|étaient|sont|eram|são)\s{1,3}(?:all\s{1,3}|todos\s{1,3}|des\s{1,3})?"
    r"(?P<group>[^\W\d_]{3,20})\b", re.I)
# The groups, canonical English first, then the words of each language that name it.
GROUPS: dict[str, tuple[str, ...]] = {
    "men": ("men", "males", "hombres", "varones", "männer", "hommes", "homens", "uomini"),
    "women": ("women", "females", "mujeres", "frauen", "femmes", "mulheres", "donne"),
    "children": ("children", "minors", "niños", "menores", "kinder", "minderjährige", "enfants", "mineurs", "crianças",
                 "bambini"),
    "foreigners": ("foreigners", "extranjeros", "ausländer", "étrangers", "estrangeiros", "stranieri"),
}
_GROUP_OF_WORD = {w: g for g, words in GROUPS.items() for w in words}
# Auxiliaries that make a state one of now ("are being treated"), not of the past ("were treated for cuts": injured).
_PRESENT = lazy_compile(r"\b(?:are|is|remain|remains|still|being|werden|sind|noch|sont|toujours|siguen|están)\b", re.I)
# Each state: (its kind, the base measure it is a kind of). Those treated now are the hospitalised.
STATES: dict[str, tuple[str, str]] = {
    "unidentified": ("unidentified", "dead"),
    "discharged": ("discharged", "injured"),
    "treated": ("", "hospitalised"),
    "received": ("received", "dead"),
    "identified": ("identified", "dead"),
    "critical": ("critically", "injured"),
    "missing": ("", "missing"),
    "facility": ("in hospital", "dead"),
}
# A critical or serious condition is the severity the same words give after an injured count ("in critical
# condition" and "critically injured", "dans un état grave" and "blessés graves"): one state, one measure name in
# every language (compare/injury_severity.py's canonical adverbs). The words of the condition that make it serious
# rather than critical:
_SERIOUS_CONDITION = lazy_compile(r"\b(?:serious|grave|gravi|gravissime|schwer)\b", re.I)


def condition_severity(condition: str) -> str:
    """The canonical adverb of severity of a condition's words: "seriously" for a serious one ("in a serious
    condition", "en estado grave", "schwer verletzt"), "critically" for any other ("in critical condition", "in
    kritischem Zustand", "in Lebensgefahr")."""
    return "seriously" if _SERIOUS_CONDITION.search(condition) else "critically"


# Measures of people a state may reshape: the bare count's, a generic noun's, the casualties'.
_PEOPLE = PEOPLE_MEASURES | {"people", "dead"}
_NO_FATE = frozenset(("people", "dead"))  # a listed group's measures that say no fate of its own


# Nouns of victims, read as the dead by default: victims under treatment now are the hospitalised ("43 victims
# are currently receiving treatment"), not the dead.
_VICTIM_NOUNS = frozenset({"victims", "victimes", "víctimas", "opfer", "vítimas", "vittime"})


def state_measure(measure: str | None, after: str, head: str | None = None) -> str | None:
    """The measure a count's predicate gives (``after`` is the text after the count and its noun), else
    ``measure`` unchanged: "793 have been discharged" -> "discharged injured", "187 bodies yet to be identified" ->
    "unidentified dead"; ``head`` is the counted noun ("victims" under treatment are the hospitalised)."""
    if measure == "seats" and _PENDING_SEATS.match(after):
        return PENDING_SEATS  # ("22 seats yet to be declared": not won by anyone yet)
    if measure == GATHERED and (m := _STATE.match(after)) and m.lastgroup == "treated":
        # ("95 pilgrims were receiving treatment in hospitals": patients now, not the crowd; "were treated for
        # heat exhaustion" of the past leaves the crowd its measure)
        return state_measure(None, after, head) or measure
    if held := held_suspects(after, head):
        return held  # ("11 suspects have been arrested": compare/named_states.py)
    if measure is not None and measure not in _PEOPLE:
        return measure
    named = _GROUP.match(after)
    if named and (group := _GROUP_OF_WORD.get(named.group("group").lower())):
        return f"{group} {measure if measure in PEOPLE_MEASURES or measure == 'dead' else 'people'}"
    if named := named_state(measure, after):
        return named  # ("154 people have been identified as injured": compare/named_states.py)
    m = _STATE.match(after)
    if m is None:
        return present_measure(measure, after)  # ("650 people were inside": those there, compare/presence.py)
    state = m.lastgroup or ""
    if state == "missing" and presumed_dead(after[m.start(state):]):
        return "dead"  # ("were missing and presumed dead": the dead whose bodies are not found yet)
    kind, base = STATES[state]
    if state == "critical":
        kind = condition_severity(m.group(state))  # ("in a serious condition": the seriously injured)
    if state == "treated" and not _PRESENT.search(after, 0, m.start(state)) and not m.group(state).lower().startswith(
            ("under", "receiving", "undergoing", "getting", "in ", "in\u00a0", "hospital", "en ", "liegen",
                                                     "ricoverat", "internad")):
        return measure  # "were treated for cuts": the injured, not those in hospital now
    if (measure not in (None, "people", "dead")) if base in ("dead", "missing") else (
            measure == "dead" and not (state == "treated" and (head or "").lower() in _VICTIM_NOUNS)):
        return measure  # (the injured sent to hospital, "killed 50 people in hospitals": their own measures)
    return f"{kind} {base}".strip()


# A list of the parts of a toll before a count: "the death toll so far includes 54 men, 57 women", "killed 40 people,
# including 12 children", "among them five women" (the words of the list up to the count: no clause's punctuation).
_PARTS_BEFORE = lazy_compile(r"\b(?:include|includes|included|including|among\s{1,3}them|of\s{1,3}whom)\s{1,3}"
                           r"[\w\s,]{0,60}\Z", re.I)
PARTS_REACH = 90  # characters before a count searched for such a list


# The clause opening a list of the dead before a count: "Among the victims are 25 students", "Entre as vítimas fatais
# estão", "Entre las víctimas hay", "Parmi les victimes figurent", "Tra le vittime ci sono", "Unter den Toten sind";
# the toll's own count may stand before its noun ("Among the 40 dead were", "Tra i 40 morti ci sono"); the dead may be
# named by their decease ("entre los fallecidos se encuentran", "among the deceased", "unter den Todesopfern").
_TOLL_COUNT = r"(?:\d[\d.,]{0,12}\s{1,3})?"
_AMONG_THE_DEAD = lazy_compile(
    r"\b(?:among\s{1,3}the\s{1,3}" + _TOLL_COUNT + r"(?:victims|dead|deceased|fatalities)"
    r"|entre\s{1,3}(?:as|os|las|los)\s{1,3}" + _TOLL_COUNT
    + r"(?:vítimas|víctimas|mortos|mortas|muertos|muertas|fallecidos|fallecidas|falecidos|falecidas)"
    r"|parmi\s{1,3}les\s{1,3}" + _TOLL_COUNT + r"(?:victimes|morts|tués|décédés)"
    r"|tra\s{1,3}(?:le|i)\s{1,3}" + _TOLL_COUNT + r"(?:vittime|morti|deceduti)"
    r"|unter\s{1,3}den\s{1,3}" + _TOLL_COUNT + r"(?:Opfern|Toten|Todesopfern|Getöteten))\b[^,;:.()\d]{0,40}\Z",
    re.I)


def listed_group(measure: str | None, head: str | None, before: str) -> str | None:
    """A count of a group of people (``GROUPS``: men, women, children) listed as a part of a toll: that group's kind
    of the measure ("includes 54 men" -> "men dead"), never the toll itself; a count of any other people listed among
    the dead ("Entre as vítimas fatais estão 25 estudantes") their kind of the dead; ``measure`` unchanged
    otherwise."""
    if measure and measure not in PEOPLE_MEASURES and " " not in measure and _AMONG_THE_DEAD.search(before[-PARTS_REACH:]):
        return f"{measure} dead"  # (the students among the dead, not a school's students)
    group = _GROUP_OF_WORD.get((head or "").lower())
    # (a list's later parts too, when no predicate of their own gives them a fate: "12 women and 20 children")
    listed = before_list(before, _GROUP_OF_WORD.__contains__) if group and measure in _NO_FATE else before
    if group is not None and measure in _PEOPLE and (_AMONG_THE_DEAD.search(before[-PARTS_REACH:])
                                                     or _AMONG_THE_DEAD.search(listed[-PARTS_REACH:])):
        return f"{group} dead"  # ("Among the dead were 12 children": the children among the dead, not the toll)
    if group is None or not _PARTS_BEFORE.search(before[-PARTS_REACH:]):
        return measure
    if measure == "people":  # ("includes 54 men, 57 women": the second part's toll is named before the list)
        measure = _back_measure(before, False, PARTS_REACH, True)
    return f"{group} {measure}" if measure in PEOPLE_MEASURES or measure == "dead" else measure


def shared_bases(out: list[tuple[str, int, int, dict]]) -> list[tuple[str, int, int, dict]]:
    """Groups listed in one sentence count among one whole: "Of the 40 dead, 12 were children and 9 were women" (9
    women of the dead, though the bare count after "and" names no measure of its own)."""
    base = None
    for kind, _, _, fields in out:
        measure = fields.get("measure") or ""
        group, _, rest = measure.partition(" ")
        if kind != "count" or group not in GROUPS:
            continue
        if rest == "people" and base:
            fields["measure"] = f"{group} {base}"
        elif rest != "people":
            base = rest
    return out
