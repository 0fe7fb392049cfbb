"""Issue 11: false disagreements found trying the app on an election night's reports (invented articles; each test
fails on the code before).

- "We've gained well over 20 seats" is what a count changed by: an adverb before the qualifier ("well over", "just
  over") hid the verb of change, and the gain was weighed against another party's seven seats.
- An earlier contest's figure in a claim aligned by wording ("In the 2019 election, the party formed a minority
  government with 150 seats", against this election's 160) was weighed as a conflict; in an undated report the
  story's date tells that 2019 is long past.
"""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from briefing_tui.compare.count_changes import is_count_change
from tests.compare_helpers import article, filled_articles


def test_an_adverb_before_the_qualifier_keeps_the_verb_of_change():
    text = "We've gained well over 20 seats tonight."
    start = text.index("over")
    assert is_count_change(text, start, start + len("over 20 seats"), "seats")
    text = "The party lost just over 40 seats."
    start = text.index("over")
    assert is_count_change(text, start, start + len("over 40 seats"), "seats")


def test_an_earlier_contests_figure_is_no_conflict_in_a_claim_by_wording():
    sources = filled_articles("2024-05-02",
        "The Union Party, led by Prime Minister Ana Silva, secured a minority government with 160 seats despite the "
        "opposition's gains compared to the 2019 election.",
        "Silva's Union Party is leading in 160 seats, and the Reform Party is leading in 120 seats.")
    sources.append(article("o3", None,
        "In the 2019 election, the Union Party, then led by Prime Minister Ana Silva, formed a minority government "
        "with 150 seats. Power lines were cut across the region. Schools stayed closed for the week."))
    claims = build_claims(sources)
    assert not [c for c in claims if c.verdict == "disagree" and any("150 seats" in s.text for s in c.statements)], \
        [(c.topic, c.verdict) for c in claims]
