"""Untrusted article text turned into Rich ``Text`` for the panes, reader and search.

Article text is data, never markup: nothing here builds markup strings. Control,
bidi and invisible characters become visible stand-ins (``briefing_tui.safety.inert``),
and every function keeps a map from displayed characters back to the original
offsets, so highlights computed on the raw text land on the right cells.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from rich.style import Style
from rich.text import Text

from briefing_tui.model import Source
from briefing_tui.source_names import (  # noqa: F401 - the views import these from here
    NAME_WORDS, READABLE_STEM, UNKNOWN_OUTLET, fold_inert, fold_inert_text, lead_words, outlet_name, source_label,
    unique_labels, url_host,
)


def span_to_display(offsets: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The displayed range covering raw ``[start, end)``, or None if nothing of it is shown."""
    lo = bisect_left(offsets, start)
    hi = bisect_right(offsets, end - 1)
    return (lo, hi) if hi > lo else None


def one_line_text(text: str | None, fallback: str = "", style: str | Style = "") -> Text:
    """A one-line inert ``Text``; ``fallback`` (dim italic) when ``text`` is empty."""
    shown = fold_inert_text(text or "")
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


def compact_where(source_id: str, start: int, end: int) -> str:
    """``004_d8b58f788d07b44f:3801–3941``: a source's id and the character offsets of words in its text, short
    enough for a claim card (``briefing export`` writes the same as "source …, characters …")."""
    return f"{source_id}:{start}–{end}"


def outlet_as_named(source: Source, names: Mapping[str, str]) -> str:
    """A source's outlet as every view names it, numbered where several share one ("Xin Lang Cai Jing #2"): the
    outlet, else its stand-in (the site, a file name of words), else "unknown"; never its title or opening words."""
    named = outlet_name(source)
    return (names.get(source.id) or named) if named else UNKNOWN_OUTLET
