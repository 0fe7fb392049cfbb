"""A page's headline as a located part of the source (issue 11).

Header detection (:func:`~briefing_tui.ingest.header.detect_header`) finds the title among the lines cut as
header, with its raw offsets. A headline is the outlet's own claim ("Death toll in floods rises to 52"), so
:func:`keep_headline` keeps it as a paragraph of its own kind ("headline") ahead of any standfirst: out of the
body, but segmented into a sentence that the comparison, entities and quotes read, with its offsets.
"""

from __future__ import annotations

from briefing_tui.ingest.clean_patterns import DATELINE_START
from briefing_tui.ingest.header import CLOSED_LIKE_PROSE
from briefing_tui.ingest.textstats import ends_sentence, words
from briefing_tui.model import Paragraph, Removed, Source

MIN_FIRST_LINE_WORDS = 4
"""A headline opening the text has a few words at least (a shorter first line is a label: "Overview")."""
MAX_FIRST_LINE_WORDS = 20
"""... and is short: a longer unclosed first line is the article's own text, cut or run on."""
PROSE_RATIO = 2
"""The paragraph under such a headline is prose this many times as long at least."""
TEASER_ENDS = ("…", "...", "。")
"""How a teaser or a sentence taken for the title ends (a headline closes on none of them)."""


def opens_on_dateline(text: str) -> bool:
    """Does ``text`` open on a dateline ("LAGOS, Nigeria (AP) — ", "MUMBAI: ")? A dash inside a word's compound
    ("US–Japan trade deal") is none."""
    m = DATELINE_START.match(text)
    return m is not None and not text[m.end():m.end() + 1].isalnum()


def first_line_headline(src: Source) -> tuple[int, int] | None:
    """The span of a headline that cleaning kept as the body's first paragraph, for a page where no title was
    found above the body: a single short line that does not close like prose ("Manitoba to give update on
    wildfire situation at 12:45 p.m."), over a paragraph of prose. None otherwise."""
    paras = src.paragraphs
    if len(paras) < 2 or paras[0].kind not in ("text", "heading") or paras[1].kind != "text":
        return None
    first, under = paras[0].text.strip(), paras[1].text.strip()
    n = len(words(first))
    if "\n" in first or opens_on_dateline(first) or not MIN_FIRST_LINE_WORDS <= n <= MAX_FIRST_LINE_WORDS or CLOSED_LIKE_PROSE.search(first) \
            or first.endswith(("?", "!")) or not ends_sentence(under) or len(words(under)) < PROSE_RATIO * n:
        return None
    return paras[0].start, paras[0].end


def keep_headline(src: Source, span: tuple[int, int] | None) -> None:
    """Make the title found at ``span`` a "headline" paragraph: the body's first paragraph when it is that
    paragraph (:func:`first_line_headline`), else when it lies in a header line that cleaning dropped, before the
    first paragraph (a title read inside the body or below it, or a page with no body, is
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
    text = raw[start:end]
    if opens_on_dateline(text) or CLOSED_LIKE_PROSE.search(text) or text.endswith(TEASER_ENDS):
        return  # (a line opening on a dateline, or closing like prose or a teaser, is the article's words, not a
        # headline: "LAGOS, Nigeria (AP) — Floods swept ...", a lead cut off with "…")
    if src.paragraphs and (start, end) == (src.paragraphs[0].start, src.paragraphs[0].end) \
            and src.paragraphs[0].kind in ("text", "heading"):
        src.paragraphs[0].kind = "headline"  # (the body's first line, read as the headline: out of the body)
        return
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
