"""A figure with no subject, or one that is no name, and the claim it belongs to: the claim of its measure's
main subject across the event ("the tech company's shares are down 15% this year" is Alphabet's when most
sources give the shares' moves to Alphabet), instead of a claim of its own; and, when the story gives a measure one
name only, the claim of that name (:func:`join_sole_subject`: "the transaction came to about $14.1 billion" is the
price of the one deal the story prices).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing_tui.compare.measured_types import MeasuredStatement, kind_of, statement_value
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.same_subject import one_subject
from briefing_tui.compare.scopes_of_place import main_subject
from briefing_tui.compare.subject_names import NOT_SUBJECTS
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile

_DIGIT = lazy_compile(r"\d")
FAR_AMOUNT = 2.0  # an amount this many times off every amount of the main claim is another thing's (a market value)
SAMPLE = 5  # members of the main claim an amount is weighed against
PREVIOUS_REACH = 300  # characters before a sentence searched for the sentence before it
_SENTENCE_END = lazy_compile(r"[.!?]\s+")  # the end of a sentence, before the next one
MIN_NAME_WORD = 4  # letters of a name's word that tell the name in a sentence ("Apple", not "the")


def weak_subject(subject: str | None) -> bool:
    """Whether a figure's subject is no subject: a pronoun or a generic word alone ("They", "More"), or a
    fragment with a figure in it ("US32", "288 and put")."""
    if not subject:
        return False
    if _DIGIT.search(subject):
        return True
    words = [w for w in re.split(r"[\s/-]+", subject.lower()) if w]
    return all(w in NOT_SUBJECTS for w in words)


def named_in(name: str, unit: Unit) -> bool:
    """Whether a subject is named in a statement's sentence (any of its words of four letters or more)."""
    return _named_in_text(name, unit.text)


def _named_in_text(name: str, text: str) -> bool:
    lower = text.lower()
    words = [w for w in name.lower().split() if len(w) >= MIN_NAME_WORD] or [name.lower()]
    return any(w in lower for w in words)


def named_near(name: str, unit: Unit) -> bool:
    """Whether a subject is named in a statement's sentence or in the sentence before it in its article ("Apple
    ... . Its shares were last down 3 percent")."""
    head = unit.source.raw[max(0, unit.start - PREVIOUS_REACH):unit.start].rstrip()
    previous = _SENTENCE_END.split(head.rstrip(".!?"))[-1]
    return named_in(name, unit) or _named_in_text(name, previous)


def measure_mains(by_measure: Mapping[tuple[str, str], list[MeasuredStatement]],
                  event_measures: Iterable[str]) -> dict[str, str]:
    """For each measure that is not an event's own count (those take the event's subject already), the
    subject most sources give it over all its keys (periods, families), when one leads (``main_subject``)."""
    pooled: dict[str, list[MeasuredStatement]] = {}
    events = frozenset(event_measures)
    for (measure, _), items in by_measure.items():
        if measure in events or " (" in measure:
            continue  # (an event's counts; a previous value, an earlier event's figure)
        pooled.setdefault(measure, []).extend(m for m in items if not weak_subject(m.figure.subject))
    out = {}
    for measure, items in pooled.items():
        main = main_subject(items)
        if main:  # (as the sources write it: main_subject gives it in lower case)
            out[measure] = next((m.figure.subject for m in items if (m.figure.subject or "").lower() == main), main)
    return out


def sole_subject(subjects: Sequence[str | None], links: dict[str, frozenset[str]] | None = None) -> str | None:
    """The one name the story gives a measure's figures (at one time and scope: the figures of one key of the claims
    by measure), when every subject read for them names that one thing ("U.S. Steel", "US Steel"): a figure of the
    measure with no subject read is then that name's too ("the transaction came to about $14.1 billion" is the price
    of the one deal the story prices). As the sources write it most often; None when the figures name two things,
    or none, or a subject is a scope in lower case ("the retail portion": a part, not the owner of the whole)."""
    named = Counter(s for s in subjects if s)
    if not named or any(not s[:1].isupper() for s in named):
        return None
    forms = sorted(named, key=lambda s: (-named[s], s))
    if all(one_subject(a, b, links) for n, a in enumerate(forms) for b in forms[n + 1:]):
        return forms[0]
    return None


Gathered = list[tuple[list[MeasuredStatement], str | None]]  # a measure's groups: members and subject


def join_sole_subject(gathered: Gathered, subjects: Sequence[str | None], links: dict[str, frozenset[str]] | None,
                      published: Mapping[str, str | None], table: RateTable | None) -> Gathered:
    """A measure's groups with each group of statements with no subject read that two or more sources give joined
    to the group of the one name the story gives the measure's figures (``subjects``, read for each figure;
    :func:`sole_subject`): one thing, named by some sources only ("the transaction came to about $14.1 billion"
    and "the $14.9 billion purchase of U.S. Steel"). A lone source's statement is not joined (a figure read for the measure by mistake: "tariffs on its
    exports to fall to 15%") unless its sentence, or the one before it, names the sole name ("Argentina ... the $44
    billion it already owes" when the story gives the debt to Argentina alone; "Apple ... . Its shares were last down
    3 percent"), nor a group of another kind of the measure
    ("aftershock" magnitudes), nor amounts ``FAR_AMOUNT`` times off every amount of the named group (another
    thing's)."""
    sole = sole_subject(subjects, links)
    if sole is None:
        return gathered
    named = [k for k, (_, label) in enumerate(gathered) if label and one_subject(label, sole, links)]
    if not named:
        return gathered
    home = max(named, key=lambda k: (_n_sources(gathered[k][0]), -k))  # (the claim most sources name)
    target = gathered[home][0]
    out: Gathered = []
    for k, (members, label) in enumerate(gathered):
        if k != home and label is None and _joins(members, target, published, table, sole):
            target.extend(members)
        else:
            out.append((members, label))
    return out


