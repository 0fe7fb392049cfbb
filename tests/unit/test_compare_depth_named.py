"""Issue 11, a length whose dimension is named further off than the words right before it: as the subject of a
copula ("the depth of the tremor was around 15 km") or after a conversion in brackets ("12.5km (7.8 miles) depth").
Both are the quake's depth, not a distance to be weighed against "40 km north of" a town. Invented sentences; each
test fails on int19 (c254ad98)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "measures"), [
    ("The epicenter was 40 km north of Tarvela and the depth of the tremor was around 15 km.",
     ["distance", "depth"]),
    ("The quake, centered about 50km (31 miles) west of Tarvela, was shallow at 12.5km (7.8 miles) depth.",
     ["distance", "distance", "depth", "depth"]),
    ("The height of the biggest wave reached 4 metres and the distance of the shelter is 2 km.",
     ["height", "distance"]),
])
def test_a_dimension_named_further_off_names_the_length(text, measures):
    assert [f.measure for f in read(text) if f.kind == "count"] == measures


def test_a_depth_named_so_is_compared_with_depths():
    claims = compared("The epicenter was 40 km north of Tarvela and the depth of the tremor was around 15 km.",
                      "The quake struck 40 km north of Tarvela at a depth of 30 km, the institute said.")
    depth = [c for c in claims if c.topic.startswith("Depth")]
    assert [c.verdict for c in depth] == ["disagree"]
    assert sorted(f.low for s in depth[0].statements for f in s.figures if f.measure == "depth") == [15.0, 30.0]
