"""Where the body begins and ends, once the best-scoring stretch of lines is known.

The stretch often begins a little early: a headline, a standfirst and a photo caption score as
prose too. It ends too early when the page was cut off in the middle of a sentence (the partial
sentence is short and unpunctuated, but it is article text).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing_tui.ingest.body_span import INLINE_CHROME
from briefing_tui.ingest.clean import BLOCK_TWICE, BULLET, LineClass
from briefing_tui.ingest.clean_patterns import DATELINE_START
from briefing_tui.ingest.credits import NOT_NAME_START, is_agency
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.frame import ends_cut_off
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.list_items import TABLE_ROW_CLASS
from briefing_tui.ingest.prose_cues import reads_as_article, reads_as_reporting
from briefing_tui.lazy_pattern import lazy_compile
from briefing_tui.model import Paragraph, Removed, Source
from briefing_tui.ingest.textstats import FUNCTION_WORDS, ends_sentence, stop_density, words

HEAD_WINDOW = 8
"""Non-blank lines at the top of the stretch searched for the end of the page's header."""
MAX_STANDFIRST_LINES = 2
MAX_STANDFIRST_WORDS = 80
"""A standfirst is a sentence or two: more prose than this above a caption is the article itself."""
MAX_DATE_LINE_WORDS = 10
MAX_MARKER_CHARS = 200
"""Date lines and bylines are short: longer lines are not read for them."""
MAX_DATE_LINE_GAP_DAYS = 31
"""A date line under the lead names the page's own day (give or take an update): a line after prose whose
date is further than this from the stored date is a subheading ("What Happened on April 25, 2019")."""
# Header lines after which the article starts: captions, repeated summaries, bylines, date lines.
HEAD_MARKERS = frozenset({"photo caption", "caption (repeated)", "summary repeated below", "media placeholder",
                          "byline / read time", "appeal (donation, subscription, app)"})
AFTER_PROSE_MARKERS = frozenset({"summary repeated below", "byline / read time", "caption (repeated)"})
# A dateline alone on its line: "New Delhi:", "WASHINGTON —".
DATELINE_ONLY = lazy_compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[:—–]$")
MAX_CUT_OFF_GAP = 3
"""Text lines (a subheading, a short paragraph) allowed between the body's end and a cut-off last line."""
# Two or three capitalised words and nothing else: a name (subheadings have lower-case words or are longer).
NAME_LINE = lazy_compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}$")
# A date, then a byline, inside a header line: "... people. March. 27, 2025 07:47. by Young-Hun Jang".
DATE_THEN_BYLINE = lazy_compile(r"\b(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2})?\.?\s+(?i:by)\s+[A-Z][a-z]")
BYLINE_START = lazy_compile(r"^(?i:by|written by|words by|reporting by|posted by|par|von|por|door)\s+[A-ZÀ-Þ]")
# A date line's label left alone when the page's script printed the date itself elsewhere (or not at all):
# "Published", "Last updated:", "Posted on".
DATE_LABEL_ONLY = lazy_compile(r"^(?:(?:first )?published|(?:last )?updated|posted)(?: on)?\s*:?$", re.I)


