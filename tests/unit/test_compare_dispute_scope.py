"""Issue 11: an active verb of disputing ("reject", "disputed", "denied") governs its object, up to the end of its
predicate, not its subject nor a later clause: "Lai and President Tsai reject China's claims" disputes nothing said
of Lai and Tsai; "Apple has disputed the accusations, warning ..." disputes the accusations, not Apple's own words
that follow. A statement it governs is still disputed. A cue judging somebody's words ("Robinson falsely claimed")
disputes an outlet asserting them, not one reporting them as his ("Robinson claimed"). Sentences modelled on the
2024 Taiwan election, the 2024 Apple fine and the 2025 Unite the Kingdom rally reports; the tests that expect no
dispute fail on f50afe5."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

REJECT = "Lai and incumbent President Tsai Ing-wen reject China's sovereignty claims over Taiwan."
TERM = "Lai will take office in May, after incumbent President Tsai Ing-wen's four-year term ends."
STEPPED = "Lai, the current vice president, won as incumbent President Tsai Ing-wen stepped down."
APPLE_DISPUTED = ("Apple has disputed the accusations, warning it would challenge the decision, which was reached "
                  "despite the Commission's failure to uncover any credible evidence of consumer harm.")
APPLE_SAID = ("Apple said the decision was reached despite the Commission's failure to uncover any credible evidence "
              "of consumer harm.")


def test_the_subject_of_a_verb_of_rejecting_is_not_disputed():
    claims = compare(filled_articles("2024-01-13", REJECT, TERM, STEPPED))
    found = holding(claims, "Tsai Ing-wen reject")
    assert found and all(c.verdict != "disagree" for c in found), [(c.topic, c.evidence) for c in found]


def test_a_verb_of_disputing_governs_its_own_predicate_only():
    claims = compare(filled_articles("2025-03-04", APPLE_DISPUTED, APPLE_SAID))
    found = holding(claims, "Apple has disputed", "Apple said")
    assert len(found) == 1 and found[0].verdict == "agree", [(c.topic, c.evidence) for c in claims]


def test_a_denied_object_is_still_disputed():
    said = "Local leaders said 300 people had died in the landslide."
    for denial in ("Officials denied that 300 people had died in the landslide, saying the toll was lower.",
                   "The figure of 300 people dead in the landslide, which officials denied, came from local leaders."):
        claims = compare(filled_articles("2024-05-27", denial, said))
        assert any(c.verdict == "disagree" and "disputes" in c.evidence for c in holding(claims, "denied", said[:20])), \
            [(c.topic, c.evidence) for c in claims]


FALSELY = "Tommy Robinson falsely claimed that three million patriots joined the Unite the Kingdom rally in London."
CLAIMED = "Tommy Robinson claimed that three million patriots joined the Unite the Kingdom rally in London."
ASSERTED = "Three million patriots joined the Unite the Kingdom rally in London on Saturday."


def test_words_judged_false_do_not_dispute_a_report_of_those_words():
    # (fails on f50afe5: "falsely" disputed the outlet that reports Robinson's claim as his)
    claims = compare(filled_articles("2025-09-14", FALSELY, CLAIMED))
    found = holding(claims, "falsely claimed", CLAIMED[:30])
    assert found and all(c.verdict == "agree" for c in found), [(c.topic, c.evidence) for c in found]


def test_words_judged_false_still_dispute_an_outlet_asserting_them():
    claims = compare(filled_articles("2025-09-14", FALSELY, ASSERTED))
    assert any(c.verdict == "disagree" and "disputes" in c.evidence for c in holding(claims, "falsely", "on Saturday")), \
        [(c.topic, c.evidence) for c in claims]
