"""A range told with a word of "from" whose scale word only its upper end carries: "expect from 550 to 600 million
visitors", "de 550 a 600 milhões de visitantes", "da 550 a 600 milioni", "de 3 à 4 milliards d'euros", "von 2 bis 3
Milliarden Euro" is one range (550 to 600 million), not a bare 550 beside 600 million.

A word of "from" before two numbers that a word of "to" links is a change when a verb or noun of change stands before
it ("rose from 31 to 46", "est passée de 3 à 4 millions", "subió de 550 a 600 millones", "steeg van 2 tot 3
miljard"): two values, read by compare/counts.py. With no such word, and the upper end alone scaled (a bare first
number cannot stand for itself: "from 550 to 600 million" is never 550 people), the pair is one interval. Numbers
with no scale word ("from 30 to 33 cases") stay as they are read (a change or two values): nothing says which.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A word of "from" right before the first number ("from", "de", "desde", "da", "dal", "dai", "von", "van").
_FROM_WORD = lazy_compile(r"\b(?:from|de|desde|da|dal|dai|von|van)\s{1,3}\Z", re.I)
# A verb or noun of change, one of the two words right before the word of "from", one language a line (English,
# French, Spanish, Italian, Portuguese, Dutch; German tells a change with "auf", never with "bis"): then the two
# numbers are a move between values, not a range. Stems, a word starting with one is of change ("increased",
# "augmentée", "aumentó", "cresciuto", "gestegen")...
CHANGE_STEMS = tuple("""
    climb increas jump drop declin decreas revis lift soar slump plung reduc expand shrink shrank shrunk chang upgrad
    downgrad boost swell doubl tripl slipp tumbl narrow widen correct adjust updat
    grimp augment baiss diminu recul rédui hauss chut élev corrig révis actualis
    subi subí sube baj aument cay caíd descen desci disminu recort elev increment rebaj redu ajust crec
    sali sces scend cresc dimin ridott ridu alz
    caiu caíram atualiz desceu
    steeg stijg gestegen daal gedaald groei gegroeid verhoog verlaag toegenomen afgenomen""".split())
# ... and whole words whose stem would start other words too ("up" of "upon", "pass" of "passengers", "cal" of
# "calcul").
CHANGE_EXACT = frozenset("""
    rise rises risen rising rose grew grow grows grown growing fell fall falls fallen falling cut cuts cutting up down
    raise raised raises raising lower lowered lowers lowering went surge surged surges surging move moved moves moving
    slide slid slides sliding sank sink sinks gain gains gained gaining lost edge edged edges edging
    passé passée passées passés passer passe passent passait passera monté montée montées montés monter monte
    montent montait
    pasó pasa pasaron pasar pasado pasada amplió
    passato passata passati passate passa passano calo cala calato calata calati calate calano
    passou passaram passando cai nam passed sinking descer""".split())
MAX_CHANGE_WORD = 16  # letters of the longest word read as one of change (a stem and its ending)


def _of_change(word: str) -> bool:
    """Whether ``word`` is a verb or noun of change (``CHANGE_STEMS``, ``CHANGE_EXACT``)."""
    lower = word.lower()
    return lower in CHANGE_EXACT or (len(lower) <= MAX_CHANGE_WORD and lower.startswith(CHANGE_STEMS))


# The two words right before the word of "from" ("rose sharply from", "est passée de", "aumentó este año de").
_LAST_WORDS = lazy_compile(r"[^\W\d_]+")
CHANGE_WORDS = 2  # words before the word of "from" read for a verb or noun of change
CHANGE_REACH = 40  # characters before the word of "from" those words are looked for in


def change_word_before(before_from: str) -> bool:
    """Whether the last word of ``before_from`` (the text before a word of "from") is a verb or noun of change ("est
    passée", "subió", "aumentou"): the numbers after the "from" are a move between two values, not a range."""
    words = _LAST_WORDS.findall(before_from[-CHANGE_REACH:])
    return bool(words) and _of_change(words[-1])


def from_without_change(before: str) -> bool:
    """Whether the text right ``before`` a first number ends with a word of "from" and holds no verb or noun of change
    in the ``CHANGE_WORDS`` words before it (then a scaled upper end makes the pair one range)."""
    m = _FROM_WORD.search(before)
    if m is None:
        return False
    words = _LAST_WORDS.findall(before[max(0, m.start() - CHANGE_REACH):m.start()])[-CHANGE_WORDS:]
    return not any(_of_change(w) for w in words)


FROM_REACH = 60  # characters before a first number handed to :func:`from_without_change`
