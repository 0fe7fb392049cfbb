"""A group of mentions of one kind of event (see :mod:`.event_dates`), and whether a report's date joins it."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.compare import when
from briefing_tui.compare.day_relation import relation as _relation
from briefing_tui.compare.event_mentions import Mention
from briefing_tui.compare.event_weekdays import weekday_of
from briefing_tui.compare.event_words import EventKind, sentence_word_set


@dataclass(slots=True)
class Group:
    """Mentions of one kind of event (or of kinds of one family) and one measure ("date" or "time")."""

    kinds: list[EventKind]
    measure: str
    mentions: list[Mention] = field(default_factory=list)


def meets_all(m: Mention, group: Group) -> bool:
    """Whether a report's date (see :attr:`Mention.reported`) gives the day of every event mention of the group
    ("the judge announced on Monday" / "found guilty on Monday"), of its kind's family when it names one. It
    joins only the one group it meets (see :func:`event_groups`) and never makes a conflict: news dates its
    reports on the event's day often, and on another day as often (the toll "said on Sunday")."""
    # (an undated article's "last month" names neither a day nor a weekday: nothing to meet)
    own = [x for x in group.mentions if not x.reported and (x.low or x.clock is not None
                                                             or weekday_of(x.text, x.low, x.high) is not None)]
    if m.event.kind is not None and m.event.kind.family not in {k.family for k in group.kinds}:
        return False
    if not m.year_only and in_years(group) or m.year_only and any(x.low.startswith(when.UNKNOWN_YEAR) for x in own):
        return False  # (a day joins no years; a year no day of an unknown year)
    # (a source the group holds may repeat the event's day in a report naming the event: "Mars announced Wednesday
    # it had entered an agreement")
    return bool(own) and m.measure == group.measure and all(
        _relation(m, x) is True and (x.source.id != m.source.id or _names_kind(m, group)) for x in own)


def _names_kind(m: Mention, group: Group) -> bool:
    """Whether the sentence of a report's date names a kind of the group's events by one of its words."""
    words = sentence_word_set(m.sentence.text)
    return any(not words.isdisjoint(k.words) for k in group.kinds)


def in_years(group: Group) -> bool:
    """Whether the group's own mentions are all years that date its event (see :mod:`.event_years`)."""
    own = [m for m in group.mentions if not m.reported]
    return bool(own) and all(m.year_only for m in own)
