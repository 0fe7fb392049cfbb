"""A range whose ends each take a plural article (issue 11): Italian "tra le 50 e le 60 persone", Spanish "entre los
20 y los 30". Read number by number, the second end alone was the figure (60 missing), set apart as a disagreement
from another outlet's 56 that the range holds."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Dopo la frana, tra le 30 e le 40 persone sono ancora disperse.", "it", 30.0, 40.0),
    ("Tras el incendio, entre los 20 y los 25 vecinos siguen desaparecidos.", "es", 20.0, 25.0),
    ("Após a enchente, entre os 12 e os 15 moradores continuam desaparecidos.", "pt", 12.0, 15.0),
])
def test_a_range_with_articles_is_one_range(text, language, low, high):
    counts = [f for f in read(text, "2026-02-03", language) if f.kind == "count"]
    assert [(f.low, f.high, f.qualifier) for f in counts] == [(low, high, "range")]


def test_a_missing_range_holds_another_outlets_count():
    from tests.compare_helpers import compared, holding
    claims = compared("Dopo la frana di martedì, tra le 30 e le 40 persone sono ancora disperse, secondo i soccorritori.",
                      "After Tuesday's landslide, 34 people are still missing, rescuers said.")
    (claim,) = holding(claims, "34 people")
    assert claim.verdict != "disagree"
