"""From aligned groups to claims: stable ids, short topics (:mod:`.claim_topics`), statements with their marks."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare.align import align_units, name_words
from briefing_tui.compare.amount_spans import differing_spans, group_span, spread_title
from briefing_tui.compare.claim_merge import PieceJoin, gives_unheld_figure, join_pieces
from briefing_tui.compare.claim_topics import topic_of
from briefing_tui.compare.completion import complete_claims
from briefing_tui.compare.counter_groups import split_counters
from briefing_tui.compare.event_dates import event_date_claims
from briefing_tui.compare.duplicate_singles import without_duplicate_singles
from briefing_tui.compare.excluded_scope import without_excluded
from briefing_tui.compare.inclusion import inclusion_claims
from briefing_tui.compare.phrase_kinds import phrase_claims
from briefing_tui.compare.headline_wording import attach_headline_statements
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measured import measured_groups
from briefing_tui.compare.scopes_of_place import place_names
from briefing_tui.compare.measured_types import MeasuredGroup, reading_order
from briefing_tui.compare.measured_verdict import judge_measured
from briefing_tui.compare.rates import RateTable, default_rate_table, story_dated
from briefing_tui.compare.segments import figure_clauses
from briefing_tui.compare.sentence_partners import fines_of_sentenced
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.subject_join import join_subjects
from briefing_tui.compare.sole_measure import join_sole_measures
from briefing_tui.compare.statement_cache import FigureMemo, figures_of
from briefing_tui.compare.units import Unit, build_units, features_of_sources
from briefing_tui.compare.unshared_figures import judged_apart
from briefing_tui.compare.statement_openings import opening_words
from briefing_tui.compare.developing import DEVELOPMENT_LABELS
from briefing_tui.compare.title_actors import PLEDGE_WORD, pledged, title_actor
from briefing_tui.compare.titles import label, measured_title, timeline_text, wording_topic
from briefing_tui.compare.tolerance import TOLERANCE
from briefing_tui.compare.verdict import Finding, judge
from briefing_tui.model import VERDICTS, Claim, Entity, Figure, Quote, Source, Statement


def claim_id(group: Sequence[Unit]) -> str:
    """A short id from the statements' sources and words (stable across runs and machines)."""
    parts = sorted(f"{o.source.id}\n{' '.join(u.text.lower().split())}" for u in group for o in u.occurrences)
    return "c" + hashlib.sha1("\n\n".join(parts).encode()).hexdigest()[:8]


def _statements(unit: Unit, marks: list[tuple[int, int, str]], clause: tuple[int, int] | None = None) -> list[Statement]:
    """One statement per occurrence of the unit, its figures and marks moved to that occurrence. With
    ``clause`` ((start, end) in the unit's text), the statement is that clause, with its figures and marks
    only, and keeps the sentence's offsets."""
    cues = [c.text for c in unit.cues if c.strong]
    a, b = clause or (0, len(unit.text))
    lo, hi = unit.start + a, unit.start + b
    inside = [f for f in unit.figures if lo <= f.start and f.end <= hi]
    kept = [m for m in marks if lo <= m[0] and m[1] <= hi]
    out = []
    for o in unit.occurrences:
        shift = o.start - unit.start
        figures = [f if not shift and o.source.id == f.source else
                   replace(f, source=o.source.id, start=f.start + shift, end=f.end + shift) for f in inside]
        out.append(Statement(o.source.id, unit.text[a:b], o.start + a, o.start + b, unit.voice.speaker, o.index,
                             unit.voice.kind, figures, list(cues), sorted((x + shift, y + shift, k) for x, y, k in kept),
                             (o.start, o.end) if clause else None))
    return out


SPAN_MEASURE = "span"  # what a claim of an amount's differing spans measures: "fund (span)"
SPAN_TOLERANCE = "spans compared exactly, in their own unit"
_CLAUSE_KINDS = ("count", "money", "percent")  # figures whose clause is their own statement


