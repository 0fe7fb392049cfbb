"""Which mentions of an event's day (see :mod:`.event_mentions`) the grouping of :mod:`.event_dates` weighs when it
joins groups and reports: an undated article's weekday, and a report's date that another source gives as the
event's very day. (Split from event_dates.py to keep it small.)"""

from __future__ import annotations

from briefing_tui.compare.event_mentions import Mention
from briefing_tui.compare.event_weekdays import weekday_of


def gives_day(m: Mention, x: Mention) -> bool:
    """Whether another source's event mention ``x`` gives the one day the report's date ``m`` gives ("the collision
    ... in the early hours of March 26" for "A little past midnight on March 26, the vessel reported")."""
    return not x.reported and x.source.id != m.source.id and x.clock is None and bool(x.low) and x.low == x.high == m.low


def weekday_only(m: Mention) -> bool:
    """Whether a mention without a day names one weekday (an undated article's "Tuesday")."""
    return m.clock is None and not m.low and weekday_of(m.text, m.low, m.high) is not None
