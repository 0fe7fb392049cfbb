"""A share of national income is a share of an economy's output (issue 11): "2.4% of national income" and
"2,4 % du PIB" name one measure; a pledge or commitment "of 2.4% of GDP" is the share's goal, not an amount of
money whose share it is. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _share_measures(text: str, language: str = "en") -> list[str | None]:
    source = Source(id=f"income-{language}-{len(text)}", path="s.txt", raw=text, language=language)
    return [f.measure for f in figures_in_text(text, source, 0) if f.kind == "percent"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The ministry said aid would fall to 0.3% of national income next year.", "en", "aid share of gdp"),
    ("L'aide tombera à 0,3 % du revenu national l'an prochain.", "fr", "share of gdp"),
    ("Gli aiuti scenderanno allo 0,3% del reddito nazionale.", "it", "aid share of gdp"),
])
def test_national_income_is_a_share_of_output(text, language, measure):
    assert _share_measures(text, language) == [measure]


def test_a_pledge_of_a_share_is_no_amount():
    text = "Navy budgets will grow to honour the premier's pledge of 2.4% of GDP by 2030."
    assert _share_measures(text) == ["share of gdp"]
