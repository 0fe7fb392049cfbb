"""What is read from a rates table's currency names, computed once per table rather than once per sentence.

The figure readers ask, for every sentence, which currency forms go before an amount and which after it
(:mod:`~briefing_tui.compare.money`) and which are written in an East Asian script
(:mod:`~briefing_tui.compare.east_asian_numbers`). Those answers depend only on the table's ``aliases``;
building them anew for each of a megabyte's 20,000 sentences cost a fifth of a millisecond each. The
answer is kept with a copy of the aliases it was computed from and computed again whenever the table's
aliases differ from that copy (a table changed in place, or another table), so it is never stale.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from briefing_tui.compare.rates import RateTable

T = TypeVar("T")

# Tables whose answers are kept at once, per reader (a run uses one table; tests build a few).
KEPT_TABLES = 8


def per_aliases(compute: Callable[[RateTable], T]) -> Callable[[RateTable], T]:
    """``compute(table)``, a pure function of ``table.aliases``, kept per aliases mapping (see the module)."""
    kept: dict[int, tuple[dict[str, str], dict[str, str], T]] = {}

    @wraps(compute)
    def memo(table: RateTable) -> T:
        aliases = table.aliases
        entry = kept.get(id(aliases))
        if entry is not None and entry[0] is aliases and entry[1] == aliases:
            return entry[2]
        if len(kept) >= KEPT_TABLES:
            kept.clear()
        answer = compute(table)
        kept[id(aliases)] = (aliases, dict(aliases), answer)
        return answer

    return memo
