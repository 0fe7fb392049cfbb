"""Counts of the dead, the injured, the missing or the arrested written with a number word that no general reading
takes, as it is also another word (Italian "due" is English "due", Spanish "dos" Portuguese "of the", "un", "ein",
"einen" articles): read only right before such a noun of its language, from the table's ``toll_numbers``
("Almeno due morti": at least two dead; "mindestens einen Toten": at least one). Without it the first toll of an
event, often "one dead" or "two dead", is no figure, and a later one stands alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.approximate_ones import approximate_ones_in
from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import _QUAL_BEFORE, QUALIFIERS
from briefing_tui.compare.listed_ones import listed_ones_in
from briefing_tui.compare.word_forms import singular
from briefing_tui.compare.word_lengths import word_lengths_in
from briefing_tui.compare.word_range_ends import word_range_ends_in
from briefing_tui.language_table import word_table

# A qualifier ends this many characters before the number word at most ("almeno ", "mindestens ", "pelo menos ").
QUALIFIER_REACH = 30


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _toll_numbers() -> tuple[re.Pattern | None, dict[str, float]]:
    """(the pattern of a number word right before a toll noun of its language, each word's value)."""
    section = word_table().get("toll_numbers")
    values: dict[str, float] = {}
    alternatives = []
    for table in (section.values() if isinstance(section, dict) else ()):
        numbers = {str(w).lower(): float(n) for n, words in (table.get("numbers") or {}).items() for w in words or ()}
        nouns = [str(w).lower() for w in table.get("nouns") or ()]
        if not numbers or not nouns:
            continue
        values.update(numbers)  # (a word has one value in every language listed)
        k = len(alternatives)
        # the number word, one to three spaces, the noun, then no letter: "due morti", "einen Toten"
        alternatives.append(rf"(?P<n_{k}>{_alternation(numbers)})\s{{1,3}}(?P<h_{k}>{_alternation(nouns)})")
    if not alternatives:
        return None, values
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I), values


def word_tolls_in(text: str) -> list[Found]:
    """Every count written with a number word of ``toll_numbers`` right before a toll noun of its language (see the
    module), with the qualifier right before it ("almeno", "mindestens"), offsets relative to ``text``."""
    pattern, values = _toll_numbers()
    found = []
    for m in pattern.finditer(text) if pattern else ():
        number = next(g for name, g in m.groupdict().items() if g and name.startswith("n_"))
        head = next(g for name, g in m.groupdict().items() if g and name.startswith("h_"))
        value = values[number.lower()]
        fields: dict = {"low": value, "high": value, "unit": singular(head.lower()), "head": head}
        start = m.start()
        qualifier = _QUAL_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
        if qualifier is not None and qualifier.end() == start:
            fields["qualifier"] = QUALIFIERS[qualifier.group("qual").lower()]
            start = qualifier.start()
        found.append(Found("count", start, m.end(), fields))
    # (and the first end of a range of number words, "drei" of "drei bis vier Meter", and "about one metre" written
    # with an article, "près d'un mètre", and "un militare" ending "14 civili e un militare", and "sei chilometri", a
    # length: also no general reading's)
    return found + word_range_ends_in(text) + approximate_ones_in(text) + listed_ones_in(text) + word_lengths_in(text)
