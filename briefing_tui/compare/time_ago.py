"""A period that dates something from now or from another moment is no length of anything: "three days ago",
"trois jours auparavant", "vor drei Tagen", "hace tres días", "tre giorni fa", "há três dias", "three days later",
"trois jours après le séisme".

Such a phrase places an event in time; it measures no mourning, no trial, no sentence. A period of its value said
elsewhere in the story ("three days of national mourning") must not lend it its measure
(:mod:`~briefing_tui.compare.story_measures`, :func:`~briefing_tui.compare.sentence_measures.same_value_measures`):
:func:`dates_from` tells the readers which periods to leave alone. The offset words, per language, are the ones
:func:`~briefing_tui.compare.period_offsets.elapsed_period` reads (data/measure_words.yaml, ``period_offsets``); a
duration said with the same words stays a duration ("desde hace 25 años", "il y a trois jours de deuil").
"""

from __future__ import annotations

from briefing_tui.compare.period_offsets import elapsed_period
from briefing_tui.compare.units import Unit
from briefing_tui.model import Figure


def dates_from(u: Unit, f: Figure) -> bool:
    """Whether the period ``f`` of the sentence ``u`` dates something ("three days ago", "vor drei Tagen"), being
    no length of anything (see the module's doc)."""
    if f.kind != "period":
        return False
    start, end = f.start - u.start, f.end - u.start
    return 0 <= start <= end <= len(u.text) and elapsed_period(u.text, start, end)
