"""Number words of the word table read only right before a head of their own language: a toll noun ("due morti",
``toll_numbers``: compare/word_tolls.py) or a unit of length ("sei chilometri", ``length_numbers``:
compare/word_lengths.py). One pattern per table section for all its languages, and each match with the qualifier
right before it ("almeno", "mindestens", "más de")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from briefing_tui.compare.figure_patterns import _QUAL_BEFORE, QUALIFIERS
from briefing_tui.language_table import word_table

# A qualifier ends this many characters before the number word at most ("almeno ", "mindestens ", "au moins ").
QUALIFIER_REACH = 30
SECTIONS_KEPT = 4  # table sections whose pattern is kept built (two are read today)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=SECTIONS_KEPT)
def number_word_pattern(section_name: str, heads_key: str) -> tuple[re.Pattern | None, dict[str, float]]:
    """(the pattern of a number word right before a head of its language, each word's value) for the table section
    ``section_name``, whose languages list ``numbers`` (value: words) and their heads under ``heads_key``."""
    section = word_table().get(section_name)
    values: dict[str, float] = {}
    alternatives = []
    for table in (section.values() if isinstance(section, dict) else ()):
        numbers = {str(w).lower(): float(n) for n, words in (table.get("numbers") or {}).items() for w in words or ()}
        heads = [str(w).lower() for w in table.get(heads_key) or ()]
        if not numbers or not heads:
            continue
        values.update(numbers)  # (a word has one value in every language listed)
        k = len(alternatives)
        # the number word, one to three spaces, the head, then no letter: "due morti", "sei chilometri"
        alternatives.append(rf"(?P<n_{k}>{_alternation(numbers)})\s{{1,3}}(?P<h_{k}>{_alternation(heads)})")
    if not alternatives:
        return None, values
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I), values


def number_word_matches(text: str, section_name: str, heads_key: str) -> Iterator[tuple[float, str, int, int, dict]]:
    """(the number word's value, its head, start, end, fields with the qualifier if one is right before it) for each
    number word of the section right before one of its heads in ``text``; the start is the qualifier's when there is
    one."""
    pattern, values = number_word_pattern(section_name, heads_key)
    for m in pattern.finditer(text) if pattern else ():
        number = next(g for name, g in m.groupdict().items() if g and name.startswith("n_"))
        head = next(g for name, g in m.groupdict().items() if g and name.startswith("h_"))
        start, fields = m.start(), {}
        qualifier = _QUAL_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
        if qualifier is not None and qualifier.end() == start:
            fields["qualifier"] = QUALIFIERS[qualifier.group("qual").lower()]
            start = qualifier.start()
        yield values[number.lower()], head, start, m.end(), fields
