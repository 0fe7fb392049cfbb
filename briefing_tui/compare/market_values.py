"""A listed firm's market value: the valuation, and when it is a loss instead.

Its one-word names are measure words (data/measure_words.yaml: "capitalisation", "capitalización", "Börsenwert",
"Marktkapitalisierung"); its several-word names ("a market value of $410 billion", "o valor de mercado da Orbitron
caiu para 410 bilhões", "il valore di mercato ... 410 miliardi", "une valeur boursière de 410 milliards") a
word-by-word lookup cannot read, so they are asked here when no other measure word names the amount
(:func:`valued_or_lost`). A market value named in a clause that tells of losing it is the value lost, the damage
("a loss of market capitalisation ... with a decrease of 279 billion", "600 Milliarden Dollar Börsenwert vernichtet"),
as compare/market_value_losses.py reads "lost $95 billion in market value"; never the value the firm still has.
"""

from __future__ import annotations

import re

from briefing_tui.compare.market_value_losses import losing_before
from briefing_tui.lazy_pattern import lazy_compile

VALUATION = "valuation"  # the measure of what the market prices a listed firm at (compare/measure_names.py)
VALUE_LOST = "damage"  # the measure a value lost is read as (compare/market_value_losses.py)

# The names of a firm's market value in several words, one language a line: English "market value", "market cap";
# Portuguese and Spanish "valor de mercado"; Italian "valore di mercato"; French "valeur boursière", "valeur de
# marché". (English "market valuation" is left out: "its market valuation is estimated at", an offering's valuation.)
_MARKET_VALUE_NAME = lazy_compile(
    r"\b(?:market\s{1,3}(?:value|cap)"
    r"|valor\s{1,3}de\s{1,3}mercado"
    r"|valore\s{1,3}di\s{1,3}mercato"
    r"|valeur\s{1,3}(?:boursière|de\s{1,3}marché))\b", re.I)
# The end of a clause: a sentence's end, a semicolon, a colon, a comma (the name must be in the amount's own clause).
_CLAUSE_END = lazy_compile(r"[.;:!?,–—]\s")
MARKET_VALUE_REACH = 80  # characters before an amount searched for a several-word name of the market value
# A verb of destroying or losing right after the amount and the market value's name, in German word order ("600
# Milliarden Dollar Börsenwert vernichtet", "an Marktwert eingebüßt", "verloren").
_LOST_AFTER = lazy_compile(r"\b(?:vernicht\w{0,4}|eingebüßt|verloren|ausgelöscht)\b", re.I)
LOST_AFTER_REACH = 40  # characters after an amount searched for a verb of losing


def market_value_before(before: str) -> str | None:
    """``VALUATION`` when a several-word name of a firm's market value comes in the amount's clause just before it
    (``before`` is the text before the amount), else None."""
    clause = _CLAUSE_END.split(before[-MARKET_VALUE_REACH:])[-1]
    return VALUATION if _MARKET_VALUE_NAME.search(clause) else None


def valued_or_lost(measure: str | None, before: str, after: str) -> str | None:
    """The measure of an amount given ``measure``, the one its words name: a several-word market value when none; a
    market value told as lost (a verb or noun of losing in its clause before it, or a verb of destroying right after
    it) is the value lost."""
    measure = measure or market_value_before(before)
    if measure != VALUATION:
        return measure
    lost_after = _LOST_AFTER.search(_CLAUSE_END.split(after[:LOST_AFTER_REACH])[0])
    return VALUE_LOST if losing_before(before) or lost_after else VALUATION
