"""The claim a figure written in another language joins when wording cannot tie it to one.

A figure with no subject joins a claim of its measure by the words around it that the claim's statements share
(compare/measured.py ``MIN_SHARED_CONTEXT``). A statement in another language than every statement of the claim
shares no word with them ("La multa representa un 0,14% de los ingresos anuales" and "0.5 percent of the group's
global turnover"): when its measure has one claim only, and no statement of that claim is in the figure's language, the
measure alone is the evidence, and the figure joins that claim. Not the claim of a part's share ("Cheese accounted
for half of the exports", compare/part_shares.py): a share of the whole said with no part is not that part's.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing_tui.compare.measured_types import MeasuredStatement
from briefing_tui.compare.part_shares import part_subject


def other_language_home(item: MeasuredStatement, clusters: list[list[MeasuredStatement]],
                        fits: Callable[[MeasuredStatement, int], bool]) -> int | None:
    """The index of the one claim of the measure the figure may join (see the module's doc), else None."""
    language = item.unit.source.language
    if not language:
        return None  # (a language unknown: no telling that wording cannot tie it)
    homes = [k for k, members in enumerate(clusters) if members and fits(item, k)]
    if len(homes) != 1:
        return None
    members = clusters[homes[0]]
    if any(m.unit.source.language in (language, None) for m in members):
        return None
    if all(part_subject(m.figure, m.unit) for m in members):
        return None  # (a part's share: a share said of no part is not its)
    return homes[0]
