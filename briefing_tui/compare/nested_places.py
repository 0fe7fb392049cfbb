"""A place the sentence itself sets inside a bigger one: "the resort of Kartalkaya in Turkey", "der Ort Ostrava in
Tschechien", "Paiporta en la provincia de Valencia" read as "Paiporta en Valencia".

A count of people told right after "X in Y", Y a country or region the gazetteer knows, is X's, the narrower
place the sentence names: another source giving the same toll of X alone, or of the province between, tells of one
event, not of a whole country's count beside a town's. Only the preposition of place joins them (no comma: "Spain,
France and Portugal" is a list).
"""

from __future__ import annotations

from briefing_tui.compare.numbers import SPACE
from briefing_tui.compare.subject_names import is_place, name_ok
from briefing_tui.lazy_pattern import lazy_compile

# How far before the bigger place's name the narrower one may start (characters): its words, the preposition
# and an article.
INNER_WINDOW = 80
# The narrower place right before the bigger one's name: one to three capitalised words, a preposition of place of
# the sets' languages, an optional article ("Kartalkaya in der ", "Lahaina in ", "Derna en la ", "Ostrava v ").
INNER_BEFORE = lazy_compile(
    rf"(?<![\w-])(?P<inner>[A-Z][\w-]{{1,30}}(?:{SPACE}[A-Z][\w-]{{1,30}}){{0,2}}){SPACE}"
    r"(?:in|en|em|im|nel|nella|na|no|v)"
    rf"(?:{SPACE}(?:the|la|le|el|der|dem|den|o|a))?{SPACE}$")


def inner_place(text: str, start: int, outer: str) -> str | None:
    """The place ``text`` names as lying in ``outer`` (a known place whose name starts at ``start``): "Kartalkaya"
    for "Kartalkaya in der Türkei"; None when no such name comes right before it."""
    if not is_place(outer):
        return None
    m = INNER_BEFORE.search(text, max(0, start - INNER_WINDOW), start)
    return name_ok(m.group("inner"), False) if m else None
