"""Detect title, outlet, author and date from the lines around an article's body.

Only what the text states is taken; anything else stays None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing_tui.ingest.boilerplate import has_photo_credit
from briefing_tui.ingest.clean import BULLET, CHROME, COPYRIGHT, LineClass, looks_like_headline
from briefing_tui.ingest.credits import (DOMAIN, NOT_NAME_START, WIRE_DATELINE, agency_reports, byline_outlet, glued_source, is_agency, masthead,
                                          self_reference, trailing_credit, wire_outlet)
from briefing_tui.ingest.dates import find_date, find_day_month, resolve_year
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import cjk_count, ends_sentence, stop_density, words

# Words that start with a capital in a byline but are not part of a name.
_NOT_NAME = (r"(?!(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
             r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|"
             r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Published|Updated|Posted|Staff|Our|The|Agency|Editor|Reporter)\b)")
_NAME_WORD = rf"(?:{_NOT_NAME}[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-Þ'’\-]+|[A-Z]\.|(?:de|van|von|der|da|di|bin|al|la|le)(?=\s))"
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
AUTHORS = rf"{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME}){{0,3}}"
# "By" in English; "par", "von", "por", "door" (also ordinary words) only before a capitalised name.
BYLINE = re.compile(rf"^(?:(?i:by|written by|words by|reporting by|author:?|posted by)\s+|(?i:par|von|por|door)\s+(?=[A-ZÀ-Þ]))(?P<name>{AUTHORS})")
BY_LATER = re.compile(rf"\b(?i:by)\s+(?P<name>{AUTHORS})\s*$")
NAME_ONLY = re.compile(rf"^(?P<name>{NAME})$")
NAME_THEN_DATE = re.compile(rf"^(?P<name>{NAME})\s*(?:[|,·•—–-]\s*)?(?=(?:\w+\s+)?\d|[A-Z][a-z]{{2,8}}\.?\s+\d)")
SOURCE_LINE = re.compile(r"^(?P<outlet>[^\s·•|][^·•|]{1,60}?)\s*[·•|]\s*(?P<rest>.*\d{4}.*)$")
# "Source: Outlet", "来源：环球经济观察", "作者：李明": labelled fields on an aggregator's date line.
LABELLED = re.compile(r"(?P<label>(?i:source|quelle|fuente)|来源|來源|出处|作者|记者)\s*[:：]\s*"
                      r"(?P<value>[^\s|·•,，;；()（）:：]{1,40}(?: [A-Z][\w&.'’-]*){0,5})")
_OUTLET_LABELS = ("source", "quelle", "fuente", "来源", "來源", "出处")
WIRE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w.]+(?:\s+\d{1,2})?)?\s*\((?P<outlet>[A-Z][\w&.' ]{1,30})\)\s*[-–—]")
# "ALMATY, Kazakhstan — December 22, 2025 — ": a dateline that opens the body.
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40},.{0,60}\s[—–-]{1,2}\s")
CREDIT_AUTHORS = re.compile(rf"^[(（]?\s*(?i:reporting by|writing by|written by)\s+(?P<name>{AUTHORS})")
# Wire-service slugs in front of a headline: "UPDATE 2-", "EXCLUSIVE-", "ANALYSIS:".
WIRE_SLUG = re.compile(r"^(?:UPDATE|EXCLUSIVE|ANALYSIS|FACTBOX|WRAPUP|REFILE|CORRECTED|INSIGHT|EXPLAINER|FOCUS|"
                       r"INTERVIEW|TIMELINE|BREAKINGVIEWS|RPT)(?: \d{1,2})?\s*[-:]\s*(?=\S)")
COPYRIGHT_NAME = re.compile(r"(?:©|\(c\)|copyright)(?:\s*©)?(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*(?:[.,|]|all rights|$)", re.I)
# A reporter's credit in Japanese or Chinese: "(社会部・屋比久就平記者報告)", "（记者 李明）"; in Korean: "김민수 기자".
CJK_REPORTER = re.compile(
    r"[(（](?:[^()（）・]{1,12}・)?(?P<name>[\u3400-\u9fff\u3040-\u30ff]{2,8}?)\s?(?:記者|特派員|记者)(?:報告|报道|撮影)?[)）]"
    r"|[(（](?:記者|记者)\s?(?P<name2>[\u3400-\u9fff]{2,4})[)）]"
    r"|(?:^|\s)(?P<ko>[가-힣]{2,4})\s?(?:기자|특파원)(?=$|[\s,.=])"
)
CJK_CREDIT_LINES = 6
"""Lines at each end of the body searched for a CJK reporter's credit."""
# A byline naming a site's staff rather than a person: "Newser Editors and Wire Services", "Dawn Staff Reporter".
COLLECTIVE_BYLINE = re.compile(r"\s+(?:Editors?|Staff(?:\s+(?:Writers?|Reporters?))?|Newsroom|News Desk|Web Desk|Desk|Team)\b(?:.*)$")
MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*$")
MAX_HEADER_LINE = 300
HEAD_LINES = 60
"""Metadata sits near the top of the page or right next to the body: only this many lines at each end are read."""
NOT_NAMES = frozenset({"All Rights Reserved", "All rights reserved"})
# Words of page chrome that never make up a person's name ("Short Url", "Home Blog Page").
CHROME_NAME_WORDS = frozenset("""url link home blog page menu share print email news staff admin desk team
    updated posted published comments reply login search video photo image""".split())


