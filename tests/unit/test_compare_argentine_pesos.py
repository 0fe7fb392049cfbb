"""Argentina's peso, named by its country's adjective in any language ("pesos argentinos", "pesos argentini",
"Argentine pesos", "argentinische Pesos", "AR$"), is money in ARS, and a bare "pesos" in an article that names it is
too (issue 11): no count of "pesos" beside it. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.rates import default_rate_table
from tests.compare_helpers import article


def money(body: str) -> list[tuple[str, str, str | None]]:
    source = article("o1", "2025-06-11", body)
    return [(f.text, f.kind, f.unit) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind in ("money", "count")]


@pytest.mark.parametrize(("body", "written"), [
    ("La provincia recibirá 40.000 millones de pesos argentinos este año.", "40.000 millones de pesos argentinos"),
    ("La provincia riceverà 40 miliardi di pesos argentini quest'anno.", "40 miliardi di pesos argentini"),
    ("The province will receive 40 billion Argentine pesos this year.", "40 billion Argentine pesos"),
    ("Die Provinz erhält 40 Milliarden argentinische Pesos.", "40 Milliarden argentinische Pesos"),
])
def test_argentine_pesos_are_money_in_ars(body, written):
    assert money(body) == [(written, "money", "ARS")]


def test_a_bare_peso_in_an_article_naming_argentine_pesos_is_ars():
    assert money("El fondo suma 40.000 millones de pesos argentinos. La obra costará 9.000 millones de pesos.") == [
        ("40.000 millones de pesos argentinos", "money", "ARS"), ("9.000 millones de pesos", "money", "ARS")]


def test_the_peso_is_weighed_at_its_rate_of_the_articles_month():
    table = default_rate_table()
    assert table.rate("ARS", "2024-01-15").value == pytest.approx(0.001237, rel=0.01)  # (about 808 to the dollar)
    assert table.rate("ARS", "2025-08-20").value == pytest.approx(0.000760, rel=0.01)  # (about 1,316)
