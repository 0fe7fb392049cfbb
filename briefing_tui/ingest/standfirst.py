"""A page's standfirst: the summary line or two under the headline, above the byline, photo and article.

Header trimming (:func:`~briefing_tui.ingest.edges.trim_header`) rightly starts the body after it, but a
desk reads it: its statements are the article's own words. :func:`standfirst_lines` finds it among the
lines cut as header, so that it is kept as a paragraph of its own kind ("standfirst") before the body.
"""

from __future__ import annotations


from briefing_tui.ingest.boilerplate import describes_picture, has_photo_credit
from briefing_tui.ingest.clean import BULLET, LineClass, looks_like_headline
from briefing_tui.ingest.clean_patterns import DATELINE_START, FIGURE, LEAD_IN
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.edges import (BYLINE_START, DATE_LABEL_ONLY, DATELINE_ONLY, HEAD_WINDOW, MAX_DATE_LINE_WORDS,
                                       MAX_STANDFIRST_LINES, MAX_STANDFIRST_WORDS, NAME_LINE)
from briefing_tui.ingest.header import MIN_DISPLACING_WORDS, STANDFIRST_DENSITY, STANDFIRST_WORDS, standfirst_under
from briefing_tui.ingest.header_patterns import BYLINE
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import stop_density, words
from briefing_tui.lazy_pattern import lazy_compile

MIN_STANDFIRST_WORDS = 8
"""A standfirst states something: shorter lines under a headline are labels, kickers and section names ..."""
MIN_CLOSED_STANDFIRST_WORDS = 4
"""... unless closed by a full stop: "Twelve people are still missing." states something (a label has no stop)."""
MIN_STANDFIRST_DENSITY = 0.2
"""Function-word share from which a line reads as a sentence (a menu's items and a label have almost none)."""
MAX_STANDFIRST_CAPS = 0.4
"""Share of a line's longer words that may be capitalised in sentence case (names); more is a Title Case line."""
CAPS_WORD_CHARS = 4
"""Words at least this long are counted for sentence case (short function words are capitalised in Title Case too)."""
MAX_SUMMARY_LINES = 4
"""Closed sentences on lines of their own under the headline that make its summary in points (unbulleted)."""
MIN_HEADLINE_WORDS = 3
"""A headline over a standfirst has a few words at least (a shorter line is a label or a section name)."""
# A line closed by a full stop (inside closing quotes or brackets): prose; a headline has none.
CLOSED_SENTENCE = lazy_compile(r"[.][\"”’»)]*\s*$")
# Header lines of the site's widgets, that may stand above or below a standfirst: "Follow topic:", "Sign up now:
# Get our newsletters", "No ads found for this position", an appeal to subscribe.
CHROME_REASONS = frozenset({"site chrome", "newsletter / legal notice", "appeal (donation, subscription, app)"})
# Header lines that may stand between a standfirst and the article: bylines, date lines, captions, a media slot,
# the site's widgets.
BETWEEN_REASONS = frozenset({"photo caption", "caption (repeated)", "caption label", "media placeholder",
                             "byline / read time"}) | CHROME_REASONS
TEMPLATE = "repeated template line"
"""A line the page prints again: a short one is a picture's label, a topic tag, the site's name ("Wayanad landslides")."""
# Header lines the headline may be classed as (a page often prints it twice).
HEADLINE_REASONS = frozenset({TEMPLATE, "summary repeated below"})


