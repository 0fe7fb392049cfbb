"""A listed firm's market value named by two or three words before an amount ("a market value of $410 billion",
"o valor de mercado da Orbitron caiu para 410 bilhões", "il valore di mercato ... 410 miliardi", "une valeur
boursière de 410 milliards"): the valuation, as the one-word names are (data/measure_words.yaml "capitalisation",
"Börsenwert"), which a word-by-word lookup cannot read. Asked only when no other measure word names the amount, and
after a value lost (compare/market_value_losses.py: "lost $95 billion in market value" is the damage).
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

VALUATION = "valuation"  # the measure of what the market prices a listed firm at (compare/measure_names.py)

# The names of a firm's market value in several words, one language a line: English "market value", "market
# valuation", "market cap"; Portuguese and Spanish "valor de mercado"; Italian "valore di mercato"; French "valeur
# boursière", "valeur de marché". (The one-word names, "capitalisation", "Marktkapitalisierung", are measure words.)
_MARKET_VALUE_NAME = lazy_compile(
    r"\b(?:market\s{1,3}(?:value|valuation|cap)"
    r"|valor\s{1,3}de\s{1,3}mercado"
    r"|valore\s{1,3}di\s{1,3}mercato"
    r"|valeur\s{1,3}(?:boursière|de\s{1,3}marché))\b", re.I)
# The end of a clause: a sentence's end, a semicolon, a colon, a comma (the name must be in the amount's own clause).
_CLAUSE_END = lazy_compile(r"[.;:!?,]\s")
MARKET_VALUE_REACH = 80  # characters before an amount searched for a several-word name of the market value


def market_value_before(before: str) -> str | None:
    """``VALUATION`` when a several-word name of a firm's market value comes in the amount's clause just before it
    (``before`` is the text before the amount), else None."""
    clause = _CLAUSE_END.split(before[-MARKET_VALUE_REACH:])[-1]
    return VALUATION if _MARKET_VALUE_NAME.search(clause) else None
