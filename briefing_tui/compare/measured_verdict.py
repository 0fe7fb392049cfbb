"""The verdict of a claim aligned by measure: each source weighed by its value (an earlier state set aside),
a figure a source reports disputed, the timeline and whether the figure develops with the dates."""

from __future__ import annotations

import re
from collections import defaultdict

from briefing_tui.compare.change_amounts import is_change
from briefing_tui.compare.comparable import not_comparable, two_subjects
from briefing_tui.compare.developing import (Reading, develops, earliest, report_time, same_number,
                                             unplace_months)
from briefing_tui.compare.far_outliers import OUTLIER_FACTOR, OUTLIER_SUPPORT, far_outliers
from briefing_tui.compare.figure_years import stated_year, years_apart
from briefing_tui.compare.figure_modality import two_times
from briefing_tui.compare.holderless_seats import holderless_reason, holderless_seats
from briefing_tui.compare.injury_severity import severity_part
from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement, moved, reading_order, statement_value
from briefing_tui.compare.partitives import PART_KIND
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.scale_slips import scale_slipped
from briefing_tui.compare.several_facts import several_facts, unweighed_reason
from briefing_tui.compare.stance import Cue
from briefing_tui.compare.subject_conflicts import Conflict, several_subjects, subject_apart
from briefing_tui.compare.stated_conversions import conversion_conflicts, written_alike
from briefing_tui.compare.teller_clauses import told_pairs
from briefing_tui.compare.titles import value_text
from briefing_tui.compare.tolerance import SCOPE_APART, compare_figures, sums_apart
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure, TimePoint
from briefing_tui.wording import counted

# Words telling that a value is an earlier state than the article's news ("imports already faced a 10%
# duty", "the previous balance pointed to 3,354", "as per the initial estimates, ... around $600 million").
# (Not a time of the day: "earlier this week", "earlier on Tuesday" date a current report.)
_EARLIER = lazy_compile(r"\b(?:already|previous(?:ly)?|earlier(?!\s{1,3}(?:this|today|on|in|that|than)\b)|formerly"
                      r"|initial(?:ly)?|originally|at first)\b", re.I)


def _set_aside(m: MeasuredStatement) -> bool:
    """Whether a value is not its source's own current one: told as an earlier state (``_EARLIER``), in a
    direct quotation (a speaker's claim the page reports: "Robinson wrote: "MILLIONS HAVE TURNED UP""), or a
    magnitude in words that a figure of the page tells exactly ("Dozens of people are dead", then "About 24
    fatalities have been reported so far"), or what the measure moved by ("The TPP garnered eight seats", then "the
    TPP increased its count by three": a source's level is weighed, not its change)."""
    f = m.figure
    return m.unit.voice.kind == "quoted" or (f.is_range and not any(c.isdigit() for c in f.text)) or \
        bool(_EARLIER.search(m.unit.text, 0, f.start - m.unit.start)) or is_change(m)


def _best_readings(firsts: dict[str, MeasuredStatement], every: dict[str, list[MeasuredStatement]],
                   published: dict[str, str | None], table: RateTable, named: set[str]) -> set[str]:
    """A source giving several values of the measure is weighed by its first one, unless that one is set aside
    (``_set_aside``: "as per the initial estimates, around $600 million", then "the final cost ... at least $2
    billion"; a quoted boast of "MILLIONS" in a page that gives the police's "about 110,000"): then by the one of
    its own current values most other sources' first values agree with (its first one on ties). A source
    contradicting itself in its own voice is weighed by its first value; a source in ``named`` keeps the value
    named for the claim's subject (``_named_readings``). Changes ``firsts`` in place.

    Returns the sources not weighed at all (:func:`.several_facts`: several values, none another source's), when
    ``OUTLIER_SUPPORT`` other sources remain."""
    given = {s: moved(m, s) for s, m in firsts.items()}  # (each first value as its source gives it, once)
    several: set[str] = set()
    for source, options in every.items():
        if source in named:
            continue
        current = [m for m in options if not _set_aside(m)]
        if not current or len({(m.figure.low, m.figure.high) for m in options}) < 2:
            continue
        others = [given[s] for s in firsts if s != source]

        def support(m: MeasuredStatement) -> int:
            f = moved(m, source)
            return sum(1 for o in others if (c := compare_figures(f, o, published, table)) is not None and c.compatible)

        if not _set_aside(firsts[source]):
            if several_facts(current, support):
                several.add(source)
            continue
        best = max(current, key=lambda m: (support(m), -current.index(m)))
        firsts[source] = best
        given[source] = moved(best, source)
    return several if len(firsts) - len(several) >= OUTLIER_SUPPORT else set()


