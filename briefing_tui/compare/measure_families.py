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

A source tells two names apart only for one subject: an election's source gives Labour 412 seats and the
Conservatives 121 MPs without telling seats from MPs, but "Labour won 412 seats; 3 Labour MPs voted against" does.
Two values under two names are compared only when their subjects are one, or one of them is not known.

The fate of people in a disaster is such a family too: "117 people are missing" in one article, "80 people remain
trapped" in another, "still unaccounted for" in a third; "two survivors" here, "two crew members were rescued" there.
Such counts, when they are two measures, stand side by side in one sentence ("20 remain trapped and 40 are missing"),
so for them only a sentence tells the names apart; an article's lead and a later paragraph give two names their own
values as the story's updates and places.

A package is a container: "a $20 billion package" holds what the story prices, the loan or the aid most of its other
amounts name (:func:`name_packages`), unless a source prices the package apart from it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, NamedTuple

from briefing_tui.compare.same_subject import same_subject
from briefing_tui.model import Figure, FigureKind

if TYPE_CHECKING:
    from briefing_tui.compare.units import Unit

# Where a story shows two names of a family to be two measures: a source giving them their own values anywhere in its
# text ("source"), or within one sentence ("sentence": the counts of a disaster's people are given side by side when
# they are two measures, "80 remain trapped and 30 are missing"; across an article's sentences two values of two names
# are the story's updates and places: "117 missing" in the lead, "80 remain trapped" under one tower further down).
ApartIn = Literal["source", "sentence"]


# Where a story tells the injured from the hospitalised: a source's lead and a later paragraph giving them their own
# values are two facts (all the injured, and those still in hospital), not the story's updates.
APART_INJURED: ApartIn = "source"


class Family(NamedTuple):
    """Names of one kind of figure that a story seldom gives side by side for different things."""

    kind: FigureKind  # the figure kind it applies to
    names: tuple[str, ...]  # as figures carry them (a measure's whole name: "basic fine" is its own measure); the
    # first is the family's own (a tie's winner)
    one_subject: bool  # whether its names read one subject (the subject carries over to the chosen name)
    apart_in: ApartIn  # where a story tells its names apart
    # whether the others join only a story whose figures carry the family's own name, and then take it: open words
    # of people who hold a measure ("144 MPs", "120 Abgeordnete") are a count of seats only where seats are counted
    anchored: bool = False


# Those who sit for a party in a chamber, as the open measure names of their counts read them (a plural's singular as
# compare/open_measures.py gives it): in an election's story they are its seats ("Labour will have 411 MPs", "die SPD
# stellt 120 Abgeordnete", "le RN compte 143 députés", "144 diputados", "70 deputati", "68 deputados eleitos", "the
# party's members elected").
SEAT_HOLDER_NAMES = (
    "mp", "mps", "mep", "lawmaker", "lawmakers", "legislator", "deputy", "member", "representative", "senator",
    "councillor", "councilor", "tds",
    "abgeordnete", "abgeordneten", "parlamentarier", "volksvertreter", "mandatsträger",
    "député", "élus", "élu", "parlementaire",
    "diputado", "legisladore", "parlamentario", "electo",
    "deputati", "deputato", "parlamentari", "eletti",
    "deputado", "parlamentare", "eleito",
)

MEASURE_FAMILIES: tuple[Family, ...] = (
    # a penalty a court or an authority imposes: outlets translate one order as a fine or a forfeiture
    Family("money", ("fine", "forfeiture"), True, "source"),
    # the victims' loss: what was taken from them, or the damage it did them ("the damage to the European Parliament
    # is estimated at 2.9 million euros", "embezzled more than €4 million"). A damage's subject is its victim, money
    # taken has none read: the subjects do not carry over.
    Family("money", ("taken from victims", "damage"), False, "source"),
    # the price of a purchase: "a $35.9 billion cash deal", "a $35.9 billion price tag" (price is a cost's word)
    Family("money", ("sale", "cost"), True, "source"),
    # people whose fate is not known yet: "117 people are missing", "80 people remain trapped" (or buried), "still
    # unaccounted for"
    Family("count", ("missing", "trapped"), True, "sentence"),
    # people who came out alive: "two survivors", "two crew members were rescued"
    Family("count", ("survivors", "rescued"), True, "sentence"),
    # people hurt, as one outlet counts them by their wounds and another by their hospital beds: "more than 160 were
    # injured", "some 150 injured were hospitalised", "3,238 hospital admissions" vs "3,238 injuries". A source giving
    # both their own values ("150 injured, 30 of them still in hospital"; the lead's injured and a later paragraph's
    # patients still in hospital) tells them apart: two facts, kept apart in every source.
    Family("count", ("injured", "hospitalised"), True, APART_INJURED),
    # a party's seats won, or its members elected (a source giving one party's seats and a count of its MPs that
    # differs, "won 412 seats; 30 of its MPs rebelled", tells them apart)
    Family("count", ("seats", *SEAT_HOLDER_NAMES), True, "sentence", anchored=True),
)


