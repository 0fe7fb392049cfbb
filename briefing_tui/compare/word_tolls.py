"""Counts of the dead, the injured, the missing or the arrested written with a number word that no general reading
takes, as it is also another word (Italian "due" is English "due", Spanish "dos" Portuguese "of the", "un", "ein",
"einen" articles): read only right before such a noun of its language, from the table's ``toll_numbers``
("Almeno due morti": at least two dead; "mindestens einen Toten": at least one). Without it the first toll of an
event, often "one dead" or "two dead", is no figure, and a later one stands alone.
"""

from __future__ import annotations

from briefing_tui.compare.approximate_ones import approximate_ones_in
from briefing_tui.compare.counts import Found
from briefing_tui.compare.listed_ones import listed_ones_in
from briefing_tui.compare.number_word_heads import number_word_matches
from briefing_tui.compare.word_forms import singular
from briefing_tui.compare.word_lengths import word_lengths_in
from briefing_tui.compare.word_range_ends import word_range_ends_in


def word_tolls_in(text: str) -> list[Found]:
    """Every count written with a number word of ``toll_numbers`` right before a toll noun of its language (see the
    module), with the qualifier right before it ("almeno", "mindestens"), offsets relative to ``text``."""
    found = []
    for value, head, start, end, fields in number_word_matches(text, "toll_numbers", "nouns"):
        fields = {"low": value, "high": value, "unit": singular(head.lower()), "head": head, **fields}
        found.append(Found("count", start, end, fields))
    # (and the first end of a range of number words, "drei" of "drei bis vier Meter", and "about one metre" written
    # with an article, "près d'un mètre", and "un militare" ending "14 civili e un militare", and "sei chilometri", a
    # length: also no general reading's)
    return found + word_range_ends_in(text) + approximate_ones_in(text) + listed_ones_in(text) + word_lengths_in(text)
