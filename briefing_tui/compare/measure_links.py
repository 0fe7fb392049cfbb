"""Measure names one story shows to be one measure: outlets name a figure differently, and the values tell.

One pledge is "a $550 billion investment" in most articles, "up to $550 billion in loans" in one and "a $550 billion
package" in another; one takeover is "a $35.9 billion deal" here and "will pay $35.9 billion" (a compensation) there. A fixed
list of synonyms cannot know every wording of an unseen story, and stems or synonym groups also join different
measures. The story itself can tell: when two sources give the same distinctive value (:func:`~briefing_tui.compare.
value_join.distinctive`: digits, two significant digits, no small count, no year) of one kind and unit under two names
of one subject, the two names are one measure in this story, and every figure of the rarer name takes the more common
one, so that their statements align as one claim even where their values differ (where the real disagreements are).

A kind of a measure and the plain measure ("a $3.3 billion public offering", "a sale of $3.3 billion") link the
same way, and so do a counted noun the closed vocabulary lacks and a known measure ("412 constituencies", "412
seats"): the figures take the known, plain name.

Guards keep different measures apart: two counts of an event (dead, injured, missing, ...) are never linked (a
coincidence of values, or a missing person later found dead, is no synonym), nor two kinds of a measure, nor a kind
that is never the plain measure (``OWN_KINDS``: "planned", "total"); a share needs three significant digits ("15%" is
any tariff); a source that gives both names their own values (the part and the whole, two sums of different
purposes) shows the story tells them apart; and a rarer name a source gives two different values is a name for
several things, which must not all move.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_tui.compare.key_figures import KNOWN_MEASURES, MEASURED_KINDS
from briefing_tui.compare.measure_families import name_families, name_packages, one_amount
from briefing_tui.compare.modified_names import name_modified
from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.measure_periods import period_mark
from briefing_tui.compare.payments import name_payments
from briefing_tui.compare.received_sums import name_received
from briefing_tui.compare.measured_types import EVENT_MEASURES, MeasuredStatement, statement_value
from briefing_tui.compare.same_subject import one_subject
from briefing_tui.compare.subject_fallback import weak_subject
from briefing_tui.compare.value_join import GENERIC_MEASURES, distinctive, significant_digits
from briefing_tui.model import Figure

if TYPE_CHECKING:
    from briefing_tui.compare.rates import RateTable
    from briefing_tui.compare.units import Unit

SAME_UNIT = 1e-9  # two values written in one unit show one thing only when equal
OTHER_UNIT = 0.03  # written in two currencies, they are one value within this (the tolerance)
MIN_PERCENT_DIGITS = 3  # a share shows a link only with this many significant digits ("56.5%"; "15%" is any tariff)


def _linkable(f: Figure) -> bool:
    """Whether the figure may show or take a link: a current figure of a measured kind with a measure that is no
    generic one ("people")."""
    if f.role != "current" or f.kind not in MEASURED_KINDS or not f.measure:
        return False
    return f.measure.split()[-1] not in GENERIC_MEASURES


def _known(name: str) -> bool:
    """Whether the name is a measure the closed vocabulary knows (not a counted noun: "MPs", "cases")."""
    return name.split()[-1] in KNOWN_MEASURES


def _event(name: str) -> bool:
    """Whether the name is an event's count (dead, missing, seats, ...): two of them are never one measure."""
    return name.split()[-1] in EVENT_MEASURES


def _pair(x: str, y: str) -> bool:
    """Whether two names may be linked: a kind of a measure and the plain measure ("public sale" and "sale",
    "parliamentary seats" and "seats"; never two kinds, "punitive" and "compensatory" compensation, nor a kind that
    is never the plain measure: ``OWN_KINDS``, "total", "planned"); a counted noun and a known measure ("412 MPs",
    "412 seats"); two known measures that are no event's counts ("loan", "investment"; never "dead" and "missing")."""
    if " " in x and " " in y:
        return False
    kind, plain = (x, y) if " " in x else (y, x)
    if " " in kind:
        return kind.split()[-1] == plain and kind.split()[0] not in OWN_KINDS
    if not (_known(x) or _known(y)):
        return False  # (two counted nouns are the open measures' to join)
    return not (_event(x) and _known(y)) and not (_event(y) and _known(x))


def _same(a: MeasuredStatement, b: MeasuredStatement, published: dict[str, str | None], table: RateTable | None) -> bool:
    """Whether two statements give one value: equal in one unit, within ``OTHER_UNIT`` in two currencies."""
    fa, fb = a.figure, b.figure
    if fa.kind != fb.kind or fa.low is None or fb.low is None:
        return False
    if (fa.unit or "") == (fb.unit or ""):
        return abs(fa.low - fb.low) <= SAME_UNIT * max(fa.low, fb.low)
    if fa.kind != "money" or table is None:
        return False
    va, vb = statement_value(a, fa.source, published, table), statement_value(b, fb.source, published, table)
    return bool(va and vb) and abs(va - vb) <= OTHER_UNIT * max(va, vb)



def _subjects_fit(a: Figure, b: Figure, links: dict[str, frozenset[str]]) -> bool:
    """Whether two figures' subjects may be one: either missing (or no subject), or one thing."""
    sa = None if weak_subject(a.subject) else a.subject
    sb = None if weak_subject(b.subject) else b.subject
    return not (sa and sb) or bool(one_subject(sa, sb, links))


