"""A subject read for a figure, cleaned to a name the sentence gives, or None: never a pronoun or a stray word.

The readers of whose a figure is (:mod:`~briefing_tui.compare.subjects`, :mod:`~briefing_tui.compare.prison_terms`,
...) take capitalised words near it; some are no name. :func:`clean_subject` drops, from the start of a subject,
pronouns, possessives, prepositions and adverbs that open a sentence ("Along with Lan, ...", "Her niece, ...",
"Specifically, ...") and an elided article glued to a common noun ("L’ancien", "l’avocat"; before a capital the
article alone: "L’Espagne" is Espagne), and then:

- a possessive opening the sentence takes the name the sentence sets beside it ("Her niece, Truong Hue Van, was
  sentenced": Truong Hue Van), else the subject is None;
- a word with the Indonesian possessive suffix ("Suaminya": her husband) is no name;
- a Latin-letter name glued to a Korean or Japanese particle loses the particle ("AfD는" is AfD), and one that
  takes an object particle ("IPO를") is what the clause acts on, no subject;
- a people's adjective that modifies a noun after a possessive or an indefinite article ("its South Korean
  parent", "a lacklustre Indian market debut") names no one: the phrase stands for someone else;
- a name cut at a capital word ("Motor India" of "Hyundai Motor India") is read whole.

An unreadable subject is None (honest uncertainty), never a stray word.
"""

from __future__ import annotations

import re

from briefing_tui.compare.body_holders import holds_body
from briefing_tui.compare.kin_names import is_kin_word
from briefing_tui.compare.party_adjectives import with_party_adjectives
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.name_openings import elided_common, without_elided_article
from briefing_tui.compare.subject_names import NAME_ARTICLES, NAME_PREFIXES, NOT_SUBJECTS, is_place
from briefing_tui.extract.institution_words import institution_nouns
from briefing_tui.extract.lexicon import ORG_HEAD_NOUNS, TITLES
from briefing_tui.lazy_pattern import lazy_compile

# Pronouns and possessives of the languages read (function_words of compare/language_words.py hold most of the
# others'): never a subject, nor the start of one. ("us" is left out: "US" is a country.)
PRONOUNS = frozenset(
    """me my mine you your yours him hers ours them theirs himself herself itself themselves
    su sus suyo suya él ella suo sua suoi sue lui lei seu seus ele ela son sa ses
    dia ia mereka beliau kami kita""".split())
# Words that open a sentence before its subject, which a capital makes look like a name: prepositions and
# adverbs ("Along with Lan, her niece", "Out of the 260 bodies", "Within a 20-kilometer radius", "Well over 600").
OPENING_WORDS = frozenset(
    """along within out well here altogether moreover furthermore besides amid amidst across behind beyond
    besides throughout toward towards upon via following
    four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred""".split())  # (and number
