"""A double hyphen typed for a dash ("288 seats--256 for the Blue Party") leaves the count after it a count; a
single hyphen still joins a name and its number ("COVID-19", "F-16")."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def counts(body: str) -> list[str]:
    source = article("o1", "2024-10-01", body)
    return [f.text for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_a_count_after_a_double_hyphen_is_read_not_after_a_single_one():
    assert counts("The allies held 181 seats--160 for Labrador and 21 for Moravia.") == ["181 seats", "160", "21"]
    assert counts("The storm--the worst in years--left 46 people dead.") == ["46 people"]
    # (a single hyphen still joins a name and its number)
    assert counts("The F-16 fleet flew 12 missions.") == ["12 missions"]
