"""Dates of other languages written without a day of the month: a month alone ("im Dezember", "en décembre
dernier", "a principios de marzo", "Anfang März", "em março", "a inizio marzo"), a day named against the writer's
("gestern", "ayer", "ontem", "ieri", "aujourd'hui") and a week or month named against it ("la semaine dernière",
"el mes pasado", "in der nächsten Woche", "na semana passada", "il mese scorso"); read by
:func:`briefing_tui.compare.date_figures.dates_in` like "in December", "yesterday" and "last week".

A month alone is a date only after a word that makes it one (a preposition or a part of the month: "en", "im",
"Anfang", "fin"); "mars", "mai" after other words stay words. Words that are also words of another kind ("hier",
German "here"; "mañana", Spanish "morning") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from briefing_tui.compare import when
from briefing_tui.compare.counts import Found
from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

# Words before a month of another language that make it a date: prepositions ("en", "im", "em", "nel", "a", "seit")
# and parts of a month ("début", "Anfang", "principios de", "inizio", "início de", "meados de").
_MONTH_BEFORE = lazy_compile(
    r"(?:\b(?:en|in|im|em|no|nel|nell|a|à|au|ao|dal|desde|depuis|seit|bis|hasta|até|fino\s{1,3}a|ab|ende|anfang|mitte"
    r"|début|fin|mi|courant"
    r"|(?:principios|comienzos|inicios|finales|fines|mediados)\s{1,3}de"
    r"|(?:início|inicio|começo|final|fim|meados)\s{1,3}de"
    r"|inizio|fine|metà|primi\s{1,3}di|fine\s{1,3}di))"
    r"[\s'’-]{1,3}$", re.I)
MONTH_BEFORE_CHARS = 24  # characters before a month read for such a word
# A month word of another language, with a year after it or a word putting it before the writer's ("décembre
# dernier", "marzo pasado", "dicembre scorso", "Dezember 2024", "marzo de 2025").
_FOREIGN_MONTH = lazy_compile(
    r"(?<![\w.])(?P<mon>[^\W\d_]{3,10})(?![\w-])"
    r"(?:,?\s{1,3}(?:de\s{1,3}|del\s{1,3})?(?P<y>(?:19|20)\d{2})\b"
    r"|\s{1,3}(?P<past>dernier|passé|pasado|passado|scorso|último|ultimo)\b)?", re.I)
# Days named against the writer's day, per language (shift in days).
RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "avant-hier": -2,
    "ayer": -1, "anteayer": -2, "hoy": 0,
    "gestern": -1, "vorgestern": -2, "heute": 0,
    "ontem": -1, "anteontem": -2, "hoje": 0, "amanhã": 1,
    "ieri": -1, "l'altro ieri": -2, "oggi": 0, "domani": 1,
}
_RELATIVE_DAY = lazy_compile(r"(?<![\w'’-])(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?![\w'’-])",
    re.I)
# German "morgen" is tomorrow only in lower case ("heute Morgen" is this morning).
_MORGEN = lazy_compile(r"(?<![\w-])morgen(?![\w-])")
# Units of time named against the writer's ("la semaine dernière", "el mes pasado", "letzte Woche"); the words
# before or after them saying which (shift).
_UNITS = {"semaine": "week", "semana": "week", "woche": "week", "settimana": "week",
          "mois": "month", "mes": "month", "mês": "month", "monat": "month", "mese": "month"}
_SHIFT_WORDS = {"dernière": -1, "dernier": -1, "passée": -1, "passé": -1, "pasada": -1, "pasado": -1,
                "passada": -1, "passado": -1, "scorsa": -1, "scorso": -1, "letzte": -1, "letzten": -1,
                "vergangene": -1, "vergangenen": -1, "vorige": -1, "vorigen": -1,
                "prochaine": 1, "prochain": 1, "próxima": 1, "próximo": 1, "prossima": 1, "prossimo": 1,
                "nächste": 1, "nächsten": 1, "kommende": 1, "kommenden": 1, "que viene": 1, "que vem": 1,
                "cette": 0, "ce": 0, "esta": 0, "este": 0, "diese": 0, "dieser": 0, "diesem": 0, "questa": 0,
                "questo": 0, "nesta": 0, "neste": 0, "desta": 0, "deste": 0}
_UNIT = "|".join(_UNITS)
_SHIFT = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(_SHIFT_WORDS, key=len, reverse=True))
# ("la semaine dernière", "el pasado mes", "in der nächsten Woche", "la prossima settimana", "este mes")
_RELATIVE_UNIT = lazy_compile(
    rf"(?<![\w-])(?:(?P<pre>{_SHIFT})\s{{1,3}}(?P<u1>{_UNIT})|(?P<u2>{_UNIT})\s{{1,3}}(?P<post>{_SHIFT}))(?![\w-])", re.I)
_HINT = lazy_compile(_RELATIVE_UNIT.pattern + "|" + _RELATIVE_DAY.pattern, re.I)


@lru_cache(maxsize=1 << 12)
def mentions_foreign_relative(text: str) -> bool:
    """Whether ``text`` may name a day, week or month of another language against the writer's."""
    return bool(_HINT.search(text) or _MORGEN.search(text))


def foreign_dates_in(text: str, published, future: bool, taken: list[tuple[int, int]],
                     add: Callable[[re.Match, when.DateSpan | None, bool], None],
                     add_unresolved: Callable[[int, int], None]) -> None:
    """Hand each such date of ``text`` to ``add`` (its match, span and whether it is relative), or its offsets to
    ``add_unresolved`` when it is relative and the article's date unknown; spans in ``taken`` (dates already read,
    "6 de enero") are skipped."""
    months = language_words().months
    for m in _FOREIGN_MONTH.finditer(text):
        month = months.get(m.group("mon").lower())
        if month is None or any(lo < m.end() and m.start() < hi for lo, hi in taken):
            continue
        if not _MONTH_BEFORE.search(text, max(0, m.start() - MONTH_BEFORE_CHARS), m.start()):
            continue
        year = int(m.group("y")) if m.group("y") else None
        add(m, when.month_in(month, year, published, future and not m.group("past")), False)
    for pat in (_RELATIVE_DAY, _MORGEN):
        for m in pat.finditer(text):
            if any(lo < m.end() and m.start() < hi for lo, hi in taken):
                continue
            shift = RELATIVE_DAYS.get(" ".join(m.group(0).lower().split()), 1)
            if published is None:
                add_unresolved(m.start(), m.end())
            else:
                add(m, when.relative_span("day", shift, published), True)
    for m in _RELATIVE_UNIT.finditer(text):
        if any(lo < m.end() and m.start() < hi for lo, hi in taken):
            continue
        if published is None:
            add_unresolved(m.start(), m.end())
            continue
        unit = _UNITS[(m.group("u1") or m.group("u2")).lower()]
        shift = _SHIFT_WORDS[" ".join((m.group("pre") or m.group("post")).lower().split())]
        add(m, when.relative_span(unit, shift, published), True)