def _n_sources(members: list[MeasuredStatement]) -> int:
    return len({o.source.id for m in members for o in m.unit.occurrences})


def _joins(members: list[MeasuredStatement], target: list[MeasuredStatement], published: Mapping[str, str | None],
           table: RateTable | None, sole: str) -> bool:
    """Whether an unnamed group joins the sole named group (see :func:`join_sole_subject`): two or more sources (or
    one whose sentences, or the sentences before them, name ``sole``), the same kind of the measure, and values not
    told apart: no source gives the two groups values ``FAR_AMOUNT`` times apart ("more than 150,000 employees" and
    "about 23,000 employees": the buyer's and the bought's; a price agreed and the one paid are two readings of one
    deal's), nor are all the group's values that far off."""
    lone = _n_sources(members) < 2 and not all(named_near(sole, m.unit) for m in members)
    if lone or {kind_of(m) for m in members} != {kind_of(m) for m in target}:
        return False
    mine, theirs = _source_values(members, published, table), _source_values(target, published, table)
    if any(not any(_near(v, w) for v in mine[s] for w in theirs[s]) for s in mine.keys() & theirs.keys()):
        return False
    return not mine or not theirs or any(_near(v, w) for vs in mine.values() for v in vs for ws in theirs.values()
                                          for w in ws)


def _near(v: float, w: float) -> bool:
    """Whether two values are less than ``FAR_AMOUNT`` times apart."""
    return max(v, w) < FAR_AMOUNT * min(v, w)


def _source_values(members: list[MeasuredStatement], published: Mapping[str, str | None],
                   table: RateTable | None) -> dict[str, list[float]]:
    """Each source's positive values in a group (amounts converted at their article's date)."""
    out: dict[str, list[float]] = {}
    days = dict(published)
    for m in members:
        value = statement_value(m, m.figure.source, days, table) if table is not None else m.figure.low or 0.0
        if value > 0:
            for o in m.unit.occurrences:
                out.setdefault(o.source.id, []).append(value)
    return out


def another_time(item: MeasuredStatement, published: Mapping[str, str | None]) -> bool:
    """Whether the figure's sentence names a year before its article's ("Nach der Strafe von 4,3 Milliarden
    Euro im Jahr 2018"): the figure may be another time's, so it does not default to the measure's main claim."""
    day = published.get(item.unit.source.id) or ""
    year = int(day[:4]) if day[:4].isdigit() else None
    return any(f.kind == "year" and f.low and (year is None or f.low < year) for f in item.unit.figures)


# A year right after a count, in its clause: "the CDC recording 285 measles cases in 2024" (the phrase begins at
# most YEAR_REACH characters after the count, before any mark that ends the clause: ``_year_after``).
_YEAR_PHRASE = lazy_compile(r"\b(?:in|during|for|of)\s{1,3}(?:all\s{1,3}of\s{1,3})?((?:19|20)\d\d)\b")
_CLAUSE_MARK = lazy_compile(r"[.;:,]")
YEAR_REACH = 40
YEAR_PHRASE_LONGEST = 30  # characters of the longest phrase ("during   all   of   2024")


def _year_after(text: str, pos: int) -> re.Match | None:
    """The year phrase after ``pos`` in its clause (two searches within a window, not a pattern that tries every
    start of a long text again)."""
    end = min(len(text), pos + YEAR_REACH + YEAR_PHRASE_LONGEST)
    stop = _CLAUSE_MARK.search(text, pos, end)
    m = _YEAR_PHRASE.search(text, pos, stop.start() if stop else end)
    return m if m is not None and m.start() - pos <= YEAR_REACH else None


def dated_earlier(item: MeasuredStatement, published: Mapping[str, str | None]) -> bool:
    """Whether the count is dated, right after it, to a year before its article's ("285 measles cases in 2024" in an
    article of 2025; an undated article is of the latest year the sources are published in): another time's
    count, which no group of the event's takes by default, value or wording. (A share of an earlier year is the
    mark the event's is weighed against: "79.4%, the highest since the voting rate recorded 80.7% in 1997".)"""
    m = _year_after(item.unit.text, item.figure.end - item.unit.start)
    if m is None or item.figure.kind != "count":
        return False
    day = published.get(item.unit.source.id) or max((d for d in published.values() if d), default="")
    return day[:4].isdigit() and int(m.group(1)) < int(day[:4])


def main_home(item: MeasuredStatement, main: str, clusters: list[list[MeasuredStatement]], labels: list[str | None],
              links: dict[str, frozenset[str]] | None, fits: Callable[[MeasuredStatement, int], bool],
              published: Mapping[str, str | None], table: RateTable | None) -> tuple[int | None, str | None]:
    """The group of the measure's main subject ``main`` that a figure with no subject joins (its index), and the
    label of a group it starts when there is none: ``main`` again, or None for an amount ``FAR_AMOUNT`` times off
    the main claim's (another thing's: "$2 trillion" is no price of a "$32 billion" deal)."""
    for k, label in enumerate(labels):
        if not label or not one_subject(label, main, links) or not fits(item, k):
            continue
        if item.figure.kind != "money" or table is None:
            return k, main
        value = statement_value(item, item.figure.source, dict(published), table)
        values = [statement_value(m, m.figure.source, dict(published), table) for m in clusters[k][:SAMPLE]]
        if value > 0 and any(v > 0 and max(v, value) / min(v, value) < FAR_AMOUNT for v in values):
            return k, main
        return None, None
    return None, main
