"""Verdicts for aligned groups: conflicting figures or dates, an opposite stance, or agreement.

Two figures are only weighed against each other when they are about the same thing: the words
around them (a few on either side) must share a content stem, and for years two stems, since
sentences mention years loosely. A disputing cue counts when the words it governs include words the
other statement asserts, and the other statement carries no such cue itself (:mod:`.disputes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_tui.compare.change_amounts import CHANGE_KINDS, change_mark
from briefing_tui.compare.disputes import CLAUSE_BREAK as _CLAUSE_BREAK  # (where a date's clause starts)
from briefing_tui.compare.disputes import stance_dispute
from briefing_tui.compare.earlier import earlier_marks
from briefing_tui.compare.event_words import different_events
from briefing_tui.compare.foreign_words import not_function
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.compare.measure_kinds import measures_differ
from briefing_tui.compare.period_offsets import elapsed_period
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.compare.story_dates import undated_at_earliest
from briefing_tui.compare.rates import RateTable
from briefing_tui.compare.terms import content_words
from briefing_tui.compare.tolerance import FigureCheck, compare_figures, sums_apart
from briefing_tui.compare.units import Unit
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Figure

CONTEXT_WORDS = 8
JUDGE_ALL = 12  # groups up to this size weigh every pair of statements
MAX_PIVOTS = 24
MAX_REASONS = 8


@dataclass(slots=True)
class Finding:
    """Why a group got its verdict: figure checks and stance disputes, with the offsets to highlight."""

    verdict: str
    reasons: list[str] = field(default_factory=list)
    marks: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # unit key -> (start, end, kind)

    def mark(self, unit: Unit, start: int, end: int, kind: str) -> None:
        spans = self.marks.setdefault(unit.key, [])
        if (start, end, kind) not in spans:
            spans.append((start, end, kind))


def figure_context(unit: Unit, figure: Figure) -> set[str]:
    """Content stems within a few words of the figure, inside its sentence."""
    cached = unit.contexts.get(figure.start)
    if cached is None:
        cached = unit.contexts[figure.start] = _context_of(unit, figure)
    return cached


def _context_of(unit: Unit, figure: Figure) -> set[str]:
    rel_start, rel_end = figure.start - unit.start, figure.end - unit.start
    language = unit.source.language  # (its function words are no context: "les", "de")
    before = content_words(unit.text[:rel_start], language)[-CONTEXT_WORDS:]
    after = content_words(unit.text[rel_end:], language)[:CONTEXT_WORDS]
    return {w for w, _ in before + after}


def _same_subject(a: Unit, fa: Figure, b: Unit, fb: Figure) -> bool:
    shared = figure_context(a, fa) & figure_context(b, fb)
    return len(shared) >= (2 if fa.kind in ("year", "date") else 1)


# A real sentence gives a handful of figures; a run-on block of thousands would make comparing two
# statements quadratic in them, so only the first ones of each statement are compared.
MAX_FIGURES_COMPARED = 32


def figure_checks(a: Unit, b: Unit, published: dict[str, str | None], table: RateTable) -> list[FigureCheck]:
    """Comparisons of the figures two statements give for the same thing (of one measure when both name one)."""
    checks = []
    for fa in a.figures[:MAX_FIGURES_COMPARED]:
        for fb in b.figures[:MAX_FIGURES_COMPARED]:
            if fa.kind != fb.kind or fa.role != fb.role or same_subject(fa.subject, fb.subject) is False \
                    or measures_differ(fa.measure, fb.measure) or not _same_subject(a, fa, b, fb) \
                    or _quoted_relative(a, fa) or _quoted_relative(b, fb) or _report_date(a, fa) or _report_date(b, fb) \
                    or _since_date(a, fa) or _since_date(b, fb) or _elapsed(a, fa) != _elapsed(b, fb):
                continue  # (figures of two named subjects, "AfD" and "SPD", or of two measures, "$43 million
                # compensatory" and "$200 million punitive", are not weighed; nor the time since an event, "three
                # days after the quake", against a length, "three days of mourning")
            check = compare_figures(fa, fb, published, table)
            if check is not None:
                checks.append(check)
    return checks




# A date that times the report, not the fact: after a verb of saying ("the military said Saturday", "announced
# on Tuesday") or in a dateline ("Bangkok, March 29: ...").
_SAID_BEFORE = lazy_compile(r"\b(?:said|says|announced|reported|stated|confirmed|added|told\s{1,3}[\w-]{1,30})\s{1,3}(?:on\s{1,3})?$",
                          re.I)
_DATELINE_BEFORE = lazy_compile(r"^[A-Z][\w.'’ -]{0,30},\s{0,3}$")
_DATELINE_AFTER = lazy_compile(r"^\s{0,3}(?::|[-—–]\s)")


# Right before a date: "since", which names an earlier event's date ("the first cut since December"), not the
# fact's own ("the first rise since July 2024", "la première hausse depuis juillet", "erstmals seit Dezember").
_SINCE_BEFORE = lazy_compile(r"\b(?:since|seit|depuis|desde|dal|dalla|dallo)\s{1,3}(?:(?:early|late|mid-?|fin|début)\s{0,3})?$",
                           re.I)
SINCE_REACH = 24  # characters before a date read for "since"


def _since_date(unit: Unit, f: Figure) -> bool:
    """Whether a date is the date of an earlier event written after "since" ("the first cut since December 2024"):
    it dates the event before, not the one told, and is weighed against no date of the told one."""
    rel = max(0, f.start - unit.start)
    return f.kind == "date" and bool(_SINCE_BEFORE.search(unit.text[max(0, rel - SINCE_REACH):rel]))


def _elapsed(unit: Unit, f: Figure) -> bool:
    """Whether a figure is a period from or to an event rather than a length (:mod:`.period_offsets`)."""
    return f.kind == "period" and elapsed_period(unit.text, f.start - unit.start, f.end - unit.start)


def _report_date(unit: Unit, f: Figure) -> bool:
    """Whether a date times the report rather than the fact (see ``_SAID_BEFORE``, ``_DATELINE_BEFORE``):
    "struck today" and "the military said Saturday" are not two dates of one event."""
    if f.kind != "date":
        return False
    rel, end = max(0, f.start - unit.start), max(0, f.end - unit.start)
    before = unit.text[max(0, rel - 40):rel]
    return bool(_SAID_BEFORE.search(before)) or (
        bool(_DATELINE_BEFORE.match(unit.text[:rel])) and bool(_DATELINE_AFTER.match(unit.text[end:end + 4])))


def _quoted_relative(unit: Unit, f: Figure) -> bool:
    """A relative date in a quotation ("“Today’s verdict is wrong,” the company said"): the speaker's day,
    which the article's publication date does not give (outlets publishing the quote a day apart agree)."""
    if f.kind != "date" or not f.relative:
        return False
    before = unit.text[:max(0, f.start - unit.start)]
    inside = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return inside or unit.voice.kind == "quoted"


