"""Issue 11: a German adjective of dimension after a length, inflected as German adjectives are ("das 48 Meter lange
Vordach", "5 Meter hohen Wellen", "20 Meter breit"), gives its dimension as English "long" and "wide" do (it was
read as a height, the metre's usual dimension). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "written", "measure"), [
    ("Am Montag stürzte das 37 Meter lange Dach der Halle ein.", "37 Meter", "length"),
    ("Ein 300 Meter langes Schiff lief im Hafen auf Grund.", "300 Meter", "length"),
    ("Die neue Brücke ist 20 Meter breit.", "20 Meter", "width"),
    ("Das Becken ist 4 Meter tief.", "4 Meter", "depth"),
    ("Die 5 Meter hohen Wellen trafen die Küste.", "5 Meter", "height"),
])
def test_a_german_dimension_adjective_names_the_dimension(text, written, measure):
    found = {f.text: f.measure for f in read(text) if f.kind not in ("date", "time")}
    assert found.get(written) == measure, found