# words: "Four single-member district legislators and one Indigenous lawmaker")
# An English adverb by its ending ("Specifically", "Nationally", "Reportedly", "Previously"): no name.
_ADVERB = lazy_compile(r"[A-Z][a-z]{2,20}(?:ical|al|ate|ous|ive|ful|ent|ant|ed|ible|able)ly")
# The Indonesian possessive suffix on a noun ("Suaminya", "keponakannya": her husband, her niece).
_POSSESSED = lazy_compile(r"[A-Z][a-z]{3,20}nya")
# Korean and Japanese particles glued to the end of a name written in Latin letters ("IPO를", "AfD는", "LGの"): one to
# three kana or hangul right after a Latin letter, a digit or a dot, ending the text. Searched, it tries each position
# once (a lookbehind and at most three characters): linear on any text.
_PARTICLE = lazy_compile(r"(?<=[A-Za-z0-9.])(?P<particle>[\u3040-\u30ff\uac00-\ud7a3]{1,3})\Z")
# The longest name a particle is read after (a subject is a short noun phrase, on one line).
MAX_GLUED_NAME = 81
# The object particles: the name is what the clause acts on, not who acts.
OBJECT_PARTICLES = frozenset({"을", "를", "を"})
# Possessives that open a noun phrase set beside a name: "Her niece, Truong Hue Van, ...".
POSSESSIVES = frozenset("her his its their sein seine ihr ihre son sa ses leur su sus suo sua seu".split())
# That phrase and the name after it (the name between commas, or before the verb).
_APPOSED_NAME = lazy_compile(
    r"\b(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s{1,3}[a-z][\w-]{1,30}(?:\s{1,3}[a-z][\w-]{1,30}){0,2},\s{1,3}"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:\s{1,3}[A-Z][\w’'-]{1,30}){0,4})\s{0,3},")
# Before a people's adjective that modifies a noun: a possessive or an indefinite article, and at most two lower-case
# words ("its South Korean parent", "a lacklustre Indian market debut").
_MODIFIER_BEFORE = lazy_compile(r"\b(?:its|their|his|her|a|an)\s{1,3}(?:[a-z][\w-]{0,30}\s{1,3}){0,2}$", re.I)
# A lower-case noun right after the name.
_NOUN_AFTER = lazy_compile(r"\s{1,3}[a-z]")
# Capitalised words right before a name, which it was cut from ("Hyundai " of "Hyundai Motor India").
_CAPITALS_BEFORE = lazy_compile(r"(?:(?<![\w’'.-])[A-Z][\w-]{1,30}\s){1,3}$")
# Words of titles before a name, which the name is not cut from ("Prime Minister", "CEO").
TITLE_WORDS = frozenset(w.rstrip(".") for t in TITLES for w in t.split())
REACH = 400  # characters before a figure where its subject is looked for in the sentence
# Short forms of titles written before a name ("Lt. Gov. Dan Patrick", "Sen. Ted Cruz", "Rep.", "Gen."): alone, an
# office cut from its holder's name, never a subject.
TITLE_ABBREVIATIONS = frozenset("gov lt sen rep gen sgt supt insp atty cmdr adm maj cpl pres amb".split())


def _name_article(words: list[str], text: str, start: int) -> bool:
    """Whether ``words[0]`` is a capitalised article opening a known place's name inside its sentence
    (``NAME_ARTICLES``: "de Los Angeles"; at a sentence's start any article is capitalised: "La Policía" is Policía)."""
    if len(words) < 2 or words[0].lower() not in NAME_ARTICLES or not words[0][:1].isupper() \
            or not is_place(" ".join(words[:2])):
        return False
    at = text.rfind(" ".join(words[:2]), 0, start)
    return at > 0 and bool(text[:at].strip(" \"'“‘«—–-"))


def _opening(word: str) -> bool:
    """Whether a word is no name when it opens a subject: a pronoun, a preposition, an adverb, a function word."""
    lower = word.lower().strip("’'")
    if len(word) > 1 and word.isupper() and lower not in NOT_SUBJECTS:
        return False  # (an acronym: "SA", "DIA" are no "sa", "dia")
    return (lower in PRONOUNS or lower in OPENING_WORDS or (lower in NOT_SUBJECTS and lower not in NAME_PREFIXES)
            or bool(_ADVERB.fullmatch(word)) or bool(_POSSESSED.fullmatch(word) and not is_place(word))
            or elided_common(word))  # ("L’ancien", "L’intermédiaire": an article glued to a common noun)


def _apposed(text: str, start: int) -> str | None:
    """The name a possessive phrase is set beside before ``start`` ("Her niece, Truong Hue Van,"), or None."""
    found = None
    for m in _APPOSED_NAME.finditer(text, max(0, start - REACH), start):
        found = m.group("name")
    return found


def _people_modifier(subject: str, text: str, start: int) -> bool:
    """Whether the subject is a people's adjective modifying a noun after a possessive or an indefinite article
    where the sentence last writes it before ``start`` ("its South Korean parent")."""
    at = text.rfind(subject, max(0, start - REACH), start)
    if at < 0 or not _NOUN_AFTER.match(text, at + len(subject)):
        return False
    hit = is_place(subject) and subject.split()[-1].lower().endswith(("an", "ese", "ish", "i", "ch"))
    return hit and bool(_MODIFIER_BEFORE.search(text, max(0, at - 60), at))


def _whole_name(subject: str, text: str, start: int) -> str:
    """The subject with the capitalised words it was cut from where the sentence last writes it before
    ``start`` ("Motor India" -> "Hyundai Motor India")."""
    at = text.rfind(subject, max(0, start - REACH), start)
    if at <= 0:
        return subject
    m = _CAPITALS_BEFORE.search(text, max(0, at - 100), at)
    if m is None:
        return subject
    words = m.group(0).split()
    if any(w.lower() in language_words().not_names for w in words):
        return subject  # ("Drei", "Laut": a number or function word of another language, no part of a name)
    while words and _opening(words[0]):
        words.pop(0)  # ("Along with Lan, ...", "The ...": no part of the name)
    titled = [k for k, w in enumerate(words) if w.lower() in TITLE_WORDS]
    if titled:
        words = words[titled[-1] + 1:]  # ("President Trump": the person, not the office)
    kinned = [k for k, w in enumerate(words) if is_kin_word(w)]
    if kinned:
        words = words[kinned[-1] + 1:]  # ("Ehefrau Ada Cole": the wife is Ada Cole, "Ehefrau" no part of her name)
    return " ".join([*words, subject]) if words else subject


# A possessor naming the country or region a place lies in: "Myanmar's second-largest city, ...", "Japan's capital,
# home to ..." (up to three words between the possessive and the place noun, which heads the phrase: not "China's
# state media", "the city's port authority").
_PLACE_OF_POSSESSOR = lazy_compile(
    r"['’]s\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,3}?(?:city|town|capital|port|province|region|state|village|district"
    r"|island|county|municipality)(?=\s{0,3}(?:[,.;:)]|with\b|where\b|which\b|home\b|and\b|\Z))")
# The name set before that possessor, between commas: "Mandalay, Myanmar's second-largest city".
_NAME_BEFORE_COMMA = lazy_compile(r"(?:^|\s)(?P<name>[A-Z][\w'’-]{1,30}(?:\s{1,3}[A-Z][\w'’-]{1,30}){0,3}),\s{1,3}\Z")


def _possessor_of_place(subject: str, text: str, start: int) -> str | None | bool:
    """When the subject is the possessor of a place described after it ("Myanmar's second-largest city with a
    population of 1.5 million"), whose figure it is: the place's name set before it ("Mandalay, Myanmar's ..."),
    else None (the place is not the possessor); False when the subject is no such possessor."""
    at = text.rfind(subject, max(0, start - REACH), start)
    if at < 0 or not _PLACE_OF_POSSESSOR.match(text, at + len(subject), start):
        return False
    m = _NAME_BEFORE_COMMA.search(text, max(0, at - MAX_GLUED_NAME), at)
    return m.group("name") if m else None


def clean_subject(subject: str | None, text: str, start: int) -> str | None:
    """The figure's subject as a name its sentence ``text`` gives before ``start`` (see the module), or None.
    A lower-case subject is a scope the text gives ("three construction sites", "overall"): kept as it is."""
    if not subject or not subject[:1].isupper():
        return subject
    if holds_body(subject, text, start):
        return None  # "Ana Reis's party won 22%": the party's, not hers (compare/body_holders.py)
    glued = _PARTICLE.search(subject)
    if glued and glued.start() <= MAX_GLUED_NAME and "\n" not in subject:
        if glued.group("particle")[:1] in OBJECT_PARTICLES:
            return None  # "이번 IPO를 통해 17.5%의 지분을 공개": the IPO is what is done, not who does it
        subject = subject[:glued.start()]
    words = subject.split()
    first = words[0].lower() if words else ""
    while words and _opening(words[0]) and not _name_article(words, text, start):
        words.pop(0)
    if not words:
        if first in POSSESSIVES or first in OPENING_WORDS:
            return _apposed(text, start)  # "Her niece, Truong Hue Van, was sentenced": hers is Truong Hue Van
        return None
    if all(w.lower().rstrip(".") in TITLE_WORDS or w.lower().rstrip(".") in TITLE_ABBREVIATIONS for w in words):
        return None  # "Lt. Gov. Dan Patrick said 6 to 10 bodies": "Gov" is an office cut from its holder's name
    subject = " ".join([without_elided_article(words[0]), *words[1:]])  # ("L’Espagne" is Espagne)
    if _people_modifier(subject, text, start):
        return None  # "its South Korean parent will sell up to 17.5%": the parent's, not a people's
    place = _possessor_of_place(subject, text, start)
    if place is not False:
        return place  # "Mandalay, Myanmar's second-largest city with a population of 1.5 million": Mandalay's
    # ("Parti socialiste": a party's lower-case adjectives, compare/party_adjectives.py)
    return with_party_adjectives(_of_part(_whole_name(subject, text, start), text, start), text, start)


# The "of" part of an institution's name after its noun: "Bank" of "Bank of Japan", "Banque" of "Banque du Japon",
# "Ministry" of "Ministry of Finance", "Banco" of "Banco de España" (capitalised words right after the connector).
_OF_PART_AFTER = lazy_compile(r"\s(?:of|du|de|des|del|della|do|da|di|dos)\s[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,2}")


def _of_part(subject: str, text: str, start: int) -> str:
    """The subject with the "of" part of its institution's name that the sentence writes right after it, before
    ``start`` ("Bank" -> "Bank of Japan"); else the subject as it is."""
    if subject.split()[-1].lower() not in ORG_HEAD_NOUNS | institution_nouns():
        return subject
    at = text.rfind(subject, max(0, start - REACH), start)
    m = _OF_PART_AFTER.match(text, at + len(subject)) if at >= 0 else None
    return subject + m.group(0) if m and m.end() <= start else subject

