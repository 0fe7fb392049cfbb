"""A count right after "at <Name>" is that place's count ("48 at Civil Service Hospital"): two hospitals' patients
are never weighed against each other. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def test_a_count_at_a_named_place_is_that_places():
    found = {f.text: f.subject for f in read("Currently, 61 patients remain at the Burn Unit, 44 at Riverside "
                                             "General Hospital and 17 at Hillcrest Clinic, officials said.")}
    assert found["44"] == "Riverside General"
    assert found["17"] == "Hillcrest Clinic"

