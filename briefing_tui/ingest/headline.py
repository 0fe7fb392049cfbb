"""A page's headline as a located part of the source (issue 11).

Header detection (:func:`~briefing_tui.ingest.header.detect_header`) finds the title among the lines cut as
header, with its raw offsets. A headline is the outlet's own claim ("Death toll in floods rises to 52"), so
:func:`keep_headline` keeps it as a paragraph of its own kind ("headline") ahead of any standfirst: out of the
body, but segmented into a sentence that the comparison, entities and quotes read, with its offsets.
"""

from __future__ import annotations

from briefing_tui.ingest.clean_patterns import BULLET, DATELINE_START, FIGURE, LEAD_IN
from briefing_tui.ingest.header import CLOSED_LIKE_PROSE
from briefing_tui.ingest.textstats import ends_sentence, words
from briefing_tui.lazy_pattern import lazy_compile
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


MIN_STATING_WORDS = 6
"""A short line with a figure this long is a statement ("Retail investors could bid for maximum 98 shares"); a
shorter one is a label ("Key figures 2024", "Day 3")."""
# A list entry's label: a name in capitals, a comma, then what it is or got ("Yann Le Pen, a 12-month suspended
# prison term"): no statement of its own, whose figure would be read without the verb that says whose it is.
_NAME_APPOSITION = lazy_compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s")


def states_figure(text: str) -> bool:
    """Is a short unclosed line a statement with a figure rather than a subheading: long enough, a digit in it,
    not a lead-in ending with a colon ("Here are the figures for 2024:") nor a list entry's label
    ("Yann Le Pen, a 12-month suspended prison term")? Such a line (a liveblog's entry "Death toll rises above
    15,000", a fact box's "Hyundai Motor India's issue is worth ₹27,870.16 crore") is read as the article's text,
    so that its figure is a statement."""
    return len(words(text)) >= MIN_STATING_WORDS and bool(FIGURE.search(text)) and not LEAD_IN.search(text.rstrip()) \
        and not _NAME_APPOSITION.match(text)


HEADER_REASON = "before the article (header)"
"""The reason a header line is dropped with when cleaning gave it none of its own (no caption, byline, menu)."""
SECOND_HEADLINE_LOOKUP = 2
"""Dropped lines above the headline looked at for a second headline (a date line may stand between them)."""


def keep_second_headline(src: Source) -> None:
    """Keep a second headline above the page's headline as a "headline" paragraph too: a page prints its title
    twice, worded differently ("Miami federal jury orders Tesla to pay more than $240 million in Autopilot crash
    case" over "Tesla ordered to pay $200M+ in Autopilot lawsuit"), and the other wording states a figure too. Only
    an unclosed header line that :func:`states_figure`, of the header lines just above the headline, is kept, never
    a list's item; it stays out of the body and is read as the headline is (restating the body's figures, never
    forming a claim)."""
    head = next((k for k, p in enumerate(src.paragraphs) if p.kind == "headline"), None)
    if head != 0:
        return
    first = src.paragraphs[0]
    above = sorted((r for r in src.removed if r.end <= first.start and src.raw[r.start:r.end].strip()),
                   key=lambda r: r.start, reverse=True)[:SECOND_HEADLINE_LOOKUP]
    for at, r in enumerate(above):
        text = src.raw[r.start:r.end].strip()
        if r.reason != HEADER_REASON or text == first.display or not states_figure(text) \
                or CLOSED_LIKE_PROSE.search(text) or ends_sentence(text) or opens_on_dateline(text) or BULLET.match(text):
            # (a list's item, bulleted or numbered, is a key point or a menu's entry: no headline)
            continue
        start = r.start + src.raw[r.start:r.end].index(text)
        src.removed.remove(r)
        src.paragraphs.insert(0, Paragraph(start, start + len(text), text, "headline"))
        return
