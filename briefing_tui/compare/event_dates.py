"""Claims about when an event happened: "Date of the verdict: Fri 1 Aug · Jul 2025", "Time of the
earthquake: 06:35 (IST) = 01:05 UTC", "Year of the investigation: 2019 · 2020".

Mentions (see :mod:`.event_mentions`) of one kind of event from several sources are one claim, however
worded: they disagree when two sources put the event on days that do not meet or at two instants, only for
a kind a story has one of (a quake, a verdict; not meetings or deadlines, which recur) and only when their
sentences share a word besides the event's and the date's and their names do not tell them apart. Two days
one apart clash unless one is the writer's calendar (a weekday, "yesterday": an outlet in another zone lives
on another day) or the sentence puts the event near midnight ("late Friday", "11:40 pm"): a calendar date
states the event's own day; two clock times given to the minute clash however close. An earlier event's dates
(long before the article) clash only when both give a day, or both give years that date it (years of one kind
of event a story has one of are weighed together: see ``_merge_years``). A date of the report ("the judge
announced on Monday") joins the one claim whose days it meets, never clashes. Kinds of one family (a deadline, a start) are one claim when they agree; a generic
"what happened on April 25" joins the one claim it agrees with. Only claims where two sources' days or times
meet or clash are made: a lone date stays in the claims by wording.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from briefing_tui.compare import when
from briefing_tui.compare.day_relation import relation as _relation
from briefing_tui.compare.day_relation import weighable_ages as _weighable_ages
from briefing_tui.compare.consequence_kinds import as_consequences
from briefing_tui.compare.event_mentions import HEADING, Mention, event_mentions, source_event_lines, stems_of
from briefing_tui.compare.event_group import Group as _Group
from briefing_tui.compare.event_group import in_years as _in_years
from briefing_tui.compare.event_group import meets_all as _meets_all
from briefing_tui.compare.event_join import gives_day as _same_day
from briefing_tui.compare.event_join import weekday_only as _weekday
from briefing_tui.compare.event_readings import cited, reading
from briefing_tui.compare.event_weekdays import weekday_of
from briefing_tui.compare.event_words import CIRCUMSTANCE_KINDS, KINDS, EventKind
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.statement_cache import FigureMemo, SourceFigures
from briefing_tui.compare.story_dates import story_day
from briefing_tui.compare.units import Unit
from briefing_tui.model import VERDICTS, Claim, Source, Statement, TimePoint


def _named_apart(a: Mention, b: Mention, clauses: bool = False) -> bool:
    """Whether two mentions name different things: names written before their nouns that do not meet ("the
    Japan-Central Asia summit" / "the C5+1 summit"); with ``clauses`` also the names of their clauses ("a
    deal with Japan" / "the European Union agreed"), too loose a sign to keep two days apart, enough to
    keep from calling them a conflict."""
    pairs = [(a.event.names, b.event.names)] + ([(a.event.clause_names, b.event.clause_names)] if clauses else [])
    return any(x and y and x.isdisjoint(y) for x, y in pairs)


def _about_one_thing(a: Mention, b: Mention, event_stems: frozenset[str]) -> bool:
    """Whether two mentions may be of one event: their sentences share a word besides the event's and the
    dates' (what the event is about), and the names before their nouns and in their clauses, when both give
    some, meet (the "Japan-Central Asia summit" is not the "C5+1 summit")."""
    return not _named_apart(a, b, clauses=True) and bool((a.stems & b.stems) - event_stems)


_DATE_STEMS = stems_of(" ".join(when.WEEKDAYS) + " january february march april may june july august september "
                     "october november december late early morning afternoon evening night local time")


def _eventstems_of(group: _Group) -> frozenset[str]:
    words = " ".join(m.event.word for m in group.mentions) + " " + " ".join(w for k in group.kinds for w in k.words)
    return stems_of(words) | _DATE_STEMS


def _key(m: Mention) -> tuple:
    """What a mention says (its day interval, or its time and zone): mentions alike are weighed once."""
    return (m.low, m.high) if m.clock is None else (m.clock.minutes, m.clock.zone, m.clock.offset)


MAX_REASONS = 6  # conflicts spelled out in a claim's evidence
MAX_PIVOTS = 24  # distinct readings of a group each mention is weighed against (cost stays linear)


def _torn(group: _Group) -> set[str]:
    """Sources giving two days or times for the group's kind: maybe two events, never a conflict."""
    readings: dict[str, dict[tuple, Mention]] = {}
    for m in group.mentions:
        if m.reported:
            continue
        readings.setdefault(m.source.id, {}).setdefault(_key(m), m)
    return {source for source, own in readings.items()
            if any(_relation(a, b) is False for i, a in enumerate(own.values()) for b in list(own.values())[i + 1:])}


def _judge(group: _Group) -> tuple[list[tuple[Mention, Mention]], list[tuple[Mention, Mention]]]:
    """(conflicting pairs, matching pairs) of mentions from different sources: every mention against the
    first mention of each distinct reading (at most ``MAX_PIVOTS`` of them)."""
    event_stems = _eventstems_of(group)
    torn = _torn(group)
    pivots: dict[tuple, Mention] = {}
    for m in group.mentions:
        pivots.setdefault(_key(m), m)
    chosen = list(pivots.values())[:MAX_PIVOTS]
    conflicts, matches = [], []
    seen: set[tuple[int, int]] = set()
    for p in chosen:
        for m in group.mentions:
            if m.source.id == p.source.id or (id(m), id(p)) in seen:
                continue
            seen.add((id(p), id(m)))
            a, b = (p, m) if (p.source.id, p.start) < (m.source.id, m.start) else (m, p)
            rel = _relation(a, b)
            if rel and not _named_apart(a, b):
                matches.append((a, b))
            elif rel is False and _weighable_ages(a, b) and not a.reported and not b.reported and a.source.id not in torn and b.source.id not in torn \
                    and all(k.once for k in group.kinds) and _about_one_thing(a, b, event_stems):
                conflicts.append((a, b))
    return conflicts, matches


def _agree_all(a: _Group, b: _Group) -> bool:
    """Whether every dated reading of one group gives the day or instant of every one of the other (a weekday of
    an undated article gives its weekday: "collapsed early on Tuesday" / "the collision ... of March 26")."""
    ra = {(_key(x), x.text if not x.low else ""): x for x in a.mentions if x.clock is not None or x.low or _weekday(x)}
    rb = {(_key(y), y.text if not y.low else ""): y for y in b.mentions if y.clock is not None or y.low or _weekday(y)}
    known = [(x, y) for x in ra.values() for y in rb.values() if (x.clock is None) == (y.clock is None)]
    return bool(known) and all(_relation(x, y) is True for x, y in known)


def event_groups(mentions: Sequence[Mention]) -> list[_Group]:
    """Mentions grouped by kind of event and measure (date or time); earlier events' by their day; kinds of
    one family merged when they agree; generic mentions added to the one group they agree with."""
    groups: dict[tuple, _Group] = {}
    generic: list[Mention] = []
    reported = [m for m in mentions if m.reported]
    for m in mentions:
        if m.reported:
            continue
        if m.event.kind is None:
            generic.append(m)
            continue
        # (an earlier event's by its year, and a year that dates an event: see _merge_years)
        key = (m.event.kind.name, m.measure, m.low[:4] if m.old or m.year_only else None)
        groups.setdefault(key, _Group([m.event.kind], m.measure)).mentions.append(m)
    out = list(groups.values())
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(out):
            for b in out[i + 1:]:
                if a.measure == b.measure and a.kinds[0].family == b.kinds[0].family and _in_years(a) == _in_years(b) \
                        and not a.mentions[0].old and not b.mentions[0].old and _agree_all(a, b):
                    a.kinds += [k for k in b.kinds if k not in a.kinds]
                    a.mentions += b.mentions
                    out.remove(b)
                    merged = True
                    break
            if merged:
                break
    out = _merge_years(out)
    for m in generic:  # (the one group it agrees with; else the one time it meets: "occurred at 9:07")
        fits = [g for g in out if g.measure == m.measure and _agree_all(_Group([], m.measure, [m]), g)] or \
            [g for g in out if m.measure == g.measure == "time" and any(_relation(m, x) for x in g.mentions)]
        if len(fits) == 1:
            fits[0].mentions.append(m)
    out = [part for g in out for part in _split_recurring(g) for part in _split_weekdays(part)]
    for m in reported:  # (the one group it meets; of several, the one that gives its very day)
        fits = [g for g in out if _meets_all(m, g)]
        fits = fits if len(fits) < 2 else [g for g in fits if any(_same_day(m, x) for x in g.mentions)]
        if len(fits) == 1:
            fits[0].mentions.append(m)
    for g in out:
        g.mentions.sort(key=lambda m: (m.source.id, m.start))
    return out


def _dated_by_year(group: _Group) -> bool:
    return all(k.once for k in group.kinds) and any(m.year_only and not m.reported for m in group.mentions)


def _merge_years(groups: list[_Group]) -> list[_Group]:
    """Groups of one kind a story has one of, keyed by two years (see :func:`event_groups`), as one when years
    that date the event weigh across them: two sources' years clash ("an investigation initiated in 2019" /
    "opened ... in 2020") or meet ("five years ago" / "in 2019"). Otherwise they stay apart: earlier events
    of one kind in two years ("the 2017 fine", "the 2018 fine") are two events."""
    out = list(groups)
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(out):
            for b in out[i + 1:]:
                if a.kinds != b.kinds or a.measure != b.measure or not (_dated_by_year(a) and _dated_by_year(b)):
                    continue
                both = _Group(list(a.kinds), a.measure, a.mentions + b.mentions)
                conflicts, matches = _judge(both)
                mine = {id(m) for m in a.mentions}
                if any((id(x) in mine) != (id(y) in mine) for x, y in conflicts + matches):
                    out[i] = both
                    out.remove(b)
                    merged = True
                    break
            if merged:
                break
    return out


def _split_weekdays(group: _Group) -> list[_Group]:
    """A group of a kind a story has one of, whose undated weekdays name two or more weekdays ("voted on
    Tuesday", "votes on Friday"), as one group per weekday: two events of the kind (the lower house's vote and
    the upper house's), unless two sources' days clash (then a conflict to show, the group kept whole).
    Mentions of no single weekday go with the group of the most mentions."""
    if not all(k.once for k in group.kinds) or not any(m.clock is None and not m.low for m in group.mentions):
        return [group]
    days: dict[int | None, list[Mention]] = {}
    for m in group.mentions:
        days.setdefault(None if m.clock is not None else weekday_of(m.text, m.low, m.high), []).append(m)
    named = sorted((d for d in days if d is not None), key=lambda d: -len(days[d]))
    if len(named) < 2:
        return [group]
    torn = _torn(group)  # (a source giving both days tells of two events)
    # only two dated mentions can clash: each source's distinct dated readings per weekday are weighed (few)
    dated = {d: list({(m.source.id, _key(m)): m for m in days[d] if m.low}.values()) for d in named}
    if any(_relation(a, b) is False and a.source.id != b.source.id and not {a.source.id, b.source.id} & torn
           for i, d in enumerate(named) for e in named[i + 1:] for a in dated[d] for b in dated[e]):
        return [group]
    parts = [_Group(list(group.kinds), group.measure, list(days[d])) for d in named]
    parts[0].mentions += days.get(None, [])
    return parts


def _split_recurring(group: _Group) -> list[_Group]:
    """A group of a kind that recurs (meetings, aftershocks, deadlines) as groups of mentions of one day or
    instant each (two days are two such events, not a conflict); other groups as they are."""
    if all(k.once for k in group.kinds):
        return [group]
    parts: list[_Group] = []
    for m in group.mentions:
        home = next((p for p in parts if all(_relation(m, x) is True for x in p.mentions)), None)
        if home is None:
            parts.append(_Group(list(group.kinds), group.measure, [m]))
        else:
            home.mentions.append(m)
    return parts


def _label(group: _Group) -> str:
    counts: dict[str, int] = {}
    for m in group.mentions:
        if m.event.kind is not None:
            counts[m.event.kind.name] = counts.get(m.event.kind.name, 0) + 1
    if set(counts) - CIRCUMSTANCE_KINDS:  # the crash, not the takeoff before it
        counts = {k: n for k, n in counts.items() if k not in CIRCUMSTANCE_KINDS}
    kind = KINDS[max(sorted(counts), key=lambda k: counts[k])] if counts else group.kinds[0]
    return kind.label


def _statements(group: _Group, marks: dict[tuple[str, int], str]) -> list[Statement]:
    """One statement per dating phrase (see :meth:`Mention.phrase`), with its sentence's offsets: the
    sentence may state other claims ("voted on Monday | to elect all 343 members")."""
    by_phrase: dict[tuple[str, int, int], Statement] = {}
    for m in group.mentions:
        start, end = m.phrase()
        key = (m.source.id, start, end)
        st = by_phrase.get(key)
        if st is None:
            st = by_phrase[key] = Statement(m.source.id, m.source.raw[start:end], start, end, m.speaker,
                                            None if m.sentence.index == HEADING else m.sentence.index, m.voice,
                                            sentence=(m.sentence.start, m.sentence.end))
        if m.figure is not None and m.figure not in st.figures:
            st.figures.append(m.figure)
        mark = (m.start, m.end, marks.get((m.source.id, m.start), "match"))
        if mark not in st.marks:
            st.marks.append(mark)
    for st in by_phrase.values():
        st.marks.sort()
    return list(by_phrase.values())


def event_claim(group: _Group, rank: dict[str, int], labels: dict[str, str]) -> Claim | None:
    """The claim of a group that two sources state, None otherwise."""
    sources = {m.source.id for m in group.mentions}
    if len(sources) < 2:
        return None
    conflicts, matches = _judge(group)
    if not conflicts and not matches:
        return None  # readings that neither meet nor clash (years or zones unknown)
    # (a mention meeting or clashing with none is another event's or unknown, save an undated article's weekday)
    weighed = {id(m) for pair in conflicts + matches for m in pair}
    group = _Group(group.kinds, group.measure, [m for m in group.mentions if id(m) in weighed or
                                                (m.clock is None and not m.low)])
    sources = {m.source.id for m in group.mentions}
    marks = {(m.source.id, m.start): "conflict" for pair in conflicts for m in pair}
    verdict = "disagree" if conflicts else "agree"
    label = _label(group)
    shown: dict[object, str] = {}  # one reading a day ("Wed 2 Jul 2025", "Wed 2 Jul")
    for m in sorted(group.mentions, key=lambda m: (rank[m.source.id], m.start)):
        if m.clock is None and not m.low and any(o.source.id == m.source.id and o.low for o in group.mentions):
            continue  # (an undated weekday beside its date: "Wednesday, July 2, 2025")
        text = reading(m)
        shown.setdefault((m.low, m.high) if m.clock is None and m.low else text, text)
    readings = list(dict.fromkeys(shown.values()))
    what = "Time" if group.measure == "time" else "Year" if _in_years(group) else "Date"
    title = f"{what} of {label}: {' · '.join(readings)}"
    evidence = list(dict.fromkeys(f"{cited(a, labels)} vs {cited(b, labels)}" for a, b in conflicts))[:MAX_REASONS]
    if len(conflicts) > MAX_REASONS:
        evidence.append(f"and {len(conflicts) - MAX_REASONS} more")
    if not conflicts:
        evidence.append(f"{len(sources)} sources give one {_UNIT_WORDS[what]}: "
                        + "; ".join(cited(m, labels) for m in _first_per_source(group.mentions, rank)))
    if any(m.clock is None and m.low and m.low == m.high and not m.low.startswith("?") and x.source.id != m.source.id
           and x.clock is None and x.low == x.high and x.low and not x.low.startswith("?")
           and abs((dt.date.fromisoformat(m.low) - dt.date.fromisoformat(x.low)).days) == 1 and _relation(m, x) is None
           for m in _first_per_source(group.mentions, rank) for x in _first_per_source(group.mentions, rank)):
        evidence.append("days one apart are not weighed when one is a weekday or relative day, or the event is near "
                        "midnight: one instant may fall on two days in two time zones")
    if any(m.clock is not None and m.clock.offset is not None for m in group.mentions):
        evidence.append("times in named zones compared in UTC; a local time or one without a zone only by its clock")
    statements = sorted(_statements(group, marks), key=lambda st: (rank[st.source], st.start))
    timeline = []
    if conflicts and group.measure == "date":  # (days or years)
        for m in _first_per_source(group.mentions, rank):
            if m.low and not m.low.startswith("?"):
                timeline.append(TimePoint(m.source.id, m.source.published and m.source.published[:10], reading(m),
                                          float(dt.date.fromisoformat(m.low).toordinal()),
                                          float(dt.date.fromisoformat(m.high).toordinal())))
        timeline.sort(key=lambda p: (p.day or "9999", rank[p.source]))
    parts = sorted(f"{st.source}\n{st.start}" for st in statements)
    cid = "d" + hashlib.sha1(("\n".join(parts) + what + label).encode()).hexdigest()[:8]
    return Claim(cid, title, verdict, "; ".join(evidence), statements, measure=f"{what.lower()} of {label}",
                 timeline=timeline, developing=None if not conflicts else False)


_UNIT_WORDS = {"Date": "day", "Time": "instant", "Year": "year"}  # what the sources of an agreeing claim give one of


def _first_per_source(mentions: Sequence[Mention], rank: dict[str, int]) -> list[Mention]:
    firsts: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (rank[m.source.id], m.start)):
        firsts.setdefault(m.source.id, m)
    return list(firsts.values())


def event_date_claims(sources: Sequence[Source], units: Sequence[Unit], table: RateTable,
                      rank: dict[str, int], labels: dict[str, str],
                      rows_of: "dict[str, SourceFigures] | None" = None,
                      memo: FigureMemo | None = None) -> list[tuple[tuple, Claim]]:
    """The claims about when events happened, each with its sort key (verdict, then size and position).
    ``rows_of``: the sources' figure rows when already read (see :func:`.event_mentions.event_mentions`);
    ``memo``: where each source's lines that date an event may be kept (only those lines are read)."""
    rows = rows_of or {}
    story = story_day(s.published for s in sources)  # (an undated source's dates without a year are read at it)
    lines_of = None if memo is None else memo.event_lines(
        sources, table, lambda s: source_event_lines(s, table, rows.get(s.id), story))
    out = []
    for group in event_groups(as_consequences(event_mentions(sources, units, table, rows_of, lines_of, story))):
        claim = event_claim(group, rank, labels)
        if claim is None:
            continue
        first = claim.statements[0]
        out.append(((VERDICTS.index(claim.verdict), 0, -len(claim.statements), rank[first.source], first.start), claim))
    return out
