"""Currency words several countries share ("riyals", "pesos", "kronor"), read as the one currency their article
names in full elsewhere.

The rates table names such a currency only with its country's adjective ("Saudi riyals", "Mexican pesos"): a bare
"riyal" is Saudi, Qatari, Omani or Yemeni money. But an article that writes "Saudi riyals" (or the code, "SAR") once
and "1.2 trillion riyals" later means the Saudi riyal both times. So for each source the bare words of the table's
country-qualified names are resolved to the one code the source names; a bare word whose source names two of its
currencies, or none, stays a word (never money by guess).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from briefing_tui.compare.rates import RateTable
from briefing_tui.model import Source

BareCurrencies = tuple[tuple[str, str], ...]
"""(bare word, ISO code) pairs of one source, sorted: hashable, so a cache of figures can be keyed by it."""

_CACHE_SIZE = 1 << 12
_CACHE: dict[tuple[str, str, int, int], BareCurrencies] = {}


MIN_SHARING_CODES = 2  # currencies whose full names share a word for it to be a bare currency word


@lru_cache(maxsize=8)
def _bare_words(aliases: tuple[tuple[str, str], ...]) -> dict[str, dict[str, list[str]]]:
    """Bare word -> code -> that code's full names holding it ("riyals" -> SAR -> ["saudi riyals"]): the last word
    of several-word names (or the first of two), no currency name alone ("US dollars": "dollars" is one already),
    that the names of ``MIN_SHARING_CODES`` currencies or more share (so a country's adjective, "saudi" or "suisses"
    of "francs suisses", is none)."""
    names = dict(aliases)
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for alias, code in aliases:
        words = alias.split()
        if len(words) > 1:  # (the first word of two only: "francos suizos"; "new" of "new zealand dollars" is none)
            for word in {words[0], words[-1]} if len(words) == 2 else {words[-1]}:
                if word.isalpha() and word not in names:
                    found[word][code].append(alias)
    return {bare: dict(codes) for bare, codes in found.items() if len(codes) >= MIN_SHARING_CODES}


def bare_currencies(source: Source, table: RateTable) -> BareCurrencies:
    """The bare currency words ``source`` may write for money, each with the one code its text names in full
    (a name of the table, or the code in capitals)."""
    key = (source.id, source.content_hash, len(source.raw), id(table))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    raw = source.raw
    lowered = raw.lower()
    pairs = []
    for bare, codes in _bare_words(tuple(table.aliases.items())).items():
        if bare not in lowered:
            continue
        named = {code for code, names in codes.items()
                 if any(name in lowered for name in names) or re.search(rf"\b{code}\b", raw)}
        if len(named) == 1:
            pairs.append((bare, named.pop()))
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.clear()
    result = _CACHE[key] = tuple(sorted(pairs))
    return result
