"""Which country's money a currency form several countries write means on one page ("Rs", "rupees": India's,
Pakistan's, Sri Lanka's or Nepal's rupees), read from the page's own evidence, never assumed.

The rate table reads such a form as its first currency (``Rs`` is INR). A page about Islamabad writes "Rs 1 million"
for Pakistani rupees, so the page's evidence picks the currency, in this order:

1. a currency of the form that the page names outright, and no other ("1 million Pakistani rupees", "PKR 500",
   "₹2,000 crore");
2. the country the page names most, by its name, its people and its main cities ("Pakistan", "Pakistani",
   "Islamabad"), at least ``PLACE_MARGIN`` times as often as any other country of the form;
3. the outlet's country, by its address's country domain (".pk", ".lk").

An amount so placed is that country's money (``currency_from`` "page"): never weighed as another's. Without evidence
the amount is "rupees" of no country (``currency_from`` "none"): shown as written, weighed in the currency of an
amount it is compared with (compare/shared_currencies.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from briefing_tui.compare.rates import RateTable
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, Source

# The places (country, people, capital and main cities, in the languages of the corpus) that say which country's money
# a page's shared currency form is; lower-case, matched as whole words.
COUNTRY_PLACES: dict[str, tuple[str, ...]] = {
    "PKR": ("pakistan", "pakistani", "pakistanis", "pakistanais", "pakistanaise", "pakistanische", "pakistanischen",
            "pakistán", "pakistaní", "pakistaníes", "paquistán", "paquistaní", "paquistaníes", "paquistão",
            "paquistanês", "paquistanesa", "paquistaneses", "pakistano", "pakistana", "islamabad", "lahore",
            "karachi", "rawalpindi", "peshawar", "quetta", "multan", "faisalabad"),
    # (not "indiana": a state of the United States)
    "INR": ("india", "índia", "indian", "indians", "inde", "indien", "indienne", "indische", "indischen", "indiano",
            "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru", "bangalore", "ahmedabad", "pune"),
    "LKR": ("sri lanka", "sri lankan", "sri lankans", "colombo", "kandy", "jaffna"),
    "NPR": ("nepal", "nepalese", "nepali", "népal", "kathmandu", "pokhara", "lalitpur"),
}
# The country domain of an outlet's address: "dawn.com.pk", "www.dailymirror.lk".
COUNTRY_DOMAINS: dict[str, str] = {"pk": "PKR", "in": "INR", "lk": "LKR", "np": "NPR"}
PLACE_MARGIN = 2
"""The country a page names this many times as often as any other of the form's countries is the page's (a page on
Pakistan names India now and then: "India's foreign ministry said")."""
MAX_PAGE_CHARS = 100_000
"""The part of a long page read for its evidence (a page's subject is named early and often)."""
# A word boundary around a place or a currency's name ("Pakistani" is no "Pakistan"; "₹" stands glued to digits).
_EDGE = r"(?<![^\W\d_]){}(?![^\W\d_])"
_HOST_END = lazy_compile(r"\.([a-z]{2})\.?$")
# A currency's name in a script that writes the shared word alone, with no country ("루피", "ルピー", "卢比"): no
# evidence of a country.
_UNMARKED = lazy_compile(r"^[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+$")


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` as a whole word (longest first), case-insensitive."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(_EDGE.format(f"(?:{alternatives})"), re.I)


def page_currency(source: Source, codes: frozenset[str], table: RateTable) -> str | None:
    """The one of ``codes`` (the currencies a shared form may be) that ``source``'s own evidence names, or None."""
    text = source.body[:MAX_PAGE_CHARS]
    named = {code for code in codes
             if (names := tuple(a for a, c in table.aliases.items() if c == code and a not in table.shared
                                and not _UNMARKED.match(a)))
             and _words_pattern(names).search(text)}
    if len(named) == 1:
        return named.pop()
    if named:
        return None  # (two currencies named outright: the page gives both, "Rs" could be either)
    counts = Counter({code: len(_words_pattern(COUNTRY_PLACES[code]).findall(text))
                      for code in codes if code in COUNTRY_PLACES})
    ranked = [(code, n) for code, n in counts.most_common() if n]
    if ranked and (len(ranked) == 1 or ranked[0][1] >= PLACE_MARGIN * ranked[1][1]):
        return ranked[0][0]
    host = urlsplit(source.url or "").hostname or ""
    m = _HOST_END.search(host)
    code = COUNTRY_DOMAINS.get(m.group(1)) if m else None
    return code if code in codes else None


def home_shared_forms(figures: list[Figure], source: Source, table: RateTable,
                      memo: dict[frozenset[str], str | None]) -> list[Figure]:
    """``figures`` with each amount written in a shared form in its page's currency (``currency_from`` "page"), or
    marked as of no known country (``currency_from`` "none"); ``memo`` keeps each set of codes' answer for the page."""
    from briefing_tui.compare.shared_currencies import bare_form
    out = []
    for f in figures:
        form = bare_form(f, table) if f.currency_from is None else None
        if form is None:
            out.append(f)
            continue
        codes = table.shared[form]
        if codes not in memo:
            memo[codes] = page_currency(source, codes, table)
        home = memo[codes]
        out.append(dataclasses.replace(f, unit=home or f.unit, currency_from="page" if home else "none"))
    return out