def _family_of(kind: str, measure: str | None) -> int | None:
    """The index of the family the figure's kind and measure name belong to, or None."""
    for k, family in enumerate(MEASURE_FAMILIES):
        if kind == family.kind and measure in family.names:
            return k
    return None


SAME_AMOUNT = 0.02  # how far apart (relative) two values of one source may be and still be one amount


def one_amount(a: Figure, b: Figure) -> bool:
    """Whether two figures give one value: the same unit and about the same low value."""
    if a.unit != b.unit or a.low is None or b.low is None:
        return False
    return a.low == b.low or abs(a.low - b.low) <= SAME_AMOUNT * max(abs(a.low), abs(b.low))


def _apart(a: Figure, others: list[Figure]) -> bool:
    """Whether the other name gives a's subject (or figures of no known subject) values, none of them a's."""
    same = [b for b in others if same_subject(a.subject, b.subject) is not False]
    return bool(same) and not any(one_amount(a, b) for b in same)


def _tells_apart(names: dict[str, list[Figure]]) -> bool:
    """Whether a source gives two names of a family their own values: under each of two names a value the other
    name never has for the same subject (or where a subject is not known)."""
    listed = list(names.values())
    return any(any(_apart(a, others) for a in own) and any(_apart(b, own) for b in others)
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
            if MEASURE_FAMILIES[k].apart_in == "sentence":
                used[k][f"{u.key}"][f.measure].append(f)  # (one sentence, in whichever sources it stands)
            else:
                for o in u.occurrences:
                    used[k][o.source.id][f.measure].append(f)
    chosen: dict[int, str] = {}
    for k, names in counts.items():
        family = MEASURE_FAMILIES[k]
        if len(names) < 2 or any(_tells_apart(own) for own in used[k].values()):
            continue  # one name only, or a source (a sentence) that tells two names apart
        if family.anchored:
            if family.names[0] in names:  # (no count of seats: the MPs are people, not a party's seats)
                chosen[k] = family.names[0]
            continue
        chosen[k] = min(names, key=lambda n: (-names[n], family.names.index(n)))
    for u in units:
        for i, f in enumerate(u.figures):
            k = _family_of(f.kind, f.measure) if f.role == "current" else None
            if k in chosen and (f.measure != chosen[k] or not MEASURE_FAMILIES[k].one_subject) \
                    and (f.subject or not MEASURE_FAMILIES[k].anchored):  # (whose seats: "with just 144 MPs")
                u.figures[i] = replace(f, measure=chosen[k],
                                       subject=f.subject if MEASURE_FAMILIES[k].one_subject else None)


PACKAGE = "package"  # a container of money: what it holds is the story's measure ("a $20 billion package")


def name_packages(units: Sequence[Unit]) -> None:
    """Every current amount named only a package takes the money measure most of the story's other amounts carry
    ("a $20 billion package" in one source, "a $20 billion loan" in two), unless two measures tie or a source gives
    a package and that measure their own values (a package and the loan it holds); the figure is replaced in its
    unit."""
    names: Counter[str] = Counter()
    given: dict[str, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for u in units:
        for f in u.figures:
            if f.role == "current" and f.kind == "money" and f.measure and " " not in f.measure:
                names[f.measure] += f.measure != PACKAGE
                for o in u.occurrences:
                    given[o.source.id][f.measure].append(f)
    ranked = [(n, c) for n, c in names.most_common(2) if c]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]) or PACKAGE not in names:
        return
    chosen = ranked[0][0]
    if any(_tells_apart({n: own[n] for n in (PACKAGE, chosen)}) for own in given.values() if PACKAGE in own and chosen in own):
        return
    for u in units:
        for i, f in enumerate(u.figures):
            if f.role == "current" and f.kind == "money" and f.measure == PACKAGE:
                u.figures[i] = replace(f, measure=chosen)
