"""Figures of one measure that their clauses write for two different years (last year's deficit, next year's target)
are two years' values: never a disagreement between them; one year's two values still are (issue 11). Invented
sentences."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article


def _verdicts(*sources) -> list[str]:
    return [c.verdict for c in compare(list(sources)) if len({s.source for s in c.statements}) > 1]


def test_two_years_shares_of_output_are_no_disagreement():
    assert _verdicts(
        article("diario", "2031-03-10", "El Gobierno registró un déficit público del 6,3% del PIB en 2030."),
        article("journal", "2031-03-11", "Le gouvernement vise un déficit public de 4,9 % du PIB en 2032."),
    ) == ["agree"]
    assert _verdicts(  # (one year's two values still disagree)
        article("diario", "2031-03-10", "El Gobierno prevé un déficit público del 5,4% del PIB en 2032."),
        article("journal", "2031-03-11", "Le gouvernement vise un déficit public de 4,9 % du PIB en 2032."),
    ) == ["disagree"]


def test_a_relative_year_is_read_against_the_articles_year():
    assert _verdicts(
        article("diario", "2031-03-10", "El Gobierno prevé un déficit público del 4,9% del PIB el próximo año."),
        article("journal", "2031-03-11", "Le gouvernement a enregistré un déficit public de 6,1 % du PIB en 2031."),
    ) == ["agree"]
