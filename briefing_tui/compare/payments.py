"""Sums named only by a verb of paying: in a story of a fine, what someone "must pay" is the fine.

The closed vocabulary (:mod:`~briefing_tui.compare.measure_names`) reads "pay", "paid" and "owes" as a
compensation, which is right where a court awards damages ("Tesla must pay $243 million"). But the verb says only
that a sum changes hands, not what kind of sum it is: where one outlet writes "the Commission fined Apple €1.8
billion" another writes "Apple must pay €1.8 billion", and the two figures then carry two names and never meet in
one claim.

The story tells which it is. A payment named by its verb alone (no compensation noun near it: "damages",
"settlement", "award", ...) may be the fine when the story gives fines and no source names a compensation by its
noun. It is the fine when a source gives a fine of its amount, or when its own source names no fine: that source
calls the penalty a payment. A source that gives a fine and a payment of another amount tells them apart ("the EU
fined Google €2.95 billion ... a US jury ordered Google to pay $425 million"): that payment keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.measure_names import MEASURE_WORDS
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

COMPENSATION = "compensation"
FINE = "fine"
# The verbs of paying among the compensation's words: they name no kind of sum.
PAYMENT_VERBS = frozenset(("pay", "paid", "pays", "paying", "owe", "owes", "owed", "borne"))
# The compensation's own nouns ("damages", "settlement", "award", ...): a sum they name is a compensation.
_NOUNS = tuple(w for w in MEASURE_WORDS[COMPENSATION] if w not in PAYMENT_VERBS)
# A compensation noun, as a word ("awarded" is read as the noun's verb: an award).
COMPENSATION_NOUN = lazy_compile(r"\b(?:" + "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True)) + r")\b",
                                 re.I)
NOUN_BACK = 120  # characters before a sum read for a compensation noun (the measure reads ~15 words back)
NOUN_AHEAD = 40  # characters after it ("$20 million in damages")
SAME_AMOUNT = 0.02  # two sums in one currency this close (relative) are one amount


def _noun_named(unit: Unit, f: Figure) -> bool:
    """Whether a compensation noun stands near the figure in its sentence, so that it names the sum."""
    at, end = f.start - unit.start, f.end - unit.start
    return bool(COMPENSATION_NOUN.search(unit.text[max(0, at - NOUN_BACK):end + NOUN_AHEAD]))


def _one_amount(a: Figure, b: Figure) -> bool:
    if a.unit != b.unit or a.low is None or b.low is None:
        return False
    return abs(a.low - b.low) <= SAME_AMOUNT * max(abs(a.low), abs(b.low))


def _current(f: Figure, measure: str) -> bool:
    return f.role == "current" and f.kind == "money" and f.measure == measure


def name_payments(units: Sequence[Unit]) -> None:
    """Every payment named by its verb alone takes the name "fine" where the story gives fines and names no
    compensation by its noun (see the module's doc); the figure is replaced in its unit."""
    payments: list[tuple[Unit, int]] = []
    fines = False
    for u in units:
        for i, f in enumerate(u.figures):
            if _current(f, FINE):
                fines = True
            elif _current(f, COMPENSATION):
                if _noun_named(u, f):
                    return  # (a compensation the story names: a payment may be it)
                payments.append((u, i))
    if not fines:
        return
    story = [g for u in units for g in u.figures if _current(g, FINE)]
    sources = {o.source.id for u in units if any(_current(g, FINE) for g in u.figures) for o in u.occurrences}
    for u, i in payments:
        f = u.figures[i]
        if any(_one_amount(f, g) for g in story) or not ({o.source.id for o in u.occurrences} & sources):
            u.figures[i] = replace(f, measure=FINE)
