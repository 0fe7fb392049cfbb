"""What a figure counts or prices: its measure (a canonical word) and its subject.

A count's measure comes first from the noun it counts ("4,715 injured", "a 40-storey tower", "300
companies"), then, when that noun is a generic one ("12 people", "residents"), from the predicate after
it ("were killed" -> dead) or the words before it ("the death toll rose to 83", "killed at least 12");
a bare number ("rose to 83") takes the measure named before it. Money takes the thing priced: the noun
after the amount ("a $250-million fund", "$10 million in emergency aid") or the nearest one before it
("a contract worth", "plans to invest"). Words map to canonical measures through ``MEASURE_WORDS`` so
that "killed", "deaths" and "death toll" are one measure; other nouns are their own (singular) measure.
Nothing is guessed: a figure whose text names nothing it counts keeps ``measure=None``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Canonical measures and the words (lower-case, exact) that name them. Order matters only for
# multi-word entries, matched before single words.
MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "dead": ("dead", "death", "deaths", "death toll", "toll", "killed", "died", "die", "dies", "fatalities",
             "fatality", "lives", "bodies", "perished", "deceased", "killing", "victims", "fatally"),
    "injured": ("injured", "injuries", "injury", "wounded", "hurt", "injuring", "wounding"),
    "missing": ("missing", "unaccounted"),
    "displaced": ("displaced", "evacuated", "evacuees", "evacuation", "homeless", "fled", "shelters",
                  "sheltering", "relocated"),
    "hospitalised": ("hospital", "hospitals", "hospitalised", "hospitalized", "hospitalisation",
                     "hospitalization"),
    "rescued": ("rescued", "saved"),
    "arrested": ("arrested", "arrests", "detained", "detentions", "charged"),
    "affected": ("affected",),
    "storeys": ("storey", "storeys", "story", "stories", "floors", "floor", "storied", "storeyed"),
    "homes": ("homes", "home", "houses", "house", "dwellings", "flats", "apartments", "households", "units"),
    "buildings": ("buildings", "building", "structures", "blocks", "towers"),
    "votes": ("votes", "vote", "ballots"),
    "seats": ("seats", "seat"),
    "residents": ("residents", "inhabitants", "population"),
    "hours": ("hours", "hour"),
    "firefighters": ("firefighters", "firemen", "rescuers"),
    # money: what is priced
    "investment": ("investment", "investments", "invest", "invested", "investing", "projects", "project"),
    "fund": ("fund", "funds", "funding"),
    "contract": ("contract", "contracts", "tender"),
    "aid": ("aid", "assistance", "relief", "donations", "donation", "grant", "grants"),
    "loan": ("loan", "loans", "credit"),
    "budget": ("budget", "spending", "expenditure", "outlay", "allocation", "allocated"),
    "cost": ("cost", "costs", "costing", "price"),
    "sale": ("sale", "sell", "sold", "selling", "stake", "deal", "acquisition", "bought", "buy", "purchase"),
    "damage": ("damage", "damages", "losses", "loss"),
    "exports": ("exports", "export", "exported"),
    "imports": ("imports", "import", "imported"),
    "trade": ("trade",),
    "revenue": ("revenue", "revenues", "sales", "turnover", "income"),
    "profit": ("profit", "profits", "earnings"),
    "fine": ("fine", "fines", "fined", "penalty", "penalties"),
    "bail": ("bail",),
    "compensation": ("compensation", "settlement", "payout", "damages awarded"),
    "bribes": ("bribes", "bribe", "kickbacks"),
    "debt": ("debt", "debts", "deficit"),
    "tax": ("tax", "taxes", "tariff", "tariffs"),
}
WORD_MEASURE: dict[str, str] = {w: m for m, words in MEASURE_WORDS.items() for w in words}
MONEY_MEASURES = frozenset(
    "investment fund contract aid loan budget cost sale damage exports imports trade revenue profit fine bail "
    "compensation bribes debt tax".split())
# People-counting measures (the gold's unit "people").
PEOPLE_MEASURES = frozenset("dead injured missing displaced hospitalised rescued arrested affected residents "
                            "firefighters".split())
# Nouns that count people without saying what happened to them: the predicate or the words before say it.
GENERIC_HEADS = frozenset(
    """people persons person individuals others civilians residents men women children adults passengers workers
    victims citizens nationals migrants soldiers pupils students patients tourists""".split())
# Words that end a counted noun phrase: verbs and function words.
PHRASE_STOP = frozenset(
    """of in on at to for by with from and or but as than that which who whom whose is are was were be been being
    have has had do does did will would can could may might must shall should the a an its their his her this
    these those said says per each into over under about after before since while during between among more
    less other such not no so if then there here when where also only just took take takes kicked remain
    remained remains went came got made including according""".split())
# A plural (or invariable) noun heads a count's phrase: "five Central Asian countries", "12 more people".
INVARIABLE_PLURALS = frozenset("people police staff personnel cattle dead injured missing wounded homeless "
                               "children men women".split())
WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# Words of change and of state between a measure and its figure ("toll rose to", "has reached").
BACK_WORDS = 8  # how far back (in words) a bare figure looks for its measure
AHEAD_WORDS = 4  # how far after its noun a count looks for a predicate ("were killed")
MONEY_AHEAD = 3


def singular(word: str) -> str:
    """A crude singular, enough to match "countries" with "country" and "agreements" with "agreement"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def measure_of_word(word: str) -> str | None:
    """The canonical measure a word names ("killed" -> "dead"), or None."""
    return WORD_MEASURE.get(word.lower())


