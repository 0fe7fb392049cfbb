"""Claims aligned by what their figures measure: one claim per measure (and subject) across sources.

Every figure whose measure is a known one (``measure_names.MEASURE_WORDS``: dead, missing, storeys, homes,
an investment, a fund, ...) is a statement about that measure. Statements about the same measure of
the same subject form one claim, across sources and sentences, however they are worded; statements
about different measures never do. For event measures (casualties, damage, a duration) the measure
and subject suffice; for money and other measures, which an article may give for several things (two
investments, a fund and a contract), two statements also need shared wording
(``MIN_SHARED_CONTEXT`` words) or the same period or date.

The verdict weighs each source's first figure for the measure against the others' (see
:mod:`briefing_tui.compare.tolerance`). When they differ and the sources carry different dates, the
claim gets a timeline in publication order and says whether the figure grew in that order
(developing) or not (a conflict).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.age_roles import split_lone_ages
from briefing_tui.compare.change_amounts import change_of, split_changes
from briefing_tui.compare.earlier import EARLIER, earlier_marks, lone_years
from briefing_tui.compare.entity_links import alias_links, with_alias_links
from briefing_tui.compare.event_place import event_place
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measure_inference import unsaid_measures
from briefing_tui.compare.measure_links import link_names
from briefing_tui.compare.language_homes import other_language_home
from briefing_tui.compare.lone_groups import join_lone_unnamed
from briefing_tui.compare.contest_shares import apart_rivals, project_shares
from briefing_tui.compare.event_whole import parts_alone, whole_groups
from briefing_tui.compare.measured_merge import join_by_current, merge_same_value, split_far_values, title_subject
from briefing_tui.compare.measured_types import (
    EVENT_MEASURES,
    PREVIOUS,
    SAME_VALUE,
    MeasuredGroup,
    MeasuredStatement,
    kind_of,
    measure_base,
    same_value,
    statement_value,
    value_bucket,
)
from briefing_tui.compare.group_subjects import (broad_subject, file_under, index_tokens, measure_subjects, named_subject,
                                                referenced_place, subject_home, subject_name, subjects_in_sources,
                                                unnamed_person, unscoped_sentence)
from briefing_tui.compare.measure_kinds import OWN_KINDS
from briefing_tui.compare.measure_periods import period_mark, period_of
from briefing_tui.compare.open_measures import add_open_measures, one_value_per_source
from briefing_tui.compare.part_whole import parted_places, without_parts
from briefing_tui.compare.owner_links import with_owner_links
from briefing_tui.compare.value_join import join_same_values
from briefing_tui.compare.story_dates import undated_at_earliest
from briefing_tui.compare.state_homes import fitting_groups
from briefing_tui.compare.subject_fallback import another_time, dated_earlier, join_sole_subject, main_home, measure_mains
from briefing_tui.compare.measures import MONEY_MEASURES, PEOPLE_MEASURES, WORD_MEASURE
from briefing_tui.compare.scopes_of_place import main_subject, place_names, wholes_of_parts
from briefing_tui.compare.same_subject import place_links, same_subject
from briefing_tui.compare.sentence_subjects import sentence_subject
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.units import Unit
from briefing_tui.compare.verdict import figure_context
from briefing_tui.model import Entity, Figure


# Measures besides an event's counts whose figure in a sentence opening on a time long past is another one:
# "In 2018, the company was fined €5 billion" is an earlier fine, not this one. (Acts, not statistics: "Last year,
# vehicles made up 28% of exports" is the latest figure of the exports.)
DATED_AMOUNTS = frozenset("magnitude fine compensation bail bribes sale".split())


def _key_figures(unit: Unit) -> list[Figure]:
    """The unit's figures that name a known measure (the current values, not "from X" ones)."""
    return [f for f in unit.figures if is_key_figure(f)]


MIN_SHARED_CONTEXT = 2  # content words around two figures of another measure, for them to be one claim


def _overlap(a: MeasuredStatement, b: MeasuredStatement) -> int:
    """How many content words the two figures' surroundings share, besides words naming a measure (those
    two statements of one measure share anyway)."""
    return len({w for w in figure_context(a.unit, a.figure) & figure_context(b.unit, b.figure)
                if w not in WORD_MEASURE})


def _with_sentence_subject(item: MeasuredStatement) -> Figure:
    """The item's figure, with the subject its sentence gives it when none was read for it."""
    own = sentence_subject(item)
    return replace(item.figure, subject=own) if own else item.figure


