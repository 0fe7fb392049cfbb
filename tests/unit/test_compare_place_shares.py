"""Issue 11: one place's result and the count's progress in a run-off's reports (invented articles; each test fails on
the code before).

- "En Espagne, Lund a obtenu 59 %": a place fronted in the sentence scopes the shares to it; read as Lund's
  national share, it stood beside the national 54% as a conflict (the country of the contest, named most in any
  language, "En Allemagne", scopes nothing).
- "après le dépouillement de 99,4 % des bulletins" is the count's progress, nobody's share (as "after counting").
"""

from __future__ import annotations

from briefing_tui.compare.claims import build_claims
from tests.compare_helpers import filled_articles, read


def test_a_fronted_places_share_is_no_national_share():
    claims = build_claims(filled_articles(
        "2025-04-21",
        "Lund won the run-off in Germany with 54% of the vote, against 46% for Berg, the electoral office said.",
        "En Allemagne, Lund a obtenu 54 %, tandis que Berg a obtenu 46 %. En Espagne, Lund a obtenu 59 %, tandis "
        "que Berg a obtenu 41 %.",
        "Berg finished with 45.9% of the vote in Germany and Lund with 54.1%, the office said."))
    shown = [(c.topic, [s.text for s in c.statements]) for c in claims]
    national = [c for c in claims if any("Lund with 54.1%" in s.text for s in c.statements)]
    assert national and national[0].verdict == "agree", shown
    assert any("En Allemagne, Lund" in s.text for s in national[0].statements), shown
    assert not any("Espagne" in s.text for s in national[0].statements), shown


def test_the_counts_noun_before_a_share_makes_it_the_counts_progress():
    figures = read("Lund a obtenu 53,9 % après le dépouillement de 99,4 % des bulletins de vote.")
    assert [f.measure for f in figures][1] == "share counted"
