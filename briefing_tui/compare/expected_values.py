"""Figures given as what is expected rather than what is done: "the Commission is set to fine Apple about 500
million euros", "the 500 million euros that sources expected", "Die Strafe soll sich auf 500 Mio. Euro belaufen".

An amount expected before the fact and the amount decided after it are one measure at two times (a timeline
whose values disagree), not two things, however far apart they are.
"""

from __future__ import annotations

from briefing_tui.compare.event_words import CLAUSE_BREAK, words_of
from briefing_tui.compare.measured_types import MeasuredStatement

# Words of a figure's clause saying the figure is expected or reported ahead of the fact, not done: English
# ("is set to", "expected", "reportedly", "poised"), German ("soll", "sollen": is said to), French ("devrait":
# should), Spanish ("prevé": foresees).
EXPECTATION_WORDS = frozenset(
    "expected expect expects expecting reportedly poised set likely anticipated "
    "soll sollen dürfte voraussichtlich devrait devraient prévu prevé previsto".split())
EXPECTED_MOST = 0.5  # share of a cluster's sources giving it as expected above which the cluster is an expectation


def expected(m: MeasuredStatement) -> bool:
    """Whether the clause of a statement's figure, between the neighbouring figures of its sentence, gives it as
    expected ("is set to fine Apple about 500 million euros"; "the 500 million euros that sources expected")."""
    text, start, f = m.unit.text, m.unit.start, m.figure
    lo, hi = f.start - start, f.end - start
    if not 0 <= lo <= hi <= len(text):
        return False
    before_limit = max((g.end - start for g in m.unit.figures if g.end - start <= lo), default=0)
    after_limit = min((g.start - start for g in m.unit.figures if g.start - start >= hi), default=len(text))
    before = CLAUSE_BREAK.split(text[before_limit:lo])[-1]
    after = CLAUSE_BREAK.split(text[hi:after_limit])[0]
    return any(w in EXPECTATION_WORDS for part in (before, after) for w, _, _ in words_of(part))


def expected_against_done(clusters: list[list[MeasuredStatement]]) -> bool:
    """Whether far-apart clusters of one measure are an expectation and the outcome: most sources of one cluster
    give it as expected while no source of another does ("set to fine ... about 500 million euros" and "has
    fined Apple EUR 1.84 billion")."""
    shares = []
    for cluster in clusters:
        sources: dict[str, bool] = {}
        for m in cluster:
            sources[m.unit.source.id] = sources.get(m.unit.source.id, False) or expected(m)
        shares.append(sum(sources.values()) / len(sources))
    return max(shares) > EXPECTED_MOST and min(shares) == 0.0
