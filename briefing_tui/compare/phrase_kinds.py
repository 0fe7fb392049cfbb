"""The claims without a count read from short phrases: ranks, deadlines, stated intentions, states, relations,
failures of structures, days of action (:mod:`.action_days`), anniversaries, predicates (:mod:`.predicates`), models
named by maker and code (:mod:`.model_codes`) (see :mod:`.phrase_claims`).

The finders of ranks, intentions, deadlines, states, relations and failures read each line of a source alone: the
positions of the lines in which one of them finds something (:func:`source_phrase_lines`) depend on the source's
text alone, so they may be kept with it, and then only those lines are read (the same phrases)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefing_tui.compare.action_days import action_day_claims, action_days
from briefing_tui.compare.anniversaries import anniversaries, anniversary_claims
from briefing_tui.compare.deadline_dates import deadline_date_claims
from briefing_tui.compare.deadlines import deadline_claims, deadlines
from briefing_tui.compare.fact_phrases import SourcePhrases, fact_claims, source_fact_phrases
from briefing_tui.compare.failures import failure_claims, failure_phrases
from briefing_tui.compare.intentions import intention_claims, intentions
from briefing_tui.compare.model_codes import model_claims, model_codes
from briefing_tui.compare.phrase_claims import source_lines
from briefing_tui.compare.predicates import predicate_claims, predicate_phrases
from briefing_tui.compare.ranks import rank_claims, rank_phrases
from briefing_tui.compare.relations import relation_claims, relation_phrases
from briefing_tui.compare.statement_cache import FigureMemo, lines_check
from briefing_tui.compare.states import state_claims, states
from briefing_tui.compare.units import Unit
from briefing_tui.model import Claim, Entity, Sentence, Source

PhraseLines = tuple[int, list[int]]
"""A source's lines with a phrase: the :func:`~.statement_cache.lines_check` of its lines (``source_lines``), then
the positions of those in which one of :data:`FINDERS` finds something."""
FINDERS = (rank_phrases, intentions, deadlines, states, relation_phrases, failure_phrases, action_days, anniversaries,
           predicate_phrases, model_codes)
"""The finders of the phrases read here (the facts' are kept on their own: :func:`.fact_phrases.source_fact_phrases`)."""


def source_phrase_lines(source: Source) -> PhraseLines:
    """The lines of ``source`` with a phrase of ranks, intentions, deadlines, states, relations or failures (see
    :data:`PhraseLines`)."""
    lines = source_lines(source)
    return lines_check(lines), [k for k, line in enumerate(lines) if any(find(line.text) for find in FINDERS)]


def phrase_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                  facts: Mapping[str, SourcePhrases] | None = None, memo: FigureMemo | None = None,
                  entities: Sequence[Entity] = ()) -> list[tuple[tuple, Claim]]:
    """Every claim of ranks, deadlines, intentions, states, relations (:mod:`.relations`), failures
    (:mod:`.failures`), facts without a figure (:mod:`.fact_phrases`) and predicates (:mod:`.predicates`, of the
    ``entities`` named) that two sources state, with its sort key. ``facts``: each source's fact phrases when read
    already; ``memo``: where they and the lines with a phrase (:func:`source_phrase_lines`) may be kept (then only
    those lines are read)."""
    kept: Mapping[str, PhraseLines] | None = None
    if memo is not None:
        kept = memo.phrase_lines(sources, source_phrase_lines)
        facts = memo.fact_phrases(sources, source_fact_phrases) if facts is None else facts
    lines = _reader(kept)
    return rank_claims(sources, units, rank, lines) + intention_claims(sources, units, rank, lines) \
        + _deadlines(sources, units, rank, lines) + state_claims(sources, units, rank, lines) \
        + fact_claims(sources, units, rank, facts) + relation_claims(sources, units, rank, lines) \
        + failure_claims(sources, units, rank, lines) + action_day_claims(sources, units, rank, lines) \
        + anniversary_claims(sources, units, rank, lines) + predicate_claims(sources, units, rank, lines, entities) \
        + model_claims(sources, units, rank, lines)


def _deadlines(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
               lines: Callable[[Source], Sequence[Sentence]]) -> list[tuple[tuple, Claim]]:
    """Deadlines given as lengths or dates (:mod:`.deadline_dates`), then those :mod:`.deadlines` reads whose
    statements they do not all hold already."""
    dated = deadline_date_claims(units, rank)
    held = [{(s.source, s.start) for s in claim.statements} for _, claim in dated]
    return dated + [(key, claim) for key, claim in deadline_claims(sources, units, rank, lines)
                    if not any({(s.source, s.start) for s in claim.statements} <= h for h in held)]


def _reader(kept: Mapping[str, PhraseLines] | None) -> Callable[[Source], Sequence[Sentence]]:
    """The lines of a source to read, found once per source: those ``kept`` when kept for its lines, else all."""
    found: dict[str, Sequence[Sentence]] = {}

    def lines(source: Source) -> Sequence[Sentence]:
        got = found.get(source.id)
        if got is None:
            got = source_lines(source)
            mine = kept.get(source.id) if kept is not None else None
            if mine is not None and mine[0] == lines_check(got) and all(0 <= k < len(got) for k in mine[1]):
                got = [got[k] for k in mine[1]]
            found[source.id] = got
        return got

    return lines
