"""A fine a party asked for is not the fine imposed: "They also requested a €300,000 fine" beside "condamné à
100.000 euros d'amende" is no disagreement (the Sarkozy verdict, tests/gold_new26, flagged one)."""

from __future__ import annotations

import pytest

from briefing_tui.compare.fines import REQUESTED_FINE
from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("They also requested a €300,000 fine and a five-year ban.", "en", REQUESTED_FINE),
    ("Le parquet avait requis sept ans de prison et 300.000 euros d'amende.", "fr", REQUESTED_FINE),
    ("La Fiscalía pidió una multa de 300.000 euros.", "es", REQUESTED_FINE),
    ("Die Staatsanwaltschaft forderte eine Geldstrafe von 300.000 Euro.", "de", REQUESTED_FINE),
    ("Il est aussi condamné à 100.000 euros d'amende.", "fr", "fine"),
    ("Prosecutors had asked for more, but the court imposed a €100,000 fine.", "en", "fine"),
    ("The regulator requested a A$55 million fine in Australia.", "en", REQUESTED_FINE),
    ("Google paid a A$55 million fine in Australia.", "en", "australia fine"),
])
def test_a_fine_asked_for_is_a_measure_of_its_own(text, language, measure):
    assert [f.measure for f in read(text, language=language) if f.kind == "money"] == [measure]


def test_the_fine_asked_for_does_not_contradict_the_fine_imposed():
    claims = compared(
        "Nicolas Sarkozy was sentenced to five years in prison. He was also fined €100,000. Prosecutors had asked "
        "for seven years. They also requested a €300,000 fine.",
        "Nicolas Sarkozy a été condamné à cinq ans de prison. Il est aussi condamné à 100.000 euros d'amende.")
    fines = [c for c in claims if any("€300,000" in s.text or "100.000 euros" in s.text for s in c.statements)]
    assert [c.verdict for c in fines if c.verdict == "disagree"] == []
    imposed = [c for c in fines if any("100.000 euros" in s.text for s in c.statements)]
    assert [c.verdict for c in imposed] == ["agree"]
