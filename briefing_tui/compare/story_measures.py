"""A period or an age whose own words name no measure takes the one the story gives its value, when it gives one.

Outlets word one fact differently: one writes "a three-year suspended sentence", another "la condena de tres años";
one "the 46-year-old singer", another "l'artista, 46 anni,"; one "a four-month trial", another "For four months, a
court heard". What recurs on every event is that the other outlets name the measure of the same figure. So a period
read with no measure (its sentence's words, the clause readings of :mod:`~briefing_tui.compare.measure_inference`
gave none) takes the measure that the other sources' periods of **its value** carry (a person's age is a period in
years: "46-year-old" gives "46 anni" its measure), when they carry exactly one (:func:`story_measures`), and their
subject when they name one.

Guards: never across subjects (a figure with a subject only takes it from figures of that subject or of none, and a
value two subjects carry gives a subjectless figure nothing); never a year or a date; never a bound ("maximum
sentence": a bare period says nothing of a bound); never when its sentence gives a period another measure (a bound
too: "seeking 20 years in prison for bribery, and a maximum of 25"); never when the value is carried under two
measures in the story (then it stays unknown: honest uncertainty). A value its own source measures elsewhere was
already read so by :mod:`~briefing_tui.compare.sentence_measures` (``measure_from`` "same value").

Tried and dropped (scored on the study and held sets, issue 11, measure26a): money, counts and shares by their value.
One amount, count or whole share names too many things in a story (a fine and a payment, a crowd and a toll, a fire
"80%" contained and a port's "80%" of the exports), and misread figures of the other outlets carried their misreading
over; shares with a fraction gained study claims but cost held ones (held right -2, false +2). A party's bare share
beside other outlets' "of the vote" is read through its subject by
:func:`~briefing_tui.compare.measure_inference.inherit_measures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.time_ago import dates_from
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, FigureKind

# The unit kinds a measure is taken across by: a figure only takes a measure from figures of its own kind.
PERIOD_KIND = "period"  # in years; a person's age counts as one ("46-year-old", "46 ans")
AGE_MEASURES = frozenset({"age"})  # the measures of a person's age, read as a period in years
AGE_KIND: FigureKind = "count"  # the kind a period in years takes with an age's measure: an age read from its words is one
AGE_UNIT = "year"  # the unit of a period that is an age ("46 anni"), and of an age read as a count ("46 ans")

# First words of a measure that is a bound, not a value ("maximum sentence", "minimum wage"): offered to no bare figure.
BOUND_WORDS = frozenset({"maximum", "minimum"})
SAME_VALUE = 1e-6  # relative difference under which two values are one (the same figure, written two ways)
MIN_SUBJECT_TOKEN = 3  # a subject's words shorter than this tell no two names apart ("de", "la")
# What separates a subject's words: spaces, slashes, apostrophes and hyphens ("CDU/CSU", "L'AfD", "Bankman-Fried").
_SUBJECT_SPLIT = lazy_compile(r"[\s/'’-]+")


def unit_kind(f: Figure) -> str | None:
    """The unit kind a figure is weighed in (see the module's doc): a period in years, or a person's age read as
    one; None for any other figure (a year, a date, money, a count, a share: see the module's doc)."""
    if f.kind == "period" or (f.kind == "count" and f.measure in AGE_MEASURES):
        return PERIOD_KIND
    return None


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
    value carry (see the module's doc), with their subject when it has none and they name one; an age read with no
    person takes the person the other sources give that age. The figure is replaced in its unit."""
    offered: list[tuple[str, Figure, frozenset[str]]] = []
    for u in units:
        for f in u.figures:
            kind = _offered_kind(f)
            if kind is not None and f.role == "current" and is_key_figure(f) and f.low is not None:
                offered.append((kind, f, _sources(u)))
    if not offered:
        return
    # The sources that give someone's age with the person named: an ownerless age there is a stranger's as often as
    # not ("Kovalenko, 49, denied it as a 50-year-old man wept"), and takes nobody's name.
    named_ages = {s for g_kind, g, sources in offered if g.measure in AGE_MEASURES and g.subject for s in sources}
    for u in units:
        for k, f in enumerate(u.figures):
            kind = unit_kind(f)
            ownerless = f.measure in AGE_MEASURES and not f.subject and not _sources(u) & named_ages  # ("un homme de
            # 50 ans": an age, whose unsaid)
            if kind is None or (f.measure and not ownerless) or f.role != "current" or f.low is None \
                    or dates_from(u, f):
                continue  # ("three days ago", "vor drei Tagen": no length of anything, compare/time_ago.py)
            own, mine = _sources(u), subject_tokens(f.subject)
            matches = [g for g_kind, g, sources in offered
                       if g_kind == kind and sources - own and _same(g.low, f.low)
                       and _same(g.high if g.high is not None else g.low, f.high if f.high is not None else f.low)
                       and (not mine or not g.subject or mine & subject_tokens(g.subject))
                       and (not ownerless or g.measure == f.measure)]  # (an ownerless age takes an age's owner)
            measures = {g.measure for g in matches}
            if len(measures) != 1:
                continue  # (none, or two candidates: it stays unknown)
            measure = next(iter(measures))
            if any(unit_kind(g) == kind and g.measure and g.measure != measure for g in u.figures):
                continue  # (its sentence gives a figure of its kind another measure, a bound too: which one it is, is
                # unsure: "seeking 20 years in prison for bribery, and a maximum of 25 years")
            subjects = {g.subject for g in matches if g.subject}
            if not f.subject and len(subjects) > 1:
                continue  # (the value is two people's or two things': whose it is, is unsure)
            subject = f.subject or (next(iter(subjects)) if subjects else None)
            # (an age is weighed as the count of years the other outlets' "46-year-old", "46-Jährige" are: read as a
            # period, "46 anni" would be the claim "Age: 46 years" beside their "Age: 46", one age split in two)
            kind_now = AGE_KIND if measure in AGE_MEASURES and f.kind == PERIOD_KIND and f.unit == AGE_UNIT else f.kind
            u.figures[k] = replace(f, kind=kind_now, measure=measure, subject=subject)
