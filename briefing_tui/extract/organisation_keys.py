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
# A legal form ending a folded name, perhaps after a comma, perhaps several ("holdings inc."):
# corporation, incorporated, limited, company and their abbreviations; the European forms.
_LEGAL_FORM = lazy_compile(
    r"(?:,?\s+(?:"
    r"corp|corporation|inc|incorporated|ltd|limited|co|company|llc|plc|lp|"
    r"ag|se|sa|s\.a|nv|n\.v|bv|gmbh|spa|s\.p\.a|oyj|asa|ab|kk|k\.k"
    r")\.?)+\Z")
# Countries written out at the start of a company's name, as news abbreviates them ("United States Steel").
COUNTRY_ABBREVIATIONS = {"united states": "us", "united kingdom": "uk", "european union": "eu"}
_COUNTRY_START = lazy_compile(r"\A(?:" + "|".join(map(re.escape, COUNTRY_ABBREVIATIONS)) + r")\b")


@lru_cache(maxsize=4096)
def organisation_key(name: str) -> str:
    """The key an organisation's name is merged on (see the module's docstring)."""
    key = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), fold(name))
    key = _COUNTRY_START.sub(lambda m: COUNTRY_ABBREVIATIONS[m.group(0)], key)
    bare = _LEGAL_FORM.sub("", key).strip()
    return bare or key
