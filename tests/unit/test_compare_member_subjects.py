"""Issue 11: a group of one measure's figures is found under the subject of every statement that joined it, not only
under its first one's. A toll first read as the storm's ("Typhoon Zeta"), joined by a country the articles link to
the storm ("Before reaching Vietnam, Zeta had ..."), takes in a fourth source's counts of that country however its
language spells it ("Vietname", European Portuguese): one claim of four sources, not a second claim of the same toll
(its earlier count, 140, is the count before: a claim of its own). Invented sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding

ONE = ("The death toll from Typhoon Zeta rose to 120 on Tuesday, after landslides buried several hamlets. "
       "Before reaching Vietnam, Zeta had crossed the northern Philippines.")
TWO = "Almeno 120 persone sono morte in Vietnam, ha detto martedì il governo dopo il passaggio del tifone."
THREE = "In Vietnam, officials said on Thursday that the death toll had risen to 130."
FOUR = ("As autoridades do Vietname disseram na sexta-feira que 150 pessoas morreram devido à passagem do tufão "
        "pelo norte do país. O balanço anterior do Governo do Vietname dava conta de 140 mortos.")


def test_a_third_spelling_of_a_joined_place_finds_the_tolls_claim():
    claims = compare(filled_articles("2024-09-13", ONE, TWO, THREE, FOUR))
    toll = holding(claims, "rose to 120", "Almeno 120 persone", "risen to 130", "150 pessoas morreram")
    assert len(toll) == 1, [(c.topic, [s.text for s in c.statements]) for c in claims]
    assert toll[0].verdict == "disagree"
    # (the government's earlier toll, "o balanço anterior … 140 mortos", is the count before, never weighed against
    # the latest: compare/earlier_counts.py)
    assert all("140 mortos" not in s.text for s in toll[0].statements)
