"""Issue 11: "no false disagreement appears". A migrants' "4,000-kilometre journey" across an ocean was weighed
against "another island some 1,400 kilometres away" as one distance and flagged. A distance that names a journey
(after it: "the 4,000-kilometre journey", "a 1,200-mile overland trek"; before it: "a journey of 900 km", "un viaje
de 4.000 km") is how far somebody travels, never how far apart two places are; a plain distance is still one
(invented sentences; the first tests fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


def _distance(text: str, language: str | None = None):
    return next(f for f in read(text, None, language) if f.kind == "count" and f.unit == "km")


@pytest.mark.parametrize(("text", "language"), [
    ("Many arrive after the 4,000-kilometre journey across the Velmar Sea.", None),
    ("The family made a 4,000 km overland trek to reach the Tarvonian border.", None),
    ("They began a journey of 900 km from the Velmar coast.", None),
    ("Emprendieron un viaje de más de 4.000 km hasta la costa de Velmar.", "es"),
    ("Ils ont fait un périple de 4 000 km pour rejoindre la côte de Velmar.", "fr"),
])
def test_a_journey_s_length_is_a_distance_covered(text, language):
    from briefing_tui.compare.physical_measures import TRAVEL_MEASURE

    assert _distance(text, language).measure == TRAVEL_MEASURE


def test_a_distance_between_places_is_still_a_distance():
    assert _distance("The port of Velmora lies some 1,400 kilometres away, beyond the strait.").measure == "distance"
    assert _distance("The quake struck 40 km from Walk Harbour, a trip the rescuers made by boat.").measure == "distance"


def test_a_journey_is_not_weighed_against_a_distance_between_places():
    away = ("Aid came from Velmora, another Tarvonian island port some 1,400 kilometres away across the strait, "
            "officials said on Sunday.")
    journey = ("Many on the Tarvonian island port arrived after the 4,000-kilometre journey across the strait, "
               "officials said on Sunday.")
    assert not [c for c in compared(away, journey) if c.verdict == "disagree"]