def measured_groups(units: Sequence[Unit], published: dict[str, str | None] | None = None,
                    table: RateTable | None = None, names: frozenset[str] | None = None,
                    entities: Sequence[Entity] = ()) -> list[MeasuredGroup]:
    """Groups of statements about one measure, from at least two sources (single-source measures stay
    with the wording-aligned claims).

    First the statements with a subject gather by subject ("CDU" and "CDU/CSU" are one); then each
    statement without one joins the group it shares most words with around its figure (for an event
    measure, the best group whatever the overlap; for another measure, only with ``MIN_SHARED_CONTEXT``
    words in common or the same value as a member: "$550 billion" and "$550 billion"), or starts a group
    of its own. ``names`` (lower-case words of names) filters subjects that are no names; the names of one of
    ``entities`` are subjects that name one thing (:func:`~briefing_tui.compare.entity_links.alias_links`).
    """
    published = published or {}
    unsaid_measures(units)
    project_shares(units)
    links = apart_rivals(with_alias_links(with_owner_links(place_links(u.text for u in units), (u.text for u in units)),
                                          alias_links(entities)), units)
    # ("forfeiture" and "fine"; "a $550 billion loan", "$550 billion of investment": one measure)
    link_names(units, published, table, links)
    # subjects two sources give to some measure are names, whatever measure a figure of theirs gives
    everywhere = subjects_in_sources([MeasuredStatement(u, f) for u in units for f in _key_figures(u)])
    told = measure_subjects((f for u in units for f in _key_figures(u)), place_names(units))
    by_measure: dict[tuple[str, str], list[MeasuredStatement]] = defaultdict(list)
    earlier: dict[int, str | None] = {}
    # an undated article is as recent as the story's earliest dated one, for telling an earlier event's figures
    story = undated_at_earliest(published)
    marked: list[tuple[Unit, Figure, str, str, str]] = []
    for u in units:
        for f in _key_figures(u):
            # A previous value ("from 25 percent") is a claim of its own: what the measure was before.
            base, year = measure_base(f.measure), ""  # "punitive compensation" is a kind of compensation
            if base in EVENT_MEASURES or base in DATED_AMOUNTS:  # (an event's counts; "Last year, vehicles made up
                # 28% of exports" is the latest statistic, not another event's)
                suffix, year = earlier_marks(u, f, story, earlier)  # ("In October 2023, ...": another event's)
                base += suffix
            # (a movement over the year to date is not the one on the day: measure_periods)
            marked.append((u, f, base, _family(f) + period_mark(u.text, u.start, f), year))
    years = lone_years([(base, rest, year) for _, _, base, rest, year in marked if base.endswith(EARLIER)])
    for u, f, base, rest, year in marked:
        year = year or years.get((base, rest), "")
        key = (base if f.role == "current" else f"{base}{PREVIOUS}", _family(f) + year + rest[len(_family(f)):])
        by_measure[key].append(MeasuredStatement(u, f))
    # the subject most sources give to the event's counts, whatever the measure (the country a quake struck):
    # a measure whose own figures name it too seldom still takes it as the event's
    corpus_main = event_place(units, [m for (measure, _), items in by_measure.items()
                                       if _bare(measure) in PLACED_MEASURES
                                       for m in items])
    # (a place one source gives a toll of beside the larger place's: a part, never that place's toll)
    parted = parted_places((m for (k, _), ms in by_measure.items() if _bare(k) in PLACED_MEASURES for m in ms),
                           links, corpus_main)
    opened = add_open_measures(units, by_measure)  # (measures the closed vocabulary lacks: no main claim)
    mains = measure_mains(by_measure, EVENT_MEASURES | opened)
    groups = []
    home: dict[tuple[str, int], int] = {}  # (source, start) of a current figure -> its group's index
    for measure, family in sorted(by_measure):
        items = by_measure[measure, family]
        if len({o.source.id for m in items for o in m.unit.occurrences}) < 2:
            continue  # one source alone: nothing to align
        bare = _bare(measure)
        event = bare in EVENT_MEASURES
        shared_subjects = subjects_in_sources(items)
        placed = bare in PLACED_MEASURES
        # (a figure with no subject read takes the one its sentence gives the figure before it, sentence_subjects;
        # not a count of places, which a place read for another measure would scope: "rebuild Lahaina ... 2,200 homes")
        subjects = [item.figure.subject if referenced_place(item) else  # (a reference point is a place)
                    subject_name(item.figure if placed else _with_sentence_subject(item), names, shared_subjects | everywhere)
                    for item in items]
        if placed:  # (a toll's parts are places)
            subjects = wholes_of_parts(items, subjects)  # ("224 dead ... 216 in Valencia, seven in Castilla-La Mancha")
        # a distance's subject is its reference point: two places the articles link ("Jalalabad in ...
        # Kunar", "Kabul") are still two points ("27 km from Jalalabad" is not "120 km east of Kabul")
        own_links = {} if measure.startswith("distance") else without_parts(links, parted) if placed else links
        main = main_subject(items, corpus_main if placed else None, places=placed)
        gathered = _gather(items, subjects, event, published, table, main, own_links, mains.get(bare),
                           told[bare] if event else None)
        if not event and measure not in opened:  # (the story's one name for it)
            gathered = join_sole_subject(gathered, subjects, own_links, published, table)
        if table is not None:
            gathered = merge_same_value(gathered, shared_subjects, published, table, own_links)
        if table is not None and bare in MONEY_MEASURES:
            gathered = [part for members, name in gathered for part in split_far_values(members, name, published, table)]
        if table is not None:  # (what a sum or a count changes by, against its level)
            gathered = [part for members, name in gathered for part in split_changes(members, name)]
        if measure.endswith(PREVIOUS):
            gathered = join_by_current(gathered, home)
        if measure in opened:
            gathered = one_value_per_source(gathered, measure, published, table)
        gathered = join_lone_unnamed(gathered, placed, published, table)
        gathered = split_lone_ages(gathered)  # (an age of nobody named nor of a role: single)
        for members, name in gathered:
            sources = {o.source.id for m in members for o in m.unit.occurrences}
            if len(sources) >= 2:
                home.update({(m.figure.source, m.figure.start): len(groups) for m in members})
                kind = next((k for k in map(kind_of, members) if k), None)
                groups.append(MeasuredGroup((f"{kind} {measure}" if kind else measure) + change_of(members) + period_of(family),
                                            title_subject(name, members, own_links), members))
    # statements of one distinctive value ("793 have been discharged") are one claim whatever their readings
    return join_same_values(groups, units, published, table, links) if table is not None else groups