_OUTLET_EDGES = " ·•|-–—:,"
# An edition after a publication's name, as readers print it: "The Guardian - UK", "The Guardian - AU".
EDITION_SUFFIX = re.compile(r"\s+[-–—]\s+(?:[A-Z]{2,3}|International|Europe|Asia|Americas)$")
# "Last Updated on September 24, 2025 11:10 pm by INDIAN AWAAZ": the site's account that posted, not a writer.
UPDATED_BY = re.compile(r"^(?:Last\s+)?(?:Updated|Modified|Edited)\b.{0,60}\bby\s+", re.I)


@dataclass(slots=True)
class HeaderInfo:
    """Metadata found in the text, with the raw offsets where each value was read."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def set(self, key: str, value: str | None, span: tuple[int, int]) -> None:
        if key == "outlet" and value:
            bare = EDITION_SUFFIX.sub("", value.strip(_OUTLET_EDGES)).strip(_OUTLET_EDGES)  # "· BBC News" -> "BBC News"
            lead = value.find(bare) if bare else 0
            span, value = (span[0] + lead, span[0] + lead + len(bare)), bare
        if value and getattr(self, key) is None:
            setattr(self, key, value)
            self.spans[key] = span


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
        _glued_header(ln, info)
    captions = {ln.start for ln, c in zip(lines, classes)
                if c.reason in CAPTION_REASONS and len(words(ln.text)) >= MIN_CAPTION_WORDS}
    _bylines(head, info, captions)
    _labelled(head + tail, info)
    _outlet_from_domain(head, info)
    _source_lines(tail + head, info)
    _title(head, classes, info, counts)
    _name_under_title(head, info)
    if info.published and info.title and _inside(info.spans["published"], info.spans["title"]):
        info.published = None  # a date inside the headline ("List of key events, June 23, 2025") is its topic
        del info.spans["published"]
    _outlet_from_chrome(head, info)
    _outlet_from_masthead(head, info, counts)
    body_end = [ln for ln in lines[max(body_lo, body_hi - NOTE_LINES + 1):body_hi + 1] if ln.text]
    _outlet_from_self_reference(head + body_end + tail, info)
    for ln in tail:
        if COPYRIGHT.search(ln.text):
            m = COPYRIGHT_NAME.search(ln.text)
            if m and m.group("name").strip() not in NOT_NAMES and not re.match(r"all\b", m.group("name"), re.I):
                name = m.group("name").strip()
                info.set("outlet", name, (ln.start + m.start("name"), ln.start + m.start("name") + len(name)))
        m = CREDIT_AUTHORS.match(ln.text)
        if m:
            _set_match(info, "author", ln, m, "name")
    if lines and 0 <= body_lo < len(lines) and info.author is None:
        _cjk_reporter(lines, body_lo, body_hi, info)
    if lines and 0 <= body_lo < len(lines) and info.author is None:
        _post_bylines(lines[body_lo:body_hi + 1], info)
    if lines and 0 <= body_lo < len(lines):
        _dateline(lines[body_lo], info)
        _wire_and_credit(lines, body_lo, body_hi, info)
        if info.published is None:
            _dateline_day(lines, body_lo, date_hint, info)
    return info


WIRE_LINES = 3
"""Body lines at the top searched for a wire dateline (a stray caption or label may come first)."""
CREDIT_LINES = 4
"""Lines around the body's end searched for a trailing credit."""