def _who(unit: Unit) -> str:
    speaker = unit.voice.speaker
    if unit.voice.kind == "outlet":
        return unit.source.id
    return f"{unit.source.id} ({speaker})" if speaker else f"{unit.source.id} (a {unit.voice.kind} speaker)"


def _reading(unit: Unit) -> tuple:
    return tuple((f.kind, f.low, f.high, f.unit, f.qualifier, f.date_low, f.date_high) for f in unit.figures)


def _pairs_to_check(group: Sequence[Unit]) -> list[tuple[Unit, Unit]]:
    """The pairs of statements to weigh: all of them in a small group; in a large one (the same fact
    told by many articles), every statement against one per distinct figure reading and against every
    statement with a cue, so that a conflict or dispute is still found at a cost linear in the group."""
    if len(group) <= JUDGE_ALL:
        return [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]
    pivots: dict[object, Unit] = {}
    for u in group:
        pivots.setdefault(_reading(u), u)
        if u.cues:
            pivots.setdefault(u.key, u)
    chosen = list(pivots.values())[:MAX_PIVOTS]
    seen: set[tuple[int, int]] = set()
    pairs = []
    for p in chosen:
        for u in group:
            pair = (min(p.key, u.key), max(p.key, u.key))
            if u is not p and pair not in seen:
                seen.add(pair)
                pairs.append((p, u) if p.key < u.key else (u, p))
    return pairs


