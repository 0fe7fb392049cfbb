"""Claims aligned by what their figures measure: one claim per measure (and subject) across sources.

Every figure whose measure is a known one (``measures.MEASURE_WORDS``: dead, missing, storeys, homes,
an investment, a fund, ...) is a statement about that measure. Statements about the same measure of
the same subject form one claim, across sources and sentences, however they are worded; statements
about different measures never do. For event measures (casualties, damage, a duration) the measure
and subject suffice; for money and other measures, which an article may give for several things (two
investments, a fund and a contract), two statements also need some shared wording
(``MONEY_LINK``) or the same period or date.

The verdict weighs each source's first figure for the measure against the others' (see
:mod:`briefing_tui.compare.tolerance`). When they differ and the sources carry different dates, the
claim gets a timeline in publication order and says whether the figure grew in that order
(developing) or not (a conflict).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.stance import Cue
from briefing_tui.compare.measures import MONEY_MEASURES, WORD_MEASURE
from briefing_tui.compare.subjects import MIN_STEM, NAME_WORDS, one_subject, place_links, same_subject
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.titles import value_text
from briefing_tui.compare.tolerance import compare_figures
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_context
from briefing_tui.model import Figure, TimePoint

# Measures an event has one of (its death toll, its duration): the measure and subject align alone.
EVENT_MEASURES = frozenset(
    "dead injured missing displaced hospitalised rescued arrested affected storeys homes buildings residents "
    "hours firefighters votes seats aftershocks trapped turnout".split())
PREVIOUS = " (before)"  # a measure's previous value, as in "fell from 25 percent to 15 percent"


@dataclass(slots=True)
class MeasuredStatement:
    """One figure of one unit that a measured claim is about."""

    unit: Unit
    figure: Figure


@dataclass(slots=True)
class MeasuredGroup:
    """Statements about one measure (and subject) from two or more sources, with the verdict's facts."""

    measure: str
    subject: str | None
    members: list[MeasuredStatement]
    verdict: str = "agree"
    reasons: list[str] | None = None
    conflicts: list[tuple[Figure, Figure]] | None = None
    timeline: list[TimePoint] | None = None
    developing: bool | None = None
    conflicted: set[tuple[str, int]] | None = None  # (source, figure start) of every conflicting figure
    firsts: dict[str, Figure] | None = None  # the figure each source is weighed by


def _key_figures(unit: Unit) -> list[Figure]:
    """The unit's figures that name a known measure (the current values, not "from X" ones)."""
    return [f for f in unit.figures if is_key_figure(f)]


MIN_SHARED_CONTEXT = 2  # content words around two figures of another measure, for them to be one claim


def _overlap(a: MeasuredStatement, b: MeasuredStatement) -> int:
    """How many content words the two figures' surroundings share, besides words naming a measure (those
    two statements of one measure share anyway)."""
    return len({w for w in figure_context(a.unit, a.figure) & figure_context(b.unit, b.figure)
                if w not in WORD_MEASURE})


def _subject(f: Figure, names: frozenset[str] | None, shared: frozenset[str] = frozenset()) -> str | None:
    """The figure's subject if it is a name: written capitalised mid-sentence somewhere in the corpus, or
    given as this measure's subject by two sources (a capitalised first word, "Powerful", is no name);
    every subject when ``names`` is None."""
    if not f.subject or names is None:
        return f.subject
    words = {w for w in f.subject.lower().replace("/", " ").split()}
    return f.subject if words & names or f.subject.lower() in shared else None


def _subjects_in_sources(items: list[MeasuredStatement]) -> frozenset[str]:
    """Subjects (lower case) that two or more sources give for the measure."""
    seen: dict[str, set[str]] = defaultdict(set)
    for m in items:
        if m.figure.subject:
            seen[m.figure.subject.lower()].add(m.unit.source.id)
    return frozenset(s for s, sources in seen.items() if len(sources) >= 2)


