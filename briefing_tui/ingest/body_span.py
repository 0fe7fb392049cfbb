"""Where the body lies among classified lines: each line's score, the stretch of lines with the highest total
score (the idea of Finn et al.'s Body Text Extraction), and its extension at both ends over inline chrome."""

from __future__ import annotations

import re

from briefing_tui.ingest.clean import BLOCK_TWICE, RULE, LineClass, looks_like_headline
from briefing_tui.ingest.infobox import INFOBOX_LABEL
from briefing_tui.ingest.clean_patterns import AD_MARKER, TEASER_END, URL_ANY
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.prose_cues import attributes, opens_with_dateline
from briefing_tui.ingest.textstats import cjk_count, ends_sentence, stop_density, words
from briefing_tui.lazy_pattern import lazy_compile


def line_score(line: Line, cls: LineClass) -> float:
    """Score for the body search: prose counts by length, chrome against, short lines slightly against."""
    if cls.kind == "blank":
        return 0.0
    if cls.kind == "good":
        n = len(words(line.text)) + cjk_count(line.text) / 2
        return min(n, 80.0) + 5.0
    if cls.kind == "bad":
        return -3.0 if cls.reason in CHEAP_CHROME else -12.0
    # Short lines: a subheading costs little, a dense fragment of prose even less.
    return -1.5 if stop_density(line.text) >= 0.2 else -3.0


# Dropped lines that cost the body search little: they often stand inside the article.
CHEAP_CHROME = frozenset({"photo caption", "caption (repeated)", "URL", "summary repeated below", BLOCK_TWICE, RULE,
                          INFOBOX_LABEL})


# Chrome that sites insert inside an article (ads, share bars, newsletter boxes, captions):
# prose after it still belongs to the article.
INLINE_CHROME = frozenset({"site chrome", "widget label inside the article", "embedded post", "photo caption", "caption (repeated)", "newsletter / legal notice",
                           "appeal (donation, subscription, app)", "summary repeated below", BLOCK_TWICE,
                           "URL", "media placeholder", "link list", "byline / read time", RULE})
MAX_INLINE_RUN = 8


def extend_over_inline_chrome(lines: list[Line], classes: list[LineClass], hi: int) -> int:
    """Extend the body's end past boxes of inline chrome that are followed by more prose.

    The max-sum segment stops before an ad or newsletter box when only a little prose follows it;
    prose (or a complete short sentence) after a short run of inline chrome is still the article.
    """
    run = 0
    ads_only = True  # the run so far is advertisements' markers only
    last = max((i for i, ln in enumerate(lines) if ln.text), default=-1)
    for i in range(hi + 1, len(lines)):
        cls = classes[i]
        if cls.kind == "blank":
            continue
        if cls.kind == "good" or (cls.kind == "short" and ends_sentence(lines[i].text) and len(words(lines[i].text)) >= 3) \
                or i == last and run == 0 and cls.kind == "short" and unpunctuated_sentence(lines[i].text):
            if cls.kind == "short" and not ends_sentence(lines[i].text):
                classes[i] = _UNPUNCTUATED  # read as a sentence, not a subheading
            hi, run, ads_only = i, 0, True
        elif cls.kind == "bad" and cls.reason in INLINE_CHROME and run < MAX_INLINE_RUN:
            run += 1
            ads_only = ads_only and AD_MARKER.match(lines[i].text.strip()) is not None
        elif run and ads_only and _subheading_over_prose(lines, classes, i):
            run += 1  # the article's next section goes on under the advertisement
        else:
            break
    return hi


def _subheading_over_prose(lines: list[Line], classes: list[LineClass], i: int) -> bool:
    """Is line ``i`` a short subheading with a sentence of prose right under it (not a teaser's "…" summary)?"""
    text = lines[i].text
    if classes[i].kind != "short" or ends_sentence(text) or len(words(text)) > MAX_LAST_HEADING_WORDS:
        return False
    nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
    return nxt is not None and ends_sentence(lines[nxt].text) and not TEASER_END.search(lines[nxt].text) \
        and (classes[nxt].kind == "good" or classes[nxt].kind == "short" and len(words(lines[nxt].text)) >= 3)


MAX_LAST_HEADING_WORDS = 8
"""A subheading over the article's last section is a few words ("Aid pledged")."""


def extend_over_last_section(lines: list[Line], classes: list[LineClass], hi: int) -> int:
    """Extend the body's end over its last section: a subheading, then a sentence of reporting (words attributed)
    with only the page's chrome after it ("Aid pledged" / "Officials said 12 bridges were washed away."). The
    best stretch stops before them, both being short; a teaser list after the article has more entries."""
    rest = [i for i in range(hi + 1, len(lines)) if lines[i].text]
    if len(rest) < 2:
        return hi
    head, last = rest[0], rest[1]
    if classes[head].kind != "short" or ends_sentence(lines[head].text) \
            or len(words(lines[head].text)) > MAX_LAST_HEADING_WORDS or classes[last].kind not in ("good", "short") \
            or not attributes(lines[last].text):
        return hi
    return last if all(classes[i].kind == "bad" for i in rest[2:]) else hi


