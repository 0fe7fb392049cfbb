"""What counts as a name when a figure's subject is looked for: capitalised words or an acronym, never a
function word of several languages, a measure word or a word for "per cent"."""

from __future__ import annotations

import re
import unicodedata

from briefing_tui.compare.event_nouns import event_noun
from briefing_tui.compare.incident_names import INCIDENT_NOUNS
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import WORD_MEASURE
from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.rates import RATES_FILE
from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.language_table import shipped_table
from briefing_tui.lazy_pattern import lazy_compile

# Words for "per cent" in the languages news pages come in.
PERCENT_WORDS = frozenset("percent prozent procent pourcent porcentaje persen".split())
_BASE_NOT_SUBJECTS = frozenset(
    """hundreds thousands dozens millions tens scores of a an the in at on it its this that these those there
    more less some about nearly over under least up to after before since during while with as by for from
    and or but according he she they we i our their his her monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december however
    meanwhile only just around approximately roughly almost officials authorities rescuers police residents people earlier later also another one two three
    several many most all both each other others such what when where which who although though despite
    overall total including among if once so yet still now then today yesterday tomorrow last next first together
    second new according et gmt utc est edt pst pdt cet ist am pm
    die der das den dem des ein eine und mit auf von zu im la le les el los las os um uma com da do dos
    del une et jan feb mar apr jun jul aug sep sept oct nov dec sebanyak total""".split())
NOT_SUBJECTS = _BASE_NOT_SUBJECTS | language_words().not_names
# The currency codes of the shipped rate table, in capitals ("CHF", "NOK"): the unit of an amount, never whose it is
# ("narrowed from NOK 2.9 billion to NOK 2.1 billion": the second amount is not NOK's). ("Ron" is a name, "RON" a code.)
CURRENCY_CODES = frozenset(str(code).upper() for code in shipped_table(RATES_FILE).get("aliases") or {})
# A name: capitalised words (with "/" or "-" inside: "CDU/CSU") or an acronym, possibly possessive; an acronym after
# an elided French or Italian article too ("L'AD a obtenu", "l'ONU"; not "L'Oréal", a name whole, nor "le ministère
# de l'Intérieur", where the capital is part of an office's name). A word of it may open with an accented capital
# ("ÖVP", "Österreich", "Élysée"), as the names of ``ages.py`` do.
# A possessive inside it before a party's or a state's noun is the name's own ("the Austrian People's Party", "the
# Workers' Party", "the People's Republic"): not an owner and the thing owned ("Rishi Sunak's Conservatives").
_UPPER = "A-ZÀ-ÖØ-Þ"
_OWN_POSSESSIVE = rf"(?:[’']s?(?={SPACE}(?:Party|Republic|Alliance|Front|Congress|League|Movement|Army)\b))?"
_WORD = rf"[{_UPPER}][\w/-]{{0,30}}{_OWN_POSSESSIVE}"
# A name does not start after "pro-" or "anti-": "the pro-European Democracy at Home party" is not European's, "the
# anti-Western Patriotic Bloc" not the West's.
_NO_PREFIX = r"(?<!pro-)(?<!anti-)"
# An acronym after an elided article: two to six capitals, a lower-case letter allowed before each capital after the
# first ("AD", "ONU", "SPD", "AfD", "PiS", "ÖVP"); a capital word with lower case after its first letter ("L'Oréal",
# "l'Intérieur") is none. The article is "l'" alone or glued to an Italian preposition ("dell'SPD", "all'AfD",
# "nell'ANC", "sull'UE", "dall'FPÖ": the lookbehind sees only the article's "l'", whatever comes before it).
_ELIDED_ACRONYM = rf"[{_UPPER}](?:[a-z]?[{_UPPER}]){{1,5}}\b"
_ELIDED_BEFORE = r"(?<=[Ll][’'])"
NAME = lazy_compile(rf"(?:{_NO_PREFIX}(?<![\w’'.])|{_ELIDED_BEFORE}(?={_ELIDED_ACRONYM}))((?:[A-Z]\.){{2,6}}|{_WORD}(?:{SPACE}{_WORD}){{0,5}})(?:[’']s)?")

