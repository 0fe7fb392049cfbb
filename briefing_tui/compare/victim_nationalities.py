"""Nationalities among the victims: when a toll's figures name two or more peoples ("more than 660 Egyptians",
"at least 60 Jordanians"), each is a group of the victims of one event abroad, not the place the event struck.

The main subject of a measure (:func:`.scopes_of_place.main_subject`) is the subject most sources give its figures,
which a toll with no subject read then takes ("the country a quake struck"). Where the dead come from many
countries, the largest group is often named by half the sources; taking it as the main subject would file every
total ("1,081 deaths") under that one people. A nationality is a main subject only when it is the one people the
figures name (a disaster at home, "9,000 Nepalis").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_tui.compare.language_words import language_words

if TYPE_CHECKING:
    from briefing_tui.model import Figure

MIN_PEOPLES = 2  # distinct nationalities a measure's figures name for each to be a group of its victims


def victim_groups(figures: Iterable["Figure"]) -> frozenset[str]:
    """Lower-case subjects that are nationalities (the English adjectives of the shipped nationality table:
    "egyptian"), when the figures name ``MIN_PEOPLES`` or more of them; else none."""
    peoples = {n.lower() for n in language_words().nationalities.values()}
    named = frozenset(f.subject.lower() for f in figures if f.subject and f.subject.lower() in peoples)
    return named if len(named) >= MIN_PEOPLES else frozenset()
