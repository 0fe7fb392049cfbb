"""Where a page's header keeps its fields, and the less common places they hide: a name alone under the
headline, a byline glued to its outlet, a headline run together with its date and byline, a live blog's
post bylines, a CJK reporter's credit, the site naming itself in its chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.ingest.credits import NOT_NAME_START, is_agency, masthead, self_reference
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.header_patterns import (AUTHORS, BYLINE, CHROME_NAME_WORDS, CJK_CREDIT_LINES, CJK_REPORTER,
                                                 EDITION_SUFFIX, MAX_HEADER_LINE, MD_BOLD_LINE, NAME, NAME_THEN_DATE,
                                                 _OUTLET_EDGES)
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import cjk_count, words
from briefing_tui.lazy_pattern import lazy_compile


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
        if key == "title" and value and (bold := MD_BOLD_LINE.fullmatch(value)):
            span, value = (span[0] + bold.start("text"), span[0] + bold.end("text")), bold.group("text")
        if value and getattr(self, key) is None:
            setattr(self, key, value)
            self.spans[key] = span


DATE_AFTER_NAME_REACH = 12
"""How far after a name (characters) the line's date may start for the two to be a byline ("Ana Ruiz | Monday,
June 2, 2025": a weekday and its comma between)."""


def name_then_date(text: str, date: tuple[str, int, int] | None) -> re.Match[str] | None:
    """A name, then the line's date right after it ("Ana Ruiz | June 2, 2025"): a byline. A headline that starts
    with capitalised words and a number ("Iran Says More Than 600 Killed") has no date there, and no name."""
    m = NAME_THEN_DATE.match(text)
    return m if m and date is not None and date[1] <= m.end() + DATE_AFTER_NAME_REACH else None


def triple(found: tuple[str, int, int]) -> tuple[str, tuple[int, int]]:
    """(name, start, end) as ``HeaderInfo.set`` takes it: (name, (start, end))."""
    return found[0], (found[1], found[2])


def set_match(info: HeaderInfo, key: str, ln: Line, m: re.Match[str], group: str) -> None:
    """Set a field from a match group on a line, with its raw offsets."""
    value = m.group(group).strip()
    start = ln.start + m.start(group)
    info.set(key, value, (start, start + len(value)))


# Words of labels over lists of links ("Key Reads", "Top Stories", "Most Popular"), never in a person's name.
LABEL_WORDS = frozenset("""key top most more latest related popular trending read reads stories story
    highlights headlines editor's picks""".split())
NAME_LINE_WINDOW = 3
"""Header lines above the body in which an author's name may stand alone."""
# The last word of a byline glued to its outlet: "Georgie KibelNewsWire" (a name's end, then a capital).
_GLUED_OUTLET = lazy_compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]+(?:[A-Z][a-z]*)*$)")


def name_under_title(head: list[Line], info: HeaderInfo, repeated: frozenset[str] | set[str] = frozenset()) -> None:
    """A byline with no "By": a person's name alone on a line between the headline and the body
    (section labels such as "South Africa" stand above the headline), possibly glued to its outlet. A line the
    page prints alone again (``repeated``: a picture's label over its caption, "Kenya Floods") is no byline."""
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
        if not m or text == info.title or ln.text in repeated or masthead(ln) or is_agency(text) or BYLINE.match(text) \
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
GLUED_HEADER = lazy_compile(
    r"^(?P<title>[^\n]{10,250}?[^.\s])\.\s+(?P<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2},\s*\d{4}(?:\s+\d{1,2}:\d{2})?)\.?\s+"
    rf"(?i:by)\s+(?P<name>{NAME})")


def glued_header(ln: Line, info: HeaderInfo) -> None:
    """A headline, its date and its byline printed as one line: each field from its part."""
    m = GLUED_HEADER.match(ln.text[:MAX_HEADER_LINE])
    date = find_date(m.group("date")) if m else None
    if m is None or date is None:
        return
    set_match(info, "title", ln, m, "title")
    set_match(info, "author", ln, m, "name")
    off = ln.start + m.start("date")
    info.set("published", date[0], (off + date[1], off + date[2]))


NOTE_LINES = 3
"""Last body lines read for an author note naming the publication ("The PUNCH journalist, ...")."""
POST_BYLINE_WORDS = 6
MIN_POST_BYLINES = 2


def post_bylines(body: list[Line], info: HeaderInfo) -> None:
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
        set_match(info, "author", ln, m, "name")


def inside_span(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Does the span ``inner`` lie within ``outer``?"""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def cjk_reporter(lines: list[Line], body_lo: int, body_hi: int, info: HeaderInfo) -> None:
    """A Japanese, Chinese or Korean reporter's credit near either end of the body."""
    near = [ln for ln in (*lines[max(0, body_lo - CJK_CREDIT_LINES):body_lo + CJK_CREDIT_LINES],
                          *lines[max(body_lo, body_hi - CJK_CREDIT_LINES):body_hi + CJK_CREDIT_LINES]) if ln.text]
    for ln in near:
        if not cjk_count(ln.text[:MAX_HEADER_LINE]):
            continue
        m = CJK_REPORTER.search(ln.text[:MAX_HEADER_LINE])
        if m:
            set_match(info, "author", ln, m, next(g for g in ("name", "name2", "ko") if m.group(g)))
            return


def outlet_from_self_reference(lines: list[Line], info: HeaderInfo) -> None:
    """The site naming itself in the chrome around the article ("Dailymaverick logo", "Get ST's newsletters")."""
    for ln in lines:
        found = self_reference(ln)
        if found:
            info.set("outlet", *triple(found))
            return
