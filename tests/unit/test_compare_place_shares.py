"""Issue 11: one place's result and the count's progress in a run-off's reports (invented articles; each test fails on
the code before).

- "En Bavière, Lund a obtenu 41 %": a place fronted in the sentence scopes the shares to it; read as Lund's
  national share, it stood beside the national 46% as a conflict.
- "après le dépouillement de 99,4 % des bulletins" is the count's progress, nobody's share (as "after counting").
"""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import filled_articles, read


def test_a_fronted_places_share_is_no_national_share():
    claims = build_claims(filled_articles(
        "2025-04-21",
        "Lund won Germany's run-off with 54% of the vote, while Berg got 46%, the electoral office of Germany said.",
        "Berg took 46% of the vote in Germany's run-off. En Bavière, Lund a obtenu 59 %, tandis que Berg a obtenu 41 %.",
        "In Germany, Berg finished with 46% of the vote, the office in Germany said."))
    shown = [(c.topic, c.verdict) for c in claims]
    assert not [c for c in claims if c.verdict == "disagree"], shown
    assert any(c.verdict == "agree" and any("Berg took 46%" in s.text for s in c.statements) for c in claims), shown


def test_the_counts_noun_before_a_share_makes_it_the_counts_progress():
    figures = read("Lund a obtenu 53,9 % après le dépouillement de 99,4 % des bulletins de vote.")
    assert [f.measure for f in figures][1] == "share counted"
