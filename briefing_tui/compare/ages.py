"""A person's age, as news text gives it: "Naibel Benavides (22)", "Dillon Angulo, 27,", "who was 27 at the
time", "22-year-old Naibel Benavides Leon". Split from :mod:`briefing_tui.compare.subjects`, whose name
rules it uses."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.subject_names import name_ok
from briefing_tui.compare.when import MON, WEEKDAYS
from briefing_tui.extract.lexicon import ROLE_NOUNS
from briefing_tui.extract.speech_table import any_language_roles
from briefing_tui.language_table import per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile

_UPPER = "A-ZÀ-ÖØ-Þ"  # capital letters of names, accented ones too ("Álvarez", "Émilie", "Özdemir")
# A person's age after their name: "Naibel Benavides (22)", "Dillon Angulo, 27,", "Pedro Álvarez, 52,".
_NAME_BEFORE_AGE = lazy_compile(rf"([{_UPPER}][\w'’-]{{0,30}}(?: [{_UPPER}][\w'’-]{{0,30}}){{1,4}}) ?[,(] ?$")
# A surname alone opening its sentence, the age in apposition or in brackets: "Carney, 60, who had never held elected
# office", "Quiroga (65), obtiene un 26,8%".
_SURNAME_OPENING_AGE = lazy_compile(r"(?:^|[.!?]\s+)([A-Z][a-z][\w'’-]{1,30})(?:, | ?\()$")
# A surname alone after a lower-case role word, the age in apposition and closed by a comma: "the Marxist
# lawmaker Dissanayake, 55, secured", "opposition leader Premadasa, 57,".
_SURNAME_AFTER_ROLE = lazy_compile(r"\b([a-z][a-z-]{2,30}) ([A-Z][a-z][\w'’-]{1,30}), $")
# A surname alone after a clause's comma, then "de" and the age closed by a comma (Spanish, Italian apposition: "Tras
# el fallo, Ortega, de 61 años, dijo", "Dopo la sentenza, Rossi, di 61 anni,"): the preposition marks it an age.
_SURNAME_AFTER_COMMA = lazy_compile(rf"[,;]\s{{1,3}}([{_UPPER}][a-zà-ÿ][\w'’-]{{1,30}}),\s{{1,3}}$")
_AGE_CLOSE = lazy_compile(r" ?(?:[,)]|$)")
# A person the sentence names, the age closing it: "The dead boy was named Omar Haddad, 9.", "identified as Ana Ruiz,
# 14." (a full stop closes the age only after such a naming verb: "the Social Democrats, 14." is no age).
_NAMED_BEFORE_AGE = lazy_compile(rf"\b(?:named|identified as|identificad[oa] como|identifiée? comme|nommée?|llamad[oa]"
                                 rf"|chamad[oa]|genannt|chiamat[oa]) "
                                 rf"([{_UPPER}][\w'’-]{{0,30}}(?: [{_UPPER}][\w'’-]{{0,30}}){{1,4}}), $")
_STOP_CLOSE = lazy_compile(r"[.!?]\s*$")  # an age that ends its sentence
# The youngest age read from a surname after a role word: below it "page Ten, 5," is likelier a number than an age.
MIN_ROLE_AGE = 16
# A month's name, whole: a capitalised word before a number that is a date, not a person ("on Sunday, 22,").
_MONTH_NAME = lazy_compile(MON)
# Lower-case words before a capitalised one that make it a place or a time, not a person: "near Enga, 30,".
_NOT_ROLES = frozenset(
    """near from into onto across outside inside around between with at since until till than over under
    along through toward towards and the""".split())
# A name right after a count: "22-year-old Naibel Benavides Leon".
_NAME_AFTER = lazy_compile(rf" ?,? ?([{_UPPER}][\w'’-]{{0,30}}(?: [{_UPPER}][\w'’-]{{0,30}}){{1,4}})")


# Last words of a place's name: a place has no age ("The death toll in Kerr County, 107": the county's count).
PLACE_NAME_WORDS = frozenset(
    """county counties state states province provinces district districts city region parish prefecture island
    islands valley river municipality township borough department oblast canton territory""".split())


def _calendar_word(word: str) -> bool:
    """Whether a capitalised word is a weekday's or a month's name."""
    return word.lower() in WEEKDAYS or _MONTH_NAME.fullmatch(word) is not None


# An earlier bracketed number of a list in the figure's sentence: "seguida de AfD (141), SPD (114), Los Verdes (82)"
# (the list's numbers are one measure: one beyond any age makes none of them an age).
_LISTED_BRACKET = lazy_compile(r"\((\d[\d.,]*)\),\s{1,3}(?=[^.;:!?]*$)")
MAX_AGE = 120  # the oldest age a bare number is read as
# How far before an age each reading looks, in characters: for the name the age follows ("Ana Ruiz, 14,"), for the
# last person the sentence named ("died on Monday at the age of 88"; after "aged"/"âgé de"), for a verb telling the
# age ("who was 27"), for a word meaning "aged" ("âgé de"), for a "de"/"di" before it ("de 61 años") and for a
# person's noun in apposition ("L'acteur de 75 ans").
NAME_REACH = 80
PERSON_REACH = 160
AGED_PERSON_REACH = 120
AGE_VERB_REACH = 40
AGED_WORD_REACH = 30
DE_REACH = 10
PERSON_NOUN_REACH = 60


def _listed_beyond_age(before: str) -> bool:
    """Whether an earlier item of a bracketed list in the sentence holds a number no age can be ("AfD (141), ...")."""
    for m in _LISTED_BRACKET.finditer(before[-PERSON_REACH:]):
        digits = m.group(1).replace(".", "").replace(",", "")
        if digits.isdigit() and int(digits) > MAX_AGE:
            return True
    return False


def age_of(value: float, before: str, after: str) -> str | None:
    """The person whose age a bare number gives ("Naibel Benavides (22)"), or None (a place's name is no
    person's; nor is a number listed with others no age can be, "AfD (141), SPD (114), Los Verdes (82)")."""
    if 1 <= value <= MAX_AGE and _STOP_CLOSE.match(after) and (named := _NAMED_BEFORE_AGE.search(before[-NAME_REACH:])):
        return named.group(1)  # ("The dead boy was named Omar Haddad, 9.")
    if not 1 <= value <= MAX_AGE or not _AGE_CLOSE.match(after) or _listed_beyond_age(before):
        return None
    m = _NAME_BEFORE_AGE.search(before[-NAME_REACH:]) or _SURNAME_OPENING_AGE.search(before[-NAME_REACH:])
    if m is None and value >= MIN_ROLE_AGE and after.startswith(","):
        role = _SURNAME_AFTER_ROLE.search(before[-NAME_REACH:])
        if role is None or role.group(1) in _NOT_ROLES or _calendar_word(role.group(2)):
            return None
        return role.group(2) if role.group(2).lower() not in PLACE_NAME_WORDS else None
    if m and m.group(1).split()[-1].lower() in PLACE_NAME_WORDS:
        return None
    return m.group(1) if m else None


# An age told by a verb: "who was 27 at the time", "when she was 22", "he is 45".
_AGE_VERB = lazy_compile(r"\b(?:who|he|she|they|[A-Z][\w'’-]{1,30})\s(?:is|was|were|are|turned)\s(?:aged\s)?$")
_AGE_END = lazy_compile(r"\s?(?:[,.;:)]|(?P<then>at the time\b)|years?\b|when\b|and\b|$)")
_PERSON = lazy_compile(r"([A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){1,3})")


# An age said with "the age of", or after a verb of dying and "at": "died on Monday at the age of 88", "passed away at
# 88", "died peacefully at home at 91"; at most five words between the verb and "at", none of them a toll's word or a
# verb of its level ("the number who died stood at 88", "put the death toll at 67": a toll, no age).
_AGE_AT_BEFORE = lazy_compile(r"(?:\bat\s{1,3}the\s{1,3}age\s{1,3}of"
                              r"|\b(?:died|dies|passed\s{1,3}away)"
                              r"(?:[\s,]{1,3}(?!(?:toll|number|total|tally|count|stood|stands|rose|reached|put|was|is|were"
                              r"|has|had|climbed|hit)\b)[\w'’-]{1,20}){0,5}[\s,]{1,3}at)\s{1,3}$", re.I)
AGE_AT_REACH = 90  # characters before the number read for a verb of dying


def age_told(value: float, before: str, after: str) -> tuple[str, str | None] | None:
    """(measure, person) for an age a verb tells ("Dillon Angulo, who was 27 at the time": "age at the
    time", an earlier age than today's; "died on Monday at the age of 88"), or None."""
    if 1 <= value <= MAX_AGE and _AGE_AT_BEFORE.search(before[-AGE_AT_REACH:]):
        people = [m.group(1) for m in _PERSON.finditer(before[-PERSON_REACH:])
                  if not any(_calendar_word(w) for w in m.group(1).split())]  # ("on April 21, Easter Monday, at 88")
        return "age", (name_ok(people[-1], False) if people else None)
    if not 1 <= value <= MAX_AGE or not _AGE_VERB.search(before[-AGE_VERB_REACH:]):
        return None
    end = _AGE_END.match(after)
    if end is None:
        return None
    people = [m.group(1) for m in _PERSON.finditer(before[-PERSON_REACH:])]
    person = name_ok(people[-1], False) if people else None
    return ("age at the time" if end.group("then") else "age"), person


# One capitalised word after a German nominalised age ("der 64-Jährige Yoon"): a name in apposition (after a
# lower-case "64-jährige" a capitalised word is the noun it qualifies: "der 64-jährige Mann").
_SURNAME_AFTER = lazy_compile(rf" ?([{_UPPER}][\w'’-]{{1,30}})\b")


def name_after(after: str, head: str | None = None) -> str | None:
    """The name right after a count ("22-year-old Naibel Benavides Leon", "der 64-Jährige Yoon"), or None."""
    m = _NAME_AFTER.match(after)
    if m is None and head and head[:1].isupper() and german_age(head):
        m = _SURNAME_AFTER.match(after)
    return name_ok(m.group(1), False) if m else None


# A person named before an age in apposition: "Lee, a 61-year-old former factory worker", "Ortega, the 58-year-old".
_NAME_BEFORE_APPOSITION = lazy_compile(r"([A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,4}),\s{1,3}(?:a|an|the)\s{1,3}$")


# A preposition before the name: a place or a time ("In Seoul, a 58-year-old ...").
_PLACE_PREPOSITION = lazy_compile(r"\b(?:in|at|on|from|near|of|across|outside|inside)\s{1,3}(?:the\s{1,3})?$", re.I)


def name_before_apposition(before: str) -> str | None:
    """The person an age in apposition is of ("Lee, a 61-year-old ..."), or None."""
    m = _NAME_BEFORE_APPOSITION.search(before[-NAME_REACH:])
    if m is None or _PLACE_PREPOSITION.search(before[-NAME_REACH:][:m.start()]):
        return None  # "In Seoul, a 58-year-old man": a place, not the person
    return name_ok(m.group(1), False)


# A German age compounded on its number: "der 61-jährige Kandidat", "der 60-Jährige" (a person of that age); the
# stem "jähr" (with its umlaut: "60-Jahr-Feier" is no age) and up to five letters of ending.
_GERMAN_AGE_HEAD = lazy_compile(r"j[äÄ]hr\w{0,5}", re.I)
# A word for "aged" before an age in years in other languages: "âgé de 61 ans", "im Alter von 61 Jahren",
# "a la edad de 61 años", "all'età di 61 anni", "com a idade de 61 anos"; a relative clause of having, as English
# "who is 61": "Lee, che ha 61 anni", "Lee, que tiene 61 años", "Lee, qui a 61 ans", "Lee, que tem 61 anos"; and the
# word "age" with the age in brackets: "en raison de son âge (61 ans)", "por su edad (61 años)".
_AGED_BEFORE = lazy_compile(r"(?:\bâgée?s?\s{1,3}de|\bagée?s?\s{1,3}de|\bedad\s{1,3}de|\bAlter\s{1,3}von|\bet[àa]\s{1,3}di"
                          r"|\bidade\s{1,3}de|\bleeftijd\s{1,3}van"
                          r"|,\s{0,3}(?:che\s{1,3}ha|que\s{1,3}tiene|qui\s{1,3}a|que\s{1,3}tem)"
                          r"|\b(?:âge|edad|età|idade|Alter)\s{0,3}\()\s{0,3}$", re.I)
# A verb of dying, then the preposition that gives the age at death, per language: "décédé lundi à 88 ans", "murió el
# lunes a los 88 años", "morreu aos 88 anos", "è morto a 88 anni", "starb am Montag mit 88 Jahren"; and French "à
# l'âge de" ("décédé le 21 avril à l'âge de 88 ans"). The words between stay in the clause (at most 60 characters).
_DIED_AT_BEFORE = lazy_compile(
    r"(?:\bà\s{1,3}l['’]âge\s{1,3}de"
    r"|\b(?:décédée?s?|morte?s?|disparue?|éteinte?)\b[^.;:!?]{0,60}?\bà"
    r"|\b(?:murió|falleció|fallecid[oa]|muert[oa])\b[^.;:!?]{0,60}?\ba\s{1,3}los"
    r"|\b(?:morreu|faleceu|falecid[oa]|mort[oa])\b[^.;:!?]{0,60}?\baos"
    r"|\b(?:morto|morta|morì|decedut[oa]|scompars[oa])\b[^.;:!?]{0,60}?\ba"
    r"|\b(?:starb|verstarb|gestorben|verstorben)\b[^.;:!?]{0,60}?\bmit)\s{1,3}$", re.I)
# An age in years of another language, as a period's words give it: "61 ans", "61 años", "61 anni", "61 anos",
# "61 jaar", "61 Jahren".
_YEARS_OF_AGE = lazy_compile(r"\d{1,3}\s{1,3}(?:ans|años|anni|anos|jaar|Jahren?)", re.I)
_DE_BEFORE = lazy_compile(r"\b(?:de|di|van)\s{1,3}$")  # "Lee, de 61 años,": a preposition of the apposition


# A German age opening a count's phrase before the noun it qualifies: "73-jährigen spanischen Schauspielers" (the
# phrase's head is then the person's noun, not "-jährige").
_GERMAN_AGE_OPENING = lazy_compile(r"(?:\d{1,3})?\s?-\s?j[äÄ]hrig\w{0,3}\s", re.I)


def german_age(head: str | None, phrase: str = "") -> bool:
    """Whether a count's head word after its number makes it a German age ("61-jährige", "60-Jährige"), or its
    phrase opens with one before a noun ("des 73-jährigen Schauspielers")."""
    return bool(head and _GERMAN_AGE_HEAD.fullmatch(head)) or bool(_GERMAN_AGE_OPENING.match(phrase.strip() + " "))


def foreign_age(phrase: str, before: str, after: str) -> tuple[bool, str | None]:
    """(whether a period in years is a person's age, whose) for other languages' ages: after a word for
    "aged" ("âgé de 61 ans") or in apposition after a name ("Lee Jae-myung, 61 ans,", "Lee, de 61 años,")."""
    if not _YEARS_OF_AGE.fullmatch(phrase.strip()):
        return False, None
    if _AGED_BEFORE.search(before[-AGED_WORD_REACH:]) or _DIED_AT_BEFORE.search(before[-AGE_AT_REACH:]):
        people = [m.group(1) for m in _PERSON.finditer(before[-AGED_PERSON_REACH:])]
        return True, (name_ok(people[-1], False) if people else None)
    if _person_noun_age(before, after) or ((a := _INDEFINITE_PERSON_BEFORE.search(before[-PERSON_NOUN_REACH:]))
                                           and a.group("noun").lower() in _person_nouns()):
        return True, None  # ("L'acteur de 75 ans", "un homme de 50 ans": a person's age, whose the phrase does not say)
    if _AT_AGE_OPENING.search(before[-DE_REACH:]) and (named := _NAME_AFTER_AT_AGE.match(after)):
        return True, name_ok(named.group(1), False) or named.group(1)  # ("Aos 37 anos, Noboa é": Noboa's age)
    de = _DE_BEFORE.search(before[-DE_REACH:])
    if not _AGE_CLOSE.match(after) and not (de and _AND_AFTER.match(after)):
        return False, None  # (after "de", a conjunction may close it: "Paz, de 57 años y cuyo primer lugar")
    head = before[:len(before) - len(de.group(0))] if de else before
    m = _NAME_BEFORE_AGE.search(head[-NAME_REACH:]) or _SURNAME_OPENING_AGE.search(head[-NAME_REACH:]) \
        or (de and _AGE_CLOSE.match(after) and _SURNAME_AFTER_COMMA.search(head[-NAME_REACH:]))
    if m is None or m.group(1).split()[-1].lower() in PLACE_NAME_WORDS:
        return False, None
    return True, name_ok(m.group(1), False) or m.group(1)


def _person_noun_age(before: str, after: str) -> bool:
    """Whether an age in years follows a person's noun in apposition ("L'acteur de 75 ans n'était pas", "el actor,
    de 76 años,", "L'attore francese, 76 anni,"): set off by commas, or joined by "de"/"di" (then any word may follow)."""
    m = _PERSON_NOUN_BEFORE.search(before[-PERSON_NOUN_REACH:])
    if m is None or m.group("noun").lower() not in _person_nouns():
        return False
    return bool(m.group("de") and not m.group("comma")) or bool(_AGE_CLOSE.match(after) or _AND_AFTER.match(after))


# A definite article opening its sentence, a noun and at most one adjective, then a comma or "de"/"di" (or both)
# before an age: "L'acteur de", "El actor, de", "L'attore francese,": the sentence's subject, whom the article is
# about (inside a sentence, "besó a la jugadora de 34 años" names someone else as often as not).
_PERSON_NOUN_BEFORE = lazy_compile(
    r"(?:^|[.!?»”\"]\s{1,3}|\n)(?:[lL]['’]|(?:the|le|la|el|il|lo|o|a|der|die)\s{1,3})"
    r"(?P<noun>[^\W\d_]{3,25})(?:\s{1,3}[a-zà-ÿ]{3,20})?(?P<comma>\s{0,3},)?\s{1,3}(?P<de>(?:de|di)\s{1,3})?$", re.I)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """The table's person nouns (measure_words.yaml ``person_nouns``) and the roles a speaker is named by."""
    nouns = {w.lower() for names in per_language(word_table().get("person_nouns")) for w in names}
    return frozenset(nouns | any_language_roles() | ROLE_NOUNS)


# An indefinite article and a person's noun, then "de"/"di" right before an age, anywhere in the sentence: "un homme de
# 50 ans", "una mujer de 48 años", "um homem de 59 anos", "un uomo di 58 anni" (the noun is checked against the table).
_INDEFINITE_PERSON_BEFORE = lazy_compile(
    r"\b(?:un|une|una|um|uma|uno)\s{1,3}(?P<noun>[^\W\d_]{3,25})\s{1,3}(?:de|di)\s{1,3}$", re.I)
# An age opening its sentence with "at", a comma and the person named after it: "Aos 37 anos, Noboa", "A los 37
# años, Noboa", "À 37 ans, Noboa", "A 37 anni, Noboa".
_AT_AGE_OPENING = lazy_compile(r"(?:^|[.!?»”\"]\s{1,3}|\n)(?:Aos|A\s{1,3}los|À|A)\s{1,3}$")
_NAME_AFTER_AT_AGE = lazy_compile(rf",\s{{1,3}}([{_UPPER}][\w'’-]{{1,30}}(?: [{_UPPER}][\w'’-]{{1,30}}){{0,3}})\s{{1,3}}[a-zà-ÿ]")


# A conjunction right after an age in apposition: "Paz, de 57 años y cuyo ...", "Lee, 61 ans et ...".
_AND_AFTER = lazy_compile(r"\s{1,3}(?:y|e|et|und|and)\s", re.I)


RULE_AGE = "statutory age"
"""The measure of an age a rule sets (a retirement, voting or drinking age): nobody's own age."""
# The age a rule sets, named before its figure in the clause: "push the retirement age from 62 to 64", "l'âge légal
# de la retraite à 64 ans", "la edad de jubilación de 62 a 64 años", "das Renteneintrittsalter von 62 auf 64 Jahre",
# "a idade mínima de aposentadoria".
_RULE_AGE_BEFORE = lazy_compile(
    r"\b(?:(?:retirement|pension|pensionable|voting|drinking|legal|minimum)\s{1,3}age"
    r"|âge\s{1,3}(?:légal|minimum|de\s{1,3}(?:départ|la\s{1,3}retraite))"
    r"|edad\s{1,3}(?:de\s{1,3}(?:jubilación|retiro)|legal|mínima)"
    r"|idade\s{1,3}(?:mínima|de\s{1,3}aposentadoria|da\s{1,3}reforma|legal)"
    r"|età\s{1,3}(?:pensionabile|minima|legale)"
    r"|[a-zäöü]*(?:renten|ruhestands|wahl)[a-zäöü]*alter|rentenalter)\b[^.;:\d]{0,40}"
    r"(?:\d{1,3}\s{1,3}(?:to|a|à|auf|bis|até)\s{1,3})?$", re.I)  # (the second of "from 62 to 64")
RULE_AGE_REACH = 80  # characters before a figure searched for the rule's age


def rule_age(before: str) -> bool:
    """Whether a figure is the age a rule sets, named right before it in its clause ("the retirement age from
    62 to 64", "l'âge légal de la retraite à 64 ans")."""
    return bool(_RULE_AGE_BEFORE.search(before[-RULE_AGE_REACH:])) and not _CHANGE_BY.search(before[-RULE_AGE_REACH:])


# "by" right before a figure: how much the age changes, not the age ("raise the pension age by two years").
_CHANGE_BY = lazy_compile(r"\b(?:by|um)\s{1,3}$", re.I)