def _outlet_from_chrome(head: list[Line], info: HeaderInfo) -> None:
    """A site name at the top of the page, or an aggregator's "Outlet<date>" line."""
    for ln in head[:HEAD_CHROME_LINES]:
        found = glued_source(ln) or masthead(ln)
        if found and found[0] != info.title:
            info.set("outlet", found[0], found[1:])
            return


HEAD_CHROME_LINES = 12


def _outlet_from_domain(head: list[Line], info: HeaderInfo) -> None:
    """A site named by its domain at the top ("Dawn.com Published May 26, 2025"): surer than any label."""
    for ln in head[:HEAD_CHROME_LINES]:
        m = DOMAIN.match(ln.text)
        if m:
            info.set("outlet", m.group("name"), (ln.start + m.start("name"), ln.start + m.end("name")))
            return


# Words of labels over lists of links ("Key Reads", "Top Stories", "Most Popular"), never in a person's name.
LABEL_WORDS = frozenset("""key top most more latest related popular trending read reads stories story
    highlights headlines editor's picks""".split())
NAME_LINE_WINDOW = 3
"""Header lines above the body in which an author's name may stand alone."""
# The last word of a byline glued to its outlet: "Georgie KibelNewsWire" (a name's end, then a capital).
_GLUED_OUTLET = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]+(?:[A-Z][a-z]*)*$)")


def _name_under_title(head: list[Line], info: HeaderInfo) -> None:
    """A byline with no "By": a person's name alone on a line between the headline and the body
    (section labels such as "South Africa" stand above the headline), possibly glued to its outlet."""
    title_at = info.spans["title"][0] if info.title else None
    near = head[-NAME_LINE_WINDOW:]
    for k, ln in enumerate(near):
        if title_at is None and k != len(near) - 1 or title_at is not None and ln.start <= title_at:
            continue
        text, outlet = ln.text, None
        last = text.rsplit(None, 1)[-1] if text.strip() else ""
        glue = _GLUED_OUTLET.search(last)
        if glue and glue.start() > 0:
            cut = len(text) - len(last) + glue.start()
            text, outlet = text[:cut], (text[cut:], ln.start + cut, ln.end)
        m = re.fullmatch(AUTHORS, text)
        if not m or text == info.title or masthead(ln) or is_agency(text) or BYLINE.match(text) \
                or text.split()[0].casefold() in NOT_NAME_START \
                or any(w.casefold() in CHROME_NAME_WORDS | LABEL_WORDS for w in text.split()) \
                or any(other.text.startswith(text + " /") or f"/ {text}" in other.text for other in head):
            continue  # (the photographer of a credit "Name / Agency" nearby is no author)
        info.set("author", text, (ln.start, ln.start + len(text)))
        if outlet:
            info.set("outlet", outlet[0], outlet[1:])
        return


