"""Prison terms summed over several people ("In total, the nine men were given 71 years in prison") are the terms'
total, never weighed against one person's term (issue 11). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import compared, read


def terms(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"]


def test_a_summed_term_is_the_total_of_the_terms():
    assert terms("In total, the nine men were given 71 years in prison.") == [("71 years", "total prison sentence")]
    assert terms("Au total, les neuf hommes ont été condamnés à 71 ans de prison.", "fr") == [
        ("71 ans", "total prison sentence")]
    assert terms("Les neuf hommes ont été condamnés à 71 ans de prison au total.", "fr") == [
        ("71 ans", "total prison sentence")]
    # (one man's term stays a term; a summed length of talks is no term)
    assert terms("The ringleader was given 12 years in prison.") == [("12 years", "prison sentence")]


def test_a_total_is_not_a_conflict_with_one_mans_term():
    claims = compared("Le chef du réseau a été condamné à 12 ans de prison jeudi. Au total, les neuf hommes ont été "
                      "condamnés à 71 ans de prison.",
                      "Le chef du réseau a été condamné à 12 ans de prison jeudi.")
    assert not [c for c in claims if c.verdict == "disagree"]
