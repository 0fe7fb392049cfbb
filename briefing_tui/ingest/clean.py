"""Find the article inside raw text pasted from a web page.

Each line is classified by general features (length, function-word density, terminal
punctuation, bullets, repetition, position, neighbours, a few generic web-chrome cues);
the body is then the stretch of lines with the highest total score (the idea of Finn et
al.'s Body Text Extraction: maximise prose kept inside against chrome left outside; see
:mod:`briefing_tui.ingest.body_span`). Inside that stretch, captions, URLs and placeholders
are dropped and short lines kept as subheadings. A line's position (next to a picture,
under a "Related" label) never outweighs the evidence that it is the article's own text
(:mod:`briefing_tui.ingest.prose_cues`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from briefing_tui.ingest.boilerplate import (
    CAPTION_LABEL,
    MAX_CAPTION_WORDS,
    has_photo_credit,
    is_appeal,
    is_embedded_post,
    mark_gallery_captions,
    repeated_blocks,
    repeated_summaries,
)
from briefing_tui.ingest.infobox import mark_infobox_rows
from briefing_tui.ingest.line_class import LineClass
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.list_items import (  # noqa: F401 (re-exported)
    MENU_ITEM as _MENU_ITEM,
    MIN_LEAD_IN_WORDS,
    facts_label,
    mark_figure_rows,
    mark_figure_lists,
    mark_inner_tables,
    mark_introduced_lists,
    mark_lists_between_prose,
    mark_lead_in_sentences,
    mark_numbered_headings,
)
from briefing_tui.ingest.prose_cues import (INNER_SENTENCE, closes_with_sign_off, mark_signed_last_paragraph, reads_as_article,
                                            reads_as_reporting)
from briefing_tui.ingest.textstats import cjk_count, ends_sentence, is_prose, words

from briefing_tui.ingest.clean_patterns import (  # noqa: F401 (re-exported)
    ABOUT_LABEL,
    AD_MARKER,
    AGENCY_CREDIT,
    BULLET,
    CAPTION_CREDIT,
    CITED_SOURCE,
    CHROME,
    CHROME_CUE,
    COPYRIGHT,
    COPYRIGHT_START,
    CREDIT_LINE,
    CREDIT_TAIL,
    ARTICLE_WIDGET,
    FIGURE,
    LEAD_IN,
    MEDIA_WORD,
    PHOTO_LABEL_START,
    READ_TIME,
    READ_TIME_LINE,
    RULE_LINE,
    TEASER_END,
    SYNDICATION_FOOTER,
    TRAILER,
    URL_ANY,
    URL_ONLY,
    WIRE_CREDIT_TAIL,
    is_breadcrumb,
    is_contributor_credit,
)
from briefing_tui.lazy_pattern import lazy_compile


def classify_lines(lines: list[Line]) -> list[LineClass]:
    """Classify every line by its own features, then by repetition and neighbours."""
    # A line's own class depends only on its text (and whether it is near the top): pages repeat
    # lines a lot (menus, "Reply", blank lines), so each distinct text is classified once.
    memo: dict[tuple[str, bool], LineClass] = {}
    out = []
    for ln in lines:
        key = (ln.text, ln.index < 3)
        cls = memo.get(key)
        if cls is None:
            cls = memo[key] = _classify_one(ln.text, ln.index < 3)
        out.append(cls)
    nonblank = [i for i, ln in enumerate(lines) if ln.text]
    _mark_repeats(lines, nonblank, out)
    for i, later in repeated_summaries(lines, nonblank):
        if out[i].kind != "bad":
            out[i] = _CAPTION_TWICE if has_photo_credit(lines[later].text) else _SUMMARY
    _mark_blocks_twice(lines, nonblank, out, memo)
    _mark_caption_labels(lines, nonblank, out)
    _mark_uncued_captions(lines, nonblank, out)
    mark_gallery_captions(lines, nonblank, out)
    mark_signed_last_paragraph(lines, nonblank, out)
    _mark_signup_boxes(lines, nonblank, out)
    _mark_inline_links(nonblank, out, lines)
    mark_lead_in_sentences(lines, nonblank, out)
    mark_introduced_lists(lines, nonblank, out)
    mark_lists_between_prose(lines, nonblank, out)
    mark_figure_rows(lines, nonblank, out)
    mark_figure_lists(lines, nonblank, out)
    mark_inner_tables(lines, nonblank, out)
    mark_infobox_rows(lines, nonblank, out)
    mark_numbered_headings(lines, nonblank, out)
    _mark_teasers(lines, nonblank, out)
    _mark_trailer(lines, nonblank, out)
    return out


RULE = "rule line"
"""A line of punctuation only ("___", "* * *"): a page's divider, inside the article or around it."""
_CAPTION_TWICE = LineClass("bad", "caption (repeated)")
_TEMPLATE = LineClass("bad", "repeated template line")
_TEASER = LineClass("bad", "teaser list")
_TEASER_FULL = LineClass("bad", "teaser (full form of a teaser line)")
_AFTER = LineClass("bad", "after the article")
_SUMMARY = LineClass("bad", "summary repeated below")
BLOCK_TWICE = "block printed twice"
_BLOCK_TWICE = LineClass("bad", BLOCK_TWICE)
_WIDGET = LineClass("bad", "widget label inside the article")
_CAPTION_LABEL = LineClass("bad", "caption label")
_CAPTION_NEAR = LineClass("bad", "photo caption")