def _another_subjects(first: MeasuredStatement, subject: str) -> bool:
    """Whether an unnamed figure follows, in its sentence, a figure named for another subject than ``subject``
    ("Reform UK have 14.9% of the vote, translating to success in four seats": the four seats are Reform UK's)."""
    before = [f for f in first.unit.figures if f.end <= first.figure.start and f.subject]
    return bool(before) and same_subject(before[-1].subject, subject) is False


def _named_readings(firsts: dict[str, MeasuredStatement], every: dict[str, list[MeasuredStatement]],
                    subject: str | None) -> set[str]:
    """A source whose first value of the measure names no subject and follows another subject's figure in its
    sentence (``_another_subjects``), and whose value in another sentence names the claim's subject, is weighed
    by the named one: "Reform UK have 14.9% of the vote, translating to success in four seats. [...] The Green
    Party has 6.9% of the votes and one seat" gives the Greens one seat (the four seats joined the claim by their
    measure alone). Changes ``firsts`` in place; returns the sources so weighed."""
    chosen: set[str] = set()
    if not subject:
        return chosen
    for source, first in firsts.items():
        if first.figure.subject or not _another_subjects(first, subject):
            continue
        named = next((m for m in every[source] if same_subject(m.figure.subject, subject)
                      and m.unit.key != first.unit.key), None)  # (one sentence's two values: two subjects' it orders)
        if named is not None:
            firsts[source] = named
            chosen.add(source)
    return chosen