def _some(reasons: list[str]) -> list[str]:
    """The distinct reasons, at most ``MAX_REASONS`` of them, then how many more there are."""
    distinct = list(dict.fromkeys(reasons))
    if len(distinct) <= MAX_REASONS:
        return distinct
    return distinct[:MAX_REASONS] + [f"and {len(distinct) - MAX_REASONS} more alike"]


def _named_against_unnamed(fa: Figure, fb: Figure) -> bool:
    """Whether two figures of a known measure are one subject's and an unnamed one's ("the CDU's 208 seats"
    and "630 seats" in all): the claims by measure weigh such figures; by wording they are no conflict."""
    return is_key_figure(fa) and is_key_figure(fb) and bool(fa.subject) != bool(fb.subject)


def _one_known_measure(fa: Figure, fb: Figure) -> bool:
    """Whether two figures may disagree: dates and years always (their own rules weigh them), two amounts
    that name no measure (then their words decide, as for any figure); counts, amounts, shares and periods
    otherwise only when both name one known measure ("Carney, 60," and "Millions of
    Canadians" share words, not a measure: a false disagreement is worse than a miss)."""
    if fa.kind in ("date", "year"):
        return True
    if fa.kind == "money" and fa.measure is None and fb.measure is None:
        return True  # two amounts of one unnamed thing worded alike ("the accord, worth $20 billion" / "$25 billion")
    return is_key_figure(fa) and is_key_figure(fb) and not measures_differ(fa.measure, fb.measure) \
        and fa.measure.split()[-1] == fb.measure.split()[-1]


DATE_EVENT_WORDS = 4  # lower-case content words of a date's clause that say what it dates


def _event_words(unit: Unit, figure: Figure) -> set[str]:
    """What a date dates: the stems of the lower-case content words nearest before it in its clause
    ("replaced Justin Trudeau as prime minister last month" -> replaced, prime, minister), or after it
    when none come before ("On Monday, voters ...")."""
    rel_start, rel_end = figure.start - unit.start, figure.end - unit.start
    before = _CLAUSE_BREAK.split(unit.text[:rel_start])[-1]
    after = _CLAUSE_BREAK.split(unit.text[rel_end:])[0]
    own = [stem for stem, word in content_words(before) if word.islower() and not_function(word)][-DATE_EVENT_WORDS:]
    if not own:
        own += [stem for stem, word in content_words(after) if word.islower() and not_function(word)][:DATE_EVENT_WORDS]
    return set(own)


def _one_event(a: Unit, fa: Figure, b: Unit, fb: Figure) -> bool:
    """Whether two dates may disagree: their clauses name one event ("won the election on Monday" and
    "polling ended early Tuesday" date two events; "a verdict Friday" and "a verdict in July" one)."""
    if fa.kind != "date" or fb.kind != "date":
        return True
    if different_events(a.text, (fa.start - a.start, fa.end - a.start), b.text, (fb.start - b.start, fb.end - b.start)):
        return False  # "the trial began July 14" / "the verdict on Friday"; "a deal with Japan" / "the EU deal"
    return bool(_event_words(a, fa) & _event_words(b, fb))


def _counterparts(check: FigureCheck) -> bool:
    """Whether a check pairs one figure told exactly in both statements (dates: the same days)."""
    fa, fb = check.left, check.right
    if not check.compatible:
        return False
    if fa.qualifier is not None or fb.qualifier is not None:
        return _told_alike(fa, fb)
    return fa.kind != "date" or (fa.date_low, fa.date_high) == (fb.date_low, fb.date_high)


def _told_alike(fa: Figure, fb: Figure) -> bool:
    """Whether two loosely worded figures are one figure told alike: the same qualifier on the same value of the
    same unit ("unos 350 millones de euros" / "cerca de 350 milhões de euros"): counterparts, as exact twins are."""
    return fa.kind != "date" and fa.qualifier == fb.qualifier and (fa.kind, fa.low, fa.high, fa.unit) == (
        fb.kind, fb.low, fb.high, fb.unit)