GLUED_HEADER_LINES = 3
"""Header lines just above the body read for a headline, date and byline run together on one line."""
# "Deadly wildfires sweep across S. Korea, killing at least 19 people. March. 27, 2025 07:47. by Young-Hun Jang ..."
GLUED_HEADER = re.compile(
    r"^(?P<title>[^\n]{10,250}?[^.\s])\.\s+(?P<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2},\s*\d{4}(?:\s+\d{1,2}:\d{2})?)\.?\s+"
    rf"(?i:by)\s+(?P<name>{NAME})")


def _glued_header(ln: Line, info: HeaderInfo) -> None:
    """A headline, its date and its byline printed as one line: each field from its part."""
    m = GLUED_HEADER.match(ln.text[:MAX_HEADER_LINE])
    date = find_date(m.group("date")) if m else None
    if m is None or date is None:
        return
    _set_match(info, "title", ln, m, "title")
    _set_match(info, "author", ln, m, "name")
    off = ln.start + m.start("date")
    info.set("published", date[0], (off + date[1], off + date[2]))


NOTE_LINES = 3
"""Last body lines read for an author note naming the publication ("The PUNCH journalist, ...")."""
POST_BYLINE_WORDS = 6
MIN_POST_BYLINES = 2


def _post_bylines(body: list[Line], info: HeaderInfo) -> None:
    """A live blog's author: the same "By Name" line over several of its posts."""
    found: dict[str, list[tuple[Line, re.Match[str]]]] = {}
    for ln in body:
        if ln.text and len(words(ln.text)) <= POST_BYLINE_WORDS:
            m = BYLINE.match(ln.text)
            if m and m.end() == len(ln.text.rstrip()) and not is_agency(m.group("name")):
                found.setdefault(m.group("name"), []).append((ln, m))
    best = max(found.values(), key=len, default=[])
    if len(best) >= MIN_POST_BYLINES:
        ln, m = best[0]
        _set_match(info, "author", ln, m, "name")


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _cjk_reporter(lines: list[Line], body_lo: int, body_hi: int, info: HeaderInfo) -> None:
    """A Japanese, Chinese or Korean reporter's credit near either end of the body."""
    near = [ln for ln in (*lines[max(0, body_lo - CJK_CREDIT_LINES):body_lo + CJK_CREDIT_LINES],
                          *lines[max(body_lo, body_hi - CJK_CREDIT_LINES):body_hi + CJK_CREDIT_LINES]) if ln.text]
    for ln in near:
        if not cjk_count(ln.text[:MAX_HEADER_LINE]):
            continue
        m = CJK_REPORTER.search(ln.text[:MAX_HEADER_LINE])
        if m:
            _set_match(info, "author", ln, m, next(g for g in ("name", "name2", "ko") if m.group(g)))
            return


def _outlet_from_self_reference(lines: list[Line], info: HeaderInfo) -> None:
    """The site naming itself in the chrome around the article ("Dailymaverick logo", "Get ST's newsletters")."""
    for ln in lines:
        found = self_reference(ln)
        if found:
            info.set("outlet", *_triple(found))
            return


def _wire_and_credit(lines: list[Line], body_lo: int, body_hi: int, info: HeaderInfo) -> None:
    """The agency of a wire dateline at the top of the body, else one credited at its end."""
    top = [ln for ln in lines[body_lo:body_hi + 1] if ln.text][:WIRE_LINES]
    for ln in top:
        found = wire_outlet(ln) or agency_reports(ln)
        if found:
            info.set("outlet", *_triple(found))
            return
    end = [ln for ln in lines[max(body_lo, body_hi - CREDIT_LINES):body_hi + CREDIT_LINES + 1] if ln.text]
    for ln in reversed(end):
        found = trailing_credit(ln)
        if found:
            info.set("outlet", *_triple(found))
            return


def _triple(found: tuple[str, int, int]) -> tuple[str, tuple[int, int]]:
    return found[0], (found[1], found[2])