UNPUNCTUATED_SENTENCE_WORDS = 8
UNPUNCTUATED_SENTENCE_DENSITY = 0.2
"""A page's last line right under the body, this long with this share of function words and written in sentence
case, is the article's last sentence with its full stop missing ("Not surprisingly, shares leaped almost 10 per
cent in after-hours trading, to $22.51")."""


_UNPUNCTUATED = LineClass("good", "last sentence without its full stop")


def unpunctuated_sentence(text: str) -> bool:
    """Does a line read as a sentence that lacks its closing punctuation (not a headline or a label)?"""
    ws = words(text)
    lower = sum(1 for w in ws if w[:1].islower())
    return len(ws) >= UNPUNCTUATED_SENTENCE_WORDS and stop_density(text) >= UNPUNCTUATED_SENTENCE_DENSITY \
        and 2 * lower > len(ws) and not looks_like_headline(text) and not URL_ANY.search(text) \
        and not _WORD_STOP.search(text)  # (a caption with its credit run on: "... in Lahaina, Maui.(Reuters)")


# A full stop after a word: a line that has one is no single sentence missing its own.
_WORD_STOP = lazy_compile(r"[^\W\d_]{2}[.!?]")


def extend_start_over_inline_chrome(lines: list[Line], classes: list[LineClass], lo: int) -> int:
    """Extend the body's start back past boxes of inline chrome to the prose above them.

    The max-sum segment starts after an ad, a share bar or a newsletter box when only a short lead paragraph stands
    above it; that paragraph is the article's first (a headline or standfirst above is then trimmed as header)."""
    run = 0
    labels: list[int] = []  # short lines in the run ("READ MORE: ...", "Story continues below")
    for i in range(lo - 1, -1, -1):
        cls = classes[i]
        if cls.kind == "blank":
            continue
        if cls.kind == "good" and run and (not labels or opens_with_dateline(lines[i].text)):
            lo, run, labels = i, 0, []  # (past short lines, only a paragraph that opens the article with its dateline)
        elif (cls.kind == "bad" and cls.reason in INLINE_CHROME or cls.kind == "short") and run < MAX_INLINE_RUN:
            run += 1
            if cls.kind == "short":
                labels.append(i)
        else:
            break
    return lo


def best_segment(scores: list[float]) -> tuple[int, int] | None:
    """Indices [lo, hi] of the contiguous run with the largest sum (Kadane); None if all <= 0."""
    best, best_lo, best_hi = 0.0, -1, -1
    cur, cur_lo = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, cur_lo = s, i
        else:
            cur += s
        if cur > best:
            best, best_lo, best_hi = cur, cur_lo, i
    return (best_lo, best_hi) if best_hi >= 0 else None


# A rights notice that closes the article: "All rights reserved. This material ... may not be reproduced ..."
# ("© Reuters" alone is a picture's credit and may stand inside the article).
RIGHTS_NOTICE = lazy_compile(r"\ball rights reserved\b", re.I)
COPYRIGHT_FOOTER = "copyright footer"
# A picture's credit that carries the rights notice: "Copyright Jane Roe/Copyright 2024 The AP. All rights reserved",
# "© John Doe/AFP. All rights reserved": a photographer's name (two to four capitalised words) before a slash and
# the agency. It stands under a picture at the top of the page, not at the end of the article.
PHOTO_RIGHTS_CREDIT = lazy_compile(
    r"^\s{0,3}(?:Copyright|©)\s{1,3}(?:[A-ZÀ-Þ][\w'’.-]{0,30}\s{1,3}){1,3}[A-ZÀ-Þ][\w'’.-]{0,30}\s{0,2}/")


def stop_at_rights_notice(lines: list[Line], classes: list[LineClass], lo: int, hi: int) -> int:
    """The body ends above a rights notice that follows its prose: what the page prints after it (adverts, app
    promotions, other stories) is no longer the article, however long."""
    seen_prose = False
    for i in range(lo, hi + 1):
        cls = classes[i]
        if cls.kind == "good":
            seen_prose = True
        elif seen_prose and cls.reason == COPYRIGHT_FOOTER and RIGHTS_NOTICE.search(lines[i].text) \
                and not PHOTO_RIGHTS_CREDIT.match(lines[i].text):
            return max(j for j in range(lo, i) if lines[j].text)
    return hi
