"""Issue 11: measure names one story shows to be one measure (compare/measure_links.py). Two sources giving one
distinctive value under two names ("a $550 billion investment", "up to $550 billion in loans") link the names for
the story, so that a third source's figure under either name joins the claim even with another value (where the
disagreement is); so do a kind of a measure and the plain measure ("a $3.3 billion public offering", "a sale of $3.3
billion"). Event counts, a source telling the names apart, and common shares ("15%") link nothing
(claims aligned by their wording may still hold them).
Constructed articles; the first two tests fail on the code before this rule (101d16e)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding

INVEST = "Japan will invest $550 billion in the United States under the trade deal."
INVESTMENT = "Under the deal, Japan will make a $550 billion investment in America."
LOANS = "Japan agreed to provide up to $550 billion in loans to US projects."
OTHER_LOANS = "Japan will extend $500 billion in loans to US projects, officials said."


def test_names_the_story_gives_one_value_under_are_one_claim_even_where_values_differ():
    claims = compare([article(k, "2025-07-23", s) for k, s in zip("abcd", (INVEST, INVESTMENT, LOANS, OTHER_LOANS))])
    found = holding(claims, "invest $550 billion", "$550 billion investment", "$550 billion in loans",
                    "$500 billion in loans")
    assert len(found) == 1 and found[0].verdict == "disagree" and found[0].measure == "investment"


def test_a_kind_of_a_measure_the_story_gives_the_plain_measure_s_value_is_that_measure():
    claims = compare([
        article("a", "2024-10-14", "Hyundai India's $3.3 billion initial public offering opened on Tuesday."),
        article("b", "2024-10-14", "The sale of $3.3 billion of Hyundai India shares opened on Tuesday."),
        article("c", "2024-10-14", "The sale of $3.1 billion of Hyundai India shares drew strong demand."),
    ])
    found = holding([c for c in claims if c.measure], "$3.3 billion initial public offering", "sale of $3.3 billion",
                    "sale of $3.1 billion")
    assert len(found) == 1 and found[0].verdict == "disagree" and found[0].measure == "sale"


def test_a_source_giving_both_names_their_own_values_keeps_them_apart():
    both = "Under the deal, Japan will make a $550 billion investment in America and extend $20 billion in loans."
    claims = compare([article(k, "2025-07-23", s) for k, s in zip("abcd", (INVEST, both, LOANS, OTHER_LOANS))])
    measured = [c for c in claims if c.measure]
    assert not holding(measured, "invest $550 billion", "$500 billion in loans")
    assert holding(measured, "invest $550 billion", "$550 billion investment")


def test_event_counts_of_one_value_are_never_one_measure():
    measured = [c for c in compare([
        article("a", "2025-03-29", "The quake killed 117 people in the capital, officials said."),
        article("b", "2025-03-29", "Rescuers said 117 people remain missing in the capital."),
        article("c", "2025-03-29", "At least 144 people were killed in the capital."),
    ]) if c.measure]
    assert holding(measured, "killed 117 people", "144 people were killed")
    assert not holding(measured, "117 people remain missing", "144 people were killed")
