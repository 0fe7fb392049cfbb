"""Claims of one number said of one thing by a short phrase (which day of action, which anniversary): each line's
phrases found by a finder giving (start, end, number), clustered by a rule of the caller (see :mod:`.phrase_claims`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing_tui.compare.phrase_claims import Phrase, cluster, phrase_claim, voices_of
from briefing_tui.compare.units import Unit
from briefing_tui.model import Claim, Sentence, Source

NumberFinder = Callable[[str], list[tuple[int, int, int]]]
"""A finder of numbered phrases in a line: (start, end, number), offsets in the line."""


def numbered_claims(sources: Sequence[Source], units: Sequence[Unit], rank: dict[str, int],
                    lines: Callable[[Source], Sequence[Sentence]], find: NumberFinder, key: str, title: str,
                    reading: Callable[[int], str], fits: Callable[[Phrase, Phrase], bool],
                    detail: Callable[[Sentence], tuple] = lambda line: ()) -> list[tuple[tuple, Claim]]:
    """The claims of ``key`` that two sources state, with their sort keys: the phrases ``find`` gives in each line
    read (``detail`` of its line kept with each), clustered by ``fits``, titled ``title`` and each number's
    ``reading``."""
    voices = voices_of(units)
    phrases = []
    for source in sources:
        for line in lines(source):
            for start, end, value in find(line.text):
                speaker, voice = voices.get((source.id, line.start), (None, "outlet"))
                phrases.append(Phrase(
                    source.id, source.raw[line.start + start:line.start + end], line.start + start,
                    line.start + end, (line.start, line.end), None if line.index < 0 else line.index, (key,), value,
                    reading(value), frozenset(), detail(line), speaker, voice))
    out = []
    for group in cluster(phrases, fits):
        made = phrase_claim(group, rank, title, key, key[0])
        if made is not None:
            out.append(made)
    return out
