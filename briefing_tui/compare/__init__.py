"""Cross-source comparison: figures that know what they count, claims aligned, verdicts with evidence.

Contract used by the rest of the program::

    compare(sources, entities, quotes, table) -> list[Claim]

The stages, each a plain function over plain data: ``figures`` (money, dates, periods, years,
counts, with offsets) and ``measures`` (what each figure counts, its subject), ``rates`` (daily
reference rates), ``units`` (sentences with their words, names, figures, cues and voice),
``measured`` (claims aligned by what their figures measure, with timelines), ``align`` (grouping
the other sentences by their wording), ``verdict`` (agree / disagree / single with evidence),
``titles`` and ``claims`` (ids, titles, statements). The types live in :mod:`briefing_tui.model`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_tui.model import VERDICTS, Claim, Entity, Figure, Quote, Source, Statement, TimePoint

if TYPE_CHECKING:
    from briefing_tui.compare.rates import RateTable
    from briefing_tui.compare.statement_cache import FigureMemo

__all__ = ["VERDICTS", "Claim", "Figure", "Statement", "TimePoint", "compare"]


def compare(sources: Sequence[Source], entities: Sequence[Entity] = (), quotes: Sequence[Quote] = (),
            table: "RateTable | None" = None, memo: "FigureMemo | None" = None) -> list[Claim]:
    """Align the sources' statements into claims (disagreements first, then agreements, then singles).
    ``memo`` may keep each source's figures between runs (same claims with or without it)."""
    from briefing_tui.compare.claims import build_claims

    return build_claims(sources, entities, quotes, table, memo)
