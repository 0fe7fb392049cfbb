"""The counted noun phrase right after a number: "4,715 injured", "300 companies", "279 measles cases", "two crew
members" (the head noun names what the number counts; verbs, function words and punctuation end the phrase)."""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.compare.counted_names import counted_name
from briefing_tui.compare.crew_members import crew_of_members
from briefing_tui.compare.measures import (
    CHANGE_WORDS,
    INVARIABLE_PLURALS,
    PHRASE_STOP,
    WORD_MEASURE,
    singular,
    words_in,
)

PHRASE_WORDS = 7  # the longest counted noun phrase read ("12 Belt and Road Initiative cooperation agreements")
# Nouns after a measure word that count its members, the measure word naming the count ("two crew members").
MEMBER_WORDS = frozenset({"members", "member"})
# Spanish and Portuguese gerunds ("alcanzando", "teniendo", "huyendo"): verbs, never a counted noun
# ("158 teniendo en cuenta", "los 158, alcanzando..."). "commando" is the English noun that ends alike.
GERUND_ENDINGS = ("ando", "iendo", "yendo")
GERUND_MIN_LETTERS = 6  # shorter words ending alike are nouns or names ("bando", "Fernando" is capitalised)
NOT_GERUNDS = frozenset({"commando", "commandos"})
# The auxiliaries of Spanish, Portuguese and French compound tenses, in lower case, right after a count: its verb
# ("558 han emitido su voto", "40 têm sido resgatados", "12 avaient disparu"), never what it counts. (Lower case
# only: "Han" is a name.)
AUXILIARIES = frozenset("han habían había hemos hubo habrían têm tinham haviam havia ont avaient".split())
# Adjectives that open what follows a number without naming what it counts ("92 due to the storm").
NOT_COUNTED = frozenset({"due", "owing", "thanks"})
# "late" or "early" opening a time adverbial after a number ("rose to 57 late on Thursday", "120 early this
# morning"): when the number was reached, never what it counts.
_TIME_ADVERBIAL = lazy_compile(r"\s{0,3}(?:late|early)\s{1,3}(?:on|in|last|this|yesterday|today|tonight|overnight)\b",
                               re.I)
# The endings that agree in gender and number in Spanish, Portuguese and Italian: a plural noun followed by a plural
# word of the same ending is a noun and its adjective ("105 municípios gaúchos", "341 cidades gaúchas"), whose head
# is the first word, not an English compound whose head is the second ("279 measles cases").
ROMANCE_PLURAL_NOUN = ("os", "as", "es")
ROMANCE_PLURAL_ADJECTIVE = ("os", "as", "ées", "és")  # (French participles: "personnes portées disparues")
# Spanish (and Portuguese) adjectives of one plural form for both genders, which an "-es" plural noun takes as well:
# "130 delegaciones internacionales", "12 monarcas reinantes", "40 vuelos nacionales" (the noun counted, not them)
ROMANCE_ADJECTIVE_ENDINGS = ("ales", "ntes", "ares", "iles")
# A French (or Italian) article elided onto its noun ("d'emplois", "dell’acqua"): a Romance noun, the phrase's head,
# whose adjectives follow it.
_ELIDED_ARTICLE = lazy_compile(r"(?:d|l|dell|dall|nell|sull)['’]\w", re.I)
# An Italian preposition fused with an elided article ("dell’Assemblea", "nell’Unione", "dall’estero"): after a noun it
# opens a phrase that places or owns that noun ("75 deputati dell’Assemblea": deputies, not the assembly).
_ELIDED_PREPOSITION = lazy_compile(r"(?:dell|dall|nell|sull|all)['’]\w", re.I)


def _verb_form(word: str) -> bool:
    """Whether a word after a number is a verb form or an adjective of cause, not what the number counts."""
    lower = word.lower()
    if lower in NOT_COUNTED or (word.islower() and lower in AUXILIARIES):
        return True
    return (word.islower() and len(lower) >= GERUND_MIN_LETTERS and lower.endswith(GERUND_ENDINGS)
            and lower not in NOT_GERUNDS)


