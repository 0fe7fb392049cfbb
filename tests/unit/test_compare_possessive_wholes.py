"""An owner's possessive in a count's phrase is no counted noun (issue 11): "four of South America's largest
economies" counts economies, "three of Japan's biggest ports" ports, never "america'" or "japan'". Invented
sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Source


def _count_measures(text: str) -> list[str | None]:
    source = Source(id=f"owner-{len(text)}", path="s.txt", raw=text, language="en")
    return [f.measure for f in figures_in_text(text, source, 0) if f.kind == "count"]


@pytest.mark.parametrize(("text", "measure"), [
    ("The union signed a pact with four of Africa's largest economies.", "economy"),
    ("The typhoon shut three of Japan's biggest ports on Monday.", "port"),
    ("Inspectors visited six of the region’s oldest bridges.", "bridge"),
])
def test_the_noun_after_a_possessive_is_counted(text, measure):
    assert _count_measures(text) == [measure]
