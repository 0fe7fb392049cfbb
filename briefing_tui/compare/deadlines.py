"""Deadlines given as a length of time: "has 60 days to end the practices", "The Commission has given
Google 60 days", "a 90-day deadline", "eine 60-Tage-Frist".

A deadline is a party *having* or *being given* a number of days, weeks or months (to do something), or
a length of time before "deadline" / "Frist". Its value is the length in days. Deadlines from several
sources are one claim when they give one length and their clauses do not name different parties; two
lengths are weighed against each other only when they name one party and one task ("to end", "to
comply"): a party often has two deadlines for two tasks ("60 days to outline a plan and 30 days to
implement it").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import (
    Phrase,
    capitalised_names,
    clause_start,
    cluster,
    name_keys,
    nearest_name,
    phrase_claim,
    source_lines,
    voices_of,
)
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Claim, Sentence, Source

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60,
                 "ninety": 90}
_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "tag": 1, "tage": 1, "tagen": 1,
         "woche": 7, "wochen": 7, "monat": 30, "monate": 30, "monaten": 30}
_AMOUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# "has / was given / granted ... 60 days to": the party's time to act.
_HAS_TIME = lazy_compile(
    r"\b(?:has|have|had|given|gave|give|gives|granted|grants|grant|allowed|allows|allow)\s{1,3}"
    r"(?:(?:[\w.’'-]{1,30})\s{1,3}){0,3}?(?:until\s{1,3})?(?:just\s{1,3}|only\s{1,3}|another\s{1,3})?"
    + _AMOUNT + r"\s{1,3}(?P<unit>days?|weeks?|months?)\s{1,3}(?:to|in\s{1,3}which\s{1,3}to)\s{1,3}(?P<task>[a-z]{2,20})", re.I)
# "a 90-day deadline", "a deadline of 60 days", "eine 60-Tage-Frist", "eine Frist von 60 Tagen".
_DEADLINE = lazy_compile(
    r"\b" + _AMOUNT + r"[\s-]{1,3}(?P<unit>days?|weeks?|months?|Tage|Wochen|Monate)[\s-]{1,3}(?:deadline|Frist)\b"
    r"|\b(?:deadline|Frist)\s{1,3}(?:of|von)\s{1,3}" + _AMOUNT.replace("?P<n>", "?P<n2>")
    + r"\s{1,3}(?P<unit2>days|weeks|months|Tagen|Wochen|Monaten)\b", re.I)


def _days(number: str, unit: str) -> int:
    n = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
    return n * _DAYS[unit.lower()]


# Words one of the patterns needs (a quick check before them).
_HINTS = ("day", "week", "month", "tage", "woche", "monat")


def deadlines(text: str) -> list[tuple[int, int, int, str, str]]:
    """The deadlines in a line: (start, end, days, words as written, task), offsets in ``text``."""
    out = []
    lower = text.lower()
    if not any(h in lower for h in _HINTS):
        return out
    for m in _HAS_TIME.finditer(text):
        written = f"{m.group('n')} {m.group('unit')}"
        out.append((m.start(), m.end("unit"), _days(m.group("n"), m.group("unit")), written, m.group("task").lower()))
    for m in _DEADLINE.finditer(text):
        number, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        out.append((m.start(), m.end(), _days(number, unit), f"{number} {unit}", ""))
    return out


def _names(text: str, start: int, end: int) -> frozenset[str]:
    """Capitalised words in the deadline's clause up to its end (the party given the time)."""
    return name_keys(text[clause_start(text, start):end])


def _party(text: str, start: int, end: int) -> str | None:
    """The name written last in the deadline's clause up to its number: the party given the time."""
    return nearest_name(capitalised_names(text[clause_start(text, start):end]))


def _fits(a: Phrase, b: Phrase) -> bool:
    if a.value == b.value:
        return not (a.names and b.names and a.names.isdisjoint(b.names))
    return a.detail[1] is not None and bool(a.detail[0]) and a.detail == b.detail  # one party, one task


def deadline_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                    lines: Callable[[Source], Sequence[Sentence]] = source_lines) -> list[tuple[tuple, Claim]]:
    """Claims of deadlines that two sources state, with their sort keys. ``lines``: the lines of a source read
    (:func:`~.phrase_kinds.phrase_claims` leaves out those without a phrase)."""
    voices = voices_of(units)
    found: list[Phrase] = []
    for source in sources:
        for line in lines(source):
            for start, end, days, written, task in deadlines(line.text):
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                found.append(Phrase(source.id, source.raw[line.start + start:line.start + end], line.start + start,
                                    line.start + end, (line.start, line.end), None if line.index < 0 else line.index,
                                    ("deadline",), days, f"{days} days", _names(line.text, start, end),
                                    (task, _party(line.text, start, end)),
                                    speaker, voice))
    out = []
    for group in cluster(found, _fits):
        made = phrase_claim(group, rank, "Deadline", "deadline", "t")
        if made is not None:
            out.append(made)
    return out
