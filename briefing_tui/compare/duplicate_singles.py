"""Single claims that say nothing another claim does not: a sentence alone in its claim by wording whose whole
text a claim of several sources states already (a claim by measure holds the sentence for its figure: "224
people lost their lives in the disaster" is a statement of the death toll, not a claim of its own as well).

A sentence that states two claims serves each of them; a single claim repeating one of them is a duplicate. A
sentence some claim holds only in part (a clause of it) keeps its single claim: the rest of it may say more ("at
55 dollars apiece" beside the deal's value). A sentence whose clauses claims of several sources hold, every one of
them, says nothing more ("Four people are missing in the region, where about 3,000 were evacuated": its missing and
its evacuated, each in its claim): a duplicate too.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.model import Claim


def _held(claim: Claim) -> set[tuple[str, int, int]]:
    """(source, start, end) of each statement of a claim that is its whole sentence."""
    return {(s.source, s.start, s.end) for s in claim.statements if s.sentence is None}


MAX_LEFT_LETTERS = 0  # letters of a sentence no clause of a shared claim holds, for the sentence to be held whole


def _clauses_held(claim: Claim, parts: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the clauses of shared claims (``parts``: their statements' spans by source) hold every word of the
    single claim's one whole sentence (only its punctuation and spaces left between them)."""
    s = claim.statements[0]
    covered = [False] * (s.end - s.start)
    for lo, hi in parts.get(s.source, ()):
        for k in range(max(lo, s.start), min(hi, s.end)):
            covered[k - s.start] = True
    left = (ch for ch, held in zip(s.text, covered) if not held)
    return len(s.text) == s.end - s.start and sum(ch.isalnum() for ch in left) <= MAX_LEFT_LETTERS


def without_duplicate_singles(claims: Sequence[Claim]) -> list[Claim]:
    """The claims without the single claims by wording (no measure, one statement) whose statement, as a whole
    sentence, a claim of several sources holds (its verdict agree or disagree), or clauses of such claims hold
    whole."""
    shared = set().union(*(_held(c) for c in claims if c.verdict != "single"))
    parts: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        if c.verdict != "single":
            for st in c.statements:
                if st.sentence is not None:  # (a clause of its sentence)
                    parts.setdefault(st.source, []).append((st.start, st.end))
    return [c for c in claims if not (c.verdict == "single" and c.measure is None and len(c.statements) == 1
                                      and _held(c) and (_held(c) <= shared or _clauses_held(c, parts)))]
