"""A German compound of a company's name and what of it is traded is the company's name as a figure's subject
("Velmora-Aktie", "Velmora-Papiere", "Velmora-Konzern": Velmora); other compounds stay whole. Names are made up."""

from __future__ import annotations

import pytest

from briefing_tui.compare.subject_names import name_ok


@pytest.mark.parametrize("compound", ["Velmora-Aktie", "Velmora-Aktien", "Velmora-Papiere", "Velmora-Konzerns"])
def test_a_companys_traded_compound_is_the_company(compound: str) -> None:
    assert name_ok(compound, at_start=False) == "Velmora"


def test_other_compounds_stay_whole() -> None:
    assert name_ok("Velmora-Chef", at_start=False) == "Velmora-Chef"
    assert name_ok("Baden-Württemberg", at_start=False) == "Baden-Württemberg"
