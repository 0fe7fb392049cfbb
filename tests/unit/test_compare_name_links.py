"""A measure's word inside a name whose capitalised words "and"/"of" join is the name's, no measure ("Alliance for
Work – Reason and Justice (AWR) which received 4.4%" measures no judges): invented sentences (issue 11)."""

from __future__ import annotations

from tests.compare_helpers import read


def measured(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind != "date"]


def test_a_measure_word_joined_into_a_name_names_no_measure():
    assert measured("The new Alliance for Work – Reason and Justice (AWR) which received 4.4% stayed out.") == [
        ("4.4%", None, "AWR")]
