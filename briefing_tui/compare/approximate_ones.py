"""One unit of measure after an approximator, written with a word for "one" that is also an article (issue 11):
"olas cercanas a un metro", "des vagues de près d'un mètre", "around one metre", "quase um metro", "rund einen
Meter", "about a mile", "hasta un metro". Each is 1 of that unit (in the canonical unit of
:mod:`.physical_units`: a mile is 1.609 km) with the approximator's qualifier ("about", "nearly", "up to"...).

The article alone ("un metro de tela", "a metre away") is no number: it is read only between an approximator of the
qualifier table and a unit of measure. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.figure_patterns import QUALIFIERS
from briefing_tui.compare.physical_units import ACRE_IN_HECTARES, PHYSICAL
from briefing_tui.lazy_pattern import lazy_compile

MILE_IN_KM = PHYSICAL["mile"][1]
INCH_IN_MM = PHYSICAL["inch"][1]
CM_IN_MM = PHYSICAL["cm"][1]
# A unit of measure in the singular, as one of it is written, in English, Spanish, Portuguese, French, Italian and
# German: -> (canonical unit, factor to it).
ONE_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("metre", "meter", "metro", "mètre"), ("m", 1.0)),
    **dict.fromkeys(("kilometre", "kilometer", "kilómetro", "quilômetro", "quilómetro", "kilomètre", "chilometro"),
                    ("km", 1.0)),
    **dict.fromkeys(("mile", "milla", "miglio", "meile"), ("km", MILE_IN_KM)),
    **dict.fromkeys(("centimetre", "centimeter", "centímetro", "centimètre", "centimetro", "zentimeter"),
                    ("mm", CM_IN_MM)),
    **dict.fromkeys(("millimetre", "millimeter", "milímetro", "millimètre", "millimetro"), ("mm", 1.0)),
    "inch": ("mm", INCH_IN_MM),
    **dict.fromkeys(("hectare", "hectárea", "ettaro", "hektar"), ("ha", 1.0)),
    "acre": ("ha", ACRE_IN_HECTARES),
    **dict.fromkeys(("tonne", "ton", "tonelada", "tonnellata"), ("t", 1.0)),
    **dict.fromkeys(("kilogram", "kilogramme", "kilogramo", "quilograma", "chilogrammo", "kilogramm"), ("kg", 1.0)),
}
# English qualifiers that are also prepositions or verbs of their own ("over a mile of road", "under a metre of
# water", "some one metre"): not read before an article.
_NOT_BEFORE_ARTICLE = frozenset({"over", "above", "under", "below", "past", "some", "tops", "topped", "topping",
                                 "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "estimated",
                                 "north of", "shy of", "unos", "unas"})
_APPROXIMATORS = sorted((q for q in QUALIFIERS if q not in _NOT_BEFORE_ARTICLE and " top" not in q
                         and not q.startswith("to")), key=len, reverse=True)


def _phrase(q: str) -> str:
    return r"\s{1,3}".join(map(re.escape, q.split()))


# The approximator, then a word for "one" (also an article), then the unit as a whole word: "cercanas a un metro",
# "rund einen Meter", "about a mile"; a French "de" elided before "un" ("près d'un mètre", "plus d'un kilomètre").
_ONE_OF_UNIT = lazy_compile(
    r"(?<![\w'’])(?:(?P<qual>" + "|".join(_phrase(q) for q in _APPROXIMATORS) + r")\s{1,3}"
    r"|(?P<elided>" + "|".join(_phrase(q[:-3]) for q in _APPROXIMATORS if q.endswith(" de")) + r")\s{1,3}d['’])"
    r"(?P<one>an?|one|un|una|uno|une|um|uma|ein|eine|einen|einem|einer)\s{1,3}"
    r"(?P<unit>" + "|".join(map(re.escape, sorted(ONE_UNITS, key=len, reverse=True))) + r")(?![\w-])", re.I)


def approximate_ones_in(text: str) -> list[Found]:
    """Every "about one metre" written with a word for "one" after an approximator (see the module)."""
    found = []
    for m in _ONE_OF_UNIT.finditer(text):
        qual = " ".join((m.group("qual") or m.group("elided") + " de").lower().split())
        if qual not in QUALIFIERS:
            continue
        unit, factor = ONE_UNITS[m.group("unit").lower()]
        fields: dict = {"low": factor, "high": factor, "unit": unit, "qualifier": QUALIFIERS[qual]}
        if factor != 1.0:
            fields["conversion"] = factor
        found.append(Found("count", m.start(), m.end(), fields))
    return found
