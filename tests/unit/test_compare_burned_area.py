"""The area a fire burned or a flood covered is a measure the claims by measure weigh across sources (issue 11: a
French, a Spanish and an English page giving one wildfire's hectares or acres were three single claims), and a
measured quantity written round is rounded to its zeros ("16,000 hectares" agrees with "more than 16,000
hectares"). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import article, compared, holding


def test_two_sources_areas_are_one_claim_across_languages_and_units():
    claims = compared("Des pompiers sont arrivés du Canada. Les écoles restent fermées. Les flammes ont brûlé 4 200 "
                      "hectares samedi.", "Farmers counted losses. The fires have burned about 10,400 acres.")
    (claim,) = holding(claims, "4 200 hectares")
    assert {s.source for s in claim.statements} == {"o1", "o2"}
    assert claim.verdict == "agree"


def test_a_round_area_agrees_with_more_than_it():
    claims = compared("Schools stayed closed. The blaze has burned 7,000 hectares of forest.",
                      "Farmers counted losses. The fire has charred more than 7,000 hectares of forest.")
    (claim,) = holding(claims, "7,000 hectares")
    assert {s.source for s in claim.statements} == {"o1", "o2"}
    assert claim.verdict == "agree"
