"""The words between a part and the whole it is taken from, after the part's count: "four of the five justices",
"four out of five judges", "85 of its 89 substations", and in other languages "85 das suas 89 subestações", "85 de
sus 89 subestaciones", "trois des dix blessés", "drei von 10 Verletzten" (split from compare/counts.py)."""

from __future__ import annotations

import re

from briefing_tui.compare.counted_names import counted_name
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measure_lookup import measure_of_word
from briefing_tui.compare.numbers import NUMBER
from briefing_tui.lazy_pattern import lazy_compile

# A part of a whole after a count: English "of" with its article or possessive ("four of the five justices", "four out
# of five judges", "all 50 of his co-defendants", "Four out of the justices": the whole's number, when given, is read as a count of its own); other
# languages' "de"/"das"/"dos"/"des"/"dei"/"von"/"der", with an article or possessive, always before the whole's
# number ("85 das suas 89 subestações", "85 de sus 89", "3 von 10"): without it "de" is no partitive ("15 de abril").
PART_OF = lazy_compile(
    rf"(?<!\s)\s+(?:(?:out\s+)?of\s+(?:(?:the|all|its|their|his|her|our)\s+)?(?:{NUMBER}\s+)?"
    rf"|(?:de|das|dos|des|dei|delle|degli|von|der)\s+(?:(?:l[oa]s|sus|suas|seus|ses|leurs|suoi|sue|ihren|seinen)\s+)?"
    rf"(?={NUMBER}\s)(?:{NUMBER}\s+))", re.I)
# Measures whose whole another language's link gives as surely as English "of": a chamber's seats, which no toll
# shares ("54 de los 169 escaños", "87 der 169 Sitze", "52 dei 169 seggi").
PART_MEASURES = frozenset({"seats"})
# Counted names of a chamber's members, whose whole is as sure: "54 de los 169 diputados", "52 dei 400 deputati",
# "87 der 630 Abgeordneten" count members of that chamber, no toll's part.
PART_COUNTED_NAMES = frozenset({"legislator"})
NO_PART = frozenset({"one", "a few", "a couple of", "half a"})


def parts_whole(link: re.Match, noun: str) -> bool:
    """Whether a count before ``link`` (a :data:`PART_OF` match) is a part of the whole counted by ``noun``: always
    after English "of"; after another language's link only for a whole of things no measure names ("subestações"),
    since its toll ("des 10 blessés") has no part kind of its own (compare/partitives.py reads English ones)."""
    if link.group(0).split()[0].lower() in ("of", "out"):
        return True
    word = noun.lower()
    if measure_of_word(word) in PART_MEASURES:
        return True  # ("54 de los 169 escaños", "87 der 169 Sitze": a party's seats of the chamber's)
    if counted_name(word) in PART_COUNTED_NAMES:
        return True  # ("elegge 89 dei 230 deputati": 89 of the chamber's members)
    return measure_of_word(word) is None and counted_name(word) is None and word not in language_words().people
