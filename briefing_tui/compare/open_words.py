"""The word that names a figure's open measure: the head noun of the noun phrase it counts or prices ("300
engineers", "a $3.3 billion public offering", "38 percent subscription"), or, when it names none, the word that
governs it ("subscribed 2.37 times", "valued at up to $19 billion"). :mod:`.open_measures` groups the statements
by these words.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import DIMENSIONS
from briefing_tui.compare.key_figures import KNOWN_MEASURES, is_key_figure
from briefing_tui.compare.lemmas import DEGREE_PREFIXES, derivation_key, is_english_word, lemma
from briefing_tui.compare.measures import CHANGE_WORDS, GENERIC_HEADS, PHRASE_STOP, WORD_MEASURE, singular
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# Light verbs and linking words: they govern any figure ("secured 42%", "got 3.88 times", "is ₹27,870 crore")
# without saying what it measures. General English, no event's words.
LIGHT_WORDS = frozenset(
    """be have do get make take give secure receive obtain win reach hit stand total amount account see record
    report say show put set expect include add bring hold keep come go worth only just some nearly almost around
    about approximately roughly over under more less than least most up down by at to of from in on for with as
    per cent percent overall also still now so far already even this that these those which what
    estimate expected reported said new further additional another other first last next same such""".split())
# Counts whose noun is a multiplier: "2.37 times", "a tenfold rise"; their measure is the word that governs them.
MULTIPLIERS = frozenset({"time", "times", "fold"})
# Words that only scale or name a currency (after "Rs 14.2 crore"): no measure.
SCALE_WORDS = frozenset(
    """thousand thousands million millions billion billions trillion trillions crore crores lakh lakhs bn mn
    dollar dollars euro euros pound pounds rupee rupees yen won yuan""".split())
# Units of measurement a count may be given in: the quantity is not what they name ("86 million tons" of capacity
# or of output); physical quantities keep their closed measures (compare/physical_measures.py).
UNIT_NOUNS = frozenset(
    """ton tons tonne tonnes foot feet ft inch inches yard yards mile miles metre metres meter meters km kilometre
    kilometres kilometer kilometers kg kilogram kilograms gram grams pound pounds ounce ounces litre litres liter
    liters gallon gallons barrel barrels acre acres hectare hectares degree degrees point points""".split())
# Sources whose words the open measures read (a source of unknown language is read as English).
ENGLISH = (None, "en")
# A count that is no statistic: a number glued to a word ("two-party", "two-thirds"), or a vague plural of a
# scale ("thousands of", "millions of", "dozens of").
_NOT_A_STATISTIC = lazy_compile(r"\w-[^\W\d_]|^(?:hundreds|thousands|millions|billions|dozens|tens)\b", re.I)
# A definite reference before a count: "the two companies", "both", "these three" name things known already.
_REFERENCE_BEFORE = lazy_compile(r"\b(?:the|these|those|both|its|their|his|her|our)\s{1,3}$", re.I)
PHRASE_AFTER = 4  # words of the noun phrase after a figure read for its head ("initial public offering")
GOVERNOR_BACK = 4  # words back (in the clause) where a figure's governing word is looked for
MIN_WORD = 3  # shorter words name no measure
OPEN_KINDS = ("count", "money", "percent")
# What ends a clause: a figure's measure is not read across it.
_CLAUSE_END = lazy_compile(r"[;:,()\[\]—–]|\s-\s")
_WORD = lazy_compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


def _measure_word(word: str) -> bool:
    """Whether a lower-case English word may name an open measure: a content word, no scale or function word,
    no verb of change, no word of the closed vocabulary."""
    lower = word.lower()
    return (word.islower() and is_english_word(lower) and len(lower) >= MIN_WORD and lower not in PHRASE_STOP
            and lemma(lower) not in LIGHT_WORDS and lower not in LIGHT_WORDS and lower not in CHANGE_WORDS
            and lower not in SCALE_WORDS and lower not in WORD_MEASURE and singular(lower) not in WORD_MEASURE
            and lemma(lower) not in KNOWN_MEASURES)


def _counted_noun(word: str) -> bool:
    """Whether a count's written noun may be an open measure: a plural ("13 models", "7 shares") that may name
    one; not a participle ("76 needed") nor a name ("787 Dreamliner")."""
    lower = word.lower()
    return _measure_word(word) and singular(lower) != lower and not lower.endswith("ed")


def _head_after(after: str) -> str | None:
    """The head of the noun phrase right after a figure ("public issue" -> "issue", "of the equity shares" ->
    "shares"): the last of its lower-case words before a function word or punctuation ends it."""
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    words = _WORD.findall(clause)[:PHRASE_AFTER + 2]
    if words and words[0].lower() == "of":
        words = [w for w in words[1:] if w.lower() not in ("the", "a", "an", "its", "their")]
    head = None
    for w in words[:PHRASE_AFTER]:
        if w.lower() in PHRASE_STOP or not w.islower() or w.lower() in LIGHT_WORDS:
            break
        head = w
    return head if head and _measure_word(head) else None


def _governor_before(before: str) -> str | None:
    """The word governing a figure from before it in its clause ("subscribed", "valued at up to", "market
    valuation of around"), past qualifiers and prepositions; None when it is a light word."""
    clause = _CLAUSE_END.split(before)[-1]
    read = 0  # (words of a name or an article are passed over, not counted: "met with the European Commission
    # more than 65 times")
    for w in reversed(_WORD.findall(clause)):
        lower = w.lower()
        if lower in ("a", "an", "the") or not w.islower():
            continue  # (a name between a verb and its figure is its object: "valued Brightwater at $21 billion")
        read += 1
        if read > GOVERNOR_BACK:
            return None
        if lower in LIGHT_WORDS:
            continue
        return w if _measure_word(w) else None
    return None


def _verb_after(after: str) -> str | None:
    """A participle or noun right after a multiple ("3.88 times oversubscribed")."""
    m = _WORD.match(after.lstrip())
    return m.group(0) if m and _measure_word(m.group(0)) else None


# A share "of" a whole named after it: the whole's measure is the closed readers' ("20.8% of the vote").
_OF_AFTER = lazy_compile(r"\s{0,3}of\b", re.I)


def nominal(word: str) -> bool:
    """Whether a word is a nominalisation ("subscription", "valuation", "investment"): its key drops a suffix."""
    base = lemma(word)
    for prefix in DEGREE_PREFIXES:
        base = base.removeprefix(prefix) if len(base) > len(prefix) + MIN_WORD else base
    return derivation_key(word) != base.removesuffix("e")


def own_nominal(unit: Unit, f: Figure) -> str | None:
    """The noun right after a share of an English source that names what it measures, when it is a nominalisation
    outside the closed vocabulary ("58 percent subscription" -> "subscription"; not "45 percent support"), or None."""
    after = unit.text[f.end - unit.start:]
    if unit.source.language not in ENGLISH or _OF_AFTER.match(after):
        return None
    head = _head_after(after)
    return head if head and nominal(head) else None


# Right before a figure: what someone asked for instead of what was done ("dissented in favor of a half-point cut",
# "pushed for a 50% tariff", "had called for a larger cut of 0.5 points"): a proposal, no reading of the figure done.
_PROPOSED_BEFORE = lazy_compile(r"\b(?:in\s{1,3}favou?r\s{1,3}of|pushed\s{1,3}for|argued\s{1,3}for|called\s{1,3}for"
                                r"|preferred|advocated)\s{1,3}(?:an?|the)?\s{0,3}(?:[a-z]{3,20}\s{1,3}){0,3}$", re.I)
PROPOSED_REACH = 60  # characters before a figure read for a proposal


def open_word(unit: Unit, f: Figure) -> str | None:
    """The word naming what the figure measures when no known measure does (see the module's doc), or None."""
    if f.kind not in OPEN_KINDS or f.role != "current" or is_key_figure(f) or unit.source.language not in ENGLISH:
        return None
    rel_start, rel_end = f.start - unit.start, f.end - unit.start
    before, after = unit.text[:rel_start], unit.text[rel_end:]
    if _PROPOSED_BEFORE.search(before[-PROPOSED_REACH:]):
        return None  # ("dissented in favor of a half-point cut": no reading of the cut made)
    if f.kind == "count":
        if (f.unit or "") in DIMENSIONS or f.conversion != 1.0:
            return None  # (a physical quantity's measure is the closed readers')
        noun = (f.measure or "").split()[-1] if f.measure else None
        if f.measure_from and noun:
            return noun  # (a bare count named by its clause's noun: compare/clause_measures.py)
        if noun in MULTIPLIERS or (f.unit or "") in MULTIPLIERS:
            return _verb_after(after) or _governor_before(before)
        if noun is None or noun in GENERIC_HEADS or noun in ("people", "person") or noun in UNIT_NOUNS:
            return None  # a bare number or a count of people says what it counts elsewhere
        written = _WORD.findall(f.text)
        if not written or not _counted_noun(written[-1]) or _NOT_A_STATISTIC.search(f.text) \
                or _REFERENCE_BEFORE.search(before):
            return None  # ("a Boeing 787 Dreamliner", "two-party", "thousands of", "the two companies")
        return noun
    if f.measure:  # (money and shares: the noun the closed readers found, when no known measure: "a $23 billion offer")
        noun = f.measure.split()[-1]
        return noun if " " not in f.measure and _measure_word(noun) else None
    return _head_after(after) or _governor_before(before)
