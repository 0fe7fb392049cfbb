"""Seat counts whose holder is not named (issue 11, precision of the disagreements flagged).

A chamber's seats are shared out among parties, blocs and seats still in doubt: a count of seats is a tally only
of the party or bloc that holds it. Two seat counts of which neither names its holder ("with 16 seats still in
doubt", "the party that went in with three current seats", "34 at-large seats", "não vão além do 58 deputados"
beside another outlet's "obtienen 89 diputados") may be two holders' shares of one chamber, not two versions of one
tally: they are never weighed against each other. A chamber's whole ("total seats", "full seats") is one number
of one body and is still weighed, and so are seats won or lost ("having lost 250 seats", "the loss of 251 seats":
the change of the one party the story is about; compare/measured_verdict.py asks this only of levels).
"""

from __future__ import annotations

from briefing_tui.compare.count_states import PENDING_SEATS
from briefing_tui.compare.part_links import PART_COUNTED_NAMES, PART_MEASURES
from briefing_tui.model import Figure

# The head words of a measure that counts a chamber's seats or members ("seats", "current seats", "legislator").
SEAT_HEADS = PART_MEASURES | PART_COUNTED_NAMES
# The kinds of a seat measure that make it the chamber's whole rather than a holder's share.
WHOLE_KINDS = frozenset({"total", "full"})


def _seat_share(f: Figure) -> bool:
    """Whether a figure counts seats (or members) of a chamber that some holder has, not the chamber's whole."""
    words = (f.measure or "").split()
    return f.kind == "count" and bool(words) and words[-1] in SEAT_HEADS and words[0] not in WHOLE_KINDS


def holderless_seats(a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` are two seat counts neither of which names its holder (no subject): two shares of a
    chamber that may be two holders', not comparable; or seats still undecided (``PENDING_SEATS``, held by no one
    whatever name is near: "16 seats still in doubt") against seats that are won."""
    if not _seat_share(a) or not _seat_share(b):
        return False
    return (a.measure == PENDING_SEATS) != (b.measure == PENDING_SEATS) or (not a.subject and not b.subject)


def holderless_reason(source_a: str, a: Figure, source_b: str, b: Figure) -> str:
    """The reason such a pair is not weighed."""
    return (f"{source_a} '{a.text}' and {source_b} '{b.text}': not weighed (seat counts that name no holder: "
            f"two parties' or blocs' shares of the chamber, not one tally)")
