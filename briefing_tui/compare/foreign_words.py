"""Weekdays of other languages in article text ("am Donnerstag", "le jeudi", "el jueves", "giovedì"), read from
the table of :mod:`briefing_tui.compare.language_words` (``weekdays``: per language, Monday to Sunday).

A weekday written in lower case (French, Spanish, Italian, Portuguese, Dutch style) is a day wherever it stands;
a capitalised one (German nouns, a sentence's first word) is a day unless a capitalised word other than a
preposition of the table's ``weekday_before`` ("Am", "Op") stands right before it: then it is a word of a name
("Plácido Domingo")."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.measures import count_measure
from briefing_tui.compare.when import WEEKDAYS
from briefing_tui.language_table import per_language, shipped_table
from briefing_tui.lazy_pattern import lazy_compile

# A word of letters (any script, with hyphens inside: "quinta-feira").
_WORD = lazy_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1 << 12)
def foreign_weekdays(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each weekday of another language in ``text``: (start, end, English weekday name in lower case)."""
    table = language_words()
    numbers, before = table.weekday_numbers, table.weekday_before
    out = []
    previous: re.Match | None = None
    for m in _WORD.finditer(text):
        word = m.group(0)
        n = weekday_number(word)
        if n is not None and word.lower() not in WEEKDAYS and _is_day(word, previous, text, before):
            out.append((m.start(), m.end(), WEEKDAYS[n]))
        previous = m
    return tuple(out)


# A German part of the day a weekday is compounded with ("Freitagabend", "Sonntagmorgen", "Dienstagnacht").
_DAY_PART = lazy_compile(r"(?:abend|morgen|vormittag|nachmittag|mittag|nacht)$")


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 (Sunday) for another language's weekday (or a German one with a part of the day:
    "Freitagabend"), None for other words."""
    lower = word.lower()
    numbers = language_words().weekday_numbers
    n = numbers.get(lower)
    if n is None and (part := _DAY_PART.search(lower)) is not None:
        n = numbers.get(lower[:part.start()])
    return n


def _is_day(word: str, previous: re.Match | None, text: str, before: frozenset[str]) -> bool:
    """Whether a weekday name is a day, not a word of a name (see the module's docstring)."""
    if word.islower() or previous is None:
        return True
    gap = text[previous.end():previous.end() + 3]
    if not gap[:1].isspace() or gap.strip()[:1] in ".!?":
        return True  # punctuation between them: a new clause or sentence
    prev = previous.group(0)
    return prev.islower() or prev.lower() in before


def share_link_pattern() -> str:
    """A regex alternation of the table's words between a percentage and what it is a share of, each with the
    space after it ("de los ", "van de "), the longest first; empty when the table has none."""
    return "|".join(r"\s".join(map(re.escape, w.split())) + " " for w in language_words().share_links)


def foreign_event_words(kind: str) -> frozenset[str]:
    """The words of other languages the table gives for a kind of event ("absturz", "schianto" for a crash)."""
    return language_words().events.get(kind, frozenset()) | event_table().get(kind, frozenset())


EVENT_WORDS_FILE = "event_words.yaml"  # the table of events' words in French, Spanish, German, Portuguese, Italian


@lru_cache(maxsize=1)
def event_table() -> dict[str, frozenset[str]]:
    """Kind of event -> its words in the languages of ``data/event_words.yaml``, lower case."""
    events = shipped_table(EVENT_WORDS_FILE).get("events") or {}
    return {str(k): frozenset(w for names in per_language(v) for w in names) for k, v in events.items()}


# The first word after a count's noun, for a nationality's adjective that follows it ("169 cittadini indiani").
_NEXT_WORD = lazy_compile(r"\s{1,5}([^\W\d_]{1,40})")


def nationality(head: str | None, after: str) -> str | None:
    """The nationality (its English adjective) a count of people is of: its noun names one ("169 Inder", "53
    britannici", "169 Indians"), or its noun counts people and the adjective after it names one ("169 cittadini
    indiani", "12 ressortissants français"); else None."""
    if not head:
        return None
    table = language_words()
    own = table.nationalities.get(head.lower())
    if own or head.lower() not in table.people:
        return own
    m = _NEXT_WORD.match(after)
    return table.nationalities.get(m.group(1).lower()) if m and m.group(1).islower() else None


def not_function(word: str) -> bool:
    """Whether a word is no function word of another language of the table ("este", "der", "avec"): such words
    say nothing about what a date dates."""
    return word.lower() not in language_words().function_words


def national_count(head: str | None, after: str, before: str) -> dict | None:
    """The measure and subject of a count of nationals (see ``nationality``): people of that nationality, the
    measure told as for any count of people ("169 Inder kamen ums Leben": dead), else None."""
    country = nationality(head, after)
    if not country:
        return None
    adjective = _NEXT_WORD.match(after) if head and head.lower() in language_words().people else None
    # (past the adjective that names the nationality, its predicate: "325 peregrinos egipcios (del total) murieron")
    return {"measure": count_measure("people", after[adjective.end():] if adjective else after, before),
            "subject": country}
