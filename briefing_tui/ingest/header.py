"""Detect title, outlet, author and date from the lines around an article's body.

Only what the text states is taken; anything else stays None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing_tui.ingest.clean import BULLET, COPYRIGHT, LineClass
from briefing_tui.ingest.dates import find_date
from briefing_tui.ingest.lines import Line
from briefing_tui.ingest.textstats import cjk_count, words

_NOT_NAME = r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Published|Updated|Posted)[a-z]*\b)"
_NAME_WORD = rf"(?:{_NOT_NAME}[A-Z][a-zA-Z'’\-]+|[A-Z]\.|(?:de|van|von|der|da|di|bin|al|la|le)(?=\s))"
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
BYLINE = re.compile(rf"^(?:by|written by|words by|reporting by|author:?|posted by)\s+(?P<name>{NAME})", re.I)
NAME_THEN_DATE = re.compile(rf"^(?P<name>{NAME})\s*(?:[|,·•—–-]\s*)?(?=(?:\w+\s+)?\d|[A-Z][a-z]{{2,8}}\.?\s+\d)")
SOURCE_LINE = re.compile(r"^(?P<outlet>[^\s·•|][^·•|]{1,60}?)\s*[·•|]\s*(?P<rest>.*\d{4}.*)$")
WIRE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w.]+(?:\s+\d{1,2})?)?\s*\((?P<outlet>[A-Z][\w&.' ]{1,30})\)\s*[-–—]")
COPYRIGHT_NAME = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*(?:[.,|]|all rights|$)", re.I)
MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*$")
NOT_NAMES = frozenset({"All Rights Reserved", "All rights reserved"})


@dataclass(slots=True)
class HeaderInfo:
    """Metadata found in the text, with the raw offsets where each value was read."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def set(self, key: str, value: str | None, span: tuple[int, int]) -> None:
        if value and getattr(self, key) is None:
            setattr(self, key, value)
            self.spans[key] = span


def detect_header(lines: list[Line], classes: list[LineClass], body_lo: int, body_hi: int) -> HeaderInfo:
    """Look before the body for title, byline and date, and after it for source lines and footers."""
    info = HeaderInfo()
    head = [ln for ln in lines[:body_lo] if ln.text]
    tail = [ln for ln in lines[body_hi + 1:] if ln.text]
    counts = Counter(ln.text for ln in lines if ln.text)

    for ln in head:
        m = MD_TITLE.match(ln.text)
        if m:
            off = ln.start + m.start("title")
            info.set("title", m.group("title"), (off, off + len(m.group("title"))))
    _bylines(head, info)
    _source_lines(tail + head, info)
    _title(head, classes, info, counts)
    _outlet_from_masthead(head, info, counts)
    for ln in tail:
        if COPYRIGHT.search(ln.text):
            m = COPYRIGHT_NAME.search(ln.text)
            if m and m.group("name").strip() not in NOT_NAMES and not re.match(r"all\b", m.group("name"), re.I):
                name = m.group("name").strip()
                info.set("outlet", name, (ln.start + m.start("name"), ln.start + m.start("name") + len(name)))
    if lines and body_lo < len(lines):
        first = lines[body_lo]
        m = WIRE.match(first.text)
        if m:
            info.set("outlet", m.group("outlet").strip(), (first.start + m.start("outlet"), first.start + m.end("outlet")))
    return info


def _bylines(head: list[Line], info: HeaderInfo) -> None:
    for ln in head:
        text = ln.text
        m = BYLINE.match(text) or NAME_THEN_DATE.match(text)
        date = find_date(text)
        if m and len(words(text)) <= 16:
            name = m.group("name").strip()
            if name not in NOT_NAMES and not _looks_like_date_words(name):
                info.set("author", name, (ln.start + m.start("name"), ln.start + m.start("name") + len(name)))
        if date and len(words(text)) <= 16:
            info.set("published", date[0], (ln.start + date[1], ln.start + date[2]))


def _looks_like_date_words(name: str) -> bool:
    return bool(re.match(r"^(?:Published|Updated|Posted|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", name))


def _source_lines(candidates: list[Line], info: HeaderInfo) -> None:
    """``Outlet·2025-12-21 07:18`` lines, as aggregators print them under a headline."""
    for ln in candidates:
        m = SOURCE_LINE.match(ln.text)
        if not m or len(ln.text) > 90:
            continue
        date = find_date(m.group("rest"))
        outlet = m.group("outlet").strip()
        if not date or find_date(outlet) or len(words(outlet)) > 6:
            continue
        info.set("outlet", outlet, (ln.start + m.start("outlet"), ln.start + m.start("outlet") + len(outlet)))
        off = ln.start + m.start("rest")
        info.set("published", date[0], (off + date[1], off + date[2]))


def _title(head: list[Line], classes: list[LineClass], info: HeaderInfo, counts: Counter[str]) -> None:
    """The headline: the last heading-like line before the byline or body."""
    best: Line | None = None
    for ln in head:
        cls = classes[ln.index]
        text = ln.text
        if cls.kind == "bad" or BULLET.match(text) or text.startswith("#"):
            continue
        n = len(words(text)) + cjk_count(text) // 2
        if n < 3 or n > 40 or text.endswith((".", ":", ",", ";")) and cjk_count(text) == 0:
            continue
        if SOURCE_LINE.match(text) or BYLINE.match(text) or find_date(text) and n <= 8:
            continue
        best = ln
    if best is not None:
        info.set("title", best.text, (best.start, best.end))


def _outlet_from_masthead(head: list[Line], info: HeaderInfo, counts: Counter[str]) -> None:
    """A short name-like line shown more than once at the top of the page (masthead, logo alt text)."""
    for ln in head[:12]:
        text = ln.text
        ws = words(text)
        if not (1 <= len(ws) <= 5) or counts[text] < 2 or BULLET.match(text):
            continue
        if text == info.title or text == info.author or find_date(text):
            continue
        if all(w[0].isupper() for w in ws if len(w) > 3) and not text.endswith((".", ":")):
            info.set("outlet", text, (ln.start, ln.end))
            return
