"""Detect title, outlet, author and date from the lines around an article's body.

Only what the text states is taken; anything else stays None.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing_tui.ingest.boilerplate import describes_picture, has_photo_credit
from briefing_tui.ingest.clean import BULLET, CHROME, COPYRIGHT, LineClass, looks_like_headline
from briefing_tui.ingest.agency_lines import WIRE_LINES, wire_and_credit
from briefing_tui.ingest.credits import (DOMAIN, SECTION_LABELS, WIRE_DATELINE, agency_cocredit, byline_outlet,
                                          glued_source, is_agency, masthead)
from briefing_tui.ingest.dates import find_date, find_day_month, resolve_year
from briefing_tui.ingest.header_fields import (HeaderInfo, cjk_reporter, glued_header, inside_span, name_under_title,
                                               name_then_date, outlet_from_self_reference, post_bylines, set_match, triple,
                                               GLUED_HEADER_LINES, NOTE_LINES)
from briefing_tui.ingest.header_titles import fallback_title
from briefing_tui.ingest.headline_echoes import headline_echoes
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import cjk_count, ends_sentence, stop_density, words

from briefing_tui.ingest.header_patterns import (  # noqa: F401 (re-exported)
    AGE_LINE,
    AUTHORS,
    BRACKETED_DATELINE,
    BYLINE,
    BY_LATER,
    CHROME_NAME_WORDS,
    CJK_CREDIT_LINES,
    CJK_REPORTER,
    COLLECTIVE_BYLINE,
    STAFF_BYLINE,
    COPYRIGHT_NAME,
    CREDIT_AUTHORS,
    DATA_CREDIT,
    DATELINE,
    DATE_WORDS_START,
    EDITION_SUFFIX,
    EMPTY_BYLINE,
    HEAD_LINES,
    LABELLED,
    MAX_HEADER_LINE,
    MD_TITLE,
    NAME,
    NAME_ONLY,
    NOT_NAMES,
    SHORT_BYLINE,
    SOURCE_LINE,
    UPDATED_BY,
    WIRE,
    WIRE_SLUG,
    _NAME_WORD,
    _NOT_NAME,
    _OUTLET_EDGES,
    _OUTLET_LABELS,
)
from briefing_tui.lazy_pattern import lazy_compile


def detect_header(lines: list[Line], classes: list[LineClass], body_lo: int, body_hi: int,
                  date_hint: str | None = None) -> HeaderInfo:
    """Look before the body for title, byline and date, and after it for source lines and footers.

    ``date_hint`` (a stored date line's date) gives the year of a dateline that states none.
    """
    info = HeaderInfo()
    # Titles, bylines and source lines are short: longer lines are never read here (this also
    # bounds the work every pattern below can do on hostile input).
    head = _short(lines[:body_lo], HEAD_LINES)
    tail = _short(lines[body_hi + 1:], HEAD_LINES)
    counts = Counter(ln.text for ln in lines if ln.text)

    for ln in head:
        m = MD_TITLE.match(ln.text)
        if m:
            off = ln.start + m.start("title")
            info.set("title", m.group("title"), (off, off + len(m.group("title"))))
    for ln in head[-GLUED_HEADER_LINES:]:
        glued_header(ln, info)
    captions = {ln.start for ln, c in zip(lines, classes)
                if c.reason in CAPTION_REASONS and len(words(ln.text)) >= MIN_CAPTION_WORDS}
    echoes = headline_echoes(head, info)
    _bylines(head, info, captions)
    _labelled(head + tail, info)
    _outlet_from_domain(head, info)
    _source_lines(tail + head, info)
    _title([ln for ln in head if ln.start not in echoes], classes, info, counts)
    fallback_title(head, classes, info)
    name_under_title(head, info, {text for text, n in counts.items() if n > 1})
    if info.published and info.title and inside_span(info.spans["published"], info.spans["title"]):
        info.published = None  # a date inside the headline ("List of key events, June 23, 2025") is its topic
        del info.spans["published"]
    _outlet_from_chrome(head, info)
    body_end = [ln for ln in lines[max(body_lo, body_hi - NOTE_LINES + 1):body_hi + 1] if ln.text]
    outlet_from_self_reference(head + body_end + tail, info)
    _outlet_from_cocredit(body_end + tail, info)
    for ln in tail:
        if COPYRIGHT.search(ln.text):
            m = COPYRIGHT_NAME.search(ln.text)
            if m and m.group("name").strip() not in NOT_NAMES and not re.match(r"all\b", m.group("name"), re.I):
                name = m.group("name").strip()
                info.set("outlet", name, (ln.start + m.start("name"), ln.start + m.start("name") + len(name)))
        m = CREDIT_AUTHORS.match(ln.text)
        if m:
            set_match(info, "author", ln, m, "name")
    if lines and 0 <= body_lo < len(lines) and info.author is None:
        cjk_reporter(lines, body_lo, body_hi, info)
    if lines and 0 <= body_lo < len(lines) and info.author is None:
        post_bylines(lines[body_lo:body_hi + 1], info)
    if lines and 0 <= body_lo < len(lines):
        top = [ln for ln in lines[body_lo:body_hi + 1] if ln.text][:WIRE_LINES]  # (a headline may come first)
        for ln in top:
            if info.published is None:
                _dateline(ln, info)
        wire_and_credit(lines, body_lo, body_hi, info)
        for ln in top:
            if info.published is None:
                _dateline_day(ln, lines, date_hint, info)
    _outlet_from_masthead(head, info, counts)
    return info




def _outlet_from_chrome(head: list[Line], info: HeaderInfo) -> None:
    """A site name at the top of the page, or an aggregator's "Outlet<date>" line."""
    for ln in head[:HEAD_CHROME_LINES]:
        found = glued_source(ln) or masthead(ln)
        if found and found[0] != info.title:
            info.set("outlet", found[0], found[1:])
            return


HEAD_CHROME_LINES = 12


def _outlet_from_cocredit(lines: list[Line], info: HeaderInfo) -> None:
    """The outlet a credit line at the article's end names with its agencies ("Le Monde avec AFP")."""
    for ln in lines:
        found = agency_cocredit(ln)
        if found:
            info.set("outlet", *triple(found))
            return


def _outlet_from_domain(head: list[Line], info: HeaderInfo) -> None:
    """A site named by its domain at the top ("Dawn.com Published May 26, 2025"): surer than any label."""
    for ln in head[:HEAD_CHROME_LINES]:
        m = DOMAIN.match(ln.text)
        if m:
            info.set("outlet", m.group("name"), (ln.start + m.start("name"), ln.start + m.end("name")))
            return


def _dateline_day(first: Line, lines: list[Line], date_hint: str | None, info: HeaderInfo) -> None:
    """A dateline's day and month ("TOKYO, Dec 20 (Reuters) -"), in the year of the page's other dates."""
    m = DATELINE.match(first.text[:MAX_HEADER_LINE]) or WIRE.match(first.text[:MAX_HEADER_LINE])
    if m is None:
        m = WIRE_DATELINE.match(first.text[:MAX_HEADER_LINE])
    if m is None:
        return
    found = find_day_month(m.group(0))
    if found is None:
        return
    ref = date_hint or _page_year(lines)
    iso = resolve_year(found[0], found[1], ref) if ref else None
    if iso:
        info.set("published", iso, (first.start + found[2], first.start + found[3]))


_YEAR_IN_NUMERIC_DATE = lazy_compile(r"(?<![\d/.])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?![\d/.])")


def _page_year(lines: list[Line]) -> str | None:
    """The first full date on the page, else the year of a numeric date whose day and month are ambiguous."""
    for ln in lines[:HEAD_LINES * 2]:
        found = find_date(ln.text[:MAX_HEADER_LINE * 3])
        if found:
            return found[0]
    for ln in lines[:HEAD_LINES * 2]:
        m = _YEAR_IN_NUMERIC_DATE.search(ln.text[:MAX_HEADER_LINE])
        if m:
            return m.group(1)
    return None


def _short(lines: list[Line], keep: int) -> list[Line]:
    """Non-blank lines short enough to be metadata, from the first and last ``keep`` of ``lines``."""
    chosen = lines if len(lines) <= 2 * keep else lines[:keep] + lines[-keep:]
    return [ln for ln in chosen if ln.text and len(ln.text) <= MAX_HEADER_LINE]


def _dateline(first: Line, info: HeaderInfo) -> None:
    """The wire agency and the date a body's opening dateline may give."""
    first = Line(first.index, first.start, first.end, first.text[:MAX_HEADER_LINE])
    m = WIRE.match(first.text)
    if m:
        set_match(info, "outlet", first, m, "outlet")
    m = DATELINE.match(first.text) or BRACKETED_DATELINE.match(first.text)
    date = find_date(m.group(0)) if m else None
    if date:
        info.set("published", date[0], (first.start + date[1], first.start + date[2]))


CAPTION_REASONS = frozenset({"photo caption", "caption (repeated)"})
"""A caption's date is the day the photo was taken, never the page's date."""
MIN_CAPTION_WORDS = 8
"""Shorter credited lines are source lines ("2025-12-21 09:42 Source: Global Finance Express"), not captions."""


def _bylines(head: list[Line], info: HeaderInfo, captions: frozenset[int] | set[int] = frozenset()) -> None:
    for k, ln in enumerate(head):
        text = ln.text
        short = len(words(text)) <= 16
        date = find_date(text)
        m = BYLINE.match(text) or STAFF_BYLINE.match(text) or name_then_date(text, date) or (
            BY_LATER.search(text) if date else None)
        if m is None and (short_by := SHORT_BYLINE.match(text)) and is_agency(short_by.group("name")):
            m = short_by  # "By ANI | Updated: ...": the agency's copy
        if m is None and k + 1 < len(head) and (nxt := find_date(head[k + 1].text)) and len(words(head[k + 1].text)) <= 8:
            # A name alone on its line, directly above the date line.
            m = NAME_ONLY.match(text) if nxt[1] <= 12 else None
        if m and short:
            name = m.group("name").strip()
            collective = COLLECTIVE_BYLINE.search(name)
            if is_agency(name) or UPDATED_BY.match(text):
                set_match(info, "outlet", ln, m, "name")  # "By Associated Press": the publication, not a person
            elif collective and collective.start() > 0:
                # "By Newser Editors and Wire Services": the site's staff, no person; the site is named.
                start = ln.start + m.start("name")
                info.set("outlet", name[:collective.start()].strip(), (start, start + len(name[:collective.start()].rstrip())))
            elif glued_source(ln):
                pass  # "Sky News09-07-2025": an aggregator's source line, not a byline
            elif name not in NOT_NAMES and not _looks_like_date_words(name) \
                    and not any(w.casefold() in CHROME_NAME_WORDS for w in name.split()):
                set_match(info, "author", ln, m, "name")
                outlet = byline_outlet(ln, ln.start + m.end("name"))
                if outlet:
                    info.set("outlet", outlet[0], outlet[1:])
        if date and short and ln.start not in captions:
            info.set("published", date[0], (ln.start + date[1], ln.start + date[2]))


def _looks_like_date_words(name: str) -> bool:
    return DATE_WORDS_START.match(name) is not None


def _labelled(candidates: list[Line], info: HeaderInfo) -> None:
    """``Source: Outlet`` and ``作者：Name`` fields on short metadata lines."""
    for ln in candidates:
        if len(ln.text) > 120 or DATA_CREDIT.search(ln.text):
            continue  # (a chart's data credit names no outlet)
        for m in LABELLED.finditer(ln.text):
            key = "outlet" if m.group("label").lower() in _OUTLET_LABELS else "author"
            set_match(info, key, ln, m, "value")


def _source_lines(candidates: list[Line], info: HeaderInfo) -> None:
    """``Outlet·2025-12-21 07:18`` lines, as aggregators print them under a headline."""
    for ln in candidates:
        m = SOURCE_LINE.match(ln.text)
        if not m or len(ln.text) > 90 or BYLINE.match(ln.text):
            continue
        date = find_date(m.group("rest"))
        outlet = m.group("outlet").strip()
        if not date or find_date(outlet) or len(words(outlet)) > 6 or outlet == info.author \
                or EMPTY_BYLINE.match(outlet):
            continue  # ("Katie Pavlich | June 27, 2025": the author's name and date, not an outlet's)
        info.set("outlet", outlet, (ln.start + m.start("outlet"), ln.start + m.start("outlet") + len(outlet)))
        off = ln.start + m.start("rest")
        info.set("published", date[0], (off + date[1], off + date[2]))


# An aggregator's source mark under a headline: "· BBC News", "• Reuters".
_SOURCE_MARK = lazy_compile(r"^[·]\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$")
# Menu items run together when a page is copied: "FinancialGovernment SolutionsLegalReuters".
_GLUED_WORDS = lazy_compile(r"[a-z]{2}[A-Z][a-z]")
# A line ending like prose ("... he said.", "... Republican.”") is not a headline; "?" and "!" may end one.
CLOSED_LIKE_PROSE = lazy_compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.:,;][\"”’»)]*$")  # "at 12:45 p.m." and "U.S." are not
# A line of the page's topic tags ("Topics: Politics, Social Media, UK News"): never its headline.
TAG_LINE = lazy_compile(r"^(?:Topics|Tags|Tagged|Keywords|Related topics|Themen|Schlagworte|Sujets|Temas|Etiquetas)\s*:",
                      re.I)
