"""What a word before a figure is, beside a measure: the object of a place preposition ("from their homes"), or a
word of a name ("the International Monetary Fund", "el Fondo Monetario Internacional", "an Extended Fund Facility"):
neither names the figure's measure. Split from :mod:`briefing_tui.compare.measures`."""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.compare.language_words import language_words

# Prepositions whose object is where or whence, not what a later count counts ("of" is not one:
# "the number of injured rose to 3,408" counts the injured).
_PLACE_PREPOSITIONS = frozenset("from in at on into inside across under near".split())
_DETERMINERS = frozenset("the a an their its his her our your this that these those".split())
# A life word after a preposition of state is "alive", not a life lost ("rescatados con vida 104 personas", "retrouvés
# en vie", "resgatados com vida", "estratti in vita"): never the dead that "perdieron la vida" counts.
_ALIVE_PREPOSITIONS = frozenset("con com en in".split())
_LIFE_WORDS = frozenset("vida vie vita".split())

NAME_RUN = 3
"""Capitalised words in a row that make a name ("International Monetary Fund"): a measure's word inside one is the
name's. Two are not enough: a German noun is capitalised after another ("Deutschlands Umsatz")."""
# Capitalised words that are no part of a name: the table's function words, numbers, months, scale words, and
# currencies ("Der Umsatz", "Milliarden Euro Umsatz").
_CURRENCY_WORDS = frozenset("euro euros dollar dollars pound pounds yen yuan peso pesos real reais rupee rupees".split())


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    words = language_words()
    return words.not_names | frozenset(words.scales) | _CURRENCY_WORDS | _DETERMINERS


def alive(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the life word of "alive" ("con vida", "en vie", "com vida", "in vita"): no life lost."""
    return bool(i) and words[i].lower() in _LIFE_WORDS and words[i - 1].lower() in _ALIVE_PREPOSITIONS


def after_preposition(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the object of a place preposition ("from their homes", "in the building")."""
    if alive(words, i):
        return True  # ("rescatados con vida": alive)
    k = i - 1
    while k >= 0 and words[k].lower() in _DETERMINERS:
        k -= 1
    return k >= 0 and k < i and words[k].lower() in _PLACE_PREPOSITIONS


def _named(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _not_name_words()


def in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a word of a name of ``NAME_RUN`` or more capitalised words in a row ("the
    International Monetary Fund on Friday approved $20 billion": "Fund" is no measure of it)."""
    if not _named(words[i]):
        return False
    lo, hi = i, i
    while lo > 0 and (_named(words[lo - 1]) or lo > 1 and _linking(words, lo - 1)):
        lo -= 1
    while hi + 1 < len(words) and (_named(words[hi + 1]) or hi + 2 < len(words) and _linking(words, hi + 1)):
        hi += 1
    return hi - lo + 1 >= NAME_RUN


# Lower-case words that join two capitalised words into one name ("Reason and Justice", "Bank of England", "Partido
# de Justicia"); not German's "und": a German noun is capitalised ("Tote und Verletzte" is no name).
_NAME_LINKS = frozenset("and of for y e et de del di da do du".split())


def _linking(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` joins the capitalised words either side of it into one name."""
    return words[k] in _NAME_LINKS and _named(words[k - 1]) and _named(words[k + 1])


# Heads of a compound that make a sum's noun before them a rate's ("the federal funds rate", "the federal funds target
# range", "the lending rate"): a share after it is the rate, never a share of the sum. (A tax's or a tariff's rate is
# the tax itself: the caller leaves those out.)
_RATE_HEADS = frozenset({"rate", "rates", "target", "range", "corridor", "yield", "yields"})


def heads_a_rate(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` modifies a rate's noun right after it ("funds" of "federal funds rate")."""
    return i + 1 < len(words) and words[i + 1].lower() in _RATE_HEADS


# Italian (and Spanish) words spelled as an English measure word, told by the preposition right after them: the verb
# "sale" (rises, goes up: "L'Udc sale al 27,9%", "il debito sale dal 60 all'80%") and the noun "fine" (the end: "alla
# fine del 2024 erano 3.000"). English writes neither before these words ("a sale of", "a fine of").
_ITALIAN_OF = ("di", "del", "dello", "della", "dei", "degli", "delle")
ROMANCE_FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "sale": frozenset(("al", "allo", "alla", "ai", "agli", "alle", "ad", "dal", "dallo", "dalla", "dai", "dagli",
                       "dalle", "da") + _ITALIAN_OF),
    "fine": frozenset(_ITALIAN_OF),
}


def false_friend(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is an Italian or Spanish word spelled as an English measure word, by the preposition after
    it ("sale al 27,9%": rises to; "fine del 2024": the end of), so no measure of a figure."""
    links = ROMANCE_FALSE_FRIENDS.get(words[i].lower())
    return links is not None and i + 1 < len(words) and words[i + 1].lower() in links
