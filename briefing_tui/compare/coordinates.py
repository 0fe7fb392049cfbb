"""Latitudes and longitudes in article text ("28.5°N", "87.45 degrees east longitude", "28,5 grados de latitud
norte", "latitude 28.5"): a place's position, never a count, a temperature or any figure a source can be compared
on. An earthquake report gives its epicentre so ("the epicentre was at 28.5 degrees north latitude and 87.45
degrees east longitude"); read as counts of "degrees", the two numbers met another report's temperature ("14
grados centígrados") in one claim and stood as a disagreement.

:func:`coordinate_spans` gives the spans a number must not be read in, as :func:`.clock_times.clock_hours` does for
clock times.
"""

from __future__ import annotations

import re

from briefing_tui.lazy_pattern import lazy_compile

# A coordinate: a number of degrees (a fraction, or minutes and seconds, may follow) and then either the degree
# sign and a hemisphere's capital letter ("28.5°N", "87° 27′ E", "3°O" in Spanish and French), or a word of degrees
# and a hemisphere or the word latitude or longitude ("28.5 degrees north", "87.45 degrees east longitude",
# "28,5 grados de latitud", "31 Grad nördlicher Breite"); one alternative per line.
_COORDINATE = lazy_compile(
    r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,6})?"
    r"(?:\s?[°º]\s?(?:\d{1,2}(?:[.,]\d{1,3})?\s?['′’]\s?)?(?:\d{1,2}(?:[.,]\d{1,3})?\s?[\"″”]\s?)?(?-i:[NSEWO])\b"
    r"|\s{1,3}(?:degrees?|degrés|grados?|gradi|graus|grad)\s{1,3}(?:(?:of|de|di)\s{1,3})?"
    r"(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste|nördlicher|südlicher|östlicher|westlicher"
    r"|latitudes?|longitudes?|latitud|longitud|latitudine|longitudine)\b)", re.I)
# The word latitude or longitude right before a number ("at latitude 28.5", "longitud de 87,45"): the number is one.
_NAMED_BEFORE = lazy_compile(
    r"\b(?:latitudes?|longitudes?|latitud|longitud|latitudine|longitudine)\s{1,3}(?:(?:of|de|di)\s{1,3})?\Z", re.I)
# A number, to find those that follow the word latitude or longitude.
_NUMBER = lazy_compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,6})?(?![\d])")
NAMED_REACH = 20  # characters before a number searched for the word latitude or longitude
# The cheap check before the others: a degree sign, or a word of degrees, latitude or longitude somewhere in the text
# (most sentences name no position, and this one search is all they cost).
_MAY_NAME_POSITION = lazy_compile(r"grad|degr|latit|longit", re.I)


def coordinate_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that give a latitude or a longitude."""
    if "°" not in text and "º" not in text and not _MAY_NAME_POSITION.search(text):
        return []
    spans = [(m.start(), m.end()) for m in _COORDINATE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _NUMBER.finditer(text)
              if _NAMED_BEFORE.search(text, max(0, m.start() - NAMED_REACH), m.start())]
    return sorted(spans)
