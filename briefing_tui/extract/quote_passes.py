"""Second passes over one source's quotes, once every paragraph is read: fragments inside reported
speech, quotes continued over paragraphs, and echoes of words attributed elsewhere."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from briefing_tui.extract.names import fold
from briefing_tui.model import AttributionCue, Entity, SpeakerType


@dataclass
class PendingQuote:
    """A quote before cross-source merging (mutable while the source is being read)."""

    start: int
    end: int
    kind: str
    speaker: Entity | None
    cue: AttributionCue | str | None  # a direct quote's attribution, or the cue word of reported speech
    paragraph: int
    continues: bool = False
    phrase: str | None = None  # an unnamed organisation or group speaker as the text calls it
    phrase_kind: SpeakerType | None = None


def drop_fragments_of_reported(quotes: list[PendingQuote]) -> list[PendingQuote]:
    """A quoted fragment inside reported speech belongs to it: no separate direct quote."""
    reported = sorted((q.start, q.end) for q in quotes if q.kind == "reported")
    if not reported:
        return quotes
    starts = [a for a, _ in reported]

    def within(q: PendingQuote) -> bool:
        i = bisect_right(starts, q.start) - 1
        return i >= 0 and q.end <= reported[i][1] + 1 and q.end - q.start < reported[i][1] - reported[i][0]

    return [q for q in quotes if q.kind != "direct" or not within(q)]


def fill_continuations(quotes: list[PendingQuote]) -> None:
    """An open quote continued in the next paragraph takes the speaker named there, and back."""
    direct = [q for q in quotes if q.kind == "direct"]
    for i in range(len(direct) - 2, -1, -1):
        q, nxt = direct[i], direct[i + 1]
        if q.continues and nxt.paragraph == q.paragraph + 1:
            if q.speaker is None and nxt.speaker is not None:
                q.speaker, q.cue = nxt.speaker, "continued"
    for i in range(len(direct) - 1):
        q, nxt = direct[i], direct[i + 1]
        if q.continues and nxt.paragraph == q.paragraph + 1 and nxt.speaker is None and q.speaker is not None:
            nxt.speaker, nxt.cue = q.speaker, "continued"


def attribute_echoes(quotes: list[PendingQuote], raw: str) -> None:
    """A fragment with no attribution that repeats words the article attributes elsewhere."""
    attributed = [(fold(raw[q.start:q.end]), q.speaker) for q in quotes if q.speaker is not None]
    for q in quotes:
        if q.kind != "direct" or q.speaker is not None or q.cue is not None:
            continue
        frag = fold(raw[q.start:q.end]).strip(" .,")
        if len(frag.split()) < 3:
            continue
        speakers = {s.id: s for text, s in attributed if frag in text}
        if len(speakers) == 1:
            q.speaker, q.cue = next(iter(speakers.values())), "echo"
