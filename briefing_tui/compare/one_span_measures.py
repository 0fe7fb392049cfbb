"""Lengths a court case has one of (issue 11): its trial's and its jury's deliberation's.

"Combs was convicted after his seven-week trial", "8 weeks on trial", "el juicio duró siete semanas": each is the
length of the one trial the story is about, as a death toll is the one event's. Read as the measure ``trial
duration`` (:mod:`.event_spans`), such figures shared no wording across sources ("seven-week trial" and "8 weeks
on trial" share one word), so two values made two claims that each agreed, and the outlets' disagreement went
unseen. A trial's and a deliberation's length are event measures: the measure (and subject) align them alone, each
kept apart from other lengths (a programme's, a loan's, a visit's: several per story) by its own name. An earlier
trial's length stays apart as any earlier event's figure does (a year before the article's: ``earlier_marks``).
"""

from __future__ import annotations

# Lengths of happenings a court case has one of (names from event_spans._NOUNS).
ONE_PER_CASE_SPANS = frozenset({"trial duration", "deliberation duration"})