# An English possessive ending a word ("America's", "Japan’s", "the states'"): a determiner of the noun after it,
# never the counted noun itself.
_POSSESSIVE = lazy_compile(r"(?<=\w)['’]s\Z|(?<=s)['’]\Z")
# The measure of a person's age: a possessive age word ("the 46-year-old's lawyers") is the person of that age, whose
# noun follows; the count is the age, never the noun owned.
AGE_MEASURE = "age"


def count_phrase(rest: str) -> tuple[int, int, str] | None:
    """The counted noun phrase at the start of ``rest`` (the text after a number): (start, end, head).

    The head is the first plural noun ("countries", "people") or a measure word ("injured", "storey");
    a phrase with neither takes its first word ("one company"). Verbs and function words end it.
    """
    words = words_in(rest)
    if not words or rest[:words[0].start()].strip(" \u00a0-") or _TIME_ADVERBIAL.match(rest):
        return None
    kept: list[re.Match] = []
    for i, w in enumerate(words[:PHRASE_WORDS]):
        word = w.group(0)
        lower = word.lower()
        if i and rest[words[i - 1].end():w.start()].strip():
            break  # punctuation between words ends the phrase
        if lower == "and" and kept and kept[-1].group(0)[:1].isupper() and i + 1 < len(words) \
                and words[i + 1].group(0)[:1].isupper():
            kept.append(w)  # "Belt and Road": a name with "and" inside
            continue
        if lower in PHRASE_STOP or lower in CHANGE_WORDS or (kept and lower.endswith("ed") and lower not in WORD_MEASURE) \
                or _verb_form(word) or _name_after_noun(kept, word):
            break
        if kept and _ELIDED_PREPOSITION.match(lower):
            break  # ("75 deputati dell’Assemblea": the noun before heads)
        kept.append(w)
        if (crew := crew_of_members(rest, w)) is not None:
            return kept[0].start(), crew[0], crew[1]  # "12 membres d'équipage": the crew's
        if (owner := _POSSESSIVE.sub("", lower)) != lower and WORD_MEASURE.get(owner) == AGE_MEASURE:
            return kept[0].start(), w.end() - (len(lower) - len(owner)), owner  # ("the 46-year-old's lawyers": an age)
        if _POSSESSIVE.search(lower):
            continue  # ("four of South America's largest economies": an owner's name, the noun after it heads)
        if _ELIDED_ARTICLE.match(lower):
            return kept[0].start(), w.end(), lower  # a French noun after "d'" heads, its adjective after ("d'emplois urbains")
        if (noun := _german_noun_after(rest, words, i)) is not None:
            return kept[0].start(), noun.end(), noun.group(0).lower()  # "ein Dutzend regierende Monarchen"
        if lower in WORD_MEASURE or lower in INVARIABLE_PLURALS or (singular(lower) != lower and len(lower) > 3):
            if (named := _named_with_complement(rest, w, lower)) is not None:
                return kept[0].start(), named[0], named[1]  # "55 jefes de Estado": heads of state
            if (named := _named_with_adjective(rest, words, i)) is not None:
                return kept[0].start(), named[0], named[1]  # "cinco hombres armados", "three armed men": attackers
            if i + 1 < len(words) and words[i + 1].group(0).lower() in MEMBER_WORDS \
                    and not rest[w.end():words[i + 1].start()].strip():
                return kept[0].start(), words[i + 1].end(), lower  # "two crew members": the crew's
            if lower not in WORD_MEASURE and lower not in INVARIABLE_PLURALS and (head := _compound_head(rest, words, i)):
                return kept[0].start(), head.end(), head.group(0).lower()  # "279 measles cases": cases
            return kept[0].start(), w.end(), lower
    if not kept:
        return None
    first = kept[0]
    return first.start(), first.end(), first.group(0).lower()


def _name_after_noun(kept: list[re.Match], word: str) -> bool:
    """Whether ``word`` is a name after the phrase's lower-case counted noun (one of the counted names' table), a brand
    or kind that modifies it as Romance languages put it ("8,5 milioni di computer Windows", "40 computer Linux"): not
    the counted noun, which stays the noun before it."""
    return bool(kept) and word[:1].isupper() and all(k.group(0).islower() for k in kept) \
        and counted_name(kept[-1].group(0)) is not None  # (not "Belt and Road"; not German "neue Häuser", whose nouns
    # are capitalised: the noun before the name is one of the counted names' table)


