"""A descending pair of shares joined by a dash is a split between two sides, not a range (issue 11): "a 59-41
percent lead" gives the leader 59%, which disagrees with another outlet's 56.5%; an ascending pair stays a range.
Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def shares(body: str) -> list[tuple[float, float, str | None]]:
    source = article("o1", "2025-05-04", body)
    return [(f.low, f.high, f.qualifier) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "percent"]


@pytest.mark.parametrize("body", [
    "The mayor held a 59-41 percent lead over her rival on a two-candidate basis.",
    "La alcaldesa lograba una ventaja de 59-41 por ciento sobre su rival.",
    "The referendum passed 59-41% on Sunday.",
])
def test_a_descending_pair_is_the_first_sides_share(body):
    assert shares(body) == [(59.0, 59.0, None)]


def test_an_ascending_pair_stays_a_range():
    assert shares("Prices rose 3-5 percent last year.") == [(3.0, 5.0, "range")]
