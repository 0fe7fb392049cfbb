"""Open measures: what a figure measures when the closed vocabulary (``measure_names.MEASURE_WORDS``) has no word
for it, read from the text itself.

A figure whose measure is no known one gets an open measure: the head noun of the noun phrase it counts or
prices ("300 engineers", "a $3.3 billion public offering", "38 percent subscription"), or, when it names none,
the word that governs it ("subscribed 2.37 times", "valued at up to $19 billion", "after raising $3.3 billion").
The word is folded by :func:`~briefing_tui.compare.lemmas.derivation_key`, so that "subscribed",
"subscription" and "oversubscribed" are one measure. A figure in a list ("0.50 times in retail, 6.97 times in
the QIB category") takes the open measure of the figure before it. English sources only (``ENGLISH``): another
language's figures keep their closed measures.

Open measures never meet known ones: a word that names a known measure is left to the closed vocabulary, and the
members of an open claim carry its name (so that no join by value moves them to a known one). :func:`add_open_measures`
gives the statements by (measure, family) to :mod:`briefing_tui.compare.measured`, which groups them as any measure
that is not an event's own count (by subject, else by shared wording or the same value); :func:`one_value_per_source`
then keeps a statement only when another source's is linked to it by more than the measure's word.
"""

from __future__ import annotations

from dataclasses import replace
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing_tui.compare.change_amounts import is_change
from briefing_tui.compare.key_figures import KNOWN_MEASURES, is_key_figure
from briefing_tui.compare.lemmas import DEGREE_PREFIXES, derivation_key, lemma
from briefing_tui.compare.measured_types import SAME_VALUE, MeasuredStatement, statement_value
from briefing_tui.compare.open_words import MULTIPLIERS, OPEN_KINDS, nominal, open_word
from briefing_tui.compare.portions import portion_of
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.units import Unit
from briefing_tui.compare.value_join import distinctive
from briefing_tui.compare.verdict import figure_context
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# How far one source's two values of an open measure may be apart and still be one figure (rounded to three
# significant digits: "142,194,700" and "14.2 crore"); further apart they are two things it counts.
OWN_ROUNDING = 0.005
# Separators of a list of figures: only these (and words) between two figures of one list.
_LIST_GAP = lazy_compile(r"[^.;:!?]{0,80}")


MULTIPLE = "multiple"
PERCENT_PER_TIME = 100.0  # "2.37 times" the whole is 237% of it


def _family(f: Figure) -> str:
    """Figures of one open measure that can be weighed together: money, shares, multiples, counts."""
    if f.kind == "count" and ((f.unit or "") in MULTIPLIERS or (f.measure or "") in MULTIPLIERS):
        return MULTIPLE
    return f.kind


def _in_portion(unit: Unit, f: Figure) -> Figure:
    """A share or multiple with the portion its clause names as its subject (compare/portions.py), replaced in its
    unit; other figures as they are."""
    if f.kind != "percent" and _family(f) != MULTIPLE:
        return f
    spans = [(g.start - unit.start, g.end - unit.start) for g in unit.figures if g is not f and g.kind in OPEN_KINDS]
    portion = portion_of(unit.text, f.start - unit.start, f.end - unit.start, spans)
    if portion is None or portion == f.subject:
        return f
    scoped = replace(f, subject=portion)
    unit.figures[:] = [scoped if g is f else g for g in unit.figures]
    return scoped


def _as_percent(m: MeasuredStatement) -> MeasuredStatement:
    """A multiple as the share it is ("subscribed 2.37 times": 237%), in its unit too, so that it is weighed against
    the measure's shares ("42 percent subscription"); its text stays as written."""
    f = m.figure
    share = replace(f, kind="percent", unit="%", low=None if f.low is None else f.low * PERCENT_PER_TIME,
                    high=None if f.high is None else f.high * PERCENT_PER_TIME,
                    conversion=f.conversion * PERCENT_PER_TIME)
    m.unit.figures[:] = [share if g is f else g for g in m.unit.figures]
    return MeasuredStatement(m.unit, share)


def _in_list(unit: Unit, prev: Figure, f: Figure) -> bool:
    """Whether ``f`` follows ``prev`` in one list of its sentence (nothing but words and commas between)."""
    gap = unit.text[prev.end - unit.start:f.start - unit.start]
    return _family(prev) == _family(f) and bool(_LIST_GAP.fullmatch(gap)) and ("," in gap or " and " in gap)


def open_statements(units: Sequence[Unit], taken: set[str]) -> dict[tuple[str, str], list[MeasuredStatement]]:
    """Statements by (open measure, family) for figures no known measure covers; the measure is the lemma
    most members write, a noun (a nominalisation: "subscription") before a verb. ``taken`` are the measure
    names already used: an open measure of the same name is left out."""
    by_key: dict[tuple[str, str], list[MeasuredStatement]] = defaultdict(list)
    forms: dict[str, Counter] = defaultdict(Counter)
    for u in units:
        previous: tuple[Figure, str] | None = None
        for f in u.figures:
            word = open_word(u, f)
            if word is None and previous is not None and f.kind in OPEN_KINDS and f.role == "current" \
                    and not is_key_figure(f) and _in_list(u, previous[0], f):
                word = previous[1]  # ("0.50 times in retail, 6.97 times in the QIB category")
            if word is None:
                if is_key_figure(f):
                    previous = None
                continue
            key = derivation_key(word)
            f = _in_portion(u, f)  # ("0.50 times in the retail category": the retail portion's)
            by_key[key, _family(f)].append(MeasuredStatement(u, f))
            forms[key][lemma(word) if nominal(word) else word.lower()] += 1
            previous = (f, word)
    for key in sorted({key for key, family in by_key if family == MULTIPLE}):
        if (key, "percent") in by_key:  # "subscribed 2.37 times" and "42 percent subscription": one measure, in %
            by_key[key, "percent"] += [_as_percent(m) for m in by_key.pop((key, MULTIPLE))]
    out: dict[tuple[str, str], list[MeasuredStatement]] = {}
    for (key, family), items in sorted(by_key.items()):
        name = _display(forms[key])
        if name in taken or name in KNOWN_MEASURES:
            continue
        out[name, family] = items
    return out


