"""Two sources side by side, sentence by sentence: matched, only in one, or conflicting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing_tui.model import Claim
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
    headings = {i for i, p in enumerate(source.paragraphs) if p.kind in ("heading", "headline")}  # (titles shown apart)
    return [s for s in source.sentences if s.paragraph not in headings]


def pair_rows(claims: Sequence[Claim], left: Source, right: Source) -> list[PairRow]:
    """Every body sentence of both sources in reading order, paired through the claims that hold both.

    One pass over the claims' statements and one merge over the two sources' sentences: linear in
    their sizes, whatever the corpus.
    """
    pairs: dict[int, tuple[int, Claim]] = {}
    taken_right: set[int] = set()
    for claim in claims:
        ls = rs = None
        for st in claim.statements:
            if ls is None and st.source == left.id:
                ls = st.sentence_index
            if rs is None and st.source == right.id:
                rs = st.sentence_index
        if ls is not None and rs is not None and ls not in pairs and rs not in taken_right:
            pairs[ls] = (rs, claim)
            taken_right.add(rs)
    right_body = _body(right)
    right_sentences = {s.index: s for s in right_body}
    pending = [s for s in right_body if s.index not in taken_right]
    next_right = 0  # the first of ``pending`` not yet shown
    rows: list[PairRow] = []
    for sentence in _body(left):
        match = pairs.get(sentence.index)
        if match is None:
            rows.append(PairRow("left", sentence, None))
            continue
        r_index, claim = match
        while next_right < len(pending) and pending[next_right].index < r_index:
            rows.append(PairRow("right", None, pending[next_right]))
            next_right += 1
        kind = "conflict" if claim.verdict == "disagree" else "matched"
        rows.append(PairRow(kind, sentence, right_sentences.get(r_index), claim.id, claim.evidence))
    rows.extend(PairRow("right", None, s) for s in pending[next_right:])
    return rows
