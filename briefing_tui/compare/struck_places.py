"""The place a storm or quake struck, said in a relative clause on the subject of a sentence's counts (issue 11).

"Typhoon Nemo, which struck the northern regions of the Philippines on Sept. 3, caused floods, resulting in 20 deaths
and 26 missing": the counts are the Philippines'; "The typhoon, which hit China’s Hainan province on Friday, led to
the deaths of four people": Hainan's (the place in a larger one, not the larger one). Several languages ("qui a
frappé", "que azotó", "che ha colpito", "que atingiu"). Only the clause's last such aside counts, in the figure's own
sentence and with no other clause of place between; :func:`struck_place` is read after a place named right after the
count ("... killed 20 in Laos": Laos), by :func:`briefing_tui.compare.scopes_of_place.place_where`.
"""

from __future__ import annotations

import re

from briefing_tui.compare.place_lists import COMPASS
from briefing_tui.lazy_pattern import lazy_compile

# A verb by which a storm, flood or quake struck a place, after the relative pronoun, one language a line.
_STRUCK = (r"(?:which|that)\s{1,3}(?:had\s{1,3}|has\s{1,3}|earlier\s{1,3}|first\s{1,3})?"
           r"(?:hit|struck|battered|lashed|pounded|slammed(?:\s{1,3}into)?|ravaged|swept\s{1,3}(?:through|across|over))"
           r"|qui\s{1,3}a\s{1,3}(?:frappé|touché|balayé|ravagé)"
           r"|que\s{1,3}(?:azotó|golpeó|arrasó|atingiu|devastou|afetou)"
           r"|che\s{1,3}ha\s{1,3}(?:colpito|devastato|investito)")
# The place after the verb: an article, "the northern regions of" (a part named by its noun), a compass word, then
# the name; a place in a larger one ("China’s Hainan province") is the inner one.
_STRUCK_PLACE = lazy_compile(
    rf",\s{{0,3}}(?:{_STRUCK})\s{{1,3}}(?:(?:the|la|le|les|el|los|las|il|a|o|as|os)\s{{1,3}})?"
    rf"(?:[a-z]{{3,12}}\s{{1,3}}(?:regions?|parts?|areas?|coast)\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?)?(?:{COMPASS})?"
    r"(?:[A-Z][\w-]{1,30}['’]s\s{1,3})?(?P<place>[A-Z][\w-]{1,30}(?:\s{1,3}[A-Z][\w-]{1,30}){0,2})"
    r"(?:[^,;:.!?]|\.(?=\s{0,3}\d)){0,60},")  # (up to the aside's comma: "on Sept. 3,")
STRUCK_WINDOW = 240  # characters before a figure searched for the aside


def struck_place(before: str) -> str | None:
    """The place the relative clause on the figure's clause subject says was struck, or None (see the module)."""
    tail = before[-STRUCK_WINDOW:]
    last = None
    for m in _STRUCK_PLACE.finditer(tail):
        last = m
    if last is None or re.search(r"[.!?;]\s", tail[last.end():]):
        return None
    return " ".join(last.group("place").split())
