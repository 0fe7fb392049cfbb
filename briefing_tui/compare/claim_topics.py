"""A claim's topic when no measure names it: its anchor statement's teller and main clause, as a reader states it
("Baitas: the priority was to reach the injured"; see :mod:`.clause_titles`), never a noun phrase cut out of the
sentence ("Bare hands", "Road Initiative cooperation agreements")."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.compare.clause_titles import clause_title
from briefing_tui.compare.units import Unit

BEFORE_CHARS = 120  # how much of the sentence before a statement cut from it is read for its noun


def topic_of(group: Sequence[Unit], marks: Sequence[tuple[int, int, str]] = ()) -> str:
    """The title of a claim by wording: the clause title of its anchor statement (the group's first), which
    names who says or does what. ``marks`` (the anchor's figures weighed) are not needed: the clause keeps its
    figures in their words ("Japan's investment in Kazakhstan's energy and metallurgy sectors amounts to $3.7
    billion")."""
    del marks  # (the signature :func:`~.titles.wording_topic` calls)
    anchor = group[0]
    raw = anchor.source.raw or ""
    return clause_title(anchor.text, raw[max(0, anchor.start - BEFORE_CHARS):anchor.start])
