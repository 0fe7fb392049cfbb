"""Measure families: names outlets choose differently for one measure, read as one name when the story allows it.

One court order is "an $11 billion forfeiture" in one article and "ein Bußgeld von 11 Milliarden" (a fine) in
another; the sum embezzled is "taken" in one and "the damage" to the victim in another. The closed vocabulary
(:mod:`~briefing_tui.compare.measure_names`) keeps such names apart because in general they are different measures:
a case may carry both a fine and a forfeiture. A family (``MEASURE_FAMILIES``) lists the names of one kind of figure
that a story seldom gives side by side for different things.

The story decides: when no source gives different values under two names of a family (every source chose one
name, or gives one value under both: "a $35.9 billion price tag" and "a $35.9 billion cash deal"), the names are one
measure across the story and every figure takes the name most of its figures carry. A source that gives both names
their own values ("fined $4 billion and ordered to forfeit $2 billion") shows that the story tells them apart: the
names then stay apart in every source.

The fate of people in a disaster is such a family too: "117 people are missing" in one article, "80 people remain
trapped" in another, "still unaccounted for" in a third; "two survivors" here, "two crew members were rescued" there.
Such counts, when they are two measures, stand side by side in one sentence ("20 remain trapped and 40 are missing"),
so for them only a sentence tells the names apart; an article's lead and a later paragraph give two names their own
values as the story's updates and places.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from briefing_tui.model import Figure, FigureKind

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# Where a story shows two names of a family to be two measures: a source giving them their own values anywhere in its
# text ("source"), or within one sentence ("sentence": the counts of a disaster's people are given side by side when
# they are two measures, "80 remain trapped and 30 are missing"; across an article's sentences two values of two names
# are the story's updates and places: "117 missing" in the lead, "80 remain trapped" under one tower further down).
ApartIn = Literal["source", "sentence"]

# Each family: the figure kind it applies to, its names as figures carry them (a measure's whole name: a kind of it,
# "basic fine", is its own measure), whether its names read one subject, and where a story tells its names apart. The
# first name is the family's own (a tie's winner).
MEASURE_FAMILIES: tuple[tuple[FigureKind, tuple[str, ...], bool, ApartIn], ...] = (
    # a penalty a court or an authority imposes: outlets translate one order as a fine or a forfeiture
    ("money", ("fine", "forfeiture"), True, "source"),
    # the victims' loss: what was taken from them, or the damage it did them ("the damage to the European Parliament
    # is estimated at 2.9 million euros", "embezzled more than €4 million"). A damage's subject is its victim, money
    # taken has none read: the subjects do not carry over.
    ("money", ("taken from victims", "damage"), False, "source"),
    # the price of a purchase: "a $35.9 billion cash deal", "a $35.9 billion price tag" (price is a cost's word)
    ("money", ("sale", "cost"), True, "source"),
    # people whose fate is not known yet: "117 people are missing", "80 people remain trapped" (or buried), "still
    # unaccounted for"
    ("count", ("missing", "trapped"), True, "sentence"),
    # people who came out alive: "two survivors", "two crew members were rescued"
    ("count", ("survivors", "rescued"), True, "sentence"),
)


def _family_of(kind: str, measure: str | None) -> int | None:
    """The index of the family the figure's kind and measure name belong to, or None."""
    for k, (family_kind, names, _, _) in enumerate(MEASURE_FAMILIES):
        if kind == family_kind and measure in names:
            return k
    return None


SAME_AMOUNT = 0.02  # how far apart (relative) two values of one source may be and still be one amount


def _one_amount(a: Figure, b: Figure) -> bool:
    """Whether two figures give one value: the same unit and about the same low value."""
    if a.unit != b.unit or a.low is None or b.low is None:
        return False
    return a.low == b.low or abs(a.low - b.low) <= SAME_AMOUNT * max(abs(a.low), abs(b.low))


def _tells_apart(names: dict[str, list[Figure]]) -> bool:
    """Whether a source gives two names of a family their own values: under each of two names a value the other
    name never has."""
    listed = list(names.values())
    return any(any(not any(_one_amount(a, b) for b in others) for a in own)
               and any(not any(_one_amount(a, b) for a in own) for b in others)
               for i, own in enumerate(listed) for others in listed[i + 1:])


def name_families(units: Sequence[Unit]) -> None:
    """Every current figure named by a family's name takes the name most of the story's figures of the family
    carry, when no source names figures of the family two ways (see the module's doc). The figure is replaced in
    its unit."""
    # family -> source (or sentence) -> name -> the values it gives under that name
    used: dict[int, dict[str, dict[str, list[Figure]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for u in units:
        for f in u.figures:
            k = _family_of(f.kind, f.measure) if f.role == "current" else None
            if k is None:
                continue
            counts[k][f.measure] += 1
            if MEASURE_FAMILIES[k][3] == "sentence":
                used[k][f"{u.key}"][f.measure].append(f)  # (one sentence, in whichever sources it stands)
            else:
                for o in u.occurrences:
                    used[k][o.source.id][f.measure].append(f)
    chosen: dict[int, str] = {}
    for k, names in counts.items():
        if len(names) < 2 or any(_tells_apart(own) for own in used[k].values()):
            continue  # one name only, or a source (a sentence) that tells two names apart
        order = MEASURE_FAMILIES[k][1]
        chosen[k] = min(names, key=lambda n: (-names[n], order.index(n)))
    for u in units:
        for i, f in enumerate(u.figures):
            k = _family_of(f.kind, f.measure) if f.role == "current" else None
            if k in chosen and (f.measure != chosen[k] or not MEASURE_FAMILIES[k][2]):
                u.figures[i] = replace(f, measure=chosen[k],
                                       subject=f.subject if MEASURE_FAMILIES[k][2] else None)
