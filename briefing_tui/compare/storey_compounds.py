"""German storeys written as one adjective before the building's noun: "im zwölfstöckigen Hotel", "ein elfstöckiges
Gebäude", "das 20-geschossige Hochhaus": a count of storeys, as English "a 12-storey hotel".

The number is written into the word, in digits or in words (the number words of :mod:`.compound_periods`); a
hyphened one in digits is a count too ("ein 20-stöckiges Haus").
"""

from __future__ import annotations

from briefing_tui.compare.compound_periods import NUMBER_WORDS
from briefing_tui.compare.counts import Found
from briefing_tui.lazy_pattern import lazy_compile

# The adjective of storeys: a number (digits, with or without a hyphen, or a number word), the ending of storeys
# ("stöckig", "geschossig"), an inflection; then no letter.
STOREY_ADJECTIVE = lazy_compile(
    r"(?<![\w-])(?i:(?P<n>\d{1,3}-?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:stöckig|geschossig)(?:e|en|er|es|em)?)(?![\w-])")
# The counted noun such a count has, the English word of its measure (compare/measure_names.py MEASURE_WORDS).
STOREYS = "storeys"


def storey_compounds_in(text: str) -> list[Found]:
    """Every German storey adjective of ``text`` (see the module) as a count of storeys, offsets relative to it."""
    found = []
    for m in STOREY_ADJECTIVE.finditer(text):
        number = m.group("n").rstrip("-").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        found.append(Found("count", m.start(), m.end(), {"low": float(count), "high": float(count), "unit": "storey",
                                                         "head": STOREYS}))
    return found
