"""A price's move told by a comparative after the share: "shares were 0.2% higher at 450 yen", "closed 3% lower on
Tuesday", "5% higher than a year earlier": a change, as "up 17%" and "fell 1%" are (compare/measures.py
CHANGE_WORDS), not a share of anything. A comparative before a noun ("a 3% higher tariff") is that noun's."""

from __future__ import annotations

import re

from briefing_tui.compare.market_value_losses import lost_share
from briefing_tui.lazy_pattern import lazy_compile

CHANGE = "change"
# Right after the share: "higher" or "lower", then the clause's end or a word that opens what follows the move (the
# price reached "at", the day "on"/"in", the base "than", "after"), never a noun it would qualify.
_MOVED_AFTER = lazy_compile(r"\A\s{0,3}(?:higher|lower)\b(?=\s{0,3}(?:[,.;:)]|\Z|(?:at|on|in|than|after|to)\b))", re.I)


def moved_by(after: str, before: str = "") -> bool:
    """Whether the share between ``before`` and ``after`` is how much a price moved ("0.2% higher at", "3% lower.",
    a fall told as a loss: "a loss of 12%", compare/market_value_losses.py)."""
    return _MOVED_AFTER.match(after) is not None or lost_share(before)