def trim_header(lines: list[Line], classes: list[LineClass], lo: int, hi: int, date_hint: str | None = None) -> int:
    """Move the body's first line past a headline, standfirst and caption that head the stretch.

    ``date_hint`` (the page's stored date, ISO) tells a subheading that names another day ("What
    Happened on April 25, 2019" under the lead) from the article's own date line."""
    top = [i for i in range(lo, hi + 1) if lines[i].text][:HEAD_WINDOW]
    above = {ln.text for ln in lines[:top[0]] if ln.text} if top else set()
    cut = None
    prose_lines = prose_words = 0
    prose: list[str] = []
    for k, i in enumerate(top):
        text, cls = lines[i].text, classes[i]
        if _is_marker(text, cls, after_prose=prose_lines > 0, date_hint=date_hint,
                      after_reporting=any(map(reads_as_reporting, prose))) or cls.kind == "short" and text in above:
            cut = i  # (a headline printed again under the standfirst is header too)
            above.add(text)
            continue
        if cls.reason != BLOCK_TWICE:
            above.add(text)  # (a subheading printed again with its block is no headline)
        if prose and cls.reason == "photo caption" and not any(map(reads_as_article, prose)) \
                and _summarises(prose, [lines[j].text for j in top[k + 1:] if classes[j].kind == "good"]):
            cut = i  # a standfirst, then the photo and its caption, then the article that it sums up (a lead of
            continue  # three sentences or a dateline is the article's first paragraph, with a picture below it)
        if cls.kind == "short" and DATELINE_ONLY.match(text) and prose_lines:
            cut = i - 1  # "New Delhi:" on its own line after a standfirst: the article starts here
            break
        if cls.kind == "good":
            if DATELINE_START.match(text) and cls != TABLE_ROW_CLASS:  # ("Lisboa – 12 mortos" is a row, no dateline)
                cut = i - 1 if prose_lines else cut  # a dateline after a standfirst: the article starts here
                break
            prose_lines += 1
            prose_words += len(words(text))
            prose.append(text)
            if prose_lines > MAX_STANDFIRST_LINES or prose_words > MAX_STANDFIRST_WORDS:
                break
    start = lo if cut is None else cut + 1
    start = _past_link_list(lines, classes, start, hi)
    # Lines that are neither prose nor a dateline at the very top are the headline and its labels.
    body = [i for i in range(start, hi + 1) if lines[i].text]
    for i in body:
        cls = classes[i]
        text = lines[i].text
        if cls.kind == "good" or DATELINE_START.match(text) or DATELINE_ONLY.match(text) \
                or cls.kind == "short" and ends_sentence(text):
            return i
    return lo


PROSE_LIKE_WORDS = 8
PROSE_LIKE_DENSITY = 0.2


def _prose_like(text: str) -> bool:
    return len(words(text[:2000])) >= PROSE_LIKE_WORDS and stop_density(text) >= PROSE_LIKE_DENSITY


MIN_LINK_ITEMS = 3
"""Items in a row that make a list of links ("Key Reads" and its headlines) above the article."""


def _past_link_list(lines: list[Line], classes: list[LineClass], start: int, hi: int) -> int:
    """A list that opens the stretch, under a short label or none, before any prose: the site's links
    ("Key Reads", "Top stories"), not the article, which starts after it."""
    top = [i for i in range(start, hi + 1) if lines[i].text]
    k = 1 if top and not BULLET.match(lines[top[0]].text) and len(words(lines[top[0]].text)) <= 3 else 0
    items = 0
    while k + items < len(top) and BULLET.match(lines[top[k + items]].text):
        items += 1
    after = top[k + items:k + items + 2]
    if items >= MIN_LINK_ITEMS and len(after) == 2 and all(classes[i].kind == "good" and not BULLET.match(lines[i].text)
                                                          for i in after):
        return after[0]
    return start


SUMMARY_OVERLAP = 0.5
"""Share of a standfirst's content words that the article's next paragraphs repeat (a summary of them)."""
SUMMARY_READ = 2
"""Prose paragraphs after the photo that a standfirst is compared with."""
CONTENT_WORD = 4
"""Words at least this long count as content words in the comparison."""


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in words(text) if len(w) >= CONTENT_WORD}


def _summarises(prose: list[str], after: list[str]) -> bool:
    """Does the prose above a caption restate the paragraphs after it (a standfirst, not the lead)?"""
    mine = set().union(*map(_content_words, prose))
    theirs = set().union(*map(_content_words, after[:SUMMARY_READ])) if after else set()
    return bool(mine) and len(mine & theirs) >= SUMMARY_OVERLAP * len(mine)


