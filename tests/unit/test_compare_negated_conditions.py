"""A plain negation inside a condition ("if she does not pay the fine") asserts nothing: it disputes no statement that
tells the same penalty; a plain negation in a clause of its own still does."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

PENALTY = ("Failure to pay the fine will mean an extra four months in prison for the mayor and two months for his "
           "deputy.")
CONDITION = ("The judge ruled that the mayor will serve an extra 4 months if he fails to pay the fine, while his "
             "deputy will serve an extra 2 months if she does not pay the fine.")


def test_a_negated_condition_disputes_nothing():
    claims = compare(filled_articles("2025-02-11", CONDITION, PENALTY))
    found = holding(claims, "if she does not pay")
    assert found and all(c.verdict != "disagree" for c in found), [(c.topic, c.evidence) for c in found]
    # a plain negation in a clause of its own (a condition's clause closed before it) still disputes
    said = "The mayor has paid the fine imposed by the court in the corruption case."
    for denied in ("The mayor has not paid the fine imposed by the court in the corruption case.",
                   "If asked, the mayor says he has not paid the fine imposed by the court in the corruption case."):
        claims = compare(filled_articles("2025-02-11", denied, said))
        assert any(c.verdict == "disagree" and "disputes" in c.evidence for c in holding(claims, "not paid")), \
            [(c.topic, c.verdict, c.evidence) for c in claims]
