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


def test_a_count_of_those_who_reject_is_not_disputed():
    # (fails on f50afe5: the 25 protesters were "reported disputed" by the verb they are the subject of)
    claims = compare(filled_articles(
        "2025-07-23", "Police arrested 25 protesters who rejected the curfew order in the capital on Saturday.",
        "Police arrested 25 protesters in the capital on Saturday."))
    found = [c for c in holding(claims, "25 protesters who", "arrested 25 protesters in") if c.measure]
    assert len(found) == 1 and found[0].verdict == "agree", [(c.topic, c.evidence) for c in claims]


def test_a_figure_a_verb_disputes_after_a_break_or_in_the_passive_is_still_disputed():
    said = "Twenty soldiers died in the attack, the army said."
    for denial in ("The army said 20 soldiers died in the attack, a figure the rebels rejected.",
                   "The toll of 20 soldiers dead in the attack was disputed by the rebels."):
        claims = compare(filled_articles("2025-07-23", denial, said))
        assert any(c.measure and c.verdict == "disagree" and "reports the figure disputed" in c.evidence
                   for c in holding(claims, "20 soldiers", "Twenty soldiers")), [(c.topic, c.evidence) for c in claims]
    claims = compare(filled_articles("2025-07-23", "The U.S. will retain 90% of the profits, but the Japanese "
                                     "government disputes this.", "The U.S. will retain 90% of the profits."))
    assert any(c.measure and c.verdict == "disagree" for c in holding(claims, "disputes this", "profits."))
