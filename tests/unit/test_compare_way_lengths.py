"""Issue 11: "no false disagreement appears". "148 Kilometer der 160 Kilometer betroffenen Staatsstraßen" (the road
repaired so far) was read as a distance and met another outlet's "the reservoir 7 kilometers away" as a
disagreement. A distance unit followed by a way (roads, railways, levees: "of" and a few words, or one word
alone) measures the way's length; a distance to a place is still a distance (invented sentences; the first two tests
fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize("text, language", [
    ("Crews have reopened 148 kilometres of the 160 kilometres of damaged roads.", None),
    ("Die Arbeiten haben 148 Kilometer der 160 Kilometer betroffenen Staatsstraßen wiederhergestellt.", "de"),
    ("Se han limpiado 148 km de carreteras y 160 km de vías férreas.", "es"),
])
def test_a_length_of_a_way_is_no_distance(text, language):
    assert [f.measure for f in read(text, None, language)] == ["length", "length"]


def test_a_length_of_road_does_not_dispute_a_distance():
    repaired = ("Crews in the valley have reopened 148 kilometres of the 160 kilometres of damaged roads, "
                "officials said.")
    away = "Officials said the damaged reservoir in the valley lies 7 kilometres from the town."
    assert not [c for c in compared(repaired, away) if c.verdict == "disagree"]


def test_distances_to_places_stay_distances():
    assert [f.measure for f in read("The quake struck 27 km northeast of Halvor and was felt 600 miles away in "
                                    "Brenmark, some 5 km from railway tracks.")] == ["distance", "distance", "distance"]