def measured_groups(units: Sequence[Unit], published: dict[str, str | None] | None = None,
                    table: RateTable | None = None, names: frozenset[str] | None = None) -> list[MeasuredGroup]:
    """Groups of statements about one measure, from at least two sources (single-source measures stay
    with the wording-aligned claims).

    First the statements with a subject gather by subject ("CDU" and "CDU/CSU" are one); then each
    statement without one joins the group it shares most words with around its figure (for an event
    measure, the best group whatever the overlap; for another measure, only with ``MIN_SHARED_CONTEXT``
    words in common or the same value as a member: "$550 billion" and "$550 billion"), or starts a group
    of its own. ``names`` (lower-case words of names) filters subjects that are no names.
    """
    published = published or {}
    _carry_measures(units)
    _inherit_measures(units)
    links = place_links(u.text for u in units)
    # subjects two sources give to some measure are names, whatever measure a figure of theirs gives
    everywhere = _subjects_in_sources([MeasuredStatement(u, f) for u in units for f in _key_figures(u)])
    by_measure: dict[tuple[str, str], list[MeasuredStatement]] = defaultdict(list)
    for u in units:
        for f in _key_figures(u):
            # A previous value ("from 25 percent") is a claim of its own: what the measure was before.
            base = f.measure.split()[-1]  # "punitive compensation" is a kind of compensation
            key = (base if f.role == "current" else f"{base}{PREVIOUS}", _family(f))
            by_measure[key].append(MeasuredStatement(u, f))
    groups = []
    for measure, family in sorted(by_measure):
        items = by_measure[measure, family]
        if len({o.source.id for m in items for o in m.unit.occurrences}) < 2:
            continue  # one source alone: nothing to align
        event = measure.removesuffix(PREVIOUS) in EVENT_MEASURES
        shared_subjects = _subjects_in_sources(items)
        subjects = [_subject(item.figure, names, shared_subjects | everywhere) for item in items]
        gathered = _gather(items, subjects, event, published, table, main_subject(items), links)
        if table is not None:
            gathered = _merge_same_value(gathered, shared_subjects, published, table, links)
        if table is not None and measure.removesuffix(PREVIOUS) in MONEY_MEASURES:
            gathered = [part for members, name in gathered for part in _split_far_values(members, name, published, table)]
        for members, name in gathered:
            sources = {o.source.id for m in members for o in m.unit.occurrences}
            if len(sources) >= 2:
                kind = next((k for k in map(_kind_of, members) if k), None)
                groups.append(MeasuredGroup(f"{kind} {measure}" if kind else measure, _title_subject(name, members),
                                            members))
    return groups


FAR_APART = 2.0  # amounts this many times apart, each given by two sources or more, price two things


def _split_far_values(members: list[MeasuredStatement], name: str | None, published: dict[str, str | None],
                      table: RateTable) -> list[tuple[list[MeasuredStatement], str | None]]:
    """A group of amounts whose values fall in clusters ``FAR_APART`` times apart, each cluster given by two
    sources or more, is one group per cluster: "$129 million in compensatory damages" awarded in all and
    Tesla's "$43 million in compensatory damages" are two things, not a disagreement (a lone far value
    stays: it may be the real conflict)."""
    valued = sorted(((_value(m, m.figure.source, published, table), k) for k, m in enumerate(members)),
                    key=lambda vk: vk[0])
    clusters: list[list[int]] = []
    previous = None
    for value, k in valued:
        if previous is None or value <= 0 or previous <= 0 or value / previous >= FAR_APART:
            clusters.append([])
        clusters[-1].append(k)
        previous = value
    if len(clusters) < 2 or any(len({members[k].unit.source.id for k in c}) < 2 for c in clusters):
        return [(members, name)]
    return [([members[k] for k in sorted(c)], name) for c in clusters]


def _title_subject(label: str | None, members: list[MeasuredStatement]) -> str | None:
    """The subject a group's title names: the one most of its sources give within its label, a single name
    before names given together ("Toyota" before "Toyota and Honda")."""
    if label is None:
        return None
    counts: dict[str, set[str]] = defaultdict(set)
    for m in members:
        if m.figure.subject and same_subject(m.figure.subject, label):
            counts[m.figure.subject].add(m.unit.source.id)
    if not counts:
        return label
    return min(counts, key=lambda s: (" and " in s, -len(counts[s]), len(s), s))