def _clause_of(unit: Unit, own: list[Figure]) -> tuple[int, int] | None:
    """The clause of the unit's text that holds the claim's figures ``own``, when the sentence gives figures
    of other claims by measure in other clauses; None for the whole sentence."""
    # (any other count, amount or share is another statement's: "hit at a depth of 10 kilometres, | flattened
    # at least three villages")
    keyed = sorted({(f.start, f.end) for f in unit.figures if is_key_figure(f) or f.kind in _CLAUSE_KINDS}
                   | {(f.start, f.end) for f in own})
    # (a conjunction parts two measures' clauses only: "three people were killed | and 80 remain trapped")
    measures = {(f.start, f.end): f.measure for f in unit.figures if is_key_figure(f)} | \
        {(f.start, f.end): f.measure for f in own}
    scopes = {(f.start, f.end): f.subject for f in [*unit.figures, *own]}  # ("two in X | and one in Y")
    clauses = figure_clauses(unit.text, [(a - unit.start, b - unit.start) for a, b in keyed],
                             [measures.get(span) for span in keyed], [scopes.get(span) for span in keyed])
    mine = [c for (a, _), c in zip(keyed, clauses) if any(f.start == a for f in own)]
    if not mine or len(set(clauses)) < 2:
        return None
    span = (min(a for a, _ in mine), max(b for _, b in mine))
    return None if span == (0, len(unit.text)) else span


def _measured_claim(group: MeasuredGroup, published: dict[str, str | None], table: RateTable,
                    rank: dict[str, int], labels: dict[str, str]) -> Claim:
    """A claim from statements about one measure: title with the values, timeline, evidence, marks."""
    judge_measured(group, published, table, rank)
    conflicting = group.conflicted or set()
    units: dict[int, Unit] = {}
    marks: dict[int, list[tuple[int, int, str]]] = {}
    own: dict[int, list[Figure]] = {}
    for m in group.members:
        units[m.unit.key] = m.unit
        own.setdefault(m.unit.key, []).append(m.figure)
        kind = "conflict" if (m.figure.source, m.figure.start) in conflicting else "match"
        marks.setdefault(m.unit.key, []).append((m.figure.start, m.figure.end, kind))
    span = group_span(group)
    for key, start in span.figures if span else ():
        marks[key].extend((f.start, f.end, "match") for f in units[key].figures if f.start == start)
    members = sorted(units.values(), key=lambda u: (u.source_rank, u.start))
    statements = sorted((st for u in members for st in _statements(u, marks[u.key], _clause_of(u, own[u.key]))),
                        key=lambda st: (rank[st.source], st.start))
    firsts: dict[str, Figure] = dict(group.firsts or {})
    for m in sorted(group.members, key=reading_order):
        firsts.setdefault(m.figure.source, m.figure)
    ordered = [firsts[p.source] for p in group.timeline if p.source in firsts] if group.timeline else \
        list(firsts.values())
    # (a value a source sets against its first one, as two tellers' counts, is in the title too: "Death toll: 30 ·
    # over 50", not the agreeing firsts of a claim that disagrees)
    ordered += [f for pair in group.conflicts or () for f in pair if isinstance(f, Figure) and f.source in firsts
                and firsts[f.source].start != f.start]
    shown = f"{group.measure} {PLEDGE_WORD}" if pledged(group) else group.measure
    # (the title names whose measure it is only when a value a source is weighed by is told of them: a county's one
    # figure joined to a story's unnamed tolls is no title "Death toll (Kerr County): 24 · 91 · 52")
    titled = group.subject if any(same_subject(f.subject, group.subject) for f in firsts.values()) else None
    title = measured_title(shown, titled or title_actor(group), ordered, published, table, group.counter_name)
    evidence = list(group.reasons or [])
    if span:
        title += f" {span.text()}"
        evidence.append(f"spread {span.text()} in {len(span.figures)} of the statements: consistent")
    named = label(group.measure, titled)  # (names keep their capitals: "Kellanova's sale price", "dead")
    timeline = timeline_text(named if titled else named[:1].lower() + named[1:], group.timeline or [], labels)
    if timeline:
        evidence.insert(0, timeline + f" ({DEVELOPMENT_LABELS[group.developing]}: {group.development})")
    evidence.append(f"tolerance: {TOLERANCE}")
    cid = "m" + claim_id(members)[1:]
    return Claim(cid, title, group.verdict, "; ".join(evidence), statements, measure=group.measure,
                 timeline=list(group.timeline or []), developing=group.developing, tolerance=TOLERANCE,
                 development=group.development if group.timeline else "")


