"""Shares said as fractions: "a third of", "two-thirds", "more than half of the power", and other languages' from
the editable table ("la moitié des véhicules", "un tiers du montant", "die Hälfte der"), in per cent."""

from __future__ import annotations

import re

from briefing_tui.compare.counts import Found
from briefing_tui.compare.language_words import language_words
from briefing_tui.lazy_pattern import lazy_compile

# Fractions of a whole: "a third of", "one-third of the blame", "more than a quarter of all exports".
_FRACTION = lazy_compile(
    r"\b(?P<n>a|one|two|three)[\s-](?P<part>half|third|quarter|fifth)s?\b(?=\s+(?:of|less|more|fewer|lower|higher)\b)",
    re.I)
# A hyphenated fraction is a share wherever it stands: "two-thirds to the driver", "cut by one-quarter".
_HYPHENATED_FRACTION = lazy_compile(r"\b(?P<n>one|two|three)-(?P<part>half|third|quarter|fifth)s?\b", re.I)
# "Half" with no number before it, as a share of what follows: "more than half of the power", "nearly half the
# country's homes". (Its word before is checked apart: "the second half of the year" is a time, not a share.)
_BARE_HALF = lazy_compile(r"(?<![\w-])half(?=\s{1,3}(?:of|the|its|their|his|her|all)\b)", re.I)
# Words before "half" that make it a part of time or place, or a number's half: "the first half of", "the other
# half", "one and a half".
_NOT_SHARE_BEFORE = lazy_compile(
    r"\b(?:the|first|second|latter|former|other|back|front|top|bottom|upper|lower|a|one|and|by)\s{1,3}\Z", re.I)
# Fractions of other languages, from the table, before a word of "of": "la moitié des véhicules", "un tiers du
# montant", "die Hälfte der", "la mitad de los" (in any case: a sentence may open on one, German capitalises nouns).
_LANGUAGE_FRACTIONS: dict[str, float] = language_words().fractions
_LANGUAGE_FRACTION = lazy_compile(
    r"(?<![\w-])(?P<fraction>"
    + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(_LANGUAGE_FRACTIONS, key=len, reverse=True))
    + r")(?=\s+(?:de|des|du|del|dos|das|da|do|der|den|van|dari|di|della|dell|dei|delle|degli|dello)\b|\s*d['’])"
    if _LANGUAGE_FRACTIONS else r"(?!)", re.I)
# The word after a fraction's "of" that makes it a part of time or of a tournament, no share: "un quart d'heure",
# "un quart de siècle", "los cuartos de final", "la mitad del siglo".
_FRACTION_OF_TIME = lazy_compile(
    r"\s{0,3}(?:d['’]|de\s{1,3}la\s{1,3}|de\s{1,3}|du\s{1,3}|del\s{1,3}|da\s{1,3}|di\s{1,3}|der\s{1,3}|van\s{1,3})?"
    r"(?:heures?|si[eè]cle|siglo|s[eé]culo|secolo|horas?|ore|ora|stunde|uur|jam|finale?s?|minutes?|minutos?|jahrhunderts?)\b",
    re.I)
FRACTION_PARTS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0}
# A fraction of a percentage point, a change of a rate: "a quarter of a percentage point", "half a percentage point",
# "a quarter-point cut", "a half-percentage-point cut" (in percentage points: 0.25, 0.5).
_POINT_FRACTION = lazy_compile(
    r"\b(?:(?:a|one)\s+(?P<part>half|quarter)\s+of\s+a\s+percentage[\s-]point"
    r"|half\s+a\s+percentage[\s-]point"
    r"|(?P<compound>half|quarter)-(?:percentage-)?point)\b", re.I)


def fractions_in(text: str) -> list[Found]:
    """ "A third of", "two-thirds of": shares in per cent (thirds are about a value, not exactly it)."""
    found = []
    starts = set()
    points = []  # (the spans of fractions of a percentage point: no share of anything)
    for m in _POINT_FRACTION.finditer(text):
        part = (m.group("part") or m.group("compound") or "half").lower()
        value = FRACTION_PARTS[part] / 100
        found.append(Found("percent", m.start(), m.end(), {"low": value, "high": value, "unit": "pp"}))
        points.append((m.start(), m.end()))
    for m in sorted([*_FRACTION.finditer(text), *_HYPHENATED_FRACTION.finditer(text)], key=lambda m: m.start()):
        if m.start() in starts or any(a <= m.start() < b for a, b in points):
            continue
        starts.add(m.start())
        n = m.group("n").lower()
        value = FRACTION_PARTS[m.group("part").lower()] * (1 if n in ("a", "one") else {"two": 2, "three": 3}[n])
        fields = {"low": round(value, 1), "high": round(value, 1), "unit": "%"}
        if m.group("part").lower() == "third":
            fields["qualifier"] = "about"
        found.append(Found("percent", m.start(), m.end(), fields))
    for m in _LANGUAGE_FRACTION.finditer(text):
        if _FRACTION_OF_TIME.match(text, m.end()):
            continue
        value = _LANGUAGE_FRACTIONS[" ".join(m.group("fraction").lower().split())]
        fields = {"low": value, "high": value, "unit": "%"}
        if value % 25:
            fields["qualifier"] = "about"  # (thirds are about a value, as in English)
        found.append(Found("percent", m.start(), m.end(), fields))
        starts.add(m.start())
    for m in _BARE_HALF.finditer(text):
        if m.start() not in starts and not any(a <= m.start() < b for a, b in points) and not _NOT_SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            found.append(Found("percent", m.start(), m.end(), {"low": FRACTION_PARTS["half"],
                                                               "high": FRACTION_PARTS["half"], "unit": "%"}))
    return found
