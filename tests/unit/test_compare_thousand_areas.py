"""An area written with a thousand as a word ("9,1 mil hectares") of one fire, named by one source, draws no unnamed
area of a story of several fires into that fire's claim: no false disagreement between the fires' areas."""

from __future__ import annotations

from tests.compare_helpers import compared


def test_one_fires_area_in_words_of_thousands_makes_no_false_disagreement():
    claims = compared(
        "O incêndio em Ridgeview havia queimado pelo menos 9,1 mil hectares e estava apenas 11% contido, enquanto "
        "o de Marlow havia consumido 5,7 mil hectares e estava 15% contido.",
        "Officials said the blaze has burned more than 23,700 acres. The second fire has burned 14,021 acres.",
        "Les incendies ont brûlé 16 000 hectares samedi. L'incendie le plus dévastateur a brûlé 9 500 hectares "
        "près de la côte. L'incendie de Marlow a brûlé 5 600 hectares dans les collines.",
        "Hasta ahora, los incendios han destruido más de 16.000 hectáreas.")
    assert not [c.topic for c in claims if c.verdict == "disagree"]
