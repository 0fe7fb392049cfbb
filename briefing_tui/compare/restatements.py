"""A source's second statement of one value: a figure that gives again the value its source gives in a claim.

A source may tell one figure twice ("approved a €500 billion fund", then "The package proposes a €500 billion fund";
"36 milliards de dollars, soit 35,2 milliards d'euros"): both statements are of the claim, and the second changes
no verdict. A bound ("asking for more than $100 million"), a quoted or disputed figure, or a sum in another currency
in another sentence (the day's rate is no writer's word for it) is no such restatement. Used by
:mod:`briefing_tui.compare.completion`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.measured_types import SAME_VALUE, MeasuredStatement, statement_value
from briefing_tui.compare.measured_verdict import dispute_of
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.model import OPEN_ENDED, Figure, Qualifier

# Qualifiers by which a figure states a bound or a span, not a value ("more than $100 million")
BOUND_QUALIFIERS: frozenset[Qualifier] = OPEN_ENDED | {"range"}


def _bound(f: Figure) -> bool:
    """Whether the figure states a bound or a span rather than a value (``BOUND_QUALIFIERS``)."""
    return f.qualifier in BOUND_QUALIFIERS


def restates(item: MeasuredStatement, own: Sequence[MeasuredStatement], published: dict[str, str | None],
             table: RateTable) -> bool:
    """Whether a figure gives again the value its source's weighed statements ``own`` give in a claim: within
    ``SAME_VALUE``, as a value (not a bound), in the source's own voice and undisputed; a sum in another currency only
    as its sentence's own conversion ("36 milliards de dollars, soit 35,2 milliards d'euros"). False without ``own``."""
    if item.unit.voice.kind == "quoted" or dispute_of(item) is not None:
        return False  # (a quoted figure, or one the sentence disputes, is no plain second statement of the value)
    value = statement_value(item, item.figure.source, published, table)
    for m in own:
        check = compare_figures(item.figure, replace(m.figure, source=m.unit.source.id), published, table)
        if check is None or not check.compatible:
            return False
        if _bound(item.figure) and item.figure.qualifier != m.figure.qualifier:
            return False  # (a bound states no value: "asking for more than $100 million" is not "$101,980,000")
        known = statement_value(m, m.unit.source.id, published, table)
        # (a sum and the writer's own conversion of it in its sentence: "36 milliards de dollars, soit 35,2 milliards
        # d'euros", at the writer's rate)
        converted = item.figure.kind == "money" and item.figure.unit != m.figure.unit
        if converted and item.unit.key != m.unit.key:
            return False  # (another currency in another sentence: the rate of the day is no writer's word for it)
        if not converted and not (value and known and abs(value - known) <= SAME_VALUE * max(value, known)):
            return False
    return bool(own)
