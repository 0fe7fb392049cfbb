"""The year a figure is for, as its clause writes it: "un déficit de 5,8% du PIB en 2024", "4,6% para 2026",
"Für 2025 werde mit einem Defizit von 5,8 Prozent gerechnet", "4.6 percent of GDP next year", "sotto il 3% entro il
2029". Two sources' figures of one measure written for two different years are two years' values (last year's
deficit, next year's target), never weighed against each other: no disagreement between them.

A year is the figure's only when nothing but words stands between them in one clause (no other number, no clause
break); a relative year ("next year", "l'an prochain", "im kommenden Jahr") is read against the article's year, an
undated article's against the story's day.
"""

from __future__ import annotations

import re

from briefing_tui.compare.event_years import RELATIVE_YEAR_PHRASE, RELATIVE_YEARS
from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.story_dates import story_day
from briefing_tui.lazy_pattern import lazy_compile

YEAR_REACH = 40  # characters between a figure and the year its clause gives it, at most
# A preposition of time (or of a target's deadline) before a calendar year, maybe with the word for the year: "in
# 2026", "en 2024", "em 2024", "nel 2025", "für 2025", "para 2026", "pour 2026", "by 2029", "d'ici 2029", "entro il
# 2029", "bis 2029", "im Jahr 2025", "en el año 2025".
_YEAR = (r"\b(?:in|en|em|nel|no|im|für|for|para|pour|per|by|d['’]ici|entro(?:\s{1,3}il)?|bis|hasta|até)\s{1,3}"
         r"(?:(?:the\s{1,3})?(?:year|Jahr|el\s{1,3}año|l['’]anno|o\s{1,3}ano|l['’]an(?:née)?)\s{1,3})?"
         r"(?P<year>(?:19|20)\d\d)(?![\d/–-])")
_RELATIVE = r"(?P<relative>" + RELATIVE_YEAR_PHRASE + r")(?!\w)"
# Only words (no digit, no clause break) between the figure and its year, after it or fronted before it.
_GAP = r"[^\d.;:!?()\[\]]{0,%d}?" % YEAR_REACH
_YEAR_AFTER = lazy_compile(r"\A" + _GAP + r"(?:" + _YEAR + r"|(?<![\w'’])" + _RELATIVE + r")", re.I)
_YEAR_BEFORE = lazy_compile(r"(?:" + _YEAR + r"|(?<![\w'’])" + _RELATIVE + r")" + r"[^\d.;:!?()\[\]]{0,%d}\Z"
                            % YEAR_REACH, re.I)


def _article_year(source: str, published: dict[str, str | None]) -> int | None:
    """The year of the source's article (an undated one: of the story's day), None when nothing is dated."""
    own = published.get(source) or ""
    if own[:4].isdigit():
        return int(own[:4])
    day = story_day(published.values())
    return day.year if day else None


def stated_year(item: MeasuredStatement, source: str, published: dict[str, str | None]) -> int | None:
    """The year the item's figure is for as its clause writes it (see the module's docstring), None if none."""
    text, f = item.unit.text, item.figure
    lo, hi = f.start - item.unit.start, f.end - item.unit.start
    if lo < 0 or hi > len(text):
        return None
    m = _YEAR_AFTER.match(text[hi:]) or _YEAR_BEFORE.search(text[max(0, lo - YEAR_REACH - 30):lo])
    if m is None:
        return None
    if m.group("year"):
        return int(m.group("year"))
    base = _article_year(source, published)
    shift = next((s for phrase, s in RELATIVE_YEARS.items() if phrase == " ".join(m.group("relative").lower().split())),
                 None)
    return None if base is None or shift is None else base + shift


def years_apart(sa: str, a: MeasuredStatement, ya: int | None, sb: str, b: MeasuredStatement,
                yb: int | None) -> str | None:
    """The reason two sources' figures are not weighed when their clauses write them for two different years
    (``ya`` and ``yb``, their :func:`stated_year`: "5,8% du PIB en 2024", "4,6% para 2026"), else None."""
    if ya is None or yb is None or ya == yb:
        return None
    return (f"{sa} '{a.figure.text}' ({ya}) and {sb} '{b.figure.text}' ({yb}): not weighed (values for two "
            f"different years)")
