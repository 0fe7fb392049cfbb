"""A sum of money written with the neighbouring scale word: "a €150 million loan" on one page where every other
page of the story gives "€150 billion in loans". Writers do not disagree on a sum by an order of magnitude (sums
that far apart are of different scope: :data:`~briefing_tui.compare.tolerance.SCOPE_APART`), except by this slip:
the same number, the scale word one step off. Such a pair is one sum told two ways, and a disagreement."""

from __future__ import annotations

from briefing_tui.model import Figure

SCALE_STEP = 1000.0  # the factor between neighbouring scale words (thousand, million, billion, trillion)
SLIP_SAME = 1e-6  # relative room for the product of a float and ``SCALE_STEP`` to equal the other value


def values_slipped(a: float, b: float) -> bool:
    """Whether two positive values are ``SCALE_STEP`` apart exactly (one number, the scale word one step off)."""
    low, high = sorted((a, b))
    return low > 0 and abs(low * SCALE_STEP - high) <= SLIP_SAME * high


def scale_slipped(a: Figure, b: Figure) -> bool:
    """Whether two sums of money in one currency, each one value (no range), are one number with the scale word
    one step off ("€150 million" and "€150 billion")."""
    if a.kind != "money" or b.kind != "money" or not a.unit or a.unit != b.unit:
        return False
    if a.low is None or b.low is None or a.high != a.low or b.high != b.low:
        return False
    return values_slipped(a.low, b.low)
