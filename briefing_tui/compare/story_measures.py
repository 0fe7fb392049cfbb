"""A figure whose own words name no measure takes the one the story gives it, when the story gives exactly one.

Outlets word one fact differently: one writes "a three-year suspended sentence", another "la condena de tres años";
one "the 46-year-old singer", another "l'artista, 46 anni,"; one "the AfD's 20.8% of the vote", another "Mit 20,8
Prozent hat die Partei". What recurs on every event is that the other outlets name the measure of the same figure.
So a figure read with no measure (its sentence's words, the clause readings of
:mod:`~briefing_tui.compare.measure_inference` and the previous sentence gave none) takes the measure that the other
sources' figures of its **unit kind** (a period in years, a person's age being one; a share) and of **its value**
carry, when they carry exactly one (:func:`story_measures`).

Guards: never across subjects (a figure with a subject only takes it from figures of that subject or of none);
never a year or a date, money or a count (one amount or count names too many things in a story: a fine and a
payment, a crowd and a toll; tried, they joined more wrongly than rightly); never a share of a whole number of
percent ("80%" is a fire contained as often as a port's exports); never a bound ("maximum sentence"); never when its
sentence gives a figure of its kind another measure; never when the value is carried under two measures in the
story (then it stays unknown: honest uncertainty).

A bare share of a party beside other outlets' "of the vote" was already read through its subject by
:func:`~briefing_tui.compare.measure_inference.inherit_measures` (shares only, any value); this reads periods and
ages too, by the figure's value, from the other sources (a value its own source measures elsewhere was already read
so by :mod:`~briefing_tui.compare.sentence_measures`, ``measure_from`` "same value").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.share_moves import moves_after
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

# The unit kinds a measure is taken across by: a figure only takes a measure from figures of its own kind.
SHARE_KIND = "share"  # a percent of something ("20.8%")
PERIOD_KIND = "period"  # in years; a person's age counts as one ("46-year-old", "46 ans")
POINTS_UNIT = "pp"  # the unit of percentage points (compare/figures.py)
AGE_MEASURES = frozenset({"age"})  # the measures of a person's age, read as a period in years

# First words of a measure that is a bound, not a value ("maximum sentence", "minimum wage"): offered to no bare figure.
BOUND_WORDS = frozenset({"maximum", "minimum"})
SAME_VALUE = 1e-6  # relative difference under which two values are one (the same figure, written two ways)
MIN_SUBJECT_TOKEN = 3  # a subject's words shorter than this tell no two names apart ("de", "la")
# What separates a subject's words: spaces, slashes, apostrophes and hyphens ("CDU/CSU", "L'AfD", "Bankman-Fried").
_SUBJECT_SPLIT = lazy_compile(r"[\s/'’-]+")


def unit_kind(f: Figure) -> str | None:
    """The unit kind a figure is weighed in (see the module's doc), or None: a year, a date, money, a count (an
    amount or a count of one value names many things in a story: a fine and a payment, a crowd and a toll), a
    share of a whole number of percent ("80%": a fire contained, a port's exports) or a share's points."""
    if f.kind == "percent" and f.unit != POINTS_UNIT and f.low is not None and not _whole(f):
        return SHARE_KIND
    if f.kind == "period" or (f.kind == "count" and f.measure in AGE_MEASURES):
        return PERIOD_KIND
    return None


def _whole(f: Figure) -> bool:
    """Whether a share is a whole number of percent at both ends ("80%", "15 to 20%")."""
    return all(v is None or float(v).is_integer() for v in (f.low, f.high))


def _offered_kind(f: Figure) -> str | None:
    """The unit kind a measured figure offers its measure in; none for a bound ("maximum sentence": a bare figure
    says nothing of a bound)."""
    if f.measure and f.measure.split()[0] in BOUND_WORDS:
        return None
    return unit_kind(f)


def subject_tokens(subject: str | None) -> frozenset[str]:
    """The words of a subject that tell it apart ("Daniel Noboa" -> daniel, noboa), lower-cased."""
    if not subject:
        return frozenset()
    return frozenset(t for t in _SUBJECT_SPLIT.split(subject.lower()) if len(t) >= MIN_SUBJECT_TOKEN)


def _sources(u: Unit) -> frozenset[str]:
    return frozenset(o.source.id for o in u.occurrences) or frozenset({u.source.id})


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b))


def story_measures(units: Sequence[Unit]) -> None:
    """Give each current figure with no measure the one measure the other sources' figures of its unit kind and
    value carry (see the module's doc), with their subject when it has none and they name one. The figure is
    replaced in its unit."""
    offered: list[tuple[str, Figure, frozenset[str]]] = []
    for u in units:
        for f in u.figures:
            kind = _offered_kind(f)
            if kind is not None and f.role == "current" and is_key_figure(f) and f.low is not None:
                offered.append((kind, f, _sources(u)))
    if not offered:
        return
    for u in units:
        for k, f in enumerate(u.figures):
            kind = unit_kind(f)
            if kind is None or f.measure or f.role != "current" or f.low is None:
                continue
            if kind == SHARE_KIND and moves_after(u.text[f.end - u.start:]):
                continue  # (a movement, "2% lower", is no share of anything the story measures)
            own, mine = _sources(u), subject_tokens(f.subject)
            matches = [g for g_kind, g, sources in offered
                       if g_kind == kind and sources - own and _same(g.low, f.low)
                       and _same(g.high if g.high is not None else g.low, f.high if f.high is not None else f.low)
                       and (not mine or not g.subject or mine & subject_tokens(g.subject))]
            measures = {g.measure for g in matches}
            if len(measures) != 1:
                continue  # (none, or two candidates: it stays unknown)
            measure = next(iter(measures))
            if any(_offered_kind(g) == kind and g.measure and g.measure != measure for g in u.figures):
                continue  # (its sentence gives a figure of its kind another measure: which one it is, is unsure)
            subjects = {g.subject for g in matches}
            subject = f.subject or (next(iter(subjects)) if len(subjects) == 1 else None)
            u.figures[k] = replace(f, measure=measure, subject=subject)