# Function words of other languages only (Indonesian "dan", "and"): capitalised after a word of a name, they are the
# name's ("Nicusor Dan"), not a word of the sentence.
_FOREIGN_ONLY = language_words().not_names - _BASE_NOT_SUBJECTS - WORD_MEASURE.keys() - PERCENT_WORDS

# Words that are a place's name with the capitalised word after them ("New Mexico", "Papua New Guinea", "New
# Delhi"), though alone they are no name ("New data shows").
NAME_PREFIXES = frozenset({"new"})
# Romance articles that open a known place's name, capitalised inside a sentence before another word of it ("de Los
# Angeles", "in El Salvador"): kept there (see compare/subject_clean.py); a party's "Los Verdes" stays "Verdes".
NAME_ARTICLES = frozenset({"los", "las", "la", "el"})


# A period's short form, no name: a fiscal year, a quarter or a half ("FY", "FY26", "FY2026", "Q3", "H1", "FY25RE").
PERIOD_CODE = lazy_compile(r"(?:FY|Q[1-4]|H[12])(?:\d{2}|\d{4})?(?:RE|BE)?")


# An English plural noun of disasters or incidents alone, as a capitalised word opening a sentence ("Wildfires have
# killed at least 40 people", "Floods forced 9,000 from their homes"): what happened, never whose a count is (German
# event nouns: ``event_noun``). A name ending with one keeps it ("the Camp Fire"); a singular one opening a sentence
# is left as before ("Fire authorities have recovered 120 bodies": the teller's word, not the events).
_INCIDENT_WORD = lazy_compile(rf"(?:{INCIDENT_NOUNS})", re.I)


def _kept(w: str) -> bool:
    lower = w.lower()
    return lower not in NOT_SUBJECTS and lower not in WORD_MEASURE and lower not in PERCENT_WORDS \
        and not PERIOD_CODE.fullmatch(w.rstrip("’'s")) and w not in CURRENCY_CODES and not event_noun(w)


# A German compound of a company's name and what of it is traded ("Nvidia-Aktie", "Siemens-Papiere", "VW-Konzern"):
# the figure is the company's. (It starts where a word does: inside a long run of letters no start is tried again.)
_TRADED_COMPOUND = lazy_compile(r"(?<![\w&.])(?P<name>[^\W\d_][\w&.]*)-(?:Aktien?|Papiere?|Konzerns?|Titel)")


def name_ok(name: str, at_start: bool) -> str | None:
    """The name without function words ("The", "In") and measure words ("Turnout", "Sitze"), None when
    nothing else is left; a word of ``NAME_PREFIXES`` stays before a word of the name that stays ("New Mexico"
    is not Mexico); a German compound of a company and its shares is the company ("Nvidia-Aktie": Nvidia)."""
    split = [m.group("name") if (m := _TRADED_COMPOUND.fullmatch(w)) else w for w in name.split()]
    if len(split) == 1 and name.endswith("s") and _INCIDENT_WORD.fullmatch(name):
        return None
    words = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w for k, w in enumerate(split)
             if _kept(w) or ((w.lower() in NAME_PREFIXES or not (at_start and k == 0) and w.lower() in NAME_ARTICLES
                              and w[:1].isupper() and is_place(" ".join(split[k:k + 2])))
                             and k + 1 < len(split) and _kept(split[k + 1]))
             or (k and w[:1].isupper() and w.lower() in _FOREIGN_ONLY and _kept(split[k - 1]))]
    return " ".join(words) if words and any(map(_kept, words)) else None


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym ("SPD", "AfD", "CDU/CSU"): two capitals or more, no space."""
    return " " not in word and sum(c.isupper() for c in word) >= 2


def is_place(name: str) -> bool:
    """Whether the shipped gazetteer knows ``name`` as a place (a country, region or city: "New Mexico", "Japan")."""
    hit = shipped_gazetteer().lookup(name)
    if hit is None and not name.isascii():  # a place written with accents its gazetteer entry lacks ("Los Ángeles")
        hit = shipped_gazetteer().lookup(_unaccented(name))
    return hit is not None and hit[1] == "place"


def _unaccented(name: str) -> str:
    """``name`` with its letters' accents dropped, capitals kept ("Los Ángeles" is "Los Angeles")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
