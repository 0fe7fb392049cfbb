"""Whose count of votes a number is, when the owner is named right after it: "2.7 million votes for Novak",
"4.445.978 de Novak" (the count set against the winner's in "venceu com 5.150.092 votos contra 4.445.978 de Novak"),
"1,2 millones de votos para Novak", "2,7 millions de voix pour Novak".

The general subject reader takes the name heading the clause (the winner's), which gives the rival's count to the
winner and glues the two candidates' counts into one claim.
"""

from __future__ import annotations

from briefing_tui.compare.subject_names import is_place, name_ok
from briefing_tui.lazy_pattern import lazy_compile

# The rival named before the name, as the second of two candidates' counts often is: "for his rival, former diplomat
# Novak", "para su rival, el exdiplomático Novak", "pour son adversaire Novak" (a possessive, the word for a rival,
# then up to three lower-case words of the rival's role).
_RIVAL_BEFORE_NAME = (
    r"(?:(?:his|her|their|su|seu|sua|son|sa|il\s{1,3}suo|suo)\s{1,3}(?:main\s{1,3}|principal\s{1,3})?"
    r"(?:rival|rivale|opponent|challenger|adversaire|adversário|adversario|contrincante|sfidante)"
    r"\s{0,3},?\s{1,3}(?:[a-zà-ÿ][\w’'-]{0,20}\s{1,3}){0,3})?"
)
# A preposition of belonging or destination, maybe an article, then a capitalised name right after the count (and its
# noun): "for Novak", "de Novak", "para Novak", "pour Novak", "für Novak", "per Novak", "di Novak", "for his rival,
# former diplomat Novak".
_OWNER_AFTER = lazy_compile(
    r"\A,?\s{1,3}(?:for|pour|für|para|per|de|da|do|di)\s{1,3}(?:(?:the|le|la|el|o|a|il)\s{1,3})?" + _RIVAL_BEFORE_NAME
    + r"(?P<name>[A-ZÀ-Ý][\w-]{1,30}(?:\s(?:[A-ZÀ-Ý][\w-]{1,30})){0,3})(?![\w-])")

# A chamber's seats take only a preposition of destination ("256 for the LDP and 32 for Komeito", "191 para el PLD"):
# "de"/"di" after seats name the chamber or its members ("47 sièges de députés"), not who holds them.
_SEAT_OWNER_AFTER = lazy_compile(
    r"\A,?\s{1,3}(?:for|pour|für|para|per)\s{1,3}(?:(?:the|le|la|el|o|a|il)\s{1,3})?"
    r"(?P<name>[A-ZÀ-Ý][\w-]{1,30}(?:\s(?:[A-ZÀ-Ý][\w-]{1,30})){0,3})(?![\w-])")


def owner_after(after: str, seats: bool = False) -> str | None:
    """The candidate named right after a count of votes (``after`` is the text following the count and its noun),
    or None when no such name follows (or the name is a place: "votes de Caracas" are the city's). With ``seats``,
    the party a count of seats goes to ("256 for the LDP")."""
    m = (_SEAT_OWNER_AFTER if seats else _OWNER_AFTER).match(after)
    if m is None or is_place(m.group("name")):
        return None
    return name_ok(m.group("name"), False)