def judge_measured(group: MeasuredGroup, published: dict[str, str | None], table: RateTable,
                   rank: dict[str, int]) -> None:
    """Fill in the group's verdict, reasons, conflicts, timeline and whether the figure is developing."""
    firsts: dict[str, MeasuredStatement] = {}
    every: dict[str, list[MeasuredStatement]] = defaultdict(list)
    for m in sorted(group.members, key=reading_order):
        for o in m.unit.occurrences:
            firsts.setdefault(o.source.id, m)
            every[o.source.id].append(m)
    named = _named_readings(firsts, every, group.subject)
    several = _best_readings(firsts, every, published, table, named)
    several_in_order = [source for source in firsts if source in several]  # (reading order, not the set's hash order)
    unweighed = [unweighed_reason(source, firsts.pop(source).figure.text) for source in several_in_order]
    group.firsts = {source: moved(m, source) for source, m in firsts.items()}
    order = sorted(firsts, key=lambda s: rank.get(s, 0))
    # Sources giving the same reading (value, wording, unit; money also the rate's date) are weighed once.
    readings: dict[tuple, list[str]] = {}
    for source in order:
        f = firsts[source].figure
        day = (published.get(source) or "")[:10] if f.kind == "money" else None
        readings.setdefault((f.kind, f.low, f.high, f.unit, f.qualifier, day), []).append(source)
    keys = list(readings)
    reasons, conflicts, matches = [], [], unweighed
    conflicted: set[tuple[str, int]] = set()
    pending: list[Conflict] = []
    subjects_apart = False  # (two readings are two clearly named subjects' values)
    figure_of = [moved(firsts[readings[k][0]], readings[k][0]) for k in keys]  # (once per reading, not per pair)
    years = {s: stated_year(firsts[s], s, published) for k in keys for s in readings[k][:1]}  # (once per reading)
    apart = far_outliers(keys, readings, figure_of, firsts, published, table)
    for i in sorted(apart):
        source = readings[keys[i]][0]
        matches.append(f"{source} '{figure_of[i].text}' set aside: over {OUTLIER_FACTOR:g} times apart from the "
                       f"value the other sources agree on (a figure of another scope: a part, a partial count)")
    for i, ka in enumerate(keys):
        if i in apart:
            continue
        for j in range(i + 1, len(keys)):
            if j in apart:
                continue
            kb = keys[j]
            fa, fb = figure_of[i], figure_of[j]
            sa, sb = readings[ka][0], readings[kb][0]
            alike = written_alike(firsts[sa], every[sa], firsts[sb], every[sb])
            if alike is not None:  # (weighed in a currency both write: a source's own conversion is its word,
                # rounded from the sum it converts)
                fa, fb = moved(alike[0], sa), moved(alike[1], sb)
            stated = alike is not None and (alike[0] is not firsts[sa] or alike[1] is not firsts[sb])
            if _unnamed_part(fa) and _unnamed_part(fb):
                matches.append(f"{sa} '{fa.text}' and {sb} '{fb.text}': not weighed (parts of a whole whose group is "
                               f"not named: two sub-groups)")
                continue
            if not is_change(firsts[sa]) and not is_change(firsts[sb]) and holderless_seats(fa, fb):
                # ("16 seats still in doubt" against "24 seats": no holder named; seats lost are the loser's)
                matches.append(holderless_reason(sa, fa, sb, fb))
                continue
            if severity_part(fa, fb):  # ("three seriously injured" of "dozens injured")
                matches.append(f"{sa} '{fa.text}' and {sb} '{fb.text}': consistent (the injured of a severity are a "
                               f"part of all the injured)")
                continue
            if aside := (years_apart(sa, firsts[sa], years[sa], sb, firsts[sb], years[sb])  # (last, next year's)
                         or two_times(sa, firsts[sa], sb, firsts[sb])):  # (a forecast and a result)
                matches.append(aside)
                continue
            if is_change(firsts[sa]) != is_change(firsts[sb]):  # (what a sum changes by against the sum itself)
                what = "sum" if fa.kind == "money" else "count"
                matches.append(f"{sa} '{fa.text}' and {sb} '{fb.text}': not weighed (one is what the {what} changes by, "
                               f"the other the {what})")
                continue
            if sums_apart(fa, fb, published, table) and not scale_slipped(fa, fb):  # (a slipped scale word: weighed)
                matches.append(f"{sa} '{fa.text}' and {sb} '{fb.text}': not weighed (sums {SCOPE_APART:g} times apart "
                               f"or more: of different scope, a whole and a part)")
                continue
            check = compare_figures(fa, fb, published, table, stated)
            if check is None:
                continue
            if not check.compatible and two_subjects(fa, firsts[sa].unit, fb, firsts[sb].unit):
                matches.append(not_comparable(sa, fa, sb, fb))  # (two subjects' values: no disagreement)
                subjects_apart = True
                continue
            more = len(readings[ka]) + len(readings[kb]) - 2
            evidence = check.evidence + (f" (and {counted(more, 'more source')} alike)" if more else "")
            if check.compatible:
                matches.append(evidence)
            else:
                pending.append(Conflict(fa, firsts[sa].unit, fb, firsts[sb].unit, evidence, readings[ka] + readings[kb],
                                        sb))
    subjects_apart = subjects_apart or several_subjects([(figure_of[i], firsts[readings[k][0]].unit) for i, k in enumerate(keys)])
    for c in pending:  # (in a claim of several subjects, only one subject's two values conflict)
        if subjects_apart and (why := subject_apart(c)) is not None:
            matches.append(why)
            continue
        conflicts.append((c.a, c.b))
        reasons.append(c.evidence)
        conflicted.update((source, firsts[source].figure.start) for source in c.sources)
    for check in conversion_conflicts(firsts, every, published, table):  # (one sum, converted apart by two writers)
        conflicts.append((check.left, check.right))
        reasons.append(check.evidence)
    if len(keys) == 1 and len(order) > 1:
        matches.append(f"{len(order)} sources give {value_text(firsts[order[0]].figure, published.get(order[0]), table)}")
    disputed = [(m, cue) for m in group.members for cue in [dispute_of(m)] if cue is not None]
    for m, cue in disputed:
        reasons.append(f"{m.unit.source.id} reports the figure disputed: “{cue.text}”")
        conflicted.add((m.figure.source, m.figure.start))
    read_apart = bool(conflicts)  # (two sources' readings differ)
    attributed = False
    for a, b in _attributed_pairs(group.members) + told_pairs(group.members):
        check = compare_figures(a.figure, b.figure, published, table)
        if check is not None and not check.compatible:
            attributed = True
            conflicts.append((a.figure, b.figure))
            reasons.append(f"{a.unit.source.id} cites two sources apart: {check.evidence}")
            conflicted.update({(a.figure.source, a.figure.start), (b.figure.source, b.figure.start)})
    group.conflicted = conflicted
    group.verdict = "disagree" if conflicts or disputed else "agree"
    group.conflicts = conflicts
    group.reasons = reasons + matches
    if read_apart and len(keys) > 1:
        _develop(group, [(figure_of[i], readings[k]) for i, k in enumerate(keys)], firsts, published, table)
        if disputed or attributed:  # (a source tells the figure disputed, or two tellers apart: a conflict)
            group.developing, group.development = False, "the figure is disputed"
    else:
        group.timeline = []
        group.developing = False if conflicts or disputed else None


def _unnamed_part(f: Figure) -> bool:
    """Whether a figure is a part of a counted whole whose group its sentence does not name ("part dead": "five of
    the six victims" named, "three of the six construction workers killed" whose families sue): two such parts are
    two sub-groups chosen by their predicates, never one count."""
    words = (f.measure or "").split()
    return len(words) == 2 and words[0] == PART_KIND


