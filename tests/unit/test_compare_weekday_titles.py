"""Issue 11: a weekday undated articles give in several languages reads once, in English, in a claim's title. Found on
a real train collision reported in four languages: "Date of the crash: Tuesday (undated article) · mardi (undated
article) · Dienstagabend (undated article) · martes (undated article)" (invented sentences; fails on the code
before)."""

from __future__ import annotations

from briefing_tui.compare.event_readings import weekday_in_english
from tests.compare_helpers import compared, one_holding


def test_one_weekday_in_three_languages_reads_once():
    claims = compared("The two trains collided late on Tuesday near the town of Tempe, officials said.",
                      "Les deux trains sont entrés en collision mardi soir près de la ville de Tempe, selon les autorités.",
                      "Los dos trenes chocaron el martes por la noche cerca de la ciudad de Tempe, según las autoridades.",
                      published=None)
    assert one_holding(claims, "collided late on Tuesday").topic == "Date of the crash: Tuesday (undated article)"


def test_weekdays_of_other_languages_in_english():
    assert [weekday_in_english(t) for t in ("domingo", "Dienstagabend", "quinta-feira (2)", "giovedì", "last week")] \
        == ["Sunday", "Tuesday", "Thursday (2)", "Thursday", "last week"]