def _span_claim(group: MeasuredGroup, rank: dict[str, int]) -> Claim | None:
    """The claim that the group's sources spread its amount over different spans ("€500 billion ... over 10
    years" against "... over the next 12 years"), apart from the amount's own claim; None when they give one."""
    spans = differing_spans(group)
    if not spans:
        return None
    units = {m.unit.key: m.unit for m in group.members}
    amounts = {(m.unit.key, m.figure.start): m.figure for m in group.members}
    statements = []
    for key, span in spans:
        own = [f for (k, _), f in amounts.items() if k == key and f.end <= span.start]
        marks = [(f.start, f.end, "match") for f in own] + [(span.start, span.end, "conflict")]
        statements += _statements(units[key], marks, _clause_of(units[key], [*own, span]))
    statements.sort(key=lambda st: (rank[st.source], st.start))
    name = label(group.measure, group.subject)
    evidence = ("the same amount spread over different spans: "
                + ", ".join(f"{span.source} {span.text!r}" for _, span in spans) + f"; tolerance: {SPAN_TOLERANCE}")
    cid = "s" + claim_id([units[key] for key, _ in spans])[1:]
    return Claim(cid, f"{name}: spread {spread_title(span for _, span in spans)}", "disagree", evidence, statements,
                 measure=f"{group.measure} ({SPAN_MEASURE})", tolerance=SPAN_TOLERANCE)


def _places(unit: Unit) -> list[tuple[str, int]]:
    """(source, sentence start) of each occurrence of a unit."""
    return [(o.source.id, o.start) for o in unit.occurrences]


