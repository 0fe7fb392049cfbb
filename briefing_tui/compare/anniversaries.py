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
from briefing_tui.compare.phrase_claims import Phrase, cluster, phrase_claim, source_lines, voices_of
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
    voices = voices_of(units)
    phrases = []
    for source in sources:
        for line in lines(source):
            for start, end, value in anniversaries(line.text):
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                phrases.append(Phrase(
                    source.id, source.raw[line.start + start:line.start + end], line.start + start,
                    line.start + end, (line.start, line.end), None if line.index < 0 else line.index, (KEY,), value,
                    f"{value} years", frozenset(), (), speaker, voice))
    out = []
    for group in cluster(phrases, lambda a, b: a.value == b.value):
        made = phrase_claim(group, rank, "Anniversary", KEY, "y")
        if made is not None:
            out.append(made)
    return out
