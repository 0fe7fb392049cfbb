"""Issue 11: a predicate adjective whose subject is somebody's claim ("the allegations were “baseless”") judges that
claim, as "rejects the accusations" does: it disputes no statement that reports the claim as a claim ("dismissed the
allegations as baseless"); a statement asserting the thing judged is still disputed. Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

JUDGED = ("The Northwind Group said in a statement that the bribery allegations were “baseless and denied”, adding "
          "that it would seek all possible legal recourse.")
REPORTED = "The Northwind Group has dismissed the bribery allegations as baseless."


def test_a_claim_judged_does_not_dispute_a_report_of_the_claim():
    claims = compare(filled_articles("2024-05-02", JUDGED, REPORTED))
    found = holding(claims, "baseless and denied", "dismissed the bribery")
    assert found and all(c.verdict != "disagree" for c in found), [(c.topic, c.evidence) for c in found]


def test_a_thing_judged_false_still_disputes_its_assertion():
    judged = "The ministry said the reports of 300 dead in the landslide were false."
    said = "Local media reported 300 dead in the landslide on Monday."
    claims = compare(filled_articles("2024-05-27", judged, said))
    assert any(c.verdict == "disagree" for c in holding(claims, "were false", said[:20])), \
        [(c.topic, c.evidence) for c in claims]