def _words(text: str) -> list[re.Match]:
    return list(WORD.finditer(text))


def count_phrase(rest: str) -> tuple[int, int, str] | None:
    """The counted noun phrase at the start of ``rest`` (the text after a number): (start, end, head).

    The head is the first plural noun ("countries", "people") or a measure word ("injured", "storey");
    a phrase with neither takes its first word ("one company"). Verbs and function words end it.
    """
    words = _words(rest)
    if not words or rest[:words[0].start()].strip(" \u00a0-"):
        return None
    kept: list[re.Match] = []
    for i, w in enumerate(words[:5]):
        word = w.group(0)
        lower = word.lower()
        if i and rest[words[i - 1].end():w.start()].strip():
            break  # punctuation between words ends the phrase
        if lower in PHRASE_STOP or (kept and lower.endswith("ed") and lower not in WORD_MEASURE):
            break
        kept.append(w)
        if lower in WORD_MEASURE or lower in INVARIABLE_PLURALS or (singular(lower) != lower and len(lower) > 3):
            return kept[0].start(), w.end(), lower
    if not kept:
        return None
    first = kept[0]
    return first.start(), first.end(), first.group(0).lower()


def _predicate_measure(after: str) -> str | None:
    """A measure named by the predicate after a count's noun ("were killed", "remain missing")."""
    for i, w in enumerate(_words(after)[:AHEAD_WORDS]):
        measure = measure_of_word(w.group(0))
        if measure in PEOPLE_MEASURES or measure == "dead":
            return measure
        if i == 0 and not w.group(0).islower():
            return None
    return None


@lru_cache(maxsize=1 << 14)
def _back_measure(before: str, money: bool) -> str | None:
    """The nearest measure named in the clause before a figure ("the death toll rose to")."""
    clause = re.split(r"[;:()\[\]]|,\s+(?:and|but|while|with)\b|\d", before)[-1]
    words = _words(clause)[-BACK_WORDS:]
    text = " ".join(w.group(0).lower() for w in words)
    for multi in ("death toll", "damages awarded"):
        if text.endswith(multi) or f"{multi} " in text:
            return WORD_MEASURE[multi]
    for w in reversed(words):
        measure = measure_of_word(w.group(0))
        if measure and (measure in MONEY_MEASURES) == money:
            return measure
    return None


def count_measure(head: str | None, after: str, before: str) -> str | None:
    """The measure of a count: its noun's, the predicate's for a generic noun, or the one before it."""
    if head:
        own = measure_of_word(head)
        if own:
            return own
        if head not in GENERIC_HEADS:
            return singular(head)
        predicate = _predicate_measure(after)
        if predicate:
            return predicate
        back = _back_measure(before, False)
        return back or ("residents" if head == "residents" else "people")
    return _back_measure(before, False) or _predicate_measure(after)


def money_measure(before: str, after: str) -> str | None:
    """What an amount prices: a measure word just after it ("fund", "in emergency aid"), else before it."""
    for w in _words(after)[:MONEY_AHEAD]:
        measure = measure_of_word(w.group(0))
        if measure in MONEY_MEASURES:
            return measure
        if w.group(0).lower() not in ("in", "of", "for", "the", "a", "an", "new", "emergency", "additional", "extra"):
            break
    return _back_measure(before, True)


_NOT_SUBJECTS = frozenset("hundreds thousands dozens millions tens scores of a the".split())
# A proper-noun modifier inside the phrase or a possessive just before the figure: the subject.
_POSSESSIVE = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)[’']s\s+(?:[a-z]+\s+){0,3}$")


def subject_of(phrase: str, before: str) -> str | None:
    """Whose figure it is: a capitalised modifier in the counted phrase ("15 Filipino workers") or a
    possessive before it ("Japan's investment of"); None when the text gives neither."""
    caps = [w.group(0) for w in _words(phrase) if w.group(0)[:1].isupper() and w.group(0).lower() not in _NOT_SUBJECTS]
    if caps:
        return " ".join(caps)
    m = _POSSESSIVE.search(before[-80:])
    return m.group(1) if m else None
