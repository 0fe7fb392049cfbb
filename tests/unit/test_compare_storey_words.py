"""Issue 11: a building's storeys in other languages ("15 étages", "10 plantas", "9 andares", "8 piani",
"6 Stockwerken") and German storey adjectives with the number written in ("im zwölfstöckigen Hotel", "ein
20-stöckiges Haus") count storeys, as English "a 12-storey hotel" does; the floor a fire started on ("au quatrième
étage") is no count. Invented sentences; each count fails on int14 (44850bfd), where the word was its own measure
or the adjective no figure."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, one_holding, read


@pytest.mark.parametrize(("text", "value"), [
    ("Le feu a ravagé un immeuble de 15 étages.", 15),
    ("El fuego arrasó un edificio de 10 plantas.", 10),
    ("O fogo destruiu um prédio de 9 andares.", 9),
    ("Le fiamme hanno avvolto un palazzo di 8 piani.", 8),
    ("Das Feuer zerstörte ein Gebäude mit 6 Stockwerken.", 6),
    ("Das Feuer brach im zwölfstöckigen Gebäude aus.", 12),
    ("Im elfstöckigen Hotel brach ein Feuer aus.", 11),
    ("Ein 20-stöckiges Haus brannte.", 20),
    ("Ein 15-geschossiger Turm stürzte ein.", 15),
])
def test_storeys_in_other_languages_are_storeys(text, value):
    counts = [f for f in read(text) if f.kind == "count"]
    assert [(f.measure, f.low) for f in counts] == [("storeys", value)]


@pytest.mark.parametrize("text", ["Le feu a pris au quatrième étage.", "El fuego empezó en la cuarta planta."])
def test_the_floor_a_fire_started_on_is_no_count(text):
    assert [f for f in read(text) if f.kind == "count"] == []


def test_eleven_storeys_in_german_disagree_with_twelve_in_english():
    claims = compare([article("o1", "2024-03-08", "The blaze gutted the 12-storey hotel overnight."),
                      article("o2", "2024-03-08", "Das Feuer zerstörte in der Nacht das elfstöckige Hotel.")])
    assert one_holding(claims, "12-storey", "elfstöckige").verdict == "disagree"