def build_claims(sources: Sequence[Source], entities: Sequence[Entity] = (), quotes: Sequence[Quote] = (),
                 table: RateTable | None = None, memo: FigureMemo | None = None,
                 join: PieceJoin = join_pieces) -> list[Claim]:
    """Claims for the sources: those aligned by what their figures measure, then those aligned by their
    wording; ordered by verdict, then measured claims first, then size and position. ``memo`` may keep
    each source's figures between runs (:mod:`~briefing_tui.compare.statement_cache`); ``join`` joins the
    pieces of one claim before they are judged (:mod:`~briefing_tui.compare.claim_merge`)."""
    published = {s.id: s.published for s in sources}
    table = story_dated(table or default_rate_table(), published)  # (an undated article: the story's date)
    rank = {s.id: i for i, s in enumerate(sources)}
    labels = {s.id: s.label for s in sources}
    rows_of = figures_of(sources, table, memo)  # (read once: the units' figures, then the event dates')
    features = features_of_sources(sources, memo)  # (each source's sentences read once, through the memo)
    units = build_units(sources, entities, quotes, table, rows_of=rows_of, features_of=features)
    scores: dict[tuple[int, int], float] = {}
    fines_of_sentenced(units)  # (a fine listed with a prison term is the sentenced person's)
    groups = align_units(units, published, table, scores)

    def score(ka: int, kb: int) -> float:
        return scores.get((ka, kb) if ka < kb else (kb, ka), 0.0)

    claims: list[tuple[tuple, Claim]] = []
    seen: dict[str, int] = {}
    names = name_words(units, entities) | place_names(units)
    measured = measured_groups(units, published, table, names, entities)
    measured = complete_claims(measured, units, published, table, names)  # (a source's figure read otherwise)
    measured = split_counters(measured, published, table)  # (the police's count and the unions' are two claims)
    measured = join_sole_measures(join_subjects(measured, published, table), units, published, table)  # (one thing
    # named two ways, or not named; a lone figure of the story's only claim of its measure)
    measured = without_excluded(measured)  # (a figure that leaves the claim's subject out is not of it)
    covered = frozenset(o for g in measured for m in g.members for o in _places(m.unit))
    weighed = {m.figure.start for g in measured for m in g.members}
    in_measured = frozenset((m.figure.source, m.figure.start) for g in measured for m in g.members)
    taken = frozenset((m.unit.key, m.figure.start) for g in measured for m in g.members)
    spanned = frozenset(f for g in measured if (span := group_span(g)) for f in span.figures)
    weighed |= {start for _, start in spanned}  # (the span the amounts are spread over: "over the next five years")
    taken |= spanned
    findings: dict[int, Finding] = {}
    wording, held = [], []  # (a statement disputed in words stays where it was read: it joins nothing)
    for group, finding, part in judged_apart(groups, score, published, table, in_measured):
        places = frozenset(o for u in group for o in _places(u))
        own = {start for marks in finding.marks.values() for start, _, kind in marks if kind != "cue"}
        disputed = any(kind == "cue" for marks in finding.marks.values() for _, _, kind in marks)
        if (len(places) > 1 or part) and not disputed and own <= weighed and places <= covered:
            # the claims by measure hold these statements between them and weigh their figures already (a part taken apart too:
            # its sentence is in a claim by measure); a sentence with a figure no claim by measure holds stays for
            # it alone, as it was read: it joins nothing ("$55 apiece, ... around 2 trillion yen" keeps its share price)
            held += [[u] for u in group if gives_unheld_figure(u, taken)]
            continue
        findings[id(group)] = finding
        (held if disputed else wording).append(group)
    measured, wording = join(measured, wording, published, table)  # (the pieces of one claim joined)
    wording += held
    for mgroup in measured:
        claim = _measured_claim(mgroup, published, table, rank, labels)
        seen[claim.id] = seen.get(claim.id, 0) + 1
        if seen[claim.id] > 1:
            claim.id = f"{claim.id}-{seen[claim.id]}"
        first = min(mgroup.members, key=lambda m: (m.unit.source_rank, m.unit.start)).unit
        claims.append(((VERDICTS.index(claim.verdict), 0, -len(claim.statements), first.source_rank, first.start),
                       claim))
        spread = _span_claim(mgroup, rank)
        if spread is not None:
            claims.append(((VERDICTS.index(spread.verdict), 0, -len(spread.statements), first.source_rank,
                            first.start), spread))
    for group in wording:
        finding = findings.get(id(group)) or judge(group, score, published, table, in_measured)
        anchor = group[0]
        cid = claim_id(group)
        seen[cid] = seen.get(cid, 0) + 1
        if seen[cid] > 1:
            cid = f"{cid}-{seen[cid]}"
        statements = sorted((st for u in group for st in _statements(u, finding.marks.get(u.key, []))),
                            key=lambda st: (rank[st.source], st.start))
        topic = wording_topic(group, finding.marks, topic_of, opening_words, published, table,
                              names)  # (English titles)
        claim = Claim(cid, topic, finding.verdict, "; ".join(finding.reasons), statements)
        order = (VERDICTS.index(finding.verdict), 1, -len(statements), anchor.source_rank, anchor.start)
        claims.append((order, claim))
    dated = event_date_claims(sources, units, table, rank, labels, rows_of, memo)
    # (what each source's lines give is kept with it, through the memo)
    extra = dated + inclusion_claims(units, rank) \
        + phrase_claims(sources, units, rank, memo=memo, entities=entities)
    for order, claim in extra:  # when events happened; what an agreement or a charge covers
        seen[claim.id] = seen.get(claim.id, 0) + 1
        if seen[claim.id] > 1:
            claim.id = f"{claim.id}-{seen[claim.id]}"
        claims.append((order, claim))
    claims.sort(key=lambda pair: pair[0])
    out = without_duplicate_singles([c for _, c in claims])  # (a sentence another claim states whole)
    attach_headline_statements(out, sources, units, entities, frozenset(c.id for _, c in dated), table)
    return out
