"""A page's headline as a located part of the source (issue 11).

Header detection (:func:`~briefing_tui.ingest.header.detect_header`) finds the title among the lines cut as
header, with its raw offsets. A headline is the outlet's own claim ("Death toll in floods rises to 52"), so
:func:`keep_headline` keeps it as a paragraph of its own kind ("headline") ahead of any standfirst: out of the
body, but segmented into a sentence that the comparison, entities and quotes read, with its offsets.
"""

from __future__ import annotations

from briefing_tui.model import Paragraph, Removed, Source


def keep_headline(src: Source, span: tuple[int, int] | None) -> None:
    """Make the title found at ``span`` a "headline" paragraph when it lies in a header line that cleaning
    dropped, before the first paragraph (a title read inside the body or below it, or a page with no body, is
    left as it is). The
    dropped line's other parts (a wire slug, a markdown mark) stay removed, for the same reason."""
    if span is None:
        return
    start, end = span
    raw = src.raw
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    if start >= end or not src.paragraphs or any(p.start < end and start < p.end for p in src.paragraphs) \
            or start >= src.paragraphs[0].start:
        return
    at = next((k for k, r in enumerate(src.removed) if r.start <= start and end <= r.end), None)
    if at is None:
        return
    line = src.removed.pop(at)
    rest = [Removed(a, b, line.reason) for a, b in ((line.start, start), (end, line.end)) if raw[a:b].strip()]
    src.removed[at:at] = rest
    src.paragraphs.insert(0, Paragraph(start, end, raw[start:end], "headline"))