def _paired(checks: list[FigureCheck]) -> set[tuple[int, int]]:
    """The (left, right) starts of conflicting checks that only pair figures crosswise: when one of the two
    figures agrees with a figure of the other statement, that is its counterpart, and the conflict is two
    figures of different things ("from 2004 to 2016" twice: 2004 against 2016 is no conflict; "153 dead, up from
    144" against "153 dead": the 144 is the other's earlier figure, not its count). A counterpart is the same
    figure told exactly (the same day for dates), or told alike with the same qualifier ("about 350 million" twice):
    a loose match of two wordings ("more than 100" / "120", "last year") pairs nothing."""
    left = {c.left.start for c in checks if _counterparts(c)}
    right = {c.right.start for c in checks if _counterparts(c)}
    return {(c.left.start, c.right.start) for c in checks
            if not c.compatible and (c.left.start in left or c.right.start in right)}


def _change_against_level(a: Unit, fa: Figure, b: Unit, fb: Figure) -> bool:
    """Whether one of two amounts is what a measure changes by and the other its level ("increase bilateral trade by
    25.5 billion pounds" / "boost bilateral trade to nearly $120 billion"): figures of different scope, never a
    conflict (the claims by measure weigh them apart the same way: compare/change_amounts.py)."""
    if fa.kind not in CHANGE_KINDS:
        return False
    return bool(change_mark(a.text, a.start, fa, a.figures)) != bool(change_mark(b.text, b.start, fb, b.figures))


def judge(group: Sequence[Unit], score, published: dict[str, str | None], table: RateTable,
          measured: frozenset[tuple[str, int]] = frozenset()) -> Finding:
    """The verdict of a group of aligned statements, and its evidence. ``measured`` holds the (source,
    start) of figures the claims by measure weigh: two of them are no conflict here (they are one
    measure's, weighed there, or two measures', not to be weighed)."""
    if len({o.source.id for u in group for o in u.occurrences}) < 2:
        return Finding("single", [f"only {group[0].source.id} says this"])
    conflicts, matches, disputes = [], [], []
    finding = Finding("agree")
    earlier: dict[int, str | None] = {}
    story: dict[str, str | None] = {}

    def earlier_apart(a: Unit, fa: Figure, b: Unit, fb: Figure) -> bool:
        """Whether one figure is an earlier event's and the other not (dates read as the groups by measure read
        them: computed only for a conflict no other rule sets aside)."""
        if not story:
            story.update(undated_at_earliest(published))
        return earlier_marks(a, fa, story, earlier)[0] != earlier_marks(b, fb, story, earlier)[0]

    for a, b in _pairs_to_check(group):
        checks = figure_checks(a, b, published, table)
        paired = _paired(checks)
        for check in checks:
            if not check.compatible and ((check.left.start, check.right.start) in paired
                                         or _named_against_unnamed(check.left, check.right)
                                         or not _one_known_measure(check.left, check.right)
                                         or not _one_event(a, check.left, b, check.right)
                                         or _change_against_level(a, check.left, b, check.right)
                                         or sums_apart(check.left, check.right, published, table) or (
                    (check.left.source, check.left.start) in measured and (check.right.source, check.right.start) in measured)
                                         or earlier_apart(a, check.left, b, check.right)):
                continue
            kind = "match" if check.compatible else "conflict"
            (matches if check.compatible else conflicts).append(check.evidence)
            finding.mark(a, check.left.start, check.left.end, kind)
            finding.mark(b, check.right.start, check.right.end, kind)
        sim = score(a.key, b.key)
        for x, y in ((a, b), (b, a)):
            cues = stance_dispute(x, y, sim)
            if cues:
                words = ", ".join(f"'{c.text}'" for c in dict.fromkeys(cues))
                disputes.append(f"{_who(x)} disputes {_who(y)}: {words}")
                for c in cues:
                    finding.mark(x, x.start + c.start, x.start + c.end, "cue")
    if conflicts or disputes:
        finding.verdict = "disagree"
    finding.reasons = [*_some(conflicts), *_some(disputes), *_some(matches)]
    if not finding.reasons:
        shared = _shared_words(group)
        sources = len({o.source.id for u in group for o in u.occurrences})
        finding.reasons = [f"{sources} sources say this alike" + (f"; shared: {', '.join(shared)}" if shared else "")]
    return finding


def _shared_words(group: Sequence[Unit], limit: int = 6) -> list[str]:
    common = set(group[0].tokens)
    for u in group[1:]:
        common &= u.tokens
    ranked = sorted(common, key=lambda t: (-group[0].weights.get(t, 0.0), t))
    return [group[0].surface.get(t, t.lstrip("^#@")) for t in ranked[:limit] if not t.startswith("@")]
