"""Verdicts of claims found whole: which of a source's values a claim weighs, and what it is weighed against
(issue 11). Real sentences from the study gold sets."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding


def test_a_source_is_weighed_by_its_value_named_for_the_subject_not_by_another_subjects_before_it():
    # verbatim (blueprint and iyamagazine, UK general election 2024): the blueprint's first seats figure of no
    # subject follows Reform UK's share of the vote (its four seats are Reform UK's); its Greens have one seat
    sources = [
        article("blueprint", None,
                "The Liberal Democrats have won in 37 constituencies with 10.6% of the overall vote, while Reform UK "
                "have 14.9% of the vote, translating to success in four seats.\n\n"
                "The SNP has four seats and Plaid Cymru is on four.\n\n"
                "The Green Party has 6.9% of the votes and one seat."),
        article("iyamagazine", None,
                "It’s brighter news for the Greens though, who secured four seats in parliament, up from just one "
                "seat in the House of Commons in the 2019 election."),
        article("juiceliverpool", None,
                "Reform UK, Plaid Cymru, and the Green Party each secured four seats, while 23 seats were won by "
                "other parties and independent candidates in Northern Ireland."),
    ]
    claims = holding(compare(sources), "6.9% of the votes and one seat", "secured four seats in parliament")
    assert [c.verdict for c in claims] == ["disagree"]
    assert "'one seat' = 1 seats" in claims[0].evidence