def _other_source_pairs(items: list[MeasuredStatement]) -> Iterator[tuple[MeasuredStatement, MeasuredStatement]]:
    """Each pair of statements of one figure kind from two different sources, the earlier of ``items`` first.
    Pairs within a source are never made (a source of thousands of figures would cost their square)."""
    position = {id(m): k for k, m in enumerate(items)}
    by_kind: dict[str, dict[str, list[MeasuredStatement]]] = {}
    for m in items:
        by_kind.setdefault(m.figure.kind, {}).setdefault(m.unit.source.id, []).append(m)
    for by_source in by_kind.values():
        groups = list(by_source.values())
        for i, one in enumerate(groups):
            for other in groups[i + 1:]:
                for a in one:
                    for b in other:
                        yield (a, b) if position[id(a)] < position[id(b)] else (b, a)


def _evidence(items: list[MeasuredStatement], published: dict[str, str | None], table: RateTable | None,
              links: dict[str, frozenset[str]]) -> set[tuple[str, str, str]]:
    """(kind, name, name) pairs two sources give one distinctive value of one subject under."""
    found: set[tuple[str, str, str]] = set()
    shown = [m for m in items if distinctive(m.figure)
             and (m.figure.kind != "percent" or significant_digits(m.figure.low or 0) >= MIN_PERCENT_DIGITS)]
    for a, b in _other_source_pairs(shown):
        fa, fb = a.figure, b.figure
        if fa.measure == fb.measure or not _pair(fa.measure, fb.measure):
            continue
        if (fa.kind, *sorted((fa.measure, fb.measure))) in found:
            continue
        if period_mark(a.unit.text, a.unit.start, fa) != period_mark(b.unit.text, b.unit.start, fb):
            continue
        if _same(a, b, published, table) and _subjects_fit(fa, fb, links):
            found.add((fa.kind, *sorted((fa.measure, fb.measure))))
    return found


def _told_apart(kind: str, one: set[str], other: set[str], given: dict[str, dict[tuple[str, str], list[Figure]]]) -> bool:
    """Whether a source gives a name of ``one`` and a name of ``other`` (of ``kind``) their own values: under each a
    value the other never has."""
    for names in given.values():
        for x in one:
            for y in other:
                own, others = names.get((kind, x), []), names.get((kind, y), [])
                if own and others and any(not any(one_amount(a, b) for b in others) for a in own) \
                        and any(not any(one_amount(a, b) for a in own) for b in others):
                    return True
    return False


def _several(kind: str, name: str, given: dict[str, dict[tuple[str, str], list[Figure]]]) -> bool:
    """Whether a source gives the name (of ``kind``) two different amounts: a name for several things there."""
    return any(any(not one_amount(a, b) for a in values for b in values)
               for names in given.values() for values in [names.get((kind, name), [])])


def link_names(units: Sequence[Unit], published: dict[str, str | None] | None = None,
               table: RateTable | None = None, links: dict[str, frozenset[str]] | None = None) -> None:
    """Every figure named by a name the story links to another (see the module) takes the name most of the
    linked figures carry, after the names of a family (:func:`~briefing_tui.compare.measure_families.name_families`)
    took theirs; the figure is replaced in its unit."""
    name_payments(units)  # ("must pay" a sum: in a story of a fine, the fine)
    name_received(units)  # ("received $12 billion" beside "a disbursement of $12 billion": the disbursement)
    name_families(units)
    name_modified(units)  # ("a punitive award" beside "an award": one measure unless the story tells them apart)
    name_packages(units)
    published, links = published or {}, links or {}
    items = [MeasuredStatement(u, f) for u in units for f in u.figures if _linkable(f)]
    given: dict[str, dict[tuple[str, str], list[Figure]]] = defaultdict(lambda: defaultdict(list))
    counts: Counter[tuple[str, str]] = Counter()
    for m in items:
        counts[m.figure.kind, m.figure.measure] += 1
        for o in m.unit.occurrences:
            given[o.source.id][m.figure.kind, m.figure.measure].append(m.figure)
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(key: tuple[str, str]) -> tuple[str, str]:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    def members(key: tuple[str, str]) -> set[str]:
        return {n for (k, n) in counts if k == key[0] and root((k, n)) == key}

    for kind, x, y in sorted(_evidence(items, published, table, links)):
        rx, ry = root((kind, x)), root((kind, y))
        if rx != ry and not _told_apart(kind, members(rx), members(ry), given):
            parent[ry] = rx
    chosen: dict[tuple[str, str], str] = {}
    for key in counts:
        group = members(root(key))
        if len(group) < 2:
            continue
        # (a known name before a counted noun, a plain name before a kind of it)
        name = min(group, key=lambda n: (not _known(n), " " in n, -counts[key[0], n], n))
        if key[1] != name and not _several(key[0], key[1], given):
            chosen[key] = name
    if not chosen:
        return
    for u in units:
        for i, f in enumerate(u.figures):
            if _linkable(f) and (f.kind, f.measure) in chosen:
                u.figures[i] = replace(f, measure=chosen[f.kind, f.measure])
