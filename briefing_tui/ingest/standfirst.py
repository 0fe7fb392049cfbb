"""A page's standfirst: the summary line or two under the headline, above the byline, photo and article.

Header trimming (:func:`~briefing_tui.ingest.edges.trim_header`) rightly starts the body after it, but a
desk reads it: its statements are the article's own words. :func:`standfirst_lines` finds it among the
lines cut as header, so that it is kept as a paragraph of its own kind ("standfirst") before the body.
"""

from __future__ import annotations


from briefing_tui.ingest.boilerplate import has_photo_credit
from briefing_tui.ingest.clean import BULLET, LineClass, looks_like_headline
from briefing_tui.ingest.clean_patterns import DATELINE_START
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.edges import (BYLINE_START, DATELINE_ONLY, HEAD_WINDOW, MAX_DATE_LINE_WORDS,
                                       MAX_STANDFIRST_LINES, MAX_STANDFIRST_WORDS, NAME_LINE)
from briefing_tui.ingest.header import STANDFIRST_DENSITY, STANDFIRST_WORDS
from briefing_tui.ingest.header_patterns import BYLINE
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import stop_density, words
from briefing_tui.lazy_pattern import lazy_compile

MIN_STANDFIRST_WORDS = 8
"""A standfirst states something: shorter lines under a headline are labels, kickers and section names."""
MIN_STANDFIRST_DENSITY = 0.2
"""Function-word share from which a line reads as a sentence (a menu's items and a label have almost none)."""
MAX_STANDFIRST_CAPS = 0.4
"""Share of a line's longer words that may be capitalised in sentence case (names); more is a Title Case line."""
CAPS_WORD_CHARS = 4
"""Words at least this long are counted for sentence case (short function words are capitalised in Title Case too)."""
MIN_HEADLINE_WORDS = 3
"""A headline over a standfirst has a few words at least (a shorter line is a label or a section name)."""
# A line closed by a full stop (inside closing quotes or brackets): prose; a headline has none.
CLOSED_SENTENCE = lazy_compile(r"[.][\"”’»)]*\s*$")
# Header lines that may stand between a standfirst and the article: bylines, date lines, captions, a media slot.
BETWEEN_REASONS = frozenset({"photo caption", "caption (repeated)", "caption label", "media placeholder",
                             "byline / read time"})
# Header lines the headline may be classed as (a page often prints it twice).
HEADLINE_REASONS = frozenset({"repeated template line", "summary repeated below"})


def standfirst_lines(lines: list[Line], classes: list[LineClass], lo: int) -> list[int]:
    """Indices of the standfirst's lines just above the body's first line ``lo``: one or two lines of prose in
    sentence case under the headline, with only bylines, date lines and captions between them and the body.
    The topmost line of such a run with no headline above it, or an unclosed one over another line, is the
    headline itself, never a standfirst."""
    above = [i for i in range(lo - 1, -1, -1) if lines[i].text][:HEAD_WINDOW]
    k = 0
    while k < len(above) and _between(lines[above[k]].text, classes[above[k]]):
        k += 1
    run: list[int] = []
    while k < len(above) and _standfirst_line(lines[above[k]].text, classes[above[k]]):
        run.append(above[k])
        k += 1
    if not run:
        return []
    over = above[k] if k < len(above) else None
    if over is None or not _headline(lines[over].text, classes[over]) \
            or len(run) > 1 and not CLOSED_SENTENCE.search(lines[run[-1]].text):
        run = run[:-1]  # (the run's top line is the headline: "Landslide: hundreds dead in remote region")
    texts = [lines[i].text for i in run]
    if len(run) > MAX_STANDFIRST_LINES or sum(len(words(t)) for t in texts) > MAX_STANDFIRST_WORDS \
            or over is not None and any(t == lines[over].text for t in texts):
        return []
    return sorted(run)


def _between(text: str, cls: LineClass) -> bool:
    """A byline, date line or caption between the standfirst and the article."""
    if cls.kind == "bad":
        return cls.reason in BETWEEN_REASONS
    n = len(words(text))
    return bool(BYLINE_START.match(text) or BYLINE.match(text)) or cls.kind == "short" and bool(NAME_LINE.match(text)) \
        or n <= MAX_DATE_LINE_WORDS and find_date(text) is not None or has_photo_credit(text)


def _standfirst_line(text: str, cls: LineClass) -> bool:
    """Prose in sentence case of a sentence or two: never a byline, a date line, a caption, a menu or a dateline."""
    if cls.kind not in ("good", "short") or _between(text, cls) or DATELINE_START.match(text) \
            or DATELINE_ONLY.match(text):
        return False
    text = text[BULLET.match(text).end():] if BULLET.match(text) else text
    ws = words(text)
    if not MIN_STANDFIRST_WORDS <= len(ws) <= MAX_STANDFIRST_WORDS or looks_like_headline(text) \
            or stop_density(text) < MIN_STANDFIRST_DENSITY:
        return False
    long = [w for w in ws[1:] if len(w) >= CAPS_WORD_CHARS]
    if sum(1 for w in long if w[0].isupper()) > MAX_STANDFIRST_CAPS * len(long):
        return False
    # A sentence closed by a full stop, or one as long and wordy as no headline is: a short unclosed line under
    # the headline is a second headline ("Tesla ordered to pay $200M+ in Autopilot lawsuit"), not prose.
    return bool(CLOSED_SENTENCE.search(text)) or len(ws) >= STANDFIRST_WORDS and stop_density(text) >= STANDFIRST_DENSITY


def _headline(text: str, cls: LineClass) -> bool:
    """A headline-like line: text (or a headline printed twice) that does not close with a full stop."""
    if cls.kind == "bad" and cls.reason not in HEADLINE_REASONS:
        return False
    return len(words(text)) >= MIN_HEADLINE_WORDS and not text.rstrip().endswith(".") and not _between(text, LineClass("good"))
