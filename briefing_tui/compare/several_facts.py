"""A source that tells several facts by one measure's name: its values are not one claim's.

An outlet may write one measure's word for several facts ("64 percent of them becoming duty-free", "duties of 150
percent being cut to 75 percent", "taxed at over 100 percent": four shares, one of them per fact). When none of
those values is one another source gives, its first value is not the claim's fact by its name alone: it stays out of
the claim's verdict rather than making a false disagreement with the sources that agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing_tui.compare.measured_types import MeasuredStatement

# Distinct current values of one measure by which a source tells several facts of that name, not one.
SEVERAL_FACTS = 3


def several_facts(current: Sequence[MeasuredStatement], support: Callable[[MeasuredStatement], int]) -> bool:
    """Whether a source's current values of the measure (``current``) are ``SEVERAL_FACTS`` or more distinct ones
    and none is supported by another source's value (``support``: how many other sources' values agree with it)."""
    distinct = {(m.figure.low, m.figure.high) for m in current}
    return len(distinct) >= SEVERAL_FACTS and not any(support(m) for m in current)


def unweighed_reason(source: str, text: str) -> str:
    """The evidence line for a source left out of the verdict by :func:`several_facts`."""
    return (f"{source} '{text}' not weighed (the source gives several values of the measure, none another source "
            f"gives: facts of other scopes that share its name)")
