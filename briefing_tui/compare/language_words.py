"""Measure words, qualifiers and month names of other languages that news digests carry ("1.124 orang",
"lebih dari 8.000 rumah", "pada kedalaman 8 km", "más de 100 heridos"), read from the editable table
``briefing_tui/data/measure_words.yaml``: data, not code branches, so a language is added by editing it.

How the table reaches the comparison (German, French, Spanish, Italian, Portuguese, Dutch and Indonesian):
words naming a measure ("Todesopfer", "amende", "escaños") join the English ones of compare/measures.py;
words counting people ("Passagiere", "passeggeri") are generic heads like "people"; function words ("mit",
"aus", "Höhe" of "in Höhe von") end a counted phrase and are never a subject; weekdays ("am Donnerstag",
"giovedì") are dates (compare/foreign_words.py); nationalities ("169 Inder", "53 britannici") count people of
that nationality; event words ("Absturz", "schianto") say what a date times; link words ("de los", "van de")
say what a share is of. The language of a text is not needed: the words are told apart by the table (a word
that is also English is left out of it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import get_args

from briefing_tui.compare.word_forms import sibling_forms
from briefing_tui.language_table import all_function_words, per_language, word_table
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Qualifier

# The English time units a period word of the table may stand for (compare/figures.py PERIOD_UNITS).
WEEK_DAYS = 7  # a language's weekday list runs Monday to Sunday
PERIOD_UNIT_NAMES = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "century"})


@dataclass(frozen=True, slots=True)
class LanguageWords:
    """The table: word -> canonical measure, words counting people, qualifier words, month and weekday names,
    verbs naming a count's measure, nouns counting unnamed things, scale words, number words, words for many,
    words for units of time ("anos", "meses", "Stunden"), each weekday's number and the function words of
    each language."""

    measures: dict[str, str]
    people: frozenset[str]
    qualifiers: dict[str, Qualifier]
    months: dict[str, int]  # month name -> 1-12
    weekdays: frozenset[str]
    predicates: dict[str, str] = field(default_factory=dict)  # verb -> canonical measure ("murieron" -> dead)
    items: frozenset[str] = frozenset()  # "artículos": the noun after "de" says what is counted
    scales: dict[str, float] = field(default_factory=dict)  # scale word -> multiplier ("mil" -> 1000)
    numbers: dict[str, float] = field(default_factory=dict)  # number word -> value ("cinco" -> 5)
    vague: dict[str, str] = field(default_factory=dict)  # "miles de" -> "thousands" (the English phrase)
    periods: dict[str, str] = field(default_factory=dict)  # time unit word -> English unit ("anos" -> "year")
    weekday_numbers: dict[str, int] = field(default_factory=dict)  # weekday name -> 0 (Monday) to 6 (Sunday)
    function_words: frozenset[str] = frozenset()  # never a counted noun nor a subject ("mit", "aus", "Höhe")
    weekday_before: frozenset[str] = frozenset()  # prepositions before a capitalised weekday ("Am Donnerstag")
    share_links: tuple[str, ...] = ()  # "de los", "van de": between a percentage and what it is a share of
    events: dict[str, frozenset[str]] = field(default_factory=dict)  # event kind -> its words ("absturz": crash)
    nationalities: dict[str, str] = field(default_factory=dict)  # "inder", "britannici" -> the English adjective
    kind_nouns: frozenset[str] = frozenset()  # "Unternehmen", "Konzern": a party by its kind, never a subject
    fractions: dict[str, float] = field(default_factory=dict)  # "la moitié" -> 50 (per cent)
    person_groups: dict[str, str] = field(default_factory=dict)  # "manifestants" -> "protester"
    changes: frozenset[str] = frozenset()  # "reculé", "cayeron", "verlor": a change before a share
    compound_heads: dict[str, str] = field(default_factory=dict)  # "tote", "opfer": a German compound's head -> measure
    leaving: frozenset[str] = frozenset()  # "quitter", "abandonar": leaving homes, said of the displaced
    connectives: frozenset[str] = frozenset()  # "Enfin", "Además", "Somit": open a sentence, never a subject
    percentage_points: tuple[str, ...] = ()  # "puntos porcentuales", "Prozentpunkte": a share's change, unit "pp"
    # words naming a measure only where they price an amount ("$20 billion in financial support" is aid; "52% support"
    # is a poll's) -> canonical measure, English and other languages'
    money_measures: dict[str, str] = field(default_factory=dict)

    @property
    def not_names(self) -> frozenset[str]:
        """Capitalised words that are never a figure's subject: qualifiers' words ("Lebih dari"), months, days,
        number words and words for many ("Cinco", "Miles de"), words counting people ("Menschen"), nouns naming a
        party by its kind ("Unternehmen", "Konzern"), sentence adverbs and connectives ("Enfin", "Además"), scale
        words ("Millionen", capitalised as German nouns are: "mit 13 Millionen Stimmen" is nobody's)."""
        return frozenset(w for q in self.qualifiers for w in q.split()) | frozenset(self.months) | self.weekdays \
            | frozenset(self.numbers) | frozenset(w for v in self.vague for w in v.split()) | self.people \
            | frozenset(w for s in self.scales for w in s.split()) \
            | self.function_words | self.kind_nouns | self.connectives


@lru_cache(maxsize=1)
def language_words() -> LanguageWords:
    """The table as shipped (an absent or unreadable file gives an empty one: English alone then)."""
    data = word_table()
    known = set(get_args(Qualifier))
    weekdays = per_language(data.get("weekdays"))
    inflected = frozenset(str(m) for m in data.get("inflected") or ())
    measures = _with_siblings({fold_apostrophes(w): m for m, words in (data.get("measures") or {}).items()
                               for names in per_language(words) for w in names}, inflected)
    qualifiers: dict[str, Qualifier] = {str(w).lower(): q for q, words in (data.get("qualifiers") or {}).items()
                                        if q in known for w in words or ()}
    return LanguageWords(measures, frozenset(str(w).lower() for w in data.get("people") or ()), qualifiers,
                         {str(w).lower(): k + 1 for names in (data.get("months") or {}).values()
                          for k, w in enumerate(names or ()) if k < 12},
                         frozenset(w for names in weekdays for w in names),
                         _with_siblings({str(w).lower(): m for m, words in (data.get("predicates") or {}).items()
                                         for w in words or ()}, inflected),
                         frozenset(str(w).lower() for w in data.get("items") or ()),
                         {str(w).lower(): float(k) for k, words in (data.get("scales") or {}).items() for w in words or ()},
                         {**{str(w).lower(): float(k) for k, words in (data.get("numbers") or {}).items()
                             for w in words or ()}, **_compound_numbers(data.get("number_compounds"))},
                         {" ".join(str(w).lower().split()): str(k) for k, words in (data.get("vague") or {}).items()
                          for w in words or ()},
                         {str(w).lower(): str(u) for u, words in (data.get("periods") or {}).items()
                          if u in PERIOD_UNIT_NAMES for w in words or ()},
                         {w: k for names in weekdays if len(names) == WEEK_DAYS for k, w in enumerate(names)},
                         all_function_words(),
                         frozenset(w for names in per_language(data.get("weekday_before")) for w in names),
                         tuple(sorted({w for names in per_language(data.get("share_links")) for w in names},
                                      key=lambda w: (-len(w), w))),
                         {str(k): frozenset(str(w).lower() for w in words or ())
                          for k, words in (data.get("events") or {}).items()},
                         {str(w).lower(): str(k) for k, words in (data.get("nationalities") or {}).items()
                          for w in [k, *(words or ())]},
                         frozenset(w for names in per_language(data.get("kind_nouns")) for w in names),
                         {" ".join(str(w).lower().split()): float(k) for k, words in (data.get("fractions") or {}).items()
                          for w in words or ()},
                         {w: str(g) for g, words in (data.get("person_groups") or {}).items()
                          for names in per_language(words) for w in names},
                         frozenset(w for names in per_language(data.get("changes")) for w in names),
                         {w: measures[w] for names in per_language(data.get("compound_heads")) for w in names
                          if w in measures},
                         frozenset(w for names in per_language(data.get("leaving")) for w in names),
                         frozenset(w for names in per_language(data.get("connectives")) for w in names),
                         tuple(sorted({" ".join(w.split()) for names in per_language(data.get("percentage_points"))
                                       for w in names}, key=lambda w: (-len(w), w))),
                         {fold_apostrophes(w): m for m, words in (data.get("money_measures") or {}).items()
                          for names in per_language(words) for w in names})


def _with_siblings(measures: dict[str, str], inflected: frozenset[str]) -> dict[str, str]:
    """The table's words with the other gender, number and case forms of the words of ``inflected`` measures
    (compare/word_forms.py): "heridos" gives "herida" too; a form the table gives another measure keeps it."""
    siblings = {form: m for w, m in measures.items() if m in inflected for form in sibling_forms(w)}
    return {**siblings, **measures}


def _compound_numbers(section: object) -> dict[str, float]:
    """Number words made of a language's tens and units (``number_compounds`` of the table): each ten alone ("trente"),
    each ten joined to each unit ("trente-neuf", "treinta y nueve"), the unit first where the language says it so
    (``units_first``: German "zweiundzwanzig"), a ten's last vowel dropped before a unit's first (``elide``: Italian
    "ventuno", "trentotto"), and the words listed (``teens``: "delapan belas", "veintitrés", "quatre-vingts")."""
    out: dict[str, float] = {}
    for entry in (section or {}).values() if isinstance(section, dict) else ():
        if not isinstance(entry, dict):
            continue
        tens = {w: int(k) for k, words in (entry.get("tens") or {}).items() for w in _spellings(words)}
        units = {w: int(k) for k, words in (entry.get("units") or {}).items() for w in _spellings(words)}
        for ten, value in tens.items():
            out[ten] = float(value)
            for unit, unit_value in units.items():
                for joiner in entry.get("joiners") or ():
                    out[f"{unit}{joiner}{ten}" if entry.get("units_first") else f"{ten}{joiner}{unit}"] = \
                        float(value + unit_value)
                if entry.get("elide") and ten[-1:] in _VOWELS and unit[:1] in _VOWELS:
                    out[f"{ten[:-1]}{unit}"] = float(value + unit_value)
        out.update({w: float(k) for k, words in (entry.get("teens") or {}).items() for w in _spellings(words)})
    return out


# Vowels a ten drops before a unit that starts with one (Italian "venti" + "uno" -> "ventuno").
_VOWELS = frozenset("aeiouàèéìòù")


def _spellings(words: object) -> list[str]:
    """A table cell's words in lower case: one word or a list of its spellings ("dreißig", "dreissig")."""
    return [str(w).lower() for w in (words if isinstance(words, list) else [words])]


def fold_apostrophes(word: str) -> str:
    """A word in lower case with its typographic apostrophes straight ("d’affaires" -> "d'affaires")."""
    return str(word).lower().replace("’", "'")


# An elided article or preposition glued to a French or Italian word ("l'amende", "dell'acquisizione").
_ELISION = lazy_compile(r"^(?:l|d|qu|dell|all|nell|sull|dall|un)'(?=\w)")


def without_elision(word: str) -> str:
    """The word after an elided article or preposition ("l'amende" -> "amende"), else the word itself."""
    return _ELISION.sub("", word)