def _display(forms: Counter) -> str:
    """The readable name of an open measure: its most written noun form (a nominalisation: "subscription"), else
    its most written form without a degree prefix ("subscribed" before "oversubscribed"); ties by alphabet."""
    ranked = sorted(forms.items(), key=lambda kv: (-nominal(kv[0]), kv[0].startswith(DEGREE_PREFIXES), -kv[1], kv[0]))
    return ranked[0][0]


def add_open_measures(units: Sequence[Unit], by_measure: dict[tuple[str, str], list[MeasuredStatement]]) -> frozenset[str]:
    """Add the open measures' statements to ``by_measure`` (see :func:`open_statements`); their names."""
    opened = open_statements(units, {m for m, _ in by_measure})
    by_measure.update(opened)
    return frozenset(m for m, _ in opened)


def one_value_per_source(gathered: list[tuple[list[MeasuredStatement], str | None]], measure: str,
                         published: dict[str, str | None], table: RateTable | None
                         ) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of an open measure, each statement linked by more than the measure's word, with one value per source.

    A statement stays when another source's statement of the group shares its subject, its value, or
    ``MIN_LINK_WORDS`` words around the figure besides the measure's own ("raised $3.3 billion in the IPO" is not
    "260 companies raised $9 billion"); and a source that gives the measure another value in the group speaks of
    another thing ("bids for 14.1 crore shares" against "an offer of 14.2 crore shares"): its level stays before what
    the measure changed by, then the value it gives the group's subject, else the one other sources bear out best,
    else its first."""
    key = derivation_key(measure.split()[0])
    out = []
    for members, name in gathered:
        sample = members[:MAX_LINK_SAMPLE]  # (a measure given a thousand times is weighed against its first ones)
        linked = [m for m in members if any(_linked(m, o, key, published, table) for o in sample)]
        values = [_value(m, published, table) for m in linked]
        # each source's value: a level before what the measure changed by ("an increase of 28 cases ..., bringing
        # the total to 256": 256), then the one that names the group's subject ("the retail quota has received 38
        # percent", not the whole issue's unscoped "42 percent"), then the one most other sources agree with (then its
        # first)
        support = [(not is_change(m), same_subject(m.figure.subject, name) is True, *_support(m, v, linked, values))
                   for m, v in zip(linked, values)]
        chosen: dict[str, float] = {}
        for m, v, _ in sorted(zip(linked, values, support), key=lambda t: t[2], reverse=True):
            chosen.setdefault(m.figure.source, v)
        kept = [m for m, v in zip(linked, values) if _close(chosen[m.figure.source], v, OWN_ROUNDING)]
        if len({m.unit.source.id for m in kept}) >= 2:
            kept = [_named(m, measure) for m in kept]
        out.append((kept, name))
    return out


def _support(m: MeasuredStatement, value: float, members: list[MeasuredStatement], values: list[float]) -> tuple:
    """How well other sources bear out a value: how many give about it, then how near the nearest is."""
    others = [w for o, w in zip(members, values) if o.figure.source != m.figure.source and w]
    near = min((abs(value - w) / max(value, w) for w in others), default=1.0) if value else 1.0
    return sum(1 for w in others if _close(value, w, SAME_VALUE)), -near


def _close(a: float, b: float, room: float) -> bool:
    return a == b or bool(a and b and abs(a - b) <= room * max(a, b))


def _named(m: MeasuredStatement, measure: str) -> MeasuredStatement:
    """The statement with its figure naming the open measure, in its unit too (the claim's statements show it,
    and no later join by value takes it for a figure that names nothing: compare/value_join.py). Only the
    members of an open claim: a lone figure stays unnamed, for the join by value to place it."""
    if m.figure.measure == measure:
        return m
    named = replace(m.figure, measure=measure)
    m.unit.figures[:] = [named if f is m.figure else f for f in m.unit.figures]
    return MeasuredStatement(m.unit, named)


MAX_LINK_SAMPLE = 64  # members of an open group each statement is weighed against for a link
MIN_LINK_WORDS = 2  # words two open-measure statements share around their figures, besides the measure's own


def _value(m: MeasuredStatement, published: dict[str, str | None], table: RateTable | None) -> float:
    return statement_value(m, m.figure.source, published, table) if table else (m.figure.low or 0.0)


def _linked(a: MeasuredStatement, b: MeasuredStatement, key: str, published: dict[str, str | None],
            table: RateTable | None) -> bool:
    """Whether two statements of an open measure (from two sources) speak of one thing: same subject, same value
    or shared wording beyond the measure's word."""
    if a.unit.source.id == b.unit.source.id:
        return False
    if same_subject(a.figure.subject, b.figure.subject):
        return True
    va, vb = _value(a, published, table), _value(b, published, table)
    if va and vb and abs(va - vb) <= SAME_VALUE * max(va, vb) and distinctive(a.figure) and distinctive(b.figure):
        return True  # (a distinctive value: "142,194,700", not "two" or "10%")
    shared = {w for w in figure_context(a.unit, a.figure) & figure_context(b.unit, b.figure) if derivation_key(w) != key}
    return len(shared) >= MIN_LINK_WORDS
