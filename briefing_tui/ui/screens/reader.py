"""The reader: one cleaned article with entities and quotes highlighted."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing_tui.model import Quote, Source
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.ui.citation import copy_quote
from briefing_tui.ui.display_text import UNKNOWN_OUTLET, lead_words, one_line_text, outlet_name, short_date
from briefing_tui.ui.widgets.article_view import ArticleView, Span


def reader_heading(source: Source, position: int, total: int) -> Text:
    """The reader's sticky first line, as newsboat keeps it: ``2/5 · outlet · date · title``."""
    bar = Text(f"{position}/{total} · ", style="bold")
    # a stand-in (the site, a file name of words) dim italic; never the title, which follows
    bar.append_text(one_line_text(source.outlet, fallback=outlet_name(source) or UNKNOWN_OUTLET))
    bar.append(" · ")
    bar.append_text(one_line_text(short_date(source.published), fallback="undated"))
    bar.append(" · ")
    bar.append_text(one_line_text(source.title, fallback=lead_words(source)))
    bar.no_wrap = True
    bar.overflow = "ellipsis"
    return bar


TRUNCATED_NOTE = "✂ text cut off"
"""Said in the legend of an article whose text stops mid-sentence (the page was stored incomplete)."""


def reader_legend(source: Source) -> Text:
    """The key to the reader's marks, and whether the article's text is cut off at its end."""
    legend = Text("▶ current quote   │ quote (italic)   ")
    legend.append("entity", style="underline")
    legend.append(" (underlined)")
    if source.truncated:
        legend.append(f"   {TRUNCATED_NOTE}", style="bold")
    return legend


def open_reader(app: App, view: BriefingView | None, source_id: str, mark: Span | None = None,
                quote: Quote | None = None) -> None:
    """Push the reader on ``source_id`` of ``view``, scrolled to ``mark`` if given (a warning if it is not loaded)."""
    source = view.corpus.source(source_id) if view is not None else None
    if source is None:
        app.notify("That source is not loaded", severity="warning")
        return
    app.push_screen(ReaderScreen(view, source, mark, quote))


class ReaderScreen(Screen):
    """Shows ``source``; ``mark`` (raw offsets) is reversed and scrolled into view.

    ``quote`` is the quote ``y`` copies: the one the reader was opened at, then whichever ``n``/``N`` marks.
    """

    CSS_PATH = "reader.tcss"
    AUTO_FOCUS = "#article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="reader.back"),
        Binding("y", "copy_quote", "Copy quote", id="reader.copy"),
        Binding("left,left_square_bracket", "other_source(-1)", "Previous source", id="reader.previous_source",
                show=False),
        Binding("right,right_square_bracket", "other_source(1)", "Next source", id="reader.next_source",
                show=False),
    ]

    def __init__(self, view: BriefingView, source: Source, mark: Span | None = None,
                 quote: Quote | None = None) -> None:
        super().__init__()
        self.view = view
        self.source = source
        self.mark = mark
        self.quote = quote

    def compose(self) -> ComposeResult:
        position = self.view.sources.index(self.source) + 1 if self.source in self.view.sources else 0
        yield Static(reader_heading(self.source, position, len(self.view.sources)), id="reader-bar")
        yield Static(reader_legend(self.source), id="reader-legend")
        mentions = [(s, e) for s, e, _ in self.view.mentions_in(self.source.id)]
        quotes = [(s, e) for s, e, _ in self.view.quote_spans(self.source.id)]
        yield ArticleView(self.source, mentions, quotes, self.mark, id="article")
        yield Footer(compact=True)  # compact: more keys fit in 80 columns, and no per-key restyling

    @on(ArticleView.QuoteMarked)
    def _quote_marked(self, event: ArticleView.QuoteMarked) -> None:
        """``n``/``N`` moved the ▶: ``y`` now copies that quote."""
        start, end = event.span
        quote_id = next((qid for s, e, qid in self.view.quote_spans(self.source.id) if (s, e) == (start, end)), None)
        quote = self.view.quote_by_id.get(quote_id) if quote_id else None
        self.mark = event.span
        if quote is not None:
            self.quote = quote
        self.refresh_bindings()

    def action_copy_quote(self) -> None:
        if self.quote is None:
            self.notify("No quote marked here: n marks the next quote, then y copies it", severity="warning",
                        timeout=4)
            return
        copy_quote(self.app, self.quote, self.view.corpus)

    def action_other_source(self, step: int) -> None:
        """Read the previous or next source (no mark)."""
        sources = self.view.sources
        index = sources.index(self.source) if self.source in sources else 0
        self.app.switch_screen(ReaderScreen(self.view, sources[(index + step) % len(sources)]))

