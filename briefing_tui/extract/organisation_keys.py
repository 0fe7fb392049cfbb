"""One key for the spellings of one organisation's name, so that resolution merges them.

"Nippon Steel Corp.", "Nippon Steel Corporation" and "Nippon Steel" name one company; so do "U.S. Steel",
"US Steel" and "United States Steel Corp". The key is the folded name (:func:`~briefing_tui.extract.names.fold`)
with the dots of an abbreviation dropped ("u.s." -> "us"), a country written out at the start abbreviated as news
abbreviates it ("united states steel" -> "us steel") and a legal form at the end left off ("corp", "inc", "ltd",
"plc", "ag", ...). A name that is nothing but a legal form keeps it. Words that make another organisation of a
name ("Group", "Foundation", "North America") are kept: "Nippon Steel North America" is a subsidiary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.extract.names import fold
from briefing_tui.lazy_pattern import lazy_compile

# An abbreviation written with dots, two letters or more ("u.s.", "u.k.", "e.u."), on a folded name.
_DOTTED = lazy_compile(r"\b(?:[a-z]\.){2,}")
# Legal forms that may end a company's name, as words of a folded name without their dots and commas: corporation,
# incorporated, limited, company and their abbreviations; the European forms.
LEGAL_FORMS = frozenset(
    "corp corporation inc incorporated ltd limited co company llc plc lp "
    "ag se sa nv bv gmbh spa oyj asa ab kk".split())
# Countries written out at the start of a company's name, as news abbreviates them ("United States Steel").
COUNTRY_ABBREVIATIONS = {"united states": "us", "united kingdom": "uk", "european union": "eu"}
_COUNTRY_START = lazy_compile(r"\A(?:" + "|".join(map(re.escape, COUNTRY_ABBREVIATIONS)) + r")\b")


@lru_cache(maxsize=4096)
def organisation_key(name: str) -> str:
    """The key an organisation's name is merged on (see the module's docstring)."""
    key = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), fold(name))
    key = _COUNTRY_START.sub(lambda m: COUNTRY_ABBREVIATIONS[m.group(0)], key)
    words = key.split()
    while len(words) > 1 and words[-1].replace(".", "").rstrip(",") in LEGAL_FORMS:
        words.pop()  # ("toyota motor co., ltd." -> "toyota motor"; a name that is a legal form alone keeps it)
    if words:
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


# Legal forms whose name without them still names the company ("Alphabet Inc." -> "Alphabet", "Sony Corporation" ->
# "Sony"); "Company" and "Co." are not among them: "Walt Disney Company" without them is a person's name.
BARE_NAME_FORMS = LEGAL_FORMS - {"company", "co"}


def bare_company_name(name: str) -> str | None:
    """``name`` as written without the legal forms that end it ("Toyota Motor Co., Ltd." keeps "Co.": see
    BARE_NAME_FORMS), or None when none ends it or nothing else is left."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower().replace(".", "").rstrip(",") in BARE_NAME_FORMS:
        cut -= 1
    if cut == len(words):
        return None
    return " ".join(words[:cut]).rstrip(",") or None
