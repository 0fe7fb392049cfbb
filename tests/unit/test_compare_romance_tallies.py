"""A result written "N a M" (Spanish, Portuguese, Italian) or "N à M" (French) after a word of a win is a tally of
two sides, never two counts of what the sentence named before (briefing_tui/compare/tallies.py, counts.py).
Constructed sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def measures(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(f.low, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_a_spanish_win_of_n_a_m_is_a_tally_not_votes():
    assert measures("La alianza sumó muchos votos y la victoria fue por un claro 62 a 38 en porcentajes.", "es") == [
        (62, "score-for"), (38, "score-against")]


def test_a_french_win_of_n_a_m_is_a_tally():
    assert measures("Le club a gagné 4 à 2 contre ses voisins.", "fr") == [(4, "score-for"), (2, "score-against")]


def test_a_range_of_counted_people_stays_a_count():
    assert [m for _, m in measures("Tras la victoria murieron de 4 a 5 personas.", "es")][-1] == "dead"
