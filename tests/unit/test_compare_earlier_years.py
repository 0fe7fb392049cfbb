"""Two earlier events the articles date to different years are two claims (issue 11): each on verbatim
sentences of tests/gold_new21's taiwan_election_2024 (07 TVBS, 08 CNA via Taiwan America)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article

TVBS = ("Comparatively, the 2012 elections saw the KMT with 64 seats and the DPP with 40. "
        "In 2020, the DPP held 61 seats, the KMT 38, and the TPP five.")
CNA = "In the 2020 legislative election, the DPP won 61 legislative seats. The KMT won 38 seats in 2020."


def _earlier_claims():
    claims = compare([article("tvbs", "2024-01-14", TVBS), article("taiwanamerica", "2024-01-13", CNA)])
    return [c for c in claims if c.measure and "earlier event" in c.measure]


def test_seats_of_two_dated_earlier_elections_are_not_weighed_against_each_other():
    for claim in _earlier_claims():
        values = {f.low for s in claim.statements for f in s.figures if f.measure and "seats" in f.measure}
        assert not {40, 61} <= values and not {64, 38} <= values, claim.title


def test_no_disagreement_between_two_dated_earlier_elections():
    assert [c.title for c in _earlier_claims() if c.verdict == "disagree"] == []
