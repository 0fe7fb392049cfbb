"""An institution's name goes on past its noun with an "of" part ("Bank of Japan", "Banque du Japon", "Banco de
España", "Ministry of Finance"): a figure's subject is the whole name, not its noun alone ("Bank", "Banque")."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def subjects(body: str) -> list[str | None]:
    source = article("o1", "2024-10-01", body)
    return [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "percent"]


def test_an_institution_keeps_the_of_part_of_its_name():
    # (a named rate, "its deposit rate", is the decision's whoever outlets say set it: compare/policy_rates.py)
    assert subjects("The Bank of Norway lifted its key rate to 4.25%.") == ["Bank of Norway"]
    assert subjects("La Banque du Canada a ramené son taux à 3,75 %.") == ["Banque du Canada"]
    assert subjects("El Banco de Chile recortó su tasa al 5,5 %.") == ["Banco de Chile"]
    assert subjects("The Ministry of Trade said exports grew 1.8%.") == ["Ministry of Trade"]


def test_a_name_with_no_institution_noun_or_no_capital_after_is_kept():
    assert subjects("Paris of all cities saw rents rise 4%.")[0] != "Paris of"
    assert subjects("The Bank of the North cut 2%.")[0] in (None, "Bank")