# A noun's complement of one word after "of" (or "de", "di", "do", "d'"): "heads of state", "jefes de Estado", "chefs
# d'État", "capi di Stato".
_COMPLEMENT = lazy_compile(r"\s{1,3}(?:of|de|di|do|d['’])\s{0,3}[^\W\d_]{2,20}\b", re.I)


def _named_with_complement(rest: str, w: re.Match, lower: str) -> tuple[int, str] | None:
    """(end, name) when a plural noun and its complement are one name of the counted names' table ("heads of state",
    "jefes de Estado"): the name is counted, not the noun alone ("55 jefes": chiefs of anything)."""
    m = _COMPLEMENT.match(rest, w.end())
    if m is None:
        return None
    name = " ".join((lower + m.group(0)).replace("’", "'").lower().split()).replace("d' ", "d'")
    return (m.end(), name) if counted_name(name) is not None else None


def _named_with_adjective(rest: str, words: list[re.Match], i: int) -> tuple[int, str] | None:
    """(end, name) when a plural noun and the one adjective right after it ("hombres armados", "hommes armés") or
    before it ("armed men", "bewaffnete Männer") are one name of the counted names' table: the name is counted, not
    the noun alone ("cinco hombres": any men)."""
    pairs = []
    if i + 1 < len(words) and not rest[words[i].end():words[i + 1].start()].strip():
        pairs.append((words[i], words[i + 1]))
    if i and not rest[words[i - 1].end():words[i].start()].strip():
        pairs.append((words[i - 1], words[i]))
    for first, second in pairs:
        name = f"{first.group(0)} {second.group(0)}".lower()
        if counted_name(name) is not None:
            return max(second.end(), words[i].end()), name
    return None


# The endings of a German adjective before its noun ("regierende", "ausländischen", "neuer").
GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")


def _german_noun_after(rest: str, words: list[re.Match], i: int) -> re.Match | None:
    """The capitalised noun right after word ``i`` when word ``i`` is a German adjective before it, and the noun one of
    the counted names' table: "zwölf regierende Monarchen", "50 ausländische Delegationen" (the noun counted)."""
    if i + 1 >= len(words) or rest[words[i].end():words[i + 1].start()].strip():
        return None
    word, noun = words[i].group(0), words[i + 1].group(0)
    if not word.islower() or not word.endswith(GERMAN_ADJECTIVE_ENDINGS) or not noun[:1].isupper() \
            or counted_name(noun) is None:
        return None
    return words[i + 1]


def _compound_head(rest: str, words: list[re.Match], i: int) -> re.Match | None:
    """The plural noun right after word ``i`` (a plural-looking word that names no measure) when the two are one
    compound whose head is the second: "279 measles cases", "two customs officers"; None otherwise (a verb
    form, a function word or punctuation after it ends the phrase there)."""
    if i + 1 >= len(words) or rest[words[i].end():words[i + 1].start()].strip():
        return None
    word = words[i + 1].group(0)
    lower = word.lower()
    if not word.islower() or lower in PHRASE_STOP or lower in CHANGE_WORDS or lower.endswith(("ed", "ing")) \
            or _verb_form(word) or _agreeing_adjective(words[i].group(0).lower(), lower):
        return None
    return words[i + 1] if lower in WORD_MEASURE or (singular(lower) != lower and len(lower) > 3) else None


def _agreeing_adjective(noun: str, word: str) -> bool:
    """Whether ``word`` after the plural ``noun`` is its adjective in a Romance language, agreeing with it
    ("municípios gaúchos", "cidades gaúchas"), a measure word aside ("personas afectadas" count the affected)."""
    return noun.endswith(ROMANCE_PLURAL_NOUN) and word.endswith(ROMANCE_PLURAL_ADJECTIVE + ROMANCE_ADJECTIVE_ENDINGS) \
        and word not in WORD_MEASURE
