"""Single claims that say nothing another claim does not: a sentence alone in its claim by wording whose whole
text a claim of several sources states already (a claim by measure holds the sentence for its figure: "224
people lost their lives in the disaster" is a statement of the death toll, not a claim of its own as well).

A sentence that states two claims serves each of them; a single claim repeating one of them is a duplicate. A
sentence some claim holds only in part (a clause of it) keeps its single claim: the rest of it may say more ("at
55 dollars apiece" beside the deal's value).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.model import Claim


def _held(claim: Claim) -> set[tuple[str, int, int]]:
    """(source, start, end) of each statement of a claim that is its whole sentence."""
    return {(s.source, s.start, s.end) for s in claim.statements if s.sentence is None}


def without_duplicate_singles(claims: Sequence[Claim]) -> list[Claim]:
    """The claims without the single claims by wording (no measure, one statement) whose statement, as a whole
    sentence, a claim of several sources holds (its verdict agree or disagree)."""
    shared = set().union(*(_held(c) for c in claims if c.verdict != "single"))
    return [c for c in claims if not (c.verdict == "single" and c.measure is None and len(c.statements) == 1
                                      and _held(c) and _held(c) <= shared)]
