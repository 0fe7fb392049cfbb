"""Issue 11: a year with a part of the year glued to it by a hyphen ("mid-2026", "late-2027", French "mi-2026") is
read as the year, as "mid 2026" and "Mitte 2026" are. Constructed sentences; each case fails on the code before
this rule."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def years(text: str) -> list[tuple[str, float]]:
    source = Source(id="s", path="s.txt", raw=text, published="2025-05-02")
    return [(f.text, f.low) for f in figures_in_text(text, source, 0) if f.kind == "year"]


@pytest.mark.parametrize(("text", "year"), [
    ("The new bridge should open by mid-2026, the ministry said.", 2026.0),
    ("Deliveries are now planned for late-2027.", 2027.0),
    ("La centrale doit être raccordée d'ici à la mi-2026.", 2026.0),
])
def test_a_glued_part_of_the_year(text, year):
    assert years(text) == [(str(int(year)), year)]


def test_only_a_part_of_the_year_is_glued_to_it():
    assert years("The A-2026 motorway and the semi-2026 plan start in early-2026.") == [("2026", 2026.0)]
