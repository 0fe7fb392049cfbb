"""Issue 11, no false disagreement between a forecast of the toll and the count: "the toll could surpass 10,000" is
what the toll may reach (``projected dead``), not a count of the dead. Invented sentences; each test fails on int15
(aa5abeb2)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "measures"), [
    ("Seismologists warned that the death toll could surpass 20,000.", ["projected dead"]),
    ("Le bilan pourrait dépasser les 5 000 morts.", ["projected dead"]),
    ("Se teme que el número de muertos pueda superar los 8.000.", ["projected dead"]),
    ("Die Forscher befürchten, dass mehr als 9.000 Menschen ums Leben gekommen sein könnten.", ["projected dead"]),
])
def test_a_forecast_of_the_toll_is_a_projection(text, measures):
    assert [f.measure for f in read(text) if f.kind == "count"] == measures


def test_a_count_an_up_to_estimate_and_a_count_after_the_forecast_stay_the_toll():
    assert [f.measure for f in read("Officials said there could be up to 300 dead.")] == ["dead"]
    assert [f.measure for f in read("At least 412 people were killed in the flood.")] == ["dead"]
    assert [f.measure for f in read("Le bilan pourrait dépasser les 900 morts, avec 640 blessés.")] == [
        "projected dead", "injured"]
    # (a month is no word of possibility)
    assert [f.measure for f in read("In May 412 people were killed in the flood.") if f.kind == "count"] == ["dead"]


@pytest.mark.parametrize("text", [
    "Officials warn the toll could rise because 14 people are still missing.",
    "Las autoridades advierten que la cifra podría aumentar debido a que aún hay 9 personas desaparecidas.",
    "Le bilan pourrait s'alourdir parce que 12 personnes sont toujours portées disparues.",
])
def test_a_count_in_a_clause_of_cause_after_the_forecast_is_the_count(text):
    assert [f.measure for f in read(text) if f.kind == "count"] == ["missing"]


def test_a_forecast_does_not_contradict_the_count():
    claims = compared("The quake killed at least 1,210 people, officials said on Saturday. A geological agency "
                      "warned that the death toll could surpass 20,000.",
                      "The quake killed 1,212 people, officials said on Saturday.")
    assert [c.topic for c in claims if c.verdict == "disagree"] == []