def _dateline_day(lines: list[Line], body_lo: int, date_hint: str | None, info: HeaderInfo) -> None:
    """A dateline's day and month ("TOKYO, Dec 20 (Reuters) -"), in the year of the page's other dates."""
    first = lines[body_lo]
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


_YEAR_IN_NUMERIC_DATE = re.compile(r"(?<![\d/.])\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?![\d/.])")


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


def _set_match(info: HeaderInfo, key: str, ln: Line, m: re.Match[str], group: str) -> None:
    value = m.group(group).strip()
    start = ln.start + m.start(group)
    info.set(key, value, (start, start + len(value)))


def _dateline(first: Line, info: HeaderInfo) -> None:
    """The wire agency and the date a body's opening dateline may give."""
    first = Line(first.index, first.start, first.end, first.text[:MAX_HEADER_LINE])
    m = WIRE.match(first.text)
    if m:
        _set_match(info, "outlet", first, m, "outlet")
    m = DATELINE.match(first.text)
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
        m = BYLINE.match(text) or NAME_THEN_DATE.match(text) or (BY_LATER.search(text) if date else None)
        if m is None and k + 1 < len(head) and (nxt := find_date(head[k + 1].text)) and len(words(head[k + 1].text)) <= 8:
            # A name alone on its line, directly above the date line.
            m = NAME_ONLY.match(text) if nxt[1] <= 12 else None
        if m and short:
            name = m.group("name").strip()
            collective = COLLECTIVE_BYLINE.search(name)
            if is_agency(name) or UPDATED_BY.match(text):
                _set_match(info, "outlet", ln, m, "name")  # "By Associated Press": the publication, not a person
            elif collective and collective.start() > 0:
                # "By Newser Editors and Wire Services": the site's staff, no person; the site is named.
                start = ln.start + m.start("name")
                info.set("outlet", name[:collective.start()].strip(), (start, start + len(name[:collective.start()].rstrip())))
            elif glued_source(ln):
                pass  # "Sky News09-07-2025": an aggregator's source line, not a byline
            elif name not in NOT_NAMES and not _looks_like_date_words(name) \
                    and not any(w.casefold() in CHROME_NAME_WORDS for w in name.split()):
                _set_match(info, "author", ln, m, "name")
                outlet = byline_outlet(ln, ln.start + m.end("name"))
                if outlet:
                    info.set("outlet", outlet[0], outlet[1:])
        if date and short and ln.start not in captions:
            info.set("published", date[0], (ln.start + date[1], ln.start + date[2]))


def _looks_like_date_words(name: str) -> bool:
    return bool(re.match(r"^(?:Published|Updated|Posted|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", name))


def _labelled(candidates: list[Line], info: HeaderInfo) -> None:
    """``Source: Outlet`` and ``作者：Name`` fields on short metadata lines."""
    for ln in candidates:
        if len(ln.text) > 120:
            continue
        for m in LABELLED.finditer(ln.text):
            key = "outlet" if m.group("label").lower() in _OUTLET_LABELS else "author"
            _set_match(info, key, ln, m, "value")


def _source_lines(candidates: list[Line], info: HeaderInfo) -> None:
    """``Outlet·2025-12-21 07:18`` lines, as aggregators print them under a headline."""
    for ln in candidates:
        m = SOURCE_LINE.match(ln.text)
        if not m or len(ln.text) > 90 or BYLINE.match(ln.text):
            continue
        date = find_date(m.group("rest"))
        outlet = m.group("outlet").strip()
        if not date or find_date(outlet) or len(words(outlet)) > 6 or outlet == info.author:
            continue  # ("Katie Pavlich | June 27, 2025": the author's name and date, not an outlet's)
        info.set("outlet", outlet, (ln.start + m.start("outlet"), ln.start + m.start("outlet") + len(outlet)))
        off = ln.start + m.start("rest")
        info.set("published", date[0], (off + date[1], off + date[2]))


