"""Which figures the claims by measure align: those naming a known measure (their last word)."""

from __future__ import annotations

from briefing_tui.compare.bounty_shares import BOUNTY_SHARE
from briefing_tui.compare.counted_names import counted_names
from briefing_tui.compare.court_measures import COURT_BASES
from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.compare.policy_rates import RATE_BASE
from briefing_tui.compare.received_sums import RECEIVED
from briefing_tui.compare.span_measures import DEADLINE_MEASURE, SPAN_MEASURES
from briefing_tui.compare.spread_ranges import SPREAD_MEASURES
from briefing_tui.compare.vote_margins import ELECTORATE
from briefing_tui.compare.votes import VOTE_MEASURES
from briefing_tui.compare.vote_shares import VOTE_SHARE_MEASURES
from briefing_tui.model import Figure


# Measures the claims by measure align (their last word): the figures the wording path leaves to them ("power": electric
# power in GW, compare/physical_units.py; "demand", "demand restored", "supply": shares of demand, compare/demand_shares.py).
KNOWN_MEASURES = frozenset(MEASURE_WORDS) | {"hours", "change", "aftershock magnitude", "term", "sentence", "until", "rise",
                                             "aboard", "ground", "gdp", "premium",
                                             "price", RECEIVED, ELECTORATE, "power", "demand",
                                             "restored", "supply", BOUNTY_SHARE, RATE_BASE} | set(VOTE_MEASURES.values()) | COURT_BASES \
    | set(VOTE_SHARE_MEASURES.values()) \
    | {m.split()[-1] for m in SPAN_MEASURES - {DEADLINE_MEASURE}} \
    | {m.split()[-1] for m in SPREAD_MEASURES} \
    | counted_names()  # (people counts scoped by count_scopes.py; things counted by one name: compare/counted_names.py)
MEASURED_KINDS = ("count", "money", "percent", "period", "year")


def is_key_figure(f: Figure) -> bool:
    """Whether the figure names a known measure, so that the claims by measure weigh it."""
    return f.kind in MEASURED_KINDS and bool(f.measure) and f.measure.split()[-1] in KNOWN_MEASURES
