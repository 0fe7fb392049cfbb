"""Issue 11: a count of people still at large ("12,500 prisoners who escaped ... remain on the run") is a kind of
its own (compare/at_large.py), never weighed against or joined with the count of those who escaped. Invented
sentences; each test fails on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding


@pytest.mark.parametrize("after", [
    " who broke out of the Varno jail during the riots remain on the run.",
    " are still at large, the police said.",
    " siguen prófugos, según la policía.",
    " permanecem foragidos, segundo a polícia.",
    " sont toujours en fuite selon la police.",
    " sind noch auf der Flucht, sagte die Polizei.",
])
def test_still_at_large_in_the_counts_clause(after):
    from briefing_tui.compare.at_large import at_large_state

    assert at_large_state(after)


@pytest.mark.parametrize("after", [
    " escaped from the Varno jail during the riots.",
    " escaped; the others remain on the run.",  # (another clause's state)
    " escaped, and 300 remain on the run.",  # (another count's)
])
def test_no_state_of_being_at_large(after):
    from briefing_tui.compare.at_large import at_large_state

    assert not at_large_state(after)


def test_the_escaped_and_those_still_at_large_are_not_one_claim_by_measure():
    claims = [c for c in compare(filled_articles(
        "2026-05-08",
        "More than 4,200 prisoners who escaped from jails across Varnia during the riots remain on the run, police said.",
        "About 4,800 prisoners had escaped from the country's jails during the riots, the police said.",
        "Police said 6,100 prisoners escaped from the country's jails during the riots in Varnia.")) if c.measure]
    assert not holding(claims, "More than 4,200 prisoners", "About 4,800 prisoners")
    escaped = holding(claims, "About 4,800 prisoners", "6,100 prisoners")
    assert len(escaped) == 1 and escaped[0].verdict == "disagree"
