"""One article counted once: two files of a corpus with the same article text (a copy, the same page saved twice)
yield one source; the later copy is skipped with a problem naming the file it repeats."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.sha import sha1

SAME_TEXT = "same text as {other}: skipped (an article is counted once)"
"""The problem reported for the later of two files with one article text."""
SAME_TEXT_MARK = "same text as "
"""How that problem starts (a sync recognises it among a file's stored problems)."""


def text_digest(body: str) -> str:
    """A digest of an article's text with its spacing folded ("" for no text): equal for the same article
    saved twice, whatever its page around it or its line breaks."""
    folded = " ".join(body.split())
    return sha1(folded.encode("utf-8", "surrogatepass")).hexdigest() if folded else ""


def repeated_texts(digests: Sequence[str], ages: Sequence[float | int | None]) -> dict[int, int]:
    """For each position whose digest an earlier copy has, the position of the copy kept: the oldest file
    (``ages``: modification times, None when unknown), then the first in discovery order. Empty digests
    (no text) never repeat."""
    first: dict[str, int] = {}
    for i, d in enumerate(digests):
        if d and (d not in first or _older(ages[i], ages[first[d]])):
            first[d] = i
    return {i: first[d] for i, d in enumerate(digests) if d and first[d] != i}


def _older(a: float | int | None, b: float | int | None) -> bool:
    return a is not None and b is not None and a < b