# What a copied page glues to the end of its headline: a link to its photos, an agency's byline
# ("... landslide buried more than 2,000 people, government says By Reuters").
TITLE_TAIL = lazy_compile(r"\s(?:View (?:Photos?|Gallery|Video)|By (?P<agency>[A-Z][\w&.'’ -]{1,30}))[ ]{0,3}$")
TITLE_REPEATS = frozenset({"summary repeated below", "caption (repeated)", "repeated template line"})
"""Repeated lines that may still be the headline (a page often prints it twice) when they read as one."""
MIN_DISPLACING_WORDS = 4
QUESTION_LABEL_WORDS = 5  # a question this short is a section's heading, no headline: "De quoi on parle ?"


def _title(head: list[Line], classes: list[LineClass], info: HeaderInfo, counts: Counter[str]) -> None:
    """The headline: the last heading-like line before the byline or body (a line after a byline or date
    line, a short label or a standfirst does not displace one found before). A sentence that reads as the
    standfirst of the line found before (:func:`standfirst_under`) displaces it only when prose follows it (then
    that prose is the standfirst, and the line found before a kicker or the site's chrome)."""
    best: Line | None = None
    held: Line | None = None  # a line that displaces ``best`` only if prose follows it
    dated = printed_twice = False
    for ln in head:
        cls = classes[ln.index]
        text = ln.text
        if TAG_LINE.match(text):
            continue
        if held is not None and _prose_under(text, cls):
            best, held = held, None
        if best is not None and (BYLINE.match(text) or glued_source(ln) or find_date(text) and len(words(text)) <= 8
                                 or _SOURCE_MARK.match(text) or AGE_LINE.search(text) and len(words(text)) <= 12):
            dated = True  # (a headline's source or date line under it: what follows is no headline)
        if cls.kind == "bad" and (cls.reason not in TITLE_REPEATS or has_photo_credit(text) or ends_sentence(text)) \
                or BULLET.match(text) or text.startswith("#"):
            continue
        n = len(words(text)) + cjk_count(text) // 2
        if n < 3 or n > 40 or CLOSED_LIKE_PROSE.search(text) and cjk_count(text) == 0 or has_photo_credit(text) \
                or describes_picture(text):
            continue  # (a picture's caption above the byline is no headline: "A drone photo shows the damages ...")
        if SOURCE_LINE.match(text) or BYLINE.match(text) or STAFF_BYLINE.match(text) or LABELLED.search(text) \
                or (find_date(text) or AGE_LINE.search(text)) and n <= 8 or (wire := WIRE_DATELINE.match(text)) and not text[wire.end():].strip():
            continue  # (a wire dateline alone on its line opens the body: "MADRID 23 Feb. (EDIZIONES) -")
        if NAME_ONLY.match(text) and text == info.author or glued_source(ln) or masthead(ln) \
                or len(_GLUED_WORDS.findall(text)) >= 2:
            continue
        if best is not None and words(text) == words(best.text):
            printed_twice = n >= MIN_DISPLACING_WORDS  # (a label printed twice locks nothing: "The Guardian - UK")
            continue  # the same headline printed again (with its punctuation back): the first stands, and no
            # line under its second copy displaces it (the rows of an infobox under a page's title and its heading)
        if cls.reason == "caption (repeated)" and any(o.text != text and o.text.startswith(text)
                                                       and has_photo_credit(o.text) for o in head):
            continue  # a caption printed bare, then again with its credit
        label = best is not None and len(words(best.text)) + cjk_count(best.text) // 2 < MIN_DISPLACING_WORDS
        if best is None or not printed_twice and (not dated or label) and not _standfirst_like(text) \
                and n >= MIN_DISPLACING_WORDS and not (text.endswith("?") and n <= QUESTION_LABEL_WORDS):
            if best is not None and not label and held is None and standfirst_under(best.text, text):
                held = ln
                continue
            best, held = ln, None  # (a section label over the date line is no headline: "U.S. News", then the date, then it)
    if best is not None:
        slug = WIRE_SLUG.match(best.text)
        start = best.start + (slug.end() if slug else 0)
        tail = TITLE_TAIL.search(best.text)
        if tail and tail.group("agency") and not is_agency(tail.group("agency")):
            tail = None  # ("... as told By Mary Smith" ends the headline's own words)
        end = best.start + len(best.text[:tail.start()].rstrip()) if tail else best.end
        info.set("title", best.text[start - best.start:end - best.start], (start, end))


