"""The area a fire burned or a flood covered is a measure the claims by measure weigh across sources (issue 11: a
French and a Spanish page giving one wildfire's hectares were two single claims), and a measured quantity written
round is rounded to its zeros ("16,000 hectares" agrees with "more than 16,000 hectares"). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import article, holding
from briefing_tui.compare import compare


def _claim(first: str, second: str):
    claims = compare([article("o1", "2026-02-03", first), article("o2", "2026-02-04", second)])
    (claim,) = holding(claims, first.rsplit(". ", 1)[-1][:30])
    return claim


def test_two_sources_areas_are_one_claim_across_languages():
    claim = _claim("Des pompiers sont arrivés du Canada. Les écoles restent fermées. Les incendies ont brûlé 7 000 "
                   "hectares mardi.",
                   "Las escuelas siguen cerradas. Hasta ahora, los incendios han destruido más de 7.000 hectáreas.")
    assert {s.source for s in claim.statements} == {"o1", "o2"}
    assert claim.verdict == "agree"


def test_a_round_area_agrees_with_more_than_it_in_other_words():
    claim = _claim("Schools are closed. The fires have burned 7,000 hectares so far.",
                   "Roads are shut. The blazes have scorched more than 7,000 hectares.")
    assert {s.source for s in claim.statements} == {"o1", "o2"}
    assert claim.verdict == "agree"