def _is_marker(text: str, cls: LineClass, after_prose: bool, date_hint: str | None = None,
               after_reporting: bool = False) -> bool:
    """A line that ends the page's header. After prose, only a date line, a byline or a summary that
    the article repeats do: a caption may sit between the lead paragraph and the next one. After prose, a
    line whose date lies far from the page's known date (``date_hint``) is a subheading, not its date line.
    After prose that reads as reporting (words attributed, a quotation: the lead, not a standfirst), two or three
    capitalised words ("Rescue Operations") are a subheading, not an author's name."""
    if cls.kind == "bad":
        return cls.reason in (AFTER_PROSE_MARKERS if after_prose else HEAD_MARKERS)
    if len(text) > MAX_MARKER_CHARS or cls == TABLE_ROW_CLASS:
        return False  # (a table's row may name a day: the article's data, no date line)
    if DATE_LABEL_ONLY.match(text):
        return True
    n = len(words(text))
    found = find_date(text) if n <= MAX_DATE_LINE_WORDS else None
    if found is not None:
        return not (after_prose and date_hint and _days_apart(found[0], date_hint) > MAX_DATE_LINE_GAP_DAYS)
    # A byline with no "By": a person's name alone on its line ("Murray Hunter") under the standfirst.
    if DATE_THEN_BYLINE.search(text):
        return True  # a headline run together with its date and byline
    return n <= 12 and bool(BYLINE_START.match(text)) or cls.kind == "short" and bool(NAME_LINE.match(text)) \
        and text.split()[0].casefold() not in NOT_NAME_START and not after_reporting


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates (their first ten characters); 0 when either is unreadable."""
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def keep_cut_off_end(raw: str, lines: list[Line], classes: list[LineClass], hi: int) -> tuple[int, bool]:
    """When the page stops mid-sentence right after the body, the body goes on to its last line.

    Returns the body's last line and whether the text is truncated (cut off by the store in the middle
    of a sentence: in the body, or in a caption inside it). A page whose cut falls in what follows the
    article (a "Related" list, a teaser, a footer) is not: the article itself ended before it.
    """
    if not ends_cut_off(raw):
        return hi, False
    last = max((i for i, ln in enumerate(lines) if ln.text), default=-1)
    if last < 0 or classes[last].kind == "bad" and classes[last].reason in AFTER_ARTICLE:
        return hi, False
    between = [i for i in range(hi + 1, last) if lines[i].text]
    if last <= hi:
        return hi, True
    # (Inline chrome may stand between: a live blog's time stamp over its last entry.)
    if len(between) > MAX_CUT_OFF_GAP or any(classes[i].kind == "bad" and classes[i].reason not in INLINE_CHROME
                                             for i in between):
        return hi, False
    if between and not any(_prose_like(lines[i].text) for i in (*between, last)) \
            and not (_subheading(lines, classes, between) and _opens_sentence(lines[last].text)):
        return hi, False  # "Hashtags", "Newspapers in Spanish": a frame's labels, not a subheading and its paragraph
    if classes[last].reason == "menu item" and (
            BULLET.match(lines[hi].text) and stop_density(BULLET.sub("", lines[last].text)) >= CUT_ITEM_DENSITY
            or not between and _continues_body_list(lines, classes, hi, last)):
        classes[last] = LineClass("short", "list item cut off by the page's end")
        return last, True  # "• But those worries have eas": the article's list, cut off in its next item
    if classes[last].kind == "bad":
        return hi, classes[last].reason in INLINE_CHROME  # a caption cut off inside the article
    ws = words(lines[last].text)
    if len(ws) >= 2 and all(w[0].isupper() for w in ws) and not _opens_sentence(lines[last].text):
        return hi, False  # "Toronto Prepares": a cut-off headline of what comes next ("Meanw" is a sentence cut)
    return last, True


def _continues_body_list(lines: list[Line], classes: list[LineClass], hi: int, last: int) -> bool:
    """Does a cut-off line right after the body carry the marker of a list the body itself holds among its last
    lines ("— Rescued: 47 helped ..." kept, then "— Staying safe: nearl"; "* By Friday evening, ...", a paragraph,
    then "* Biden had said Thu")? A menu's items look alike, but the body's items are prose it kept."""
    mark = _marker(lines[last].text)
    if mark is None or len(words(lines[last].text)) < MIN_CUT_ITEM_WORDS:
        return False
    near = [i for i in range(hi, -1, -1) if lines[i].text][:CUT_LIST_LOOKBACK]
    return any(_marker(lines[i].text) == mark and classes[i].kind == "good" for i in near)


def _marker(text: str) -> str | None:
    """A list item's marker ("—", "*", "•"; a number's closing "." or ")"), or None for a line without one."""
    m = BULLET.match(text)
    return m.group(0).strip().lstrip("0123456789") if m else None


def _subheading(lines: list[Line], classes: list[LineClass], between: list[int]) -> bool:
    """Is the one line between the body and its cut-off end a subheading (a short text line, no full stop)?"""
    return len(between) == 1 and classes[between[0]].kind == "short" and not ends_sentence(lines[between[0]].text) \
        and len(words(lines[between[0]].text)) <= MAX_SUBHEADING_WORDS


def _opens_sentence(text: str) -> bool:
    """Does a cut-off line open a sentence, not a label or headline: its first word is a function word ("The
    plaintiffs als", "Die bisher größte Überna", "On S"), or a clause runs on past a comma ("Carney, Conservative
    Leader Pierre P")?"""
    ws = words(text)
    return bool(ws) and (ws[0].casefold() in FUNCTION_WORDS or len(ws) >= MIN_CLAUSE_WORDS and "," in text)


MAX_SUBHEADING_WORDS = 10
"""A subheading above a paragraph cut off by the page's end is a few words long."""
MIN_CLAUSE_WORDS = 4
"""Words a cut-off line has at least when a comma inside it shows a sentence going on."""


CUT_ITEM_DENSITY = 0.2
"""Function-word share from which a cut-off list item reads as prose (a menu's items have none)."""
CUT_LIST_LOOKBACK = 3
"""Last text lines of the body searched for a kept list item with the cut-off line's marker."""
MIN_CUT_ITEM_WORDS = 3
"""Words a cut-off item has at least to be read as the body's list going on ("• Sport" is a menu's)."""
AFTER_ARTICLE = frozenset({"after the article", "teaser list", "teaser (full form of a teaser line)", "copyright footer",
                           "newsletter / legal notice", "credit line", "site chrome"})


# A credit closing the last paragraph: "... step down. (Reporting by A; Writing by B)", "... he said. — AFP".
CLOSING_CREDIT = lazy_compile(
    r"(?:\((?i:(?:additional )?(?:reporting|writing|editing|edited|compiled|translated) by)\b[^()]{0,200}\)"
    r"|(?<=\s)[—–-] ?(?P<agency>[A-Z][\w&.-]{0,30}(?: [A-Z][\w&.-]{0,30}){0,3})"
    # An editor's initials after the last sentence: "... spiega il Fondo. (Abu)".
    r"|(?<=[.!?\"”»]) ?\([A-Za-z]{2,5}\))[ \t]*$")


def trim_closing_credit(src: Source) -> None:
    """Cut a wire credit off the end of the body's last paragraph (it is not article text)."""
    if not src.paragraphs:
        return
    last = src.paragraphs[-1]
    m = CLOSING_CREDIT.search(last.text[-300:])
    if not m or m.group("agency") and not is_agency(m.group("agency")):
        return
    at = len(last.text) - len(last.text[-300:]) + m.start()
    cut = len(last.text[:at].rstrip())
    if cut <= 0:
        return
    src.paragraphs[-1] = Paragraph(last.start, last.start + cut, src.raw[last.start:last.start + cut], last.kind, last.section)
    src.removed.append(Removed(last.start + at, last.end, "credit line"))


# How a site's blurbs for its other series and pages begin (several languages):
PROMO_OPENER = lazy_compile(
    r"^(?:A|An|Our|The)\s+(?:\w+\s+)?(?:series|collection|guide|roundup|podcast|newsletter)\s+(?:about|of|on|based on|for|to|that)\b"
    r"|^Here (?:is|are) (?:a|our|the) (?:collection|series|guide|selection)\b"
    r"|^Information (?:on|about)\b"
    r"|^(?:Une|Notre) (?:série|sélection|collection)\b|^(?:Eine|Unsere) (?:Serie|Sammlung)\b|^(?:Una|Nuestra) (?:serie|colección)\b",
    re.I,
)
PROMO_BLOCK_MIN = 3
"""Short paragraphs in a row at the body's end that may form a block of blurbs ..."""
PROMO_BLOCK_OPENERS = 2
"""... when at least this many of them open as blurbs do."""
PROMO_MAX_WORDS = 40


def trim_trailing_promos(src: Source) -> None:
    """Drop the site's blurbs for its other series printed after the article with no heading ("A series
    about ...", "Here is a collection of ...", "Information on ..."): a block of short paragraphs at the
    end, several of them opening as blurbs do, from the first such opener on."""
    paras = src.paragraphs
    run = 0
    while run < len(paras) - 1 and len(words(paras[-(run + 1)].text)) <= PROMO_MAX_WORDS:
        run += 1
    block = paras[len(paras) - run:]
    openers = [k for k, p in enumerate(block) if PROMO_OPENER.match(p.text)]
    if len(block) < PROMO_BLOCK_MIN or len(openers) < PROMO_BLOCK_OPENERS:
        return
    first = len(paras) - run + openers[0]
    for p in paras[first:]:
        src.removed.append(Removed(p.start, p.end, "promotion after the article"))
    del paras[first:]
    src.truncated = False  # the page's cut, if any, fell in the blurbs, not in the article
