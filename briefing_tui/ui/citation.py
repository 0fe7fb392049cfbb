"""The text ``y`` puts on the clipboard: a quote, or a marked passage, with its citation.

Written as ``briefing export`` writes a statement: direct speech in quotation marks, reported speech as the
outlet's words without them, then the speaker, outlet, date, title, URL and where the words lie in the source
(``source 004_d8b58f788d07b44f, characters 3801–3941``), so a pasted quote can be traced to its source.

The clipboard text is inert like the screen: control, bidi and invisible characters in the quote,
speaker, outlet or title become the same visible stand-ins ("␛", "<U+202E>"), so neither the OSC 52
write that carries it nor the user's later paste can carry an escape sequence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.export.briefing import citation_of, cite_text, verbatim, where_text
from briefing_tui.export.markdown import quoted_words
from briefing_tui.model import Quote, Source
from briefing_tui.safety import one_line

if TYPE_CHECKING:
    from textual.app import App

    from briefing_tui.corpus import Corpus

UNKNOWN_SOURCE = "unknown outlet, undated"  # what a citation says of a source that is not loaded
UNLISTED = 0  # a clipboard citation stands alone: the source's place in a briefing's list is not shown


def _cited(words: str, who: list[str], source: Source | None, source_id: str, start: int, end: int) -> str:
    """``words — who, Outlet, date, “Title”, URL; source ID, characters START–END``."""
    parts = [*who, one_line(cite_text(citation_of(source, UNLISTED))) if source else UNKNOWN_SOURCE]
    if source and source.url:
        parts.append(one_line(source.url))
    return f"{words} — {', '.join(parts)}; {where_text(one_line(source_id), start, end)}"


def quote_citation(quote: Quote, source: Source | None) -> str:
    """``“quote” — speaker, outlet, date, “title”, URL; source ID, characters A–B`` with unknown parts said
    plainly (no URL when unknown); reported speech without quotation marks, as ``briefing export`` writes it."""
    words = quoted_words(one_line(quote.text), verbatim(quote.kind))
    return _cited(words, [one_line(quote.speaker) or "unattributed"], source, quote.source, quote.start, quote.end)


def passage_citation(source: Source, start: int, end: int) -> str:
    """``“words” — outlet, date, “title”, URL; source ID, characters A–B``: the article's own words at
    ``raw[start:end]`` (a sentence found by search, a claim's statement), in quotation marks as they are verbatim."""
    return _cited(quoted_words(one_line(source.raw[start:end]), True), [], source, source.id, start, end)


def copy_quote(app: App, quote: Quote | None, corpus: Corpus | None) -> None:
    """Copy ``quote`` with its citation to the clipboard (OSC 52), or say how to choose one."""
    if quote is None:
        app.notify("Nothing to copy: choose a quote in the Quotes pane (3), then y", severity="warning", timeout=4)
        return
    source = corpus.source(quote.source) if corpus else None
    app.copy_to_clipboard(quote_citation(quote, source))
    app.notify("Copied the quote with its citation", timeout=3)


def copy_passage(app: App, source: Source, start: int, end: int) -> None:
    """Copy the article's words at ``raw[start:end]`` with their citation to the clipboard (OSC 52)."""
    app.copy_to_clipboard(passage_citation(source, start, end))
    app.notify("Copied the marked words with their citation", timeout=3)
