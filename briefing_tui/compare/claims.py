"""From aligned groups to claims: stable ids, short topics, statements with their marks."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing_tui.compare import VERDICTS, Claim, Statement
from briefing_tui.compare.align import align_units
from briefing_tui.compare.rates import RateTable, default_rate_table
from briefing_tui.compare.units import Unit, build_units
from briefing_tui.compare.verdict import judge
from briefing_tui.model import Entity, Quote, Source

TOPIC_TERMS = 4


def claim_id(group: Sequence[Unit]) -> str:
    """A short id from the statements' sources and words (stable across runs and machines)."""
    parts = sorted(f"{o.source.id}\n{' '.join(u.text.lower().split())}" for u in group for o in u.occurrences)
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


def _statements(unit: Unit, marks: list[tuple[int, int, str]]) -> list[Statement]:
    """One statement per occurrence of the unit, its figures and marks moved to that occurrence."""
    cues = [c.text for c in unit.cues if c.strong]
    out = []
    for o in unit.occurrences:
        shift = o.start - unit.start
        figures = [f if not shift and o.source.id == f.source else
                   replace(f, source=o.source.id, start=f.start + shift, end=f.end + shift) for f in unit.figures]
        out.append(Statement(o.source.id, unit.text, o.start, o.end, unit.voice.speaker, o.index, unit.voice.kind,
                             figures, list(cues), sorted((a + shift, b + shift, k) for a, b, k in marks)))
    return out


def build_claims(sources: Sequence[Source], entities: Sequence[Entity] = (), quotes: Sequence[Quote] = (),
                 table: RateTable | None = None) -> list[Claim]:
    """Claims for the sources: aligned, judged and ordered (verdict, number of sources, position)."""
    table = table or default_rate_table()
    published = {s.id: s.published for s in sources}
    rank = {s.id: i for i, s in enumerate(sources)}
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
        statements = sorted((st for u in group for st in _statements(u, finding.marks.get(u.key, []))),
                            key=lambda st: (rank[st.source], st.start))
        claim = Claim(cid, topic_of(group), finding.verdict, "; ".join(finding.reasons), statements)
        order = (VERDICTS.index(finding.verdict), -len(statements), anchor.source_rank, anchor.start)
        claims.append((order, claim))
    claims.sort(key=lambda pair: pair[0])
    return [c for _, c in claims]
