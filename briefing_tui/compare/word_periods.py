"""Periods whose number no general reading takes: a number word of another language read only before a unit of time
("sept ans de prison", "due anni", "una orden de alejamiento de un año", "ein Kontaktverbot für ein Jahr": the table's
``period_numbers``, each word left out of the general number words for another meaning), and a number whose unit is
left out after a period of a sentence ("condenado a 5 años de cárcel y otros 5 de inhabilitación": five years of a
ban; "cinq ans de prison dont deux avec sursis": two years suspended), counted in that period's unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import _QUAL_BEFORE, QUALIFIERS, period_scale
from briefing_tui.compare.language_words import language_words
from briefing_tui.compare.period_measures import ban_named_after, suspended_part
from briefing_tui.language_table import word_table
from briefing_tui.lazy_pattern import lazy_compile

# A qualifier ends this many characters before a period at most ("plus d'un an", "más de un año").
QUALIFIER_REACH = 30
# A French qualifier elided before the article ("plus d'un an", "moins d'une semaine", "près d'un mois"): the general
# qualifiers are read before a space only.
_ELIDED_QUALIFIER = lazy_compile(r"\b(?P<qual>plus|moins|près)\s{1,3}d['’]\Z", re.I)
_ELIDED_QUALIFIERS = {"plus": "more_than", "moins": "less_than", "près": "about"}
# Characters before and after a bare number read for what it is part of ("dont", "avec sursis", "de inhabilitación").
ELIDED_REACH = 60


@lru_cache(maxsize=1)
def _period_numbers() -> tuple[re.Pattern | None, dict[str, float], dict[str, str]]:
    """(the pattern of a number word before a unit of its language, each word's value, each unit's English name)."""
    section = word_table().get("period_numbers")
    values: dict[str, float] = {}
    units: dict[str, str] = {}
    alternatives = []
    for table in (section.values() if isinstance(section, dict) else ()):
        numbers = {str(w).lower(): float(n) for n, words in (table.get("numbers") or {}).items() for w in words or ()}
        named = {str(w).lower(): str(u) for u, words in (table.get("units") or {}).items() for w in words or ()}
        values.update(numbers)
        units.update(named)
        alternatives.append(rf"(?P<n_{len(alternatives)}>{_alternation(numbers)})\s{{1,3}}(?P<u_{len(alternatives)}>"
                            rf"{_alternation(named)})")
    if not alternatives:
        return None, values, units
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I), values, units


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def word_periods_in(text: str) -> list[Found]:
    """Every period written with a number word of the table's ``period_numbers`` right before a unit of time of its
    language (see the module), offsets relative to ``text``."""
    pattern, values, units = _period_numbers()
    found = []
    for m in pattern.finditer(text) if pattern else ():
        number = next(g for name, g in m.groupdict().items() if g and name.startswith("n_"))
        unit = next(g for name, g in m.groupdict().items() if g and name.startswith("u_"))
        counted_in, factor = period_scale(units[unit.lower()])
        value = values[number.lower()] * factor
        fields: dict = {"low": value, "high": value, "unit": counted_in}
        if factor != 1:
            fields["conversion"] = factor
        start = m.start()
        qualifier = _QUAL_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
        elided = _ELIDED_QUALIFIER.search(text, max(0, start - QUALIFIER_REACH), start)
        if qualifier is not None and qualifier.end() == start:
            fields["qualifier"] = QUALIFIERS[qualifier.group("qual").lower()]
            start = qualifier.start()
        elif elided is not None:
            fields["qualifier"] = _ELIDED_QUALIFIERS[elided.group("qual").lower()]
            start = elided.start()
        found.append(Found("period", start, m.end(), fields))
    return found


@lru_cache(maxsize=1)
def _bare_number() -> re.Pattern:
    """A number in digits, or a number word of another language (general or read before a unit of time)."""
    words = set(language_words().numbers) | {w for w, n in _period_numbers()[1].items() if n != 1}  # (not "une")
    return re.compile(rf"(?<![\w'’.,-])(?P<n>\d{{1,3}}|{_alternation(words)})(?![\w.,-])", re.I)


# The word joining a number with its unit left out to a ban's noun: "otros 5 de inhabilitación", "three of probation".
_OF_FIRST = lazy_compile(r"\s{1,3}(?:of|de|d['’]|di|da)\b", re.I)
# A count the general reading took for the bare number, which a period of a ban replaces ("otros 5 de ...").
_REPLACEABLE = "count"


def with_elided_periods(found: list[Found], text: str) -> list[Found]:
    """``found`` with each number whose unit is left out after a period of years (see the module) read as a period of
    that unit: the length of a ban named right after it, or the suspended part of the term before it."""
    out = list(found)
    if not any(f.kind == "period" and f.fields.get("unit") == "year" for f in found):
        return sorted(out, key=lambda f: f.start)  # (no period of years before any number: nothing is elided)
    for m in _bare_number().finditer(text):
        periods = [f for f in out if f.kind == "period" and f.end <= m.start() and f.fields.get("unit") == "year"]
        if not periods:
            continue
        before, after = text[max(0, m.start() - ELIDED_REACH):m.start()], text[m.end():m.end() + ELIDED_REACH]
        ban = bool(_OF_FIRST.match(after)) and ban_named_after(after)  # ("otros 5 de inhabilitación")
        if not (ban or suspended_part(before, after)):
            continue
        overlapping = [f for f in out if f.start < m.end() and m.start() < f.end]
        if overlapping and not (ban and len(overlapping) == 1 and overlapping[0].kind == _REPLACEABLE
                                and overlapping[0].start == m.start() and overlapping[0].fields.get("unit") is None):
            continue  # (a count "two of which were suspended" is read as that part already: compare/figures.py)
        number = m.group("n").lower()
        count = float(number) if number.isdigit() else language_words().numbers.get(number, _period_numbers()[1].get(number))
        if count is None:
            continue
        per = periods[-1].fields.get("conversion", 1.0)
        out = [f for f in out if f not in overlapping]
        out.append(Found("period", m.start(), m.end(), {"low": count * per, "high": count * per, "unit": "year",
                                                        **({"conversion": per} if per != 1 else {})}))
    return sorted(out, key=lambda f: f.start)
