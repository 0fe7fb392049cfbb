"""Which anniversary a story falls on: "the fifth anniversary of the GDPR", "a five-year anniversary", "le cinquième
anniversaire", "l'anniversaire des cinq ans", "el quinto aniversario", "el 80 aniversario", "zum 80. Jahrestag".

The anniversary's number is what the sources say; sources giving one number agree. Two numbers are never weighed
against each other: a story may recall several anniversaries (of its event and of another one), so different
numbers stay apart (a false disagreement is worse than a miss).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.numbers import UNITS
from briefing_tui.compare.ordinal_words import ORDINAL_WORD, ordinal_value
from briefing_tui.compare.numbered_phrases import numbered_claims
from briefing_tui.compare.phrase_claims import source_lines
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

# The word of an anniversary, per language.
_ANNIVERSARY = r"(?:anniversary|anniversaire|aniversario|aniversário|anniversario|Jahrestag(?:es|s)?|Jubiläums?)"
# An ordinal (or a number, as Spanish and German write one: "80 aniversario", "80. Jahrestag") before the word;
# a count of years before it ("a five-year anniversary"); French "l'anniversaire des cinq ans".
_NUMBERED = lazy_compile(
    r"(?<![\w.,-])(?:(?P<ord>" + ORDINAL_WORD + r")|(?P<n>\d{1,3})\.?|(?P<years>\d{1,3}|[^\W\d_]{3,12})[\s-]{1,3}years?)"
    r"[\s-]{1,3}" + _ANNIVERSARY + r"(?![\w-])"
    r"|\banniversaire\s{1,3}(?:des|de\s{1,3}(?:ses|leurs))\s{1,3}(?P<ans>\d{1,3}|[^\W\d_]{3,12})\s{1,3}ans\b", re.I)
_HINT = lazy_compile(r"anniversa|aniversa|aniversá|jahrestag|jubiläum")  # (a quick check of the lower-case line)
KEY = "anniversary"


def anniversaries(text: str) -> list[tuple[int, int, int]]:
    """The numbered anniversaries in a line: (start, end, number), offsets in ``text``."""
    if not _HINT.search(text.lower()):
        return []
    out = []
    for m in _NUMBERED.finditer(text):
        value = ordinal_value(m.group("ord")) if m.group("ord") else _number(m.group("n") or m.group("years")
                                                                             or m.group("ans"))
        if value:
            out.append((m.start(), m.end(), value))
    return out


def _number(written: str) -> int | None:
    """A number in digits or in words of a language read ("five", "cinq", "fünf")."""
    if written.isdigit():
        return int(written)
    value = UNITS.get(written.lower()) or language_words().numbers.get(written.lower())
    return int(value) if value and value == int(value) else None


def anniversary_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                       lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of which anniversary a story falls on that two sources state (one number each), with sort keys."""
    return numbered_claims(sources, units, rank, lines, anniversaries, KEY, "Anniversary", lambda n: f"{n} years",
                           lambda a, b: a.value == b.value)