def standfirst_lines(lines: list[Line], classes: list[LineClass], lo: int) -> list[int]:
    """Indices of the standfirst's lines just above the body's first line ``lo``: one or two lines of prose in
    sentence case under the headline, with only bylines, date lines and captions between them and the body.
    The topmost line of such a run with no headline above it, or an unclosed one over another line, is the
    headline itself, never a standfirst."""
    # (the header's lines, then the standfirst's and its headline above them: a photo story's header may fill the
    # header's window with labels, captions and date lines below its standfirst)
    above = [i for i in range(lo - 1, -1, -1) if lines[i].text][:HEAD_WINDOW + MAX_STANDFIRST_LINES + 1]
    k = 0
    while k < len(above) and (_between(lines[above[k]].text, classes[above[k]])
                              or lines[above[k]].text in {lines[j].text for j in above[k + 1:]}):
        k += 1  # (and the headline printed again under its standfirst)
    run: list[int] = []
    while k < len(above) and _standfirst_line(lines[above[k]].text, classes[above[k]]):
        run.append(above[k])
        k += 1
    if not run and k + 1 < len(above) and _unclosed_standfirst(lines[above[k]].text, classes[above[k]],
                                                               lines[above[k + 1]].text, classes[above[k + 1]]):
        run.append(above[k])  # (a sentence with no full stop, under a headline half as long)
        k += 1
    if not run:
        return []
    while k < len(above) and (classes[above[k]].reason in CHROME_REASONS
                              or classes[above[k]].kind != "bad" and _between(lines[above[k]].text, classes[above[k]])):
        k += 1  # (a widget or the byline between the headline and its standfirst: "Sign up now: ...", "By Jane Roe")
    over = above[k] if k < len(above) else None
    if (over is None or not _headline(lines[over].text, classes[over])) and not _no_headline(lines[run[-1]].text) \
            or len(run) > 1 and not CLOSED_SENTENCE.search(lines[run[-1]].text):
        run = run[:-1]  # (the run's top line is the headline: "Landslide: hundreds dead in remote region")
    texts = [lines[i].text for i in run]
    # (up to MAX_SUMMARY_LINES sentences, each closed on a line of its own under a headline: a summary in points)
    points = len(run) <= MAX_SUMMARY_LINES and over is not None and _headline(lines[over].text, classes[over]) \
        and all(CLOSED_SENTENCE.search(t) for t in texts)
    if len(run) > MAX_STANDFIRST_LINES and not points or sum(len(words(t)) for t in texts) > MAX_STANDFIRST_WORDS \
            or over is not None and any(t == lines[over].text for t in texts):
        return []
    return sorted(run)


def _no_headline(text: str) -> bool:
    """A line no headline is: closed by a full stop, as long and wordy as a paragraph's lead ("The Philadelphia
    Eagles were superior in every aspect of Super Bowl LIX ..., and Jalen Hurts' message was one of the most
    honest ever heard from a champion.", the page's headline left out of the text above it)."""
    return bool(CLOSED_SENTENCE.search(text)) and len(words(text)) >= STANDFIRST_WORDS \
        and stop_density(text) >= STANDFIRST_DENSITY


def _between(text: str, cls: LineClass) -> bool:
    """A byline, date line or caption between the standfirst and the article, or a line with no letter at all
    (a comment or share counter, "0"; a rule, "* * *")."""
    n = len(words(text))
    if cls.kind == "bad":
        return cls.reason in BETWEEN_REASONS or cls.reason == TEMPLATE and 0 < n <= MAX_LABEL_WORDS \
            and not CLOSED_SENTENCE.search(text)
    if not any(ch.isalpha() for ch in text) or DATE_LABEL_ONLY.match(text) or cls.kind == "short" and _label(text, n):
        return True
    return bool(BYLINE_START.match(text) or BYLINE.match(text)) or cls.kind == "short" and bool(NAME_LINE.match(text)) \
        or cls.kind == "short" and _place_only(text) \
        or n <= MAX_DATE_LINE_WORDS and find_date(text) is not None or has_photo_credit(text) or describes_picture(text)


MAX_LABEL_WORDS = 4
"""Words of a label between the standfirst and the article: such a line printed again, or a desk's name, a tag or a
video's label in Title Case ("Online Desk, Agencies", "Kenya Floods", "CPAC Watch for Context"); never closed by a
stop."""


def _label(text: str, n: int) -> bool:
    """A short line in Title Case (its longer words capitalised) with no closing stop: a tag, a picture's or a
    video's label, a desk's name."""
    return 0 < n <= MAX_LABEL_WORDS and all(w[:1].isupper() for w in words(text) if len(w) >= CAPS_WORD_CHARS) \
        and not CLOSED_SENTENCE.search(text)


MAX_PLACE_WORDS = 3
"""Words of a dateline's place alone on its line, in capitals ("ISTANBUL", "NEW DELHI")."""


def _place_only(text: str) -> bool:
    """A dateline's place alone on its line, in capitals and with no punctuation ("ISTANBUL")."""
    return text.isupper() and len(words(text)) <= MAX_PLACE_WORDS and all(ch.isalpha() or ch in " .-" for ch in text)


