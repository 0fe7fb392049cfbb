"""A blog's post-meta line that prints the headline again inside itself: "World, News March 5, 2025 No Comments
on <headline>4 minute read" under the headline. Such a line is no headline of its own (it holds the real one),
and the date it gives outside the repeated headline is the post's date."""

from __future__ import annotations

from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.header_fields import HeaderInfo
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import words

MIN_ECHOED_WORDS = 5  # the shortest headline whose repeat inside a longer line marks that line as its meta line
MAX_META_WORDS = 16  # the longest rest of such a line (its words outside the headline) read for a date


def headline_echoes(head: list[Line], info: HeaderInfo) -> set[int]:
    """The starts of the lines of ``head`` that repeat the non-empty line right above them inside themselves with a
    few other words around that give a date (a meta line); that date is the publication date (set on ``info`` if
    none is yet)."""
    echoes: set[int] = set()
    above: Line | None = None
    for ln in head:
        text = ln.text.strip()
        if not text:
            continue
        if above is not None and len(words(above.text)) >= MIN_ECHOED_WORDS and text != above.text.strip() \
                and (at := ln.text.find(above.text.strip())) >= 0:
            end = at + len(above.text.strip())
            rest = ln.text[:at] + " " * (end - at) + ln.text[end:]  # (the repeat blanked: offsets kept)
            date = find_date(rest)
            if date and len(words(rest)) <= MAX_META_WORDS:  # (a line dating the post; a caption printed again
                echoes.add(ln.start)  # with its credit is none)
                info.set("published", date[0], (ln.start + date[1], ln.start + date[2]))
                continue
        above = ln
    return echoes
