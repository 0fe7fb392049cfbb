"""A weak negation that speaks of the same names as another sentence without denying what it says disputes nothing
(issue 11), on verbatim sentences of the study set tests/gold_new21."""

from __future__ import annotations

from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.compare.verdict import stance_dispute
from tests.compare_helpers import filled_articles

# gold_new21 taiwan_election_2024: 07 (TVBS) and 08 (Taiwan America), verbatim
SEATS_07 = ("TAIPEI (TVBS News) — Taiwan's legislative election results on Saturday (Jan. 13) revealed a close race: The "
            "Kuomintang (KMT) secured 52 seats, while the Democratic Progress Party (DPP) obtained 51 seats in the "
            "113-seat parliament (Legislative Yuan).")
SEATS_08 = ("Taipei, Jan. 13 (CNA) No party won a majority in Taiwan’s Legislative Yuan for the first time since 2004, "
            "after Saturday’s elections saw the Democratic Progressive Party (DPP) win 51 seats, the Kuomintang (KMT) "
            "52, and the Taiwan People’s Party (TPP) eight.")


def _units(*bodies: str):
    table = default_rate_table()
    sources = filled_articles("2025-03-12", *bodies)
    return build_units(sources, [], [], table), {s.id: s.published for s in sources}, table


def _unit(units, needle: str):
    return next(u for u in units if needle in u.text)


def test_a_weak_negation_about_the_same_names_disputes_nothing():
    # "No party won a majority" shares only names (Taiwan, Legislative Yuan, Party) with the other's predicate
    units, _, _ = _units(SEATS_07, SEATS_08)
    a, b = _unit(units, "No party won"), _unit(units, "Kuomintang (KMT) secured")
    assert [c.text for c in a.cues] == ["No"]
    assert stance_dispute(a, b, 0.7) == []
