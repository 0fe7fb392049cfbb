"""Figures about an earlier event than the one reported: "In October 2023, a magnitude 6.3 earthquake
struck Afghanistan. The death toll was estimated to be over 4,000 ...", "Last year, a series of quakes in
western Afghanistan killed more than 1,000 people". The time a figure refers to is part of what it
measures: such figures are a claim of their own, never weighed against the reported event's.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.units import Unit
from briefing_tui.compare.when import published_day
from briefing_tui.model import Figure

EARLIER = " (earlier event)"  # the suffix of an earlier event's measure ("dead (earlier event)")
EARLIER_DAYS = 180  # a time ending this long before the article's date is another event's
OPENING_CHARS = 24  # a time fronted in a sentence ("In October 2023, ...") starts this close to its start
# A sentence that opens on a definite measure ("The death toll was ...") goes on about the sentence before.
_DEFINITE_OPENING = re.compile(r"\W{0,3}The\s{1,3}(?P<w1>[a-z]{1,20})(?:\s{1,3}(?P<w2>[a-z]{1,20}))?\b")


def _old(f: Figure, day: dt.date) -> bool:
    """Whether a date or year ends at least ``EARLIER_DAYS`` before ``day``."""
    if f.kind == "date" and f.date_high and not f.date_high.startswith("?"):
        try:
            end = dt.date.fromisoformat(f.date_high[:10])
        except ValueError:
            return False
    elif f.kind == "year" and f.low is not None and f.low == f.high:
        end = dt.date(int(f.low), 12, 31)
    else:
        return False
    return (day - end).days >= EARLIER_DAYS


def _fronted_old(figures: list[Figure], start: int, day: dt.date) -> bool | None:
    """True when a sentence (starting at ``start``) opens on an old time, False when it gives a time of
    its own otherwise, None when it gives none."""
    times = [f for f in figures if f.kind in ("date", "year")]
    if not times:
        return None
    return any(f.start - start <= OPENING_CHARS and _old(f, day) for f in times)


def earlier_event(unit: Unit, published: dict[str, str | None]) -> bool:
    """Whether the unit's figures are about an earlier event: it opens on a time long before the article's
    date, or it gives no time and opens on a definite measure ("The death toll ...") right after a
    sentence that opens on one."""
    day = published_day(published.get(unit.source.id))
    if day is None:
        return False
    own = _fronted_old(unit.figures, unit.start, day)
    if own is not None:
        return own
    m = _DEFINITE_OPENING.match(unit.text)
    if m is None or not any(measure_of_word(w) for w in (m.group("w1"), m.group("w2")) if w):
        return False
    sentences = unit.source.sentences
    if not 0 < unit.index < len(sentences):
        return False  # (paragraphs are not required to match: many pages put each sentence on a line)
    from briefing_tui.compare.figures import figures_in_text

    before = sentences[unit.index - 1]
    return bool(_fronted_old(figures_in_text(before.text, unit.source, before.start), before.start, day))
