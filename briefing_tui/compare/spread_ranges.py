"""Ranges that give the spread of a set, not an estimate: the lightest and heaviest of the sentences handed down
("sentences ranging from three years to 20 years", "elles s'échelonnent de 3 ans de prison dont 2 avec sursis à 15
ans de prison") and the youngest and oldest of a group ("men aged 27 to 74", "between the ages of 27 and 74", "âgés
de 27 à 74 ans", "zwischen 21 und 68 Jahre alt").

Read number by number, "from three years to 20 years" is two terms (or a change, "from 31 to 46"): after a verb of
ranging ("range", "s'échelonner", "aller de", "oscilar", "reichen von") its two ends of one unit are one range, even
with words between them (the suspended part, "dont 2 avec sursis"). An age span of a group is one figure measuring
``GROUP_AGES`` (never one person's age: "27 to 74" says nothing against "Pelicot, 72"), or ``GROUP_AGES_THEN`` when
the sentence says the ages were at the time of the facts.

Each end of such a range is a fact (the shortest sentence, the oldest man): two outlets whose ends differ disagree,
although their intervals overlap (``spread_ends_differ``); two estimates ("between 650 and 800 dead") still agree by
overlap (compare/tolerance.py).
"""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

GROUP_AGES = "ages"  # the youngest to the oldest of a group, as one range
GROUP_AGES_THEN = "ages then"  # the same, at the time of the facts (its last word is its own: never one claim)
SPREAD_MEASURES = frozenset({GROUP_AGES, GROUP_AGES_THEN})  # measures whose ranges are always spreads

# A verb of ranging and its "from", right before the first end (English, French, Spanish, Portuguese, Italian,
# German): "range from", "ranging from", "varied from", "s'échelonnent de", "vont de", "allant de", "van de",
# "oscilan de", "variam de", "vanno da", "reichen von".
SPREAD_BEFORE = lazy_compile(
    r"\b(?:"
    r"rang(?:e|es|ed|ing)\s{1,3}(?:in\s{1,3}length\s{1,3})?from"
    r"|var(?:y|ies|ied|ying)\s{1,3}from"
    r"|s['’]échelonn\w{0,5}\s{1,3}de|échelonnée?s\s{1,3}de"
    r"|(?:vont|allant|allaient|variant|varient)\s{1,3}de"
    r"|(?:van|iban|oscilan|oscilaron|oscilando|varían|variaron|que\s{1,3}van)\s{1,3}(?:de|desde)"
    r"|(?:vão|variam|variaram|variando)\s{1,3}(?:de|desde)"
    r"|(?:vanno|variano|oscillano|andavano)\s{1,3}da"
    r"|(?:reichen|reichten|reichte|reicht)\s{1,3}von"
    r")\s{1,3}\Z", re.I)
SPREAD_REACH = 40  # characters before the first end read for the verb of ranging
# What runs from the first end to the second: at most a few words with no sentence stop (the term's noun, its
# suspended part), then a word of "to" right before the second end.
_SPREAD_LINK = lazy_compile(r"\A[^.;!?]{0,45}?(?:\s|,)(?:to|à|a|hasta|até|bis|fino\s{1,3}a)\s{1,3}\Z", re.I)
LINK_REACH = 60  # characters between the two ends, at most

# A group's age span, the two ends in digits (named groups low and high):
_AGE_SPAN = lazy_compile(
    r"(?:\b|(?<=,))(?:"
    # "aged 27 to 74", "aged from 26 to 73", "ages 18 to 25" ("aged 20 and 31" is two people's ages)
    r"(?:aged|ages)\s{1,3}(?:from\s{1,3})?(?P<low>\d{1,3})\s{0,3}(?:to|-|–)\s{0,3}(?P<high>\d{1,3})"
    # "aged between 27 and 74"
    r"|aged\s{1,3}between\s{1,3}(?P<low1>\d{1,3})\s{1,3}and\s{1,3}(?P<high1>\d{1,3})"
    # "ranging in age from 27 to 74"; "between the ages of 27 and 74" in apposition to the group (", men between the
    # ages of 27 and 74,"; not a bracket a rule or a count sets: "people between the ages of 18 and 65 may")
    r"|(?<=,)\s{1,3}(?:[a-z]{2,20}\s{1,3})?between\s{1,3}the\s{1,3}ages\s{1,3}of\s{1,3}(?P<low2>\d{1,3})\s{1,3}and"
    r"\s{1,3}(?P<high2>\d{1,3})"
    r"|in\s{1,3}age\s{1,3}from\s{1,3}(?P<low3>\d{1,3})\s{1,3}to\s{1,3}(?P<high3>\d{1,3})"
    # "âgés de 27 à 74 ans", "âgés entre 27 et 74 ans"
    r"|âgée?s\s{1,3}(?:de|entre)\s{1,3}(?P<low4>\d{1,3})\s{1,3}(?:à|et)\s{1,3}(?P<high4>\d{1,3})\s{1,3}ans"
    # "con edades de 27 a 74 años", "de edades entre 27 y 74 años", "com idades entre 27 e 74 anos"
    r"|(?:edades|idades)\s{1,3}(?:comprendidas\s{1,3})?(?:de|entre)\s{1,3}(?P<low5>\d{1,3})\s{1,3}(?:a|y|e)\s{1,3}"
    r"(?P<high5>\d{1,3})\s{1,3}(?:años|anos)"
    # "di età compresa tra i 27 e i 74 anni", "tra i 27 e i 74 anni di età" (the first only: "età" before it)
    r"|età\s{1,3}(?:compresa\s{1,3})?tra\s{1,3}(?:i\s{1,3})?(?P<low6>\d{1,3})\s{1,3}e\s{1,3}(?:i\s{1,3})?"
    r"(?P<high6>\d{1,3})\s{1,3}anni"
    # "zwischen 21 und 68 Jahre alt", "im Alter von 27 bis 74 Jahren", "im Alter zwischen 27 und 74 Jahren"
    r"|zwischen\s{1,3}(?P<low7>\d{1,3})\s{1,3}und\s{1,3}(?P<high7>\d{1,3})\s{1,3}Jahre\s{1,3}alt"
    r"|Alter\s{1,3}(?:von|zwischen)\s{1,3}(?P<low8>\d{1,3})\s{1,3}(?:bis|und)\s{1,3}(?P<high8>\d{1,3})\s{1,3}Jahren"
    r")", re.I)