def _standfirst_line(text: str, cls: LineClass) -> bool:
    """Prose in sentence case of a sentence or two: never a byline, a date line, a caption, a menu or a dateline."""
    if cls.kind not in ("good", "short") or _between(text, cls) or DATELINE_START.match(text) \
            or DATELINE_ONLY.match(text):
        return False
    text = text[BULLET.match(text).end():] if BULLET.match(text) else text
    ws = words(text)
    least = MIN_CLOSED_STANDFIRST_WORDS if CLOSED_SENTENCE.search(text) else MIN_STANDFIRST_WORDS
    if not least <= len(ws) <= MAX_STANDFIRST_WORDS or looks_like_headline(text) \
            or stop_density(text) < MIN_STANDFIRST_DENSITY:
        return False
    long = [w for w in ws[1:] if len(w) >= CAPS_WORD_CHARS]
    if sum(1 for w in long if w[0].isupper()) > MAX_STANDFIRST_CAPS * len(long):
        return False
    # A sentence closed by a full stop, or one as long and wordy as no headline is: a short unclosed line under
    # the headline is a second headline ("Tesla ordered to pay $200M+ in Autopilot lawsuit"), not prose.
    return bool(CLOSED_SENTENCE.search(text)) or len(ws) >= STANDFIRST_WORDS and stop_density(text) >= STANDFIRST_DENSITY


def _unclosed_standfirst(text: str, cls: LineClass, over: str, over_cls: LineClass) -> bool:
    """A sentence with no full stop under the headline ``over``: a standfirst when it reads as one next to the
    headline (:func:`~briefing_tui.ingest.header.standfirst_under`), not as a second headline."""
    if cls.kind not in ("good", "short") or _between(text, cls) or DATELINE_START.match(text) or DATELINE_ONLY.match(text):
        return False
    return len(words(text)) >= MIN_STANDFIRST_WORDS and _headline(over, over_cls) \
        and len(words(over)) >= MIN_DISPLACING_WORDS and standfirst_under(over, text)  # (not a label: "U.S. NEWS")


def _headline(text: str, cls: LineClass) -> bool:
    """A headline-like line: text (or a headline printed twice) that does not close with a full stop."""
    if cls.kind == "bad" and cls.reason not in HEADLINE_REASONS:
        return False
    return len(words(text)) >= MIN_HEADLINE_WORDS and not text.rstrip().endswith(".") and not _between(text, LineClass("good"))


MIN_KEY_POINTS = 2
"""Items a list of key points above the article has at least (one bullet under a headline is a kicker)."""
MAX_KEY_POINTS = 8
"""... and at most (a longer bulleted run above the article is a menu)."""
MIN_POINT_WORDS = 4
MIN_POINT_DENSITY = 0.2
"""A key point without a figure or full stop reads as a statement from this length and share of function words."""
# Dropped-line reasons a key point may carry: its items are short and bulleted as a menu's are.
POINT_REASONS = frozenset({"menu item"})


def key_point_lines(lines: list[Line], classes: list[LineClass], lo: int) -> list[int]:
    """Indices of a list of key points right above the body's first line ``lo`` ("Key points:" then "• At least 47
    people have died", "• More than 30,000 displaced"; or items with a figure each): a summary of the article in
    its own words, which a desk reads like a standfirst. Only captions, bylines and date lines may stand between
    it and the body; its items must read as statements, and it needs a lead-in line ending in ":" above it unless
    every item gives a figure or reads as a sentence as long as a standfirst (a menu's items do neither)."""
    above = [i for i in range(lo - 1, -1, -1) if lines[i].text][:HEAD_WINDOW + MAX_KEY_POINTS]
    k = 0
    while k < len(above) and _between(lines[above[k]].text, classes[above[k]]):
        k += 1
    run: list[int] = []
    while k < len(above) and BULLET.match(lines[above[k]].text) and (
            classes[above[k]].kind in ("good", "short") or classes[above[k]].reason in POINT_REASONS):
        run.append(above[k])
        k += 1
    items = [BULLET.sub("", lines[i].text) for i in run]
    if not MIN_KEY_POINTS <= len(run) <= MAX_KEY_POINTS or not all(_point(t) for t in items):
        return []
    lead_in = k < len(above) and classes[above[k]].kind != "bad" and LEAD_IN.search(lines[above[k]].text) is not None
    return sorted(run) if lead_in or all(FIGURE.search(t) or _sentence_point(t) for t in items) else []


def _sentence_point(text: str) -> bool:
    """Does a key point read as a sentence in sentence case, as long as a standfirst ("Prince Faisal is in Syria for
    his first official visit there since ...")? A menu's items are short, a list of headlines in Title Case."""
    return len(words(text)) >= MIN_STANDFIRST_WORDS and stop_density(text) >= MIN_POINT_DENSITY \
        and not looks_like_headline(text)


def _point(text: str) -> bool:
    """Does a list item state something: a figure, a full stop, or enough words with function words among them?"""
    return FIGURE.search(text) is not None or bool(CLOSED_SENTENCE.search(text)) \
        or len(words(text)) >= MIN_POINT_WORDS and stop_density(text) >= MIN_POINT_DENSITY
