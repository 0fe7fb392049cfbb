"""The text ``y`` puts on the clipboard: a quote with its citation.

The clipboard text is inert like the screen: control, bidi and invisible characters in the quote,
speaker, outlet or title become the same visible stand-ins ("␛", "<U+202E>"), so neither the OSC 52
write that carries it nor the user's later paste can carry an escape sequence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.model import Quote, Source
from briefing_tui.safety import one_line
from briefing_tui.ui.display_text import short_date

if TYPE_CHECKING:
    from textual.app import App

    from briefing_tui.corpus import Corpus


def quote_citation(quote: Quote, source: Source | None) -> str:
    """``“quote” — speaker, outlet, date, “title”, URL`` with unknown parts said plainly (no URL when unknown)."""
    speaker = one_line(quote.speaker) or "unattributed"
    outlet = one_line(source.outlet) if source and source.outlet else "unknown outlet"
    date = short_date(source.published) if source else None
    title = one_line(source.title) if source and source.title else None
    parts = [speaker, outlet, date or "undated"]
    if title:
        parts.append(f"“{title}”")
    url = one_line(source.url) if source and source.url else None
    if url:
        parts.append(url)
    return f"“{one_line(quote.text)}” — " + ", ".join(parts)


def copy_quote(app: App, quote: Quote | None, corpus: Corpus | None) -> None:
    """Copy ``quote`` with its citation to the clipboard (OSC 52), or say how to choose one."""
    if quote is None:
        app.notify("Nothing to copy: choose a quote in the Quotes pane (3), then y", severity="warning", timeout=4)
        return
    source = corpus.source(quote.source) if corpus else None
    app.copy_to_clipboard(quote_citation(quote, source))
    app.notify("Copied the quote with its citation", timeout=3)