# Words saying the ages were those at the time of the facts, anywhere in the sentence: "zur Tatzeit", "at the time
# of the crimes", "au moment des faits", "à l'époque des faits", "en el momento de los hechos", "all'epoca dei fatti".
_THEN = lazy_compile(r"\b(?:zur\s{1,3}Tatzeit|at\s{1,3}the\s{1,3}time|au\s{1,3}moment\s{1,3}des\s{1,3}faits"
                     r"|à\s{1,3}l['’]époque\s{1,3}des\s{1,3}faits|en\s{1,3}el\s{1,3}momento\s{1,3}de\s{1,3}los"
                     r"\s{1,3}hechos|all['’]epoca\s{1,3}dei\s{1,3}fatti)\b", re.I)
OLDEST_AGE = 120  # above this an end is no age (a span of years or a count)
ENDS_ROOM = 1e-6  # relative room when weighing two ends of one unit (they are written whole)


def join_spread_ends(taken: list[Found], text: str) -> list[Found]:
    """The figures with each spread of two terms of one unit ("ranging from three years to 20 years") joined into
    one range, in place of its ends and of any figure between them (the suspended part: figures never overlap)."""
    out = list(taken)
    k = 0
    while k < len(out):
        first = out[k]
        if first.kind == "period" and _exact_end(first) and SPREAD_BEFORE.search(
                text[max(0, first.start - SPREAD_REACH):first.start]):
            for j in range(k + 1, len(out)):
                second = out[j]
                if second.start - first.end > LINK_REACH:
                    break
                if second.kind == "period" and _exact_end(second) and second.fields.get("unit") == first.fields.get(
                        "unit") and first.fields["low"] < second.fields["low"] \
                        and _SPREAD_LINK.match(text[first.end:second.start]):
                    fields = {**second.fields, "low": first.fields["low"], "high": second.fields["low"],
                              "qualifier": "range"}
                    out[k:j + 1] = [Found("period", first.start, second.end, fields)]
                    break
        k += 1
    return out


def _exact_end(f: Found) -> bool:
    """Whether a figure is one exact value with no qualifier or role (an end of a spread)."""
    low = f.fields.get("low")
    return low is not None and f.fields.get("high") in (None, low) and not any(
        f.fields.get(k) for k in ("qualifier", "role"))


def group_age_spans(taken: list[Found], text: str) -> list[Found]:
    """The figures with each age span of a group read as one range measuring ``GROUP_AGES`` (or
    ``GROUP_AGES_THEN``), in place of the figures its numbers were read as."""
    spans = []
    for m in _AGE_SPAN.finditer(text):
        ends = [g for g in m.groups() if g is not None]
        low, high = float(ends[0]), float(ends[1])
        if not low < high <= OLDEST_AGE:
            continue
        measure = GROUP_AGES_THEN if _THEN.search(text) else GROUP_AGES
        start = m.start() + _first_digit(m.group(0))
        spans.append(Found("count", start, m.end(), {"low": low, "high": high, "unit": None, "own_measure": measure,
                                                      "qualifier": "range"}))
    if not spans:
        return taken
    kept = [f for f in taken if not any(f.start < s.end and s.start < f.end for s in spans)]
    return sorted(kept + spans, key=lambda f: f.start)


def _first_digit(phrase: str) -> int:
    m = re.search(r"\d", phrase)
    return m.start() if m else 0


def spread_ends_differ(a: Figure, b: Figure) -> bool:
    """Whether two spreads of one measure give different ends: two ranges of terms (periods of one unit) or of a
    group's ages, each end written whole, whose lowest or highest differ ("3 to 15 years" against "3 to 12")."""
    if not (a.is_range and b.is_range) or a.qualifier != "range" or b.qualifier != "range":
        return False
    spread = (a.kind == b.kind == "period" and a.unit == b.unit) or (
        a.measure in SPREAD_MEASURES and a.measure == b.measure)
    if not spread:
        return False
    return not (_same(a.low, b.low) and _same(a.high, b.high))


def _same(x: float | None, y: float | None) -> bool:
    if x is None or y is None:
        return True
    return abs(x - y) <= ENDS_ROOM * max(abs(x), abs(y), 1.0)