def _modal_value(members: list[MeasuredStatement], published: dict[str, str | None], table: RateTable) -> float | None:
    """The value most sources of a group give (money converted), or None."""
    counts: dict[float, set[str]] = defaultdict(set)
    for m in members:
        value = _value(m, m.figure.source, published, table)
        if value:
            counts[round(value, 6)].add(m.unit.source.id)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (len(kv[1]), -kv[0]))[0]


def _labels_fit(a: str | None, b: str | None, members: list[MeasuredStatement], shared: frozenset[str],
                links: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two groups' subjects may be one: either unknown, one the other ("Thai", "Thailand"), a
    member's subject covering both ("CDU/CSU" for "CDU" and "CSU"), or one given by a single source only
    (an aside: "its Asian ally")."""
    if a is None or b is None or one_subject(a, b, links):
        return True
    if any(m.figure.subject and same_subject(m.figure.subject, a) and same_subject(m.figure.subject, b)
           for m in members):
        return True
    return a.lower() not in shared or b.lower() not in shared


def _merge_same_value(gathered: list[tuple[list[MeasuredStatement], str | None]], shared: frozenset[str],
                      published: dict[str, str | None], table: RateTable,
                      links: dict[str, frozenset[str]] | None = None) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of one measure that give the same value (the one most of their sources give) and whose
    subjects may be one are one group: "Japan's investment: $550 bn" and "Tokyo's $550 bn pledge".
    Groups are swept in order of value; each is weighed against the few kept groups just below it."""
    valued = sorted(((_modal_value(members, published, table), k) for k, (members, _) in enumerate(gathered)),
                    key=lambda vk: (vk[0] is None, vk[0] or 0.0, vk[1]))
    kept: list[list] = []  # [members, label, value, kind]
    out: list[list] = []
    for value, k in valued:
        members, label = list(gathered[k][0]), gathered[k][1]
        kind = next((x for x in map(_kind_of, members) if x), None)
        home = None
        if value is not None:
            for other in reversed(kept[-MERGE_REACH:]):
                if value - other[2] > SAME_VALUE * value:
                    break
                if (kind and other[3] and kind != other[3]) or not _labels_fit(other[1], label, other[0] + members, shared, links):
                    continue
                home = other
                break
        if home is None:
            entry = [members, label, value, kind]
            out.append(entry)
            if value is not None:
                kept.append(entry)
            continue
        home[0].extend(members)
        if home[1] is None or (label and label.lower() in shared and home[1].lower() not in shared):
            home[1] = label
        home[3] = home[3] or kind
    return [(members, label) for members, label, _, _ in out]


MERGE_REACH = 8  # groups below a group's value that it is weighed against for a merge


# Nouns that stand for the measure just named ("The new total of 1,644", "the tally rose to", "1,002 total").
_ANAPHORIC = re.compile(r"\b(?:total|tally|figure|number|count|balance)(?:\s+(?:of|at|to|stood at|rose to|reached))?\s*$",
                        re.I)
ANAPHORIC_HEADS = frozenset("total tally figure number count balance".split())


def _carry_measures(units: Sequence[Unit]) -> None:
    """A count named only by a noun that stands for a measure ("The new total of 1,644 is a sharp rise over
    the 1,002 total") counts what the source's figure just before it counts (its previous sentence's
    "death toll rose to more than 1,600"), with its subject."""
    from dataclasses import replace

    last: dict[str, Figure] = {}
    for u in sorted(units, key=lambda u: (u.source_rank, u.start)):
        for k, f in enumerate(u.figures):
            if f.kind == "count" and (f.measure is None or f.measure in ANAPHORIC_HEADS):
                before = u.text[max(0, f.start - u.start - 30):f.start - u.start]
                prior = last.get(u.source.id)
                if prior is not None and (f.measure in ANAPHORIC_HEADS or _ANAPHORIC.search(before)):
                    u.figures[k] = f = replace(f, measure=prior.measure, subject=f.subject or prior.subject)
            if f.kind == "count" and is_key_figure(f) and f.role == "current":
                last[u.source.id] = f


def _inherit_measures(units: Sequence[Unit]) -> None:
    """A share that names no measure but a subject ("the AfD came in second with 20.8%") measures what
    the corpus's other shares of that subject measure, when they agree on one (the AfD's "20.8% of the
    vote"). The figure is replaced in its unit (its statement then shows the measure)."""
    from dataclasses import replace

    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                for token in _subject_tokens(f.subject):
                    seen[token][f.measure] += 1
    if not seen:
        return
    overall: dict[str, int] = defaultdict(int)
    for u in units:
        for f in u.figures:
            if f.kind == "percent" and f.subject and is_key_figure(f):
                overall[f.measure] += 1
    for u in units:
        for k, f in enumerate(u.figures):
            if f.kind != "percent" or f.measure or not f.subject or f.role != "current":
                continue
            votes: dict[str, int] = defaultdict(int)
            for token in _subject_tokens(f.subject):
                for measure, n in seen.get(token, {}).items():
                    votes[measure] += n
            if not votes:
                votes = overall  # a subject no share names a measure for: what the subjects' shares measure
            if votes:
                ranked = sorted(votes.items(), key=lambda mv: (-mv[1], mv[0]))
                if len(ranked) == 1 or ranked[0][1] >= INHERIT_MAJORITY * ranked[1][1]:
                    u.figures[k] = replace(f, measure=ranked[0][0])


INHERIT_MAJORITY = 2  # a subject's shares must name one measure at least twice as often as any other


MAX_SAMPLE = 5  # members of a group a newcomer is weighed against
VALUE_BUCKETS = 20  # value buckets per power of ten (about 12% wide), to find groups with the same value


def _gather(items: list[MeasuredStatement], subjects: list[str | None], event: bool,
            published: dict[str, str | None], table: RateTable | None, main: str | None = None,
            links: dict[str, frozenset[str]] | None = None) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of one measure's statements: by subject, then the others where they fit best (see
    ``measured_groups``). Inverted indexes keep it near linear in the statements."""
    clusters: list[list[MeasuredStatement]] = []
    labels: list[str | None] = []
    kinds: list[str | None] = []  # the modifier of a group's measure ("punitive"), once one member gives it
    by_token: dict[str, list[int]] = defaultdict(list)

    def fits(item: MeasuredStatement, k: int) -> bool:
        """A kind ("punitive") never joins another kind's group; a plain measure joins a kind's group,
        and a kind a plain group, only when it gives the same value as a member (then both speak of that
        kind: "$200 million in damages" and "$200 million punitive"; "805 office buildings" is not
        "thousands of buildings")."""
        own, kind = _kind_of(item), kinds[k]
        if (own is None) != (kind is None) and clusters[k]:
            return table is not None and any(_same_value(item, m, published, table) for m in clusters[k][:MAX_SAMPLE])
        return own is None or kind is None or own == kind

    for item, subject in zip(items, subjects):
        if not subject:
            continue
        tokens = _index_tokens(subject, links)
        candidates = sorted({k for t in tokens for k in by_token.get(t, ())})
        home = next((k for k in candidates if one_subject(labels[k], subject, links)
                     and fits(item, k)), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
            labels.append(subject)
            kinds.append(None)
            for t in tokens:
                by_token[t].append(home)
        clusters[home].append(item)
        kinds[home] = kinds[home] or _kind_of(item)
    by_word: dict[str, set[int]] = defaultdict(set)
    by_value: dict[tuple, set[int]] = defaultdict(set)

    def index(k: int, item: MeasuredStatement) -> None:
        for w in figure_context(item.unit, item.figure):
            by_word[w].add(k)
        bucket = _bucket(item, published, table)
        if bucket is not None:
            by_value[bucket].add(k)

    for k, members in enumerate(clusters):
        for m in members[:MAX_SAMPLE]:
            index(k, m)
    for item, subject in zip(items, subjects):
        if subject:
            continue
        candidates = {k for w in figure_context(item.unit, item.figure) for k in by_word.get(w, ())}
        bucket = _bucket(item, published, table)
        if bucket is not None:
            for shift in (-1, 0, 1):
                candidates |= by_value.get((bucket[0], bucket[1] + shift), set())
        broad = [k for k in range(len(clusters)) if _broad(labels[k], main)]
        if event and broad:
            candidates.add(max(broad, key=lambda k: (len(clusters[k]), -k)))
        best, best_key = None, None
        for k in sorted(candidates):
            if not fits(item, k):
                continue
            sample = clusters[k][:MAX_SAMPLE]
            shared = max(_overlap(item, m) for m in sample)
            same_value = table is not None and any(_same_value(item, m, published, table) for m in sample)
            scoped = event and not _broad(labels[k], main)  # (another place's count takes a figure by value only)
            if not ((event and not scoped) or (shared >= MIN_SHARED_CONTEXT and not scoped) or same_value):
                continue  # (a group scoped to counted places takes an unscoped figure only by wording or value)
            key = (same_value, shared, len(clusters[k]))
            if best_key is None or key > best_key:
                best, best_key = k, key
        if best is None:
            best = len(clusters)
            clusters.append([])
            labels.append(None)
            kinds.append(None)
        clusters[best].append(item)
        kinds[best] = kinds[best] or _kind_of(item)
        if len(clusters[best]) <= MAX_SAMPLE:
            index(best, item)
    return list(zip(clusters, labels))


def _broad(label: str | None, main: str | None = None) -> bool:
    """Whether a group's subject may take an unscoped figure of an event measure: none, or the event's
    main subject (``main``: "Myanmar", when the sources name one; else any name); not another place
    ("Bangkok", where a building fell) nor a set of counted places ("three construction sites"),
    which only scope."""
    if label is None:
        return True
    return main is not None and bool(same_subject(label, main))


def main_subject(items: Sequence[MeasuredStatement]) -> str | None:
    """The subject most sources give to a measure's figures (the country a disaster struck), when it is
    given by at least half of the sources that give the measure and by at least ``MAIN_LEAD`` times as
    many as any other subject (an election's parties are no one main subject); None otherwise."""
    by_subject: dict[str, set[str]] = defaultdict(set)
    sources: set[str] = set()
    for m in items:
        sources.add(m.unit.source.id)
        if m.figure.subject:
            by_subject[m.figure.subject.lower()].add(m.unit.source.id)
    if not by_subject:
        return None
    ranked = sorted(by_subject.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best, holders = ranked[0]
    runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
    if len(holders) >= 2 and len(holders) * 2 >= len(sources) and len(holders) >= MAIN_LEAD * runner_up:
        return best
    return None


MAIN_LEAD = 2  # the main subject is given by at least twice as many sources as any other


def _kind_of(item: MeasuredStatement) -> str | None:
    """The modifier of the statement's measure ("punitive" in "punitive compensation"), or None."""
    words = (item.figure.measure or "").split()
    return " ".join(words[:-1]) or None


def _family(f: Figure) -> str:
    """Figures that can be weighed against each other: money with money, shares with shares, counts
    with counts of the same unit (km with miles, given in km)."""
    if f.kind == "count":
        return f"count:{f.unit}" if f.unit in ("km", "km/h", "m", "t", "kg", "ha") else "count"
    return f.kind


def _index_tokens(subject: str, links: dict[str, frozenset[str]] | None) -> set[str]:
    """Keys under which a subject's group is found: its words' starts ("thai" finds "Thailand") and
    those of the places the articles link to it."""
    names = [subject] + sorted((links or {}).get(subject.lower(), ()))
    return {NAME_WORDS.get(t, t)[:MIN_STEM] for name in names for t in _subject_tokens(name)}


def _subject_tokens(subject: str) -> set[str]:
    import re

    return {t for t in re.split(r"[\s/-]+", subject.lower()) if t}


def _bucket(item: MeasuredStatement, published: dict[str, str | None], table: RateTable | None) -> tuple | None:
    """A coarse value bucket (kind, log step) so that statements with about the same value meet."""
    import math

    value = item.figure.low
    if not value or value <= 0:
        return None
    if item.figure.kind == "money":
        rate = table.rate(item.figure.unit or "", published.get(item.figure.source)) if table else None
        if rate is None:
            return None
        value *= rate.value
    return item.figure.kind, round(math.log10(value) * VALUE_BUCKETS)


SAME_VALUE = 0.05  # two stated values this close (after conversion) are "the same figure"


def _same_value(a: MeasuredStatement, b: MeasuredStatement, published: dict[str, str | None],
                table: RateTable) -> bool:
    """Whether two statements from different sources state the same value (within ``SAME_VALUE``,
    money converted at each article's date): "$550 billion" and "up to $550 billion"."""
    if a.unit.source.id == b.unit.source.id or a.figure.kind != b.figure.kind or "range" in (
            a.figure.qualifier, b.figure.qualifier):
        return False  # (nor is "thousands" the same figure as "over 2,000")
    va, vb = _value(a, a.figure.source, published, table), _value(b, b.figure.source, published, table)
    return bool(va and vb) and abs(va - vb) <= SAME_VALUE * max(va, vb)


def _share_time(a: Unit, b: Unit) -> bool:
    """Whether two sentences give the same period or date (the same "over five years" pledge)."""
    ta = {(f.kind, f.low, f.date_low) for f in a.figures if f.kind in ("period", "date")}
    tb = {(f.kind, f.low, f.date_low) for f in b.figures if f.kind in ("period", "date")}
    return bool(ta & tb)


# Words telling that a value is an earlier state than the article's news ("imports already faced a 10%
# duty", "the previous balance pointed to 3,354").
_EARLIER = re.compile(r"\b(?:already|previous(?:ly)?|earlier|formerly|initially|originally|at first)\b", re.I)


def _best_readings(firsts: dict[str, MeasuredStatement], every: dict[str, list[MeasuredStatement]],
                   published: dict[str, str | None], table: RateTable) -> None:
    """A source giving several values of the measure ("already faced a 10% duty", then "cuts tariffs to 15
    percent") is weighed by the one most other sources' first values agree with (its first one on ties),
    when its first one is told as an earlier state ("already", "previously"). Changes ``firsts`` in place."""
    for source, options in every.items():
        if len({(m.figure.low, m.figure.high) for m in options}) < 2:
            continue
        others = [_moved(firsts[s], s) for s in firsts if s != source]

        def support(m: MeasuredStatement) -> int:
            f = _moved(m, source)
            return sum(1 for o in others if (c := compare_figures(f, o, published, table)) is not None and c.compatible)

        if not _EARLIER.search(firsts[source].unit.text, 0, firsts[source].figure.start - firsts[source].unit.start):
            continue  # (a source contradicting itself is weighed by its first value)
        best = max(options, key=lambda m: (support(m), -options.index(m)))
        if support(best) > support(firsts[source]):
            firsts[source] = best


def judge_measured(group: MeasuredGroup, published: dict[str, str | None], table: RateTable,
                   rank: dict[str, int]) -> None:
    """Fill in the group's verdict, reasons, conflicts, timeline and whether the figure is developing."""
    firsts: dict[str, MeasuredStatement] = {}
    every: dict[str, list[MeasuredStatement]] = defaultdict(list)
    for m in sorted(group.members, key=lambda m: (m.unit.source_rank, m.figure.start)):
        for o in m.unit.occurrences:
            firsts.setdefault(o.source.id, m)
            every[o.source.id].append(m)
    _best_readings(firsts, every, published, table)
    group.firsts = {source: _moved(m, source) for source, m in firsts.items()}
    order = sorted(firsts, key=lambda s: rank.get(s, 0))
    # Sources giving the same reading (value, wording, unit; money also the rate's date) are weighed once.
    readings: dict[tuple, list[str]] = {}
    for source in order:
        f = firsts[source].figure
        day = (published.get(source) or "")[:10] if f.kind == "money" else None
        readings.setdefault((f.kind, f.low, f.high, f.unit, f.qualifier, day), []).append(source)
    keys = list(readings)
    reasons, conflicts, matches = [], [], []
    conflicted: set[tuple[str, int]] = set()
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            sa, sb = readings[ka][0], readings[kb][0]
            fa, fb = _moved(firsts[sa], sa), _moved(firsts[sb], sb)
            check = compare_figures(fa, fb, published, table)
            if check is None:
                continue
            more = len(readings[ka]) + len(readings[kb]) - 2
            evidence = check.evidence + (f" (and {more} more sources alike)" if more else "")
            if check.compatible:
                matches.append(evidence)
            else:
                conflicts.append((fa, fb))
                reasons.append(evidence)
                for source in readings[ka] + readings[kb]:
                    conflicted.add((source, firsts[source].figure.start))
    if len(keys) == 1 and len(order) > 1:
        matches.append(f"{len(order)} sources give {value_text(firsts[order[0]].figure, published.get(order[0]), table)}")
    disputed = [(m, cue) for m in group.members for cue in [_dispute_of(m)] if cue is not None]
    for m, cue in disputed:
        reasons.append(f"{m.unit.source.id} reports the figure disputed: “{cue.text}”")
        conflicted.add((m.figure.source, m.figure.start))
    group.conflicted = conflicted
    group.verdict = "disagree" if conflicts or disputed else "agree"
    group.conflicts = conflicts
    group.reasons = reasons + matches
    points = [TimePoint(s, (published.get(s) or "")[:10] or None, value_text(firsts[s].figure, published.get(s), table),
                        firsts[s].figure.low or 0.0, firsts[s].figure.high or firsts[s].figure.low or 0.0)
              for s in order]
    days = {p.day for p in points if p.day}
    if conflicts and len(days) >= 2:
        points.sort(key=lambda p: (p.day or "9999", rank.get(p.source, 0)))
        # one point per change of value: "12 → 19 → 40 → 52", however many sources repeat a value
        points = [p for k, p in enumerate(points) if not k or (p.text, p.day) != (points[k - 1].text, points[k - 1].day)]
        group.timeline = points
        group.developing = _follows_publication(points, published, table, firsts)
    else:
        group.timeline = []
        group.developing = False if conflicts else None


# Cues by which a source reports a figure disputed ("the U.S. will retain 90% of the profits, but the
# Japanese government disputes this"), not plain negation or framing words.
_DISPUTE_WORDS = re.compile(r"(?:disput|den(?:y|ies|ied)|reject|refut|contradict)", re.I)
DISPUTE_REACH = 80  # characters after a figure within which a disputing cue bears on it


def _dispute_of(m: MeasuredStatement) -> Cue | None:
    """The strong cue, shortly after the figure in its sentence, by which the source reports it disputed."""
    at = m.figure.end - m.unit.start
    for cue in m.unit.cues:
        if cue.strong and 0 <= cue.start - at <= DISPUTE_REACH and _DISPUTE_WORDS.match(cue.text):
            return cue
    return None


def _moved(m: MeasuredStatement, source: str) -> Figure:
    """The statement's figure as given by ``source`` (a recurring sentence has one unit for many sources)."""
    if m.figure.source == source:
        return m.figure
    from dataclasses import replace

    return replace(m.figure, source=source)


def _follows_publication(points: list[TimePoint], published: dict[str, str | None], table: RateTable,
                         firsts: dict[str, MeasuredStatement]) -> bool:
    """Whether the values never go down as the publication dates go up (a count that develops)."""
    dated = [p for p in points if p.day]
    for earlier, later in zip(dated, dated[1:]):
        if later.day == earlier.day:
            check = compare_figures(_moved(firsts[earlier.source], earlier.source),
                                    _moved(firsts[later.source], later.source), published, table)
            if check is not None and not check.compatible:
                return False  # two different figures on the same day: a conflict, not a development
            continue
        if _value(firsts[later.source], later.source, published, table) < \
                _value(firsts[earlier.source], earlier.source, published, table) * 0.999:
            return False
    return True


def _value(m: MeasuredStatement, source: str, published: dict[str, str | None], table: RateTable) -> float:
    f = m.figure
    value = f.low or 0.0
    if f.kind == "money":
        rate = table.rate(f.unit or "", published.get(source))
        value *= rate.value if rate else 1.0
    return value


def is_money_measure(measure: str) -> bool:
    """Whether the measure prices something (a title then gives amounts in one currency too)."""
    return measure in MONEY_MEASURES
