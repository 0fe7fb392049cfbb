"""From aligned groups to claims: stable ids, short topics, statements with their marks."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from briefing_tui.compare import VERDICTS, Claim, Statement
from briefing_tui.compare.align import align_units
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.compare.units import Unit, build_units
from briefing_tui.compare.verdict import judge
from briefing_tui.model import Entity, Quote, Source

TOPIC_TERMS = 4


def claim_id(group: Sequence[Unit]) -> str:
    """A short id from the statements' sources and words (stable across runs and machines)."""
    parts = sorted(f"{u.source.id}\n{' '.join(u.text.lower().split())}" for u in group)
    return "c" + hashlib.sha1("\n\n".join(parts).encode()).hexdigest()[:8]


def topic_of(group: Sequence[Unit]) -> str:
    """A few of the most distinctive words the statements share, in the first statement's order."""
    anchor = group[0]
    if len(group) > 1:
        counts: dict[str, int] = {}
        for u in group:
            for t in u.tokens:
                counts[t] = counts.get(t, 0) + 1
        pool = [t for t, n in counts.items() if n >= 2 and t in anchor.tokens]
    else:
        pool = list(anchor.tokens)
    pool = [t for t in pool if not t.startswith(("@", "~"))]
    names = {t[1:] for t in pool if t.startswith("^")}
    # A name already covers its own words ("Central Asia" covers "central" and "asia").
    pool = [t for t in pool if t.startswith(("^", "#")) or not any(t in n.split() for n in names)]
    ranked = sorted(pool, key=lambda t: (-anchor.weights.get(t, 0.0), t))[:TOPIC_TERMS]
    text_lower = anchor.text.lower()
    ordered = sorted(ranked, key=lambda t: (text_lower.find(anchor.surface.get(t, "").lower()), t))
    words: list[str] = []
    for t in ordered:
        word = re.sub(r"[’']s$", "", " ".join(anchor.surface.get(t, t).split()))
        if not any(word.lower() in w.lower() for w in words):
            words = [w for w in words if w.lower() not in word.lower()] + [word]
    return " ".join(words) or " ".join(anchor.text.split()[:6])


def _statement(unit: Unit, marks: list[tuple[int, int, str]]) -> Statement:
    return Statement(unit.source.id, unit.text, unit.start, unit.end, unit.voice.speaker, unit.index,
                     unit.voice.kind, list(unit.figures), [c.text for c in unit.cues if c.strong],
                     sorted(marks))


def build_claims(sources: Sequence[Source], entities: Sequence[Entity] = (), quotes: Sequence[Quote] = (),
                 table: RateTable | None = None) -> list[Claim]:
    """Claims for the sources: aligned, judged and ordered (verdict, number of sources, position)."""
    table = table or default_rate_table()
    published = {s.id: s.published for s in sources}
    units = build_units(sources, entities, quotes, table)
    scores: dict[tuple[int, int], float] = {}
    groups = align_units(units, published, table, scores)

    def score(ka: int, kb: int) -> float:
        return scores.get((ka, kb) if ka < kb else (kb, ka), 0.0)

    claims: list[tuple[tuple, Claim]] = []
    seen: dict[str, int] = {}
    for group in groups:
        finding = judge(group, score, published, table)
        anchor = group[0]
        cid = claim_id(group)
        seen[cid] = seen.get(cid, 0) + 1
        if seen[cid] > 1:
            cid = f"{cid}-{seen[cid]}"
        statements = [_statement(u, finding.marks.get(u.key, [])) for u in group]
        claim = Claim(cid, topic_of(group), finding.verdict, "; ".join(finding.reasons), statements)
        order = (VERDICTS.index(finding.verdict), -len(group), anchor.source_rank, anchor.start)
        claims.append((order, claim))
    claims.sort(key=lambda pair: pair[0])
    return [c for _, c in claims]