# An aggregator's source mark under a headline: "· BBC News", "• Reuters".
_SOURCE_MARK = re.compile(r"^[·]\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$")
# Menu items run together when a page is copied: "FinancialGovernment SolutionsLegalReuters".
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z][a-z]")
# A line ending like prose ("... he said.", "... Republican.”") is not a headline; "?" and "!" may end one.
_CLOSED_LIKE_PROSE = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.:,;][\"”’»)]*$")  # "at 12:45 p.m." and "U.S." are not
TITLE_REPEATS = frozenset({"summary repeated below", "caption (repeated)", "repeated template line"})
"""Repeated lines that may still be the headline (a page often prints it twice) when they read as one."""
MIN_DISPLACING_WORDS = 4


def _title(head: list[Line], classes: list[LineClass], info: HeaderInfo, counts: Counter[str]) -> None:
    """The headline: the last heading-like line before the byline or body (a line after a byline or date
    line, a short label or a standfirst does not displace one found before)."""
    best: Line | None = None
    dated = False
    for ln in head:
        cls = classes[ln.index]
        text = ln.text
        if best is not None and (BYLINE.match(text) or glued_source(ln) or find_date(text) and len(words(text)) <= 8
                                 or _SOURCE_MARK.match(text)):
            dated = True  # (a headline's source or date line under it: what follows is no headline)
        if cls.kind == "bad" and (cls.reason not in TITLE_REPEATS or has_photo_credit(text) or ends_sentence(text)) \
                or BULLET.match(text) or text.startswith("#"):
            continue
        n = len(words(text)) + cjk_count(text) // 2
        if n < 3 or n > 40 or _CLOSED_LIKE_PROSE.search(text) and cjk_count(text) == 0 or has_photo_credit(text):
            continue
        if SOURCE_LINE.match(text) or BYLINE.match(text) or LABELLED.search(text) or find_date(text) and n <= 8:
            continue
        if NAME_ONLY.match(text) and text == info.author or glued_source(ln) or masthead(ln) \
                or len(_GLUED_WORDS.findall(text)) >= 2:
            continue
        if best is not None and words(text) == words(best.text):
            continue  # the same headline printed again (with its punctuation back): the first stands
        if cls.reason == "caption (repeated)" and any(o.text != text and o.text.startswith(text)
                                                       and has_photo_credit(o.text) for o in head):
            continue  # a caption printed bare, then again with its credit
        if best is None or not dated and not _standfirst_like(text) and n >= MIN_DISPLACING_WORDS:
            best = ln
    if best is not None:
        slug = WIRE_SLUG.match(best.text)
        start = best.start + (slug.end() if slug else 0)
        info.set("title", best.text[start - best.start:], (start, best.end))


STANDFIRST_WORDS = 18
"""A sentence-case line this long under a headline is its standfirst (Title Case headlines may be longer)."""


STANDFIRST_DENSITY = 0.3
"""... and reads as a sentence: headlines leave most function words out."""


def _standfirst_like(text: str) -> bool:
    return len(words(text)) >= STANDFIRST_WORDS and not looks_like_headline(text) and stop_density(text) >= STANDFIRST_DENSITY


def _outlet_from_masthead(head: list[Line], info: HeaderInfo, counts: Counter[str]) -> None:
    """A short name-like line shown more than once at the top of the page (masthead, logo alt text)."""
    for ln in head[:12]:
        text = ln.text
        ws = words(text)
        if not (1 <= len(ws) <= 5) or counts[text] < 2 or BULLET.match(text):
            continue
        if text == info.title or text == info.author or find_date(text) or CHROME.match(text):
            continue  # "Advertisement" or "Menu" repeated at the top is template, not the site's name
        if all(w[0].isupper() for w in ws if len(w) > 3) and not text.endswith((".", ":")):
            info.set("outlet", text, (ln.start, ln.end))
            return