STANDFIRST_WORDS = 18
"""A sentence-case line this long under a headline is its standfirst (Title Case headlines may be longer)."""


STANDFIRST_DENSITY = 0.3
"""... and reads as a sentence: headlines leave most function words out."""


def _standfirst_like(text: str) -> bool:
    return len(words(text)) >= STANDFIRST_WORDS and not looks_like_headline(text) and stop_density(text) >= STANDFIRST_DENSITY


MIN_PROSE_UNDER_WORDS = 8
"""Words a line of prose under a headline and its would-be standfirst has at least (bylines and labels have fewer)."""


def _prose_under(text: str, cls: LineClass) -> bool:
    """A line of prose (a standfirst, its repeat in the article) under a line held for the headline: that line
    was the headline, not the standfirst. Bylines, captions and the site's chrome are not such prose."""
    if cls.kind == "bad" and cls.reason != "summary repeated below" or BYLINE.match(text) or has_photo_credit(text):
        return False
    return len(words(text)) >= MIN_PROSE_UNDER_WORDS and stop_density(text) >= STANDFIRST_DENSITY


STANDFIRST_RATIO = 1.5
"""A sentence under the headline with this many times its words is its standfirst, however short."""


def standfirst_under(headline: str, text: str) -> bool:
    """Is ``text``, right under ``headline``, its standfirst rather than a second headline: not Title Case, at
    least :data:`STANDFIRST_RATIO` times as long and with more function words, as many as a sentence has ("46
    feared killed in massive landslide near Nilambur" over "18 families buried alive when their houses cave in
    under a hillock at Kavalappara in Malappuram district")?"""
    density = stop_density(text)
    return len(words(text)) >= STANDFIRST_RATIO * len(words(headline)) and not looks_like_headline(text) \
        and density >= STANDFIRST_DENSITY and density > stop_density(headline)


def _outlet_from_masthead(head: list[Line], info: HeaderInfo, counts: Counter[str]) -> None:
    """A short name-like line shown more than once at the top of the page (masthead, logo alt text)."""
    for ln in head[:12]:
        text = ln.text
        ws = words(text)
        if not (1 <= len(ws) <= 5) or counts[text] < 2 or BULLET.match(text):
            continue
        if text == info.title or text == info.author or find_date(text) or CHROME.match(text) or \
                text.lower() in SECTION_LABELS:
            continue  # "Advertisement", "Menu" or a section ("NEWS") repeated at the top is no site's name
        if all(w[0].isupper() for w in ws if len(w) > 3) and not text.endswith((".", ":")):
            info.set("outlet", text, (ln.start, ln.end))
            return
