"""Untrusted article text turned into Rich ``Text`` for the panes, reader and search.

Article text is data, never markup: nothing here builds markup strings. Control,
bidi and invisible characters become visible stand-ins (``briefing_tui.safety.inert``),
and every function keeps a map from displayed characters back to the original
offsets, so highlights computed on the raw text land on the right cells.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import PurePath
from collections.abc import Iterable

from rich.style import Style
from rich.text import Text

from briefing_tui.model import Source
from briefing_tui.safety import inert


def fold_inert(raw: str, base: int = 0) -> tuple[str, list[int]]:
    """``raw`` on one line with white space runs folded and unsafe characters made visible.

    Returns the display string and, for each displayed character, the offset (plus
    ``base``) of the raw character it came from.
    """
    out: list[str] = []
    offsets: list[int] = []
    pending_space = -1
    for i, ch in enumerate(raw):
        if ch.isspace() and ch not in "\x1c\x1d\x1e\x1f\x85":
            if out and pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            out.append(" ")
            offsets.append(base + pending_space)
            pending_space = -1
        shown = inert(ch)
        out.append(shown)
        offsets.extend([base + i] * len(shown))
    return "".join(out), offsets


def span_to_display(offsets: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The displayed range covering raw ``[start, end)``, or None if nothing of it is shown."""
    lo = bisect_left(offsets, start)
    hi = bisect_right(offsets, end - 1)
    return (lo, hi) if hi > lo else None


def one_line_text(text: str | None, fallback: str = "", style: str | Style = "") -> Text:
    """A one-line inert ``Text``; ``fallback`` (dim italic) when ``text`` is empty."""
    shown, _ = fold_inert(text or "")
    if not shown:
        return Text(fallback, style="italic dim", no_wrap=True)
    return Text(shown, style=style, no_wrap=True)


def highlight_positions(text: str, positions: Iterable[int], match_style: Style | str,
                        width: int | None = None) -> Text:
    """``text`` on one line with the characters at ``positions`` (indices into ``text``) styled.

    When ``width`` is given and the first match would fall outside it, the start is cut
    (shown as "…") so that the match is visible.
    """
    shown, offsets = fold_inert(text)
    result = Text(shown, no_wrap=True)
    wanted = sorted(set(positions))
    first = None
    for pos in wanted:
        span = span_to_display(offsets, pos, pos + 1)
        if span:
            result.stylize(match_style, *span)
            first = span[0] if first is None else first
    if width and first is not None and first > width * 2 // 3:
        cut = max(0, first - width // 3)
        result = Text("…") + result[cut:]
    return result


def short_date(value: str | None) -> str | None:
    """The date part of an ISO date or date-time ("2025-12-22T09:00" -> "2025-12-22")."""
    if not value:
        return None
    return value[:10]


NAME_WORDS = 40  # at most this many characters of a title or of the opening words stand in for an outlet
# A file name a person chose ("reuters", "nikkei-asia", "03_businesstoday"): words of letters, after an optional
# number that orders the files; no hashes (a stem such as "000_a4263a828e80c27b" says nothing to a reader).
READABLE_STEM = re.compile(
    r"^(?:\d{1,4}[ _.-])?"                 # an order number: "03_", "12-"
    r"[^\W\d_]{2,}(?:[ _.-][^\W\d_]+){0,4}$"  # then up to five words of letters
)


def source_label(source: Source | None) -> str:
    """A short one-line name for a source a reader can recognise: the outlet, else the site of its URL, else
    a file name made of words ("reuters.txt"), else its title, else its opening words (in quotation marks);
    a file stem such as "000_a4263a828e80c27b" only when the file has no text at all."""
    if source is None:
        return "unknown source"
    if source.outlet:
        return fold_inert(source.outlet)[0]
    host = url_host(source.url)
    if host:
        return host
    stem = PurePath(source.path).stem if source.path else ""
    if READABLE_STEM.match(stem) and len(stem) <= NAME_WORDS:
        return stem
    if source.title:
        shown = fold_inert(source.title[: NAME_WORDS * 2])[0]
        return shown if len(shown) <= NAME_WORDS else shown[:NAME_WORDS].rsplit(" ", 1)[0] + "…"
    lead = lead_words(source, NAME_WORDS)
    return lead if lead != "untitled" else fold_inert(source.id)[0]


def url_host(url: str | None) -> str | None:
    """``example.com`` from ``https://www.example.com/a/b`` (None when there is no host)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return fold_inert(host.removeprefix("www."))[0] or None


def lead_words(source: Source, limit: int = 70) -> str:
    """The article's opening words in quotation marks, to show in place of a missing title.

    Marked as a quotation (and shown dim by callers) so nobody mistakes it for a real headline.
    """
    first = next((s.text for s in source.sentences), "")
    shown, _ = fold_inert(first[: limit * 2])
    if not shown:
        return "untitled"
    if len(shown) > limit:
        shown = shown[:limit].rsplit(" ", 1)[0] + "…"
    return f"“{shown}”"


def fit(text: Text, width: int) -> Text:
    """``text`` cut to ``width`` cells with an ellipsis, padded to exactly ``width``."""
    text = text.copy()
    text.truncate(max(width, 0), overflow="ellipsis", pad=True)
    return text


def fit_label(label: str, width: int, style: str | Style = "") -> Text:
    """A source label cut to ``width`` keeping its " #n" suffix visible ("Xin Lang Cai… #37")."""
    base, sep, number = label.rpartition(" #")
    if not sep or not number.isdigit() or len(label) <= width:
        return fit(Text(label, style=style, no_wrap=True), width)
    suffix = f" #{number}"
    return fit(Text(base, style=style, no_wrap=True), max(width - len(suffix), 1)) + Text(suffix, style=style)


def unique_labels(sources: Iterable[Source]) -> dict[str, str]:
    """Each source's one-line label (``source_label``), numbered "#1", "#2"… where several share one."""
    labels = {s.id: source_label(s) for s in sources}
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    seen: dict[str, int] = {}
    for source_id, label in labels.items():
        if counts[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            labels[source_id] = f"{label} #{seen[label]}"
    return labels
