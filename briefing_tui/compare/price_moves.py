"""A price's move told by a comparative after the share: "shares were 0.2% higher at 450 yen", "closed 3% lower on
Tuesday", "5% higher than a year earlier": a change, as "up 17%" and "fell 1%" are (compare/measures.py
CHANGE_WORDS), not a share of anything. A comparative before a noun ("a 3% higher tariff") is that noun's.

A price that a verb of change right before the share moves ("the price of ether fell 8%", "O preço do Ethereum caiu
quase 4%", "el precio cayó un 5%", "der Kurs sank um acht Prozent"), or a fall named by its noun ("a dip of nearly 4%
in the price", "une chute de 8 %", "una caída del 5%", "ein Rückgang von 8 Prozent"), is that price's change: never
the price itself (a share is no price), so every outlet's fall of one price is one change."""

from __future__ import annotations

import re

from briefing_tui.compare.market_value_losses import lost_share
from briefing_tui.compare.measures import CHANGE_WORDS, CLAUSE_SPLIT, words_in
from briefing_tui.lazy_pattern import lazy_compile

CHANGE = "change"
# Right after the share: "higher" or "lower", then the clause's end or a word that opens what follows the move (the
# price reached "at", the day "on"/"in", the base "than", "after"), never a noun it would qualify.
_MOVED_AFTER = lazy_compile(r"\A\s{0,3}(?:higher|lower)\b(?=\s{0,3}(?:[,.;:)]|\Z|(?:at|on|in|than|after|to)\b))", re.I)


# A price's noun in the clause before the share: "price", "preço", "precio", "prix", "cours", "Kurs", "Preis", "prezzo",
# "cotação", "cotización".
_PRICE_NOUN = lazy_compile(r"\b(?:price|prices|pre[çc]os?|precios?|prix|cours|Kurse?|Preise?|prezz[oi]|cota[çc][ãa]o"
                           r"|cotizaci[óo]n|[\w-]{1,20}-Kurs)\b", re.I)
# A fall or rise named by its noun and a link right before the share: "a dip of", "a drop of", "une chute de", "une
# baisse de", "una caída del", "uma queda de", "un calo del", "ein Rückgang von", "einen Einbruch von", "a rise of".
_MOVE_NOUN_BEFORE = lazy_compile(
    r"\b(?:dip|drop|fall|decline|slide|plunge|slump|rise|jump|chute|baisse|hausse|ca[íi]da|subida|queda|alta|calo"
    r"|rialzo|R[üu]ckgang|Einbruch|Anstieg)\s{1,3}(?:of|de|del|da|do|di|von)"
    r"(?:\s{1,3}(?:nearly|almost|about|around|some|roughly|over|quase|casi|cerca\s{1,3}de|presque|environ|fast|knapp"
    r"|etwa|rund|circa|quasi))?\s{0,3}$", re.I)
MOVE_NOUN_REACH = 40  # characters before a share searched for the noun of a move
CHANGE_VERB_WORDS = 3  # words right before a share searched for the verb of change ("caiu quase", "sank um")
PRICE_REACH = 60  # characters of the clause before a share searched for the price's noun


def moved_by(after: str, before: str = "") -> bool:
    """Whether the share between ``before`` and ``after`` is how much a price moved ("0.2% higher at", "3% lower.",
    a fall told as a loss: "a loss of 12%", compare/market_value_losses.py; a fall named by its noun, "a dip of";
    a price's move, "the price of ether fell")."""
    return _MOVED_AFTER.match(after) is not None or lost_share(before) \
        or _MOVE_NOUN_BEFORE.search(before[-MOVE_NOUN_REACH:]) is not None or _price_moved(before)


def _price_moved(before: str) -> bool:
    """Whether a verb of change right before the share moves a price named in its clause ("O preço do Ethereum caiu")."""
    clause = CLAUSE_SPLIT.split(before[-PRICE_REACH:])[-1]
    near = [w.group(0).lower() for w in words_in(clause)][-CHANGE_VERB_WORDS:]
    return any(w in CHANGE_WORDS for w in near) and _PRICE_NOUN.search(clause) is not None