def _develop(group: MeasuredGroup, readings: list[tuple[Figure, list[str]]], firsts: dict[str, MeasuredStatement],
             published: dict[str, str | None], table: RateTable) -> None:
    """The timeline of a group whose figures differ: each value once, at the earliest time a source places it
    (the article's date or a time its sentence states), in time order, then the undated values apart; and
    whether the values develop with that order (see :mod:`.developing`)."""
    times = {s: report_time(firsts[s].unit.text, published.get(s)) for _, sources in readings for s in sources}
    values: list[Reading] = []
    for figure, sources in readings:
        value = statement_value(firsts[sources[0]], sources[0], published, table)
        same = next((r for r in values if same_number(r.figure, r.value, figure, value)), None)
        if same is not None:  # ("53" and "Fifty-three", "95" and "at least 95": one value, placed once)
            same.sources += sources
        else:
            values.append(Reading(figure, value, list(sources), None, sources[0]))
    for r in values:
        r.time = earliest([times[s] for s in r.sources])
        r.source = next((s for s in r.sources if times[s] == r.time), r.sources[0])

    def differ(a: Figure, b: Figure) -> bool:
        check = compare_figures(a, b, published, table)
        return check is not None and not check.compatible

    unplace_months(values, differ)
    group.developing, group.development = develops(values, differ, group.measure)
    ordered = sorted(values, key=lambda r: (r.time is None, r.time and r.time.key()))
    group.timeline = [TimePoint(r.source, r.time.shown_day() if r.time else None,
                                value_text(firsts[r.source].figure, published.get(r.source), table),
                                r.figure.low or 0.0, r.figure.high or r.figure.low or 0.0,
                                r.time.part() if r.time else None) for r in ordered]


# An attribution right after a figure: "over 4,000 by the Taliban-run government", "1,500 according to the UN".
_ATTRIBUTED = lazy_compile(r"\s{0,3},?\s{0,3}(?:by|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?[A-Z]")


def _attributed_pairs(members: list[MeasuredStatement]) -> list[tuple[MeasuredStatement, MeasuredStatement]]:
    """Pairs of current values one sentence gives for the measure, each attributed to its own teller ("over
    4,000 by the Taliban-run government, and about 1,500 by the UN"): the tellers disagree."""
    by_unit: dict[int, list[MeasuredStatement]] = defaultdict(list)
    for m in members:
        rest = m.unit.text[m.figure.end - m.unit.start:]
        if m.figure.role == "current" and _ATTRIBUTED.match(rest):
            by_unit[m.unit.key].append(m)
    return [(a, b) for ms in by_unit.values() for i, a in enumerate(ms) for b in ms[i + 1:]]


# Cues by which a source reports a figure disputed ("the U.S. will retain 90% of the profits, but the
# Japanese government disputes this"), not plain negation or framing words.
_DISPUTE_WORDS = lazy_compile(r"(?:disput|den(?:y|ies|ied)|reject|refut|contradict)", re.I)


DISPUTE_REACH = 80  # characters after a figure within which a disputing cue bears on it
# Between a figure and a verb of disputing after it, what makes the figure the verb's object, not its subject: a
# clause break, a conjunction or a relative ("90% of the profits, but Tokyo disputes this", "20 dead, a figure the
# rebels rejected", "the toll that officials denied"); one alternative per line.
_OBJECT_GAP = lazy_compile(
    r"[,;:()\[\]—–]"
    r"|\b(?:and|but|while|whereas|although|though|yet)\b"
    r"|\b(?:which|that|what|whom)\b"
    r"|\b(?:a|the)\s{1,3}(?:figure|number|toll|estimate|count|claim|tally)\b", re.I)
# A determiner or possessive right before the cue: an adjective of the noun after it, no verb ("along their disputed
# border", "the contested and disputed region"): nothing the source says of the figure.
_ATTRIBUTIVE_BEFORE = lazy_compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those|long)[\s-]{1,3}$", re.I)
# A copula right before the verb: a passive, whose subject is what is disputed ("the toll of 20 was disputed").
_PASSIVE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|been|being)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?$", re.I)


def dispute_of(m: MeasuredStatement) -> Cue | None:
    """The strong cue, shortly after the figure in its sentence, by which the source reports it disputed: the
    figure is what the verb disputes (``_OBJECT_GAP`` between them, or a passive), not its subject ("Two ministers
    rejected the plan", "three lawmakers denied the report": the count tells who disputes)."""
    at = m.figure.end - m.unit.start
    for cue in m.unit.cues:
        if cue.strong and 0 <= cue.start - at <= DISPUTE_REACH and _DISPUTE_WORDS.match(cue.text) \
                and not _ATTRIBUTIVE_BEFORE.search(m.unit.text[max(0, cue.start - 12):cue.start]) and (
                _OBJECT_GAP.search(m.unit.text, at, cue.start)
                or _PASSIVE_BEFORE.search(m.unit.text[max(0, cue.start - 30):cue.start])):
            return cue
    return None
