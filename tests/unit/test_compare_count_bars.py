"""Issue 11: figures of an election night's count that are nobody's votes (invented sentences; each test fails on the
code before).

- "After 3.1 million votes had been counted" is how far the count has gone, not a candidate's votes: weighed
  against "more than five million" votes of the winner, it made a false disagreement.
- "les 50 + 1 % voix nécessaires", "50% plus one vote": the majority's formula is a rule's bar, nobody's votes.
- "après avoir compté 92 % des voix" is the count's progress, as "after counting 92% of the votes".
- "55,12 voix %" (a garbled share) is no tally of votes: no count of votes has a fraction.
"""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import filled_articles, read


def _measures(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text)]


def test_votes_counted_so_far_are_nobodys_votes():
    (counted, share) = read("After 3.1 million votes had been counted, Berg led with 50.4%.")
    assert counted.measure == "votes counted" and counted.subject is None
    claims = build_claims(filled_articles(
        "2025-04-21",
        "After 3.1 million votes had been counted, Berg led narrowly, the electoral office said.",
        "Lund won the run-off with more than five million votes, the electoral office said."))
    assert not [c for c in claims if c.verdict == "disagree"], [(c.topic, c.verdict) for c in claims]


def test_half_plus_one_is_the_majoritys_bar():
    assert _measures("Il avait déjà obtenu les 50 + 1 % voix nécessaires.") == [("50", "threshold"),
                                                                               ("1 %", "threshold")]
    assert _measures("A candidate needs 50% plus one vote to win outright.")[0] == ("50%", "threshold")
    assert _measures("The party won 12 seats plus one from the list.") == [("12 seats", "seats")]


def test_a_share_after_a_french_verb_of_counting_is_the_counts_progress():
    assert _measures("Après avoir compté 92,4 % des voix, Lund menait.")[0] == ("92,4 %", "share counted")


def test_a_tally_of_votes_with_a_fraction_is_no_count():
    assert [f.measure for f in read("Berg a obtenu 55,12 voix %, tandis que Lund a obtenu 44,88 voix %.")] == [None, None]
    assert [f.measure for f in read("Berg won 2.8 million votes and 14 seats.")] == ["votes", "seats"]
