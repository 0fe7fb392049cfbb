"""Where a firm or a body sits, said as a modifier of it: "the Atlanta-based airline", "la compagnie aérienne basée à
Atlanta", "la compañía con base en Atlanta", "l'azienda con sede a Milano", "a empresa sediada em Lisboa", "das
Unternehmen mit Sitz in Berlin". The place is where the subject is, not the subject: a figure the firm gives or
undergoes ("the Atlanta-based airline cancelled about 7,000 flights") is not Atlanta's. Blanked from the text before a
figure (offsets kept) by :func:`briefing_tui.compare.scopes_of_place.without_asides` before its subject is read.
"""

from __future__ import annotations

from briefing_tui.compare.numbers import SPACE
from briefing_tui.lazy_pattern import lazy_compile

# A place's name: one to four capitalised words ("Atlanta", "New York", "São Paulo").
_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE = rf"[{_UPPER}][\w'’.-]{{0,30}}(?:{SPACE}{{1,3}}[{_UPPER}][\w'’.-]{{0,30}}){{0,3}}"
# The phrases of seat, one a line, the place after them (or before "-based"); the words of seat in any case, the place
# capitalised:
SEAT_PHRASE = lazy_compile(
    rf"\b{_PLACE}-based\b"  # the Atlanta-based airline (English)
    rf"|\b(?i:based|headquartered)\s{{1,3}}in\s{{1,3}}(?:the\s{{1,3}})?{_PLACE}"  # based in Atlanta
    rf"|\b(?i:bas[ée]e?s?)\s{{1,3}}(?:à|au|aux|en)\s{{1,3}}{_PLACE}"  # basée à Atlanta (French)
    rf"|\bdont\s{{1,3}}le\s{{1,3}}siège\s{{1,3}}est\s{{1,3}}(?:à|au|en)\s{{1,3}}{_PLACE}"  # dont le siège est à Paris
    rf"|\b(?i:con|com)\s{{1,3}}(?:base|sede)\s{{1,3}}(?:en|em|a|in)\s{{1,3}}{_PLACE}"  # con base en, com sede em, con sede a
    rf"|\b(?i:basad|radicad|sediad)[oa]s?\s{{1,3}}(?:en|em)\s{{1,3}}{_PLACE}"  # radicada en Madrid, sediada em Lisboa
    rf"|\bmit\s{{1,3}}(?:Sitz|Hauptsitz)\s{{1,3}}in\s{{1,3}}{_PLACE}")  # mit Sitz in Berlin (German)


def without_seats(before: str) -> str:
    """``before`` with every phrase of seat blanked, offsets kept: the place a firm sits in is no figure's subject."""
    return SEAT_PHRASE.sub(lambda m: " " * len(m.group(0)), before)
