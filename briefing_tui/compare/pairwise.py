"""Two sources side by side, sentence by sentence: matched, only in one, or conflicting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.compare import Claim
from briefing_tui.model import Sentence, Source


@dataclass(frozen=True, slots=True)
class PairRow:
    """One row of a side-by-side diff: kind is "matched", "conflict", "left" or "right"."""

    kind: str
    left: Sentence | None
    right: Sentence | None
    claim: str | None = None
    evidence: str = ""


def _body(source: Source) -> list[Sentence]:
    headings = {i for i, p in enumerate(source.paragraphs) if p.kind == "heading"}
    return [s for s in source.sentences if s.paragraph not in headings]


def pair_rows(claims: Sequence[Claim], left: Source, right: Source) -> list[PairRow]:
    """Every body sentence of both sources in reading order, paired through the claims that hold both."""
    pairs: dict[int, tuple[int, Claim]] = {}
    taken_right: set[int] = set()
    for claim in claims:
        ls = [s.sentence_index for s in claim.statements if s.source == left.id]
        rs = [s.sentence_index for s in claim.statements if s.source == right.id]
        if ls and rs and ls[0] not in pairs and rs[0] not in taken_right:
            pairs[ls[0]] = (rs[0], claim)
            taken_right.add(rs[0])
    right_sentences = {s.index: s for s in _body(right)}
    pending = [s for s in _body(right) if s.index not in taken_right]
    rows: list[PairRow] = []
    for sentence in _body(left):
        match = pairs.get(sentence.index)
        if match is None:
            rows.append(PairRow("left", sentence, None))
            continue
        r_index, claim = match
        while pending and pending[0].index < r_index:
            rows.append(PairRow("right", None, pending.pop(0)))
        kind = "conflict" if claim.verdict == "disagree" else "matched"
        rows.append(PairRow(kind, sentence, right_sentences.get(r_index), claim.id, claim.evidence))
    rows.extend(PairRow("right", None, s) for s in pending)
    return rows
