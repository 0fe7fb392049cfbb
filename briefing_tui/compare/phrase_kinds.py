"""The claims without a count read from short phrases: ranks, deadlines, stated intentions, states, relations,
failures of structures (see :mod:`.phrase_claims`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing_tui.compare.deadlines import deadline_claims
from briefing_tui.compare.fact_phrases import SourcePhrases, fact_claims
from briefing_tui.compare.failures import failure_claims
from briefing_tui.compare.intentions import intention_claims
from briefing_tui.compare.ranks import rank_claims
from briefing_tui.compare.relations import relation_claims
from briefing_tui.compare.states import state_claims
from briefing_tui.compare.units import Unit
from briefing_tui.model import Claim, Source


def phrase_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                  facts: Mapping[str, SourcePhrases] | None = None) -> list[tuple[tuple, Claim]]:
    """Every claim of ranks, deadlines, intentions, states, relations (:mod:`.relations`), failures (:mod:`.failures`)
    and facts without a figure
    (:mod:`.fact_phrases`) that two sources state, with its sort key. ``facts``: each source's fact phrases when
    read already."""
    return rank_claims(sources, units, rank) + intention_claims(sources, units, rank) \
        + deadline_claims(sources, units, rank) + state_claims(sources, units, rank) + fact_claims(sources, units, rank, facts) \
        + relation_claims(sources, units, rank) + failure_claims(sources, units, rank)