MAX_SAMPLE = 5  # members of a group a newcomer is weighed against


def _gather(items: list[MeasuredStatement], subjects: list[str | None], event: bool,
            published: dict[str, str | None], table: RateTable | None, main: str | None = None,
            links: dict[str, frozenset[str]] | None = None,
            measure_main: str | None = None, known: set[str] | None = None) -> list[tuple[list[MeasuredStatement], str | None]]:
    """Groups of one measure's statements: by subject, then the others where they fit best (see
    ``measured_groups``); one without a subject that fits no group joins (or starts) the group of
    ``measure_main``, the subject most sources give to the measure across the event (:func:`measure_mains`); with
    ``known``, the group of the subject its sentence names (:func:`named_subject`).
    Inverted indexes keep it near linear."""
    clusters: list[list[MeasuredStatement]] = []
    labels: list[str | None] = []
    kinds: list[str | None] = []  # the modifier of a group's measure ("punitive"), once one member gives it
    by_token: dict[str, list[int]] = defaultdict(list)

    def fits(item: MeasuredStatement, k: int) -> bool:
        """A kind ("punitive") never joins another kind's group; a plain measure joins a kind's group,
        and a kind a plain group, only when it gives the same value as a member (then both speak of that
        kind: "$200 million in damages" and "$200 million punitive"; "805 office buildings" is not
        "thousands of buildings")."""
        own, kind = kind_of(item), kinds[k]
        if {own, kind, *(name.split()[0] for name in (own, kind) if name)} & set(OWN_KINDS) and own != kind and clusters[k]:
            return False  # a total and a part of it (or a plain amount equal to it) are two measures; a planned
            # rate and the one in force too; a group's part ("part civilians": toll_parts.py) and the whole toll
        if (own is None) != (kind is None) and clusters[k]:
            return table is not None and any(same_value(item, m, published, table) for m in clusters[k][:MAX_SAMPLE])
        return own is None or kind is None or own == kind

    def new_group(label: str | None) -> int:
        """A new, empty group of subject ``label``; its index."""
        clusters.append([])
        labels.append(label)
        kinds.append(None)
        return len(clusters) - 1

    for item, subject in zip(items, subjects):
        if not subject:
            continue
        tokens = index_tokens(subject, links)
        candidates = sorted({k for t in tokens for k in by_token.get(t, ())})
        home = subject_home(item, subject, candidates, labels, links, fits, main)
        if home is None:
            home = new_group(subject)
        file_under(by_token, tokens, home)
        clusters[home].append(item)
        kinds[home] = kinds[home] or kind_of(item)
    by_word: dict[str, set[int]] = defaultdict(set)
    by_value: dict[tuple, set[int]] = defaultdict(set)

    def index(k: int, item: MeasuredStatement) -> None:
        for w in figure_context(item.unit, item.figure):
            by_word[w].add(k)
        bucket = value_bucket(item, published, table)
        if bucket is not None:
            by_value[bucket].add(k)

    for k, members in enumerate(clusters):
        for m in members[:MAX_SAMPLE]:
            index(k, m)
    for item, subject in zip(items, subjects):
        if subject:
            continue
        name = named_subject(item, known) if known is not None else None
        if name:
            own = next((k for k, n in enumerate(labels) if same_subject(n, name) and fits(item, k)), None)
            if own is None:
                own = new_group(name)
            clusters[own].append(item)
            continue
        candidates = {k for w in figure_context(item.unit, item.figure) for k in by_word.get(w, ())}
        bucket = value_bucket(item, published, table)
        if bucket is not None:
            for shift in (-1, 0, 1):
                candidates |= by_value.get((bucket[0], bucket[1] + shift), set())
        broad = [k for k in range(len(clusters)) if broad_subject(labels[k], main)]
        excluded, wider = whole_groups(parts_alone(item, items, subjects), labels, items, same_subject) \
            if event else (set(), set())  # (a count whose part the source gives "in Kerr County alone")
        broad = sorted(wider) or [k for k in broad if k not in excluded]
        candidates = (candidates - excluded) | wider
        fitting = fitting_groups(item, broad, fits)  # (compare/state_homes.py)
        widest = max(fitting, key=lambda k: (len(clusters[k]), -k)) if event and fitting else None
        if dated_earlier(item, published):
            candidates = set()  # (another year's count: a group of its own)
        elif event and unscoped_sentence(item, main):
            # its sentence's other counts are the event's: so is this one (a group of its own if none yet)
            candidates = {widest} if widest is not None else set()
        elif widest is not None:
            candidates.add(widest)
        best, best_key = None, None
        for k in sorted(candidates):
            if not fits(item, k) or unnamed_person(item, labels[k]):
                continue
            sample = clusters[k][:MAX_SAMPLE]
            shared = max(_overlap(item, m) for m in sample)
            equal = table is not None and any(same_value(item, m, published, table) for m in sample)
            scoped = event and not broad_subject(labels[k], main) and k not in wider  # (another place's: by value only)
            if not ((event and not scoped) or (shared >= MIN_SHARED_CONTEXT and not scoped) or equal):
                continue  # (a group scoped to counted places takes an unscoped figure only by wording or value)
            # (the very value beats a close one: "216" joins "216 in Valencia", not "224")
            exact = equal and any(m.figure.low == item.figure.low and m.unit.source.id != item.unit.source.id
                                       for m in sample)
            key = (equal, exact, shared, len(clusters[k]))
            if best_key is None or key > best_key:
                best, best_key = k, key
        fallback = None
        if best is None and not event and measure_main and not another_time(item, published):  # (b) the main claim
            best, fallback = main_home(item, measure_main, clusters, labels, links, fits, published, table)
        if best is None and not event:  # (c) in another language than the measure's one claim
            best = other_language_home(item, clusters, fits)
        if best is None:
            best = new_group(fallback)
        clusters[best].append(item)
        kinds[best] = kinds[best] or kind_of(item)
        if len(clusters[best]) <= MAX_SAMPLE:
            index(best, item)
    return list(zip(clusters, labels))


# Measures whose subject is a place (a disaster's casualties and damage): they may take the event's place as
# their main subject; an election's seats and votes are parties', never one "main" party's.
PLACED_MEASURES = PEOPLE_MEASURES | {"dead", "homes", "buildings", "storeys"}


def _bare(measure: str) -> str:
    """The measure without its marks of a previous value or an earlier event."""
    return measure.removesuffix(PREVIOUS).removesuffix(EARLIER)


def _family(f: Figure) -> str:
    """Figures that can be weighed against each other: money with money, shares with shares, counts
    with counts of the same unit (km with miles, given in km)."""
    if f.kind == "count":
        return f"count:{f.unit}" if f.unit in ("km", "km/h", "m", "mm", "t", "kg", "ha") else "count"
    return f.kind
