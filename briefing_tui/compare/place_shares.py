"""A contest's shares in one place, fronted in their sentence: "In Lisbon, where 40,000 voted, Berg won 61%",
"En Russie, Dan a obtenu 58,65 % voix, tandis que Simion a obtenu 41,35 %", "Nel Lazio, Berg ha ottenuto il 61%".

Such shares are the place's result, not the whole contest's: read as the candidate's share, one place's 41% stands
beside the national 46% as a conflict no outlet holds. A share whose sentence opens on "in" and a place other than
the story's main one (the place its sentences name most) becomes the measure's kind of that place ("Russie votes").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.subject_names import NAME
from briefing_tui.extract.gazetteer import shipped_gazetteer
from briefing_tui.lazy_pattern import lazy_compile

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# A place fronted at a sentence's start with "in" ("In Lisbon,", "En Russie,", "Em Lisboa,", "Nel Lazio,", "In
# Bayern", "Au Québec,", "Aux États-Unis,"), then a comma or a dash that closes the phrase.
_FRONTED_PLACE = lazy_compile(
    r"\A\W{0,3}(?:In|En|Em|No|Na|Nel|Nella|Nei|Im|Au|Aux|A)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|el\s{1,3}"
    r"|l['’])?(?P<place>[A-ZÀ-Ý][\w'’-]{1,30}(?:\s[A-ZÀ-Ý][\w'’-]{1,30}){0,2})\s{0,3}[,—–-]")
SCOPED_MEASURES = frozenset({"votes"})  # a contest's shares, which a place has too


def scope_place_shares(units: Sequence[Unit]) -> None:
    """Every current share of a contest in a sentence fronted by a place other than the story's main one becomes
    the measure's kind of that place ("Russie votes"); the figure is replaced in its unit."""
    main = _main_place(units)
    for u in units:
        m = _FRONTED_PLACE.match(u.text)
        if m is None or (place := _place(m.group("place"))) is None or place == main:
            continue
        for k, f in enumerate(u.figures):
            if f.kind == "percent" and f.role == "current" and f.measure in SCOPED_MEASURES \
                    and f.subject != m.group("place"):  # (a share the place owns is scoped by its subject already)
                u.figures[k] = replace(f, measure=f"{m.group('place')} {f.measure}")


def _main_place(units: Sequence[Unit]) -> str | None:
    """The place the story's sentences name most, in any language (the contest's country), None when they name
    none."""
    counts: Counter[str] = Counter()
    for u in units:
        counts.update(place for place in map(_place, (m.group(1) for m in NAME.finditer(u.text))) if place)
    return counts.most_common(1)[0][0] if counts else None


def _place(name: str) -> str | None:
    """The gazetteer's name of the place ``name`` is in any language ("Russie" -> "Russia"), None for no place."""
    hit = shipped_gazetteer().lookup(name)
    return hit[0] if hit is not None and hit[1] == "place" else None