def _mark_blocks_twice(lines: list[Line], nonblank: list[int], out: list[LineClass],
                       memo: dict[tuple[str, bool], LineClass]) -> None:
    """The first copy of a block printed twice in a row is dropped; a line of the second copy that was
    template only because the block repeats it (its subheading) gets its own class back."""
    pairs = repeated_blocks(lines, nonblank)
    counts = Counter(lines[i].text for i in nonblank) if pairs else Counter()
    for i, j in pairs:
        if out[i].kind != "bad" or out[i] in (_SUMMARY, _TEMPLATE):
            out[i] = _BLOCK_TWICE
        if out[j] is _TEMPLATE and counts[lines[j].text] == 2:
            out[j] = memo[(lines[j].text, lines[j].index < 3)]


def _mark_repeats(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """The same line twice in a row is a caption and its alt text; a short line repeated anywhere
    is template (site name, menu, byline of teasers)."""
    counts = Counter(lines[i].text.casefold() for i in nonblank)
    for pos, i in enumerate(nonblank):
        text = lines[i].text
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if nxt is not None and lines[nxt].text == text and len(words(text)) >= 3:
            if out[i].kind == "good" and reads_as_article(text):
                out[i] = _BLOCK_TWICE  # a paragraph of the article printed twice: one copy is the article
                continue
            for j in (i, nxt):
                if out[j].kind != "bad":
                    out[j] = _CAPTION_TWICE
        elif out[i].kind == "short" and counts[text.casefold()] > 1 and len(words(text)) <= 12:
            out[i] = _TEMPLATE


# A credit alone on its line, under the caption it belongs to: "Getty Images", "Photo: Jane Roe", "AFP".
CREDIT_ONLY = lazy_compile(
    r"^(?:(?:[\w.' -]{1,40}/\s*)?(?:Getty Images|Shutterstock|AP Photo|EPA-EFE|Alamy)(?: [\w./ -]{0,40})?"
    r"|(?:Photo|Picture|Image|Credit|Foto)s?\s*(?:credit)?\s*[:/]\s*[\w.' /&-]{2,60})$",
    re.I,
)
# An agency's caption ends with the day and the place the picture was taken:
# "... during Super Bowl LIX at Caesars Superdome on February 09, 2025 in New Orleans, Louisiana."
CAPTION_DATE_PLACE = lazy_compile(
    r"\bon (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4},? in "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?\.?$"
)
# A news agency's caption: "Kullu: Search operation underway ... Himachal Pradesh, Thursday, June 26, 2025."
PLACE_CAPTION = lazy_compile(
    r"^[A-Z][\w’'-]+: [^.:]{20,300}?, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.$"
)
MAX_UNCUED_CAPTION_WORDS = 60


def _mark_uncued_captions(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """Captions with no credit of their own: the line above a credit that stands alone, and a single
    sentence ending, as agencies' captions do, with the date and the place of the picture."""
    for pos, i in enumerate(nonblank):
        text = lines[i].text
        if out[i].kind == "bad" or len(words(text)) > MAX_UNCUED_CAPTION_WORDS:
            continue
        nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
        if nxt is not None and lines[nxt].text != text and lines[nxt].text.startswith(text) and _credited(lines[nxt].text):
            out[i] = _CAPTION_TWICE  # a caption's alt text, then the caption with its credit
        elif nxt is not None and CREDIT_ONLY.match(lines[nxt].text) and len(words(text)) >= 3 and not reads_as_reporting(text):
            out[i] = _CAPTION_NEAR
            out[nxt] = _CAPTION_NEAR
        elif (CAPTION_DATE_PLACE.search(text[-160:]) or PLACE_CAPTION.match(text)) and not INNER_SENTENCE.search(text[:-2]):
            out[i] = _CAPTION_NEAR


# A newsletter's name as a box inside the article offers it: "Get Starting Point", "Get The Morning Briefing".
SIGNUP_OFFER = lazy_compile(r"^(?:Get|Sign up for|Subscribe to)\s+(?:[A-Z][\w&'’-]*\s*){1,4}$")
SIGNUP_BOX_LINES = 3
"""Lines from a newsletter's offer down to its sign-up form ("Enter Email") that make up the box."""


LINK_HEADLINE_WORDS = 12
"""A Title Case line this long between two paragraphs is a link to another story (subheadings are shorter)."""


def _mark_inline_links(nonblank: list[int], out: list[LineClass], lines: list[Line]) -> None:
    """A long Title Case headline between two paragraphs of prose ("That Is a Brutal Footnote in the Supreme
    Court's Ruling on Birthright Citizenship Matt Vespa"): a link to another story, not a subheading."""
    for pos in range(1, len(nonblank) - 1):
        i = nonblank[pos]
        if out[i].kind == "short" and len(words(lines[i].text)) >= LINK_HEADLINE_WORDS and looks_like_headline(lines[i].text) \
                and out[nonblank[pos - 1]].kind == "good" and out[nonblank[pos + 1]].kind == "good":
            out[i] = _INLINE_LINK
_INLINE_LINK = LineClass("bad", "link to another story")


def _mark_signup_boxes(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """A newsletter box inside the article: its name ("Get Starting Point"), a line describing it, then
    the form ("Enter Email"): the lines from the offer down to the form are dropped."""
    for pos, i in enumerate(nonblank):
        if not SIGNUP_OFFER.match(lines[i].text):
            continue
        box = nonblank[pos + 1:pos + 1 + SIGNUP_BOX_LINES]
        form = next((k for k, j in enumerate(box) if out[j].reason == "newsletter / legal notice"), None)
        if form is not None:
            for j in (i, *box[:form]):
                out[j] = _SIGNUP
_SIGNUP = LineClass("bad", "newsletter / legal notice")


def _mark_caption_labels(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """ "Image caption," on a line of its own: the line after it is the caption, the line before it
    the picture's description (alt text)."""
    for pos, i in enumerate(nonblank):
        if not CAPTION_LABEL.match(lines[i].text):
            continue
        out[i] = _CAPTION_LABEL
        for near in (pos - 1, pos + 1):
            if 0 <= near < len(nonblank) and not CAPTION_LABEL.match(lines[nonblank[near]].text) \
                    and not (near < pos and reads_as_reporting(lines[nonblank[near]].text)):
                out[nonblank[near]] = _CAPTION_NEAR  # (the article's own paragraph above a caption with no alt text is kept)


def _mark_teasers(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """Two or more truncated lines close together, and a full line that one of them merely
    truncates (an aggregator shows the first headline whole)."""
    rank = {i: r for r, i in enumerate(nonblank)}
    teasers = [i for i in nonblank if len(lines[i].text) < 160 and TEASER_END.search(lines[i].text)]
    teaser_set: set[int] = set()
    for a, b in zip(teasers, teasers[1:]):
        if rank[b] - rank[a] <= 2:
            teaser_set.update((a, b))
    for i in sorted(teaser_set):
        out[i] = _TEASER
        if len(lines[i].text) < 21:
            continue  # too short to be the truncation of anything
        stem = TEASER_END.sub("", lines[i].text).rstrip()
        if len(stem) >= 20:
            for j in range(max(0, i - 12), min(len(lines), i + 13)):
                if j != i and j not in teaser_set and lines[j].text.startswith(stem):
                    out[j] = _TEASER_FULL


def _mark_trailer(lines: list[Line], nonblank: list[int], out: list[LineClass]) -> None:
    """After "Related stories" and the like (once some prose has been seen), nothing is article, unless
    the article goes on right below the label (then only the label, a widget's, is dropped)."""
    seen_prose = False
    for pos, i in enumerate(nonblank):
        if out[i].kind == "good":
            seen_prose = True
        # The line after the label, past punctuation left alone on a line ("Related" / ":" / the article).
        nxt = next((j for j in nonblank[pos + 1:pos + 3] if any(ch.isalnum() for ch in lines[j].text)), None)
        if seen_prose and TRAILER.match(_bare(lines[i].text)) and nxt is not None and out[nxt].kind == "good" \
                and not TEASER_END.search(lines[nxt].text) and not ABOUT_LABEL.match(_bare(lines[i].text)):
            out[i] = _WIDGET  # "Related News" with the article going on right below: a widget's label
            for j in nonblank[pos + 1:]:
                if j == nxt:
                    break
                out[j] = _WIDGET
        elif seen_prose and TRAILER.match(_bare(lines[i].text)) and (links := _links_then_article(lines, nonblank, pos, out)):
            for j in (i, *links):  # "Related" and a link or two, with the article going on below them
                out[j] = _WIDGET
        elif seen_prose and TRAILER.match(_bare(lines[i].text)):
            for j in nonblank[pos:]:
                if out[j].kind != "bad":
                    out[j] = _AFTER
            return


MAX_WIDGET_LINKS = 3
"""Links a "Related" box inside the article lists at most ..."""
WIDGET_PROSE_RUN = 2
"""... before the article goes on: this many paragraphs of prose in a row (a teaser list alternates a headline
and its one-line summary, comments open with a name and a date)."""
# Labels of what follows the article for good: comments, the author's or the site's description.
_FINAL_LABEL = lazy_compile(r"^(?:comments?\b|leave a\b|post navigation|about\b)", re.I)


def _links_then_article(lines: list[Line], nonblank: list[int], pos: int, out: list[LineClass]) -> list[int]:
    """The link lines of a "Related" box when the article goes on below them (paragraphs of prose in a row, no
    teaser), else []: a box inside the article, not the list that ends it."""
    if _FINAL_LABEL.match(_bare(lines[nonblank[pos]].text)):
        return []
    after = nonblank[pos + 1:pos + 1 + MAX_WIDGET_LINKS + WIDGET_PROSE_RUN]
    for k in range(1, MAX_WIDGET_LINKS + 1):
        if k > len(after) or out[after[k - 1]].kind == "good":
            return []  # prose after fewer links: a teaser's summary (or, right below the label, the widget case)
        prose = after[k:k + WIDGET_PROSE_RUN]
        if len(prose) == WIDGET_PROSE_RUN and all(out[j].kind == "good" and not TEASER_END.search(lines[j].text)
                                                  for j in prose):
            return after[:k]
        if prose and _last_paragraph(lines, nonblank, prose[0], out):
            return after[:k]
    return []


def _last_paragraph(lines: list[Line], nonblank: list[int], i: int, out: list[LineClass]) -> bool:
    """Is line ``i``, under a "Related" box's links, the article's last paragraph: reporting (words attributed,
    a quotation), with only the page's chrome after it (a teaser's summary has the next teaser after it)?"""
    if out[i].kind != "good" or TEASER_END.search(lines[i].text) or not reads_as_reporting(lines[i].text):
        return False
    return all(out[j].kind == "bad" for j in nonblank[bisect.bisect_right(nonblank, i):])


def _credited(text: str, positions: bool = True) -> bool:
    """Does the line end with a photo credit (or say where people stand in the picture)? Credits end the line:
    only its tail is searched."""
    tail = text[-CREDIT_TAIL:]
    # Every credit these patterns know has one of these marks: most lines are passed over without a search.
    marked = ":" in tail or "/" in tail or "|" in tail or tail.endswith(")") or "etty" in tail or "hutterstock" in tail.lower()
    if marked and CITED_SOURCE.search(tail):
        return False  # "... (source: Eurostat).": the sentence cites its figures' source
    return marked and bool(CAPTION_CREDIT.search(tail) or AGENCY_CREDIT.search(tail)) or has_photo_credit(text, positions)


def _bare(text: str) -> str:
    return BULLET.sub("", text).strip(" :|-–—•").strip()


MAX_AD_MARKER_WORDS = 8
"""An advertisement's marker is a few words ("The article continues after the advertisement"); a longer line is prose."""


def _classify_one(text: str, near_top: bool) -> LineClass:
    if not text or not text.strip("\u00a0\u200b\ufeff \t"):
        return LineClass("blank")
    bare = _bare(text)
    n_words = len(words(text))
    if URL_ONLY.match(text):
        return LineClass("bad", "URL")
    if MEDIA_WORD.match(bare):
        return LineClass("bad", "media placeholder")
    if CHROME.match(bare) or ARTICLE_WIDGET.match(bare) or n_words <= MAX_AD_MARKER_WORDS and AD_MARKER.match(bare):
        return LineClass("bad", "site chrome")
    if RULE_LINE.match(text.strip()):
        return LineClass("bad", RULE)
    if is_breadcrumb(text):
        return LineClass("bad", "breadcrumb")
    if n_words <= 30 and CREDIT_LINE.match(text) or is_contributor_credit(text):
        return LineClass("bad", "credit line")
    if n_words <= 25 and CHROME_CUE.search(text):
        return LineClass("bad", "newsletter / legal notice")
    if n_words <= 25 and COPYRIGHT.search(text) or COPYRIGHT_START.match(text) or SYNDICATION_FOOTER.match(text):
        return LineClass("bad", "copyright footer")
    if n_words <= 14 and READ_TIME.search(text) or READ_TIME_LINE.match(bare):
        return LineClass("bad", "byline / read time")
    if BULLET.match(text) and len(words(bare)) <= 6 and not ends_sentence(bare):
        return _MENU_ITEM
    if is_appeal(text):
        return LineClass("bad", "appeal (donation, subscription, app)")
    if is_embedded_post(text):
        return LineClass("bad", "embedded post")
    if PHOTO_LABEL_START.match(text) and n_words <= MAX_CAPTION_WORDS:
        return LineClass("bad", "photo caption")
    if is_prose(text):
        if _credited(text) and not closes_with_sign_off(text) and (_credited(text, False) or not reads_as_reporting(text)):
            return LineClass("bad", "photo caption")  # (a paragraph that reports words, "Jane Roe (pictured) said", is none)
        if looks_like_headline(text):
            return LineClass("short", "headline-like")
        if len(URL_ANY.findall(text)) * 12 > n_words:
            return LineClass("bad", "link list")
        return LineClass("good")
    if n_words >= 3 and (_credited(text) or WIRE_CREDIT_TAIL.search(text[-CREDIT_TAIL:])):
        return LineClass("bad", "photo caption")
    if near_top and n_words <= 3 and all(w[0].isupper() for w in words(text)) and cjk_count(text) == 0:
        return LineClass("short", "name-like")
    return LineClass("short")


HEADLINE_CAPS = 0.75
"""Share of a line's longer words that are capitalised for it to read as a Title Case headline."""
HEADLINE_MAX_WORDS = 30


def looks_like_headline(text: str) -> bool:
    """A Title Case line with no closing punctuation: a headline, however long and wordy."""
    if len(text) > HEADLINE_MAX_WORDS * 15 or ends_sentence(text):
        return False
    ws = [w for w in words(text) if len(w) > 3]
    if len(ws) < 4 or len(words(text)) > HEADLINE_MAX_WORDS:
        return False
    return sum(1 for w in ws if w[0].isupper()) >= HEADLINE_CAPS * len(ws)
