"""The reader: one cleaned article with entities and quotes highlighted."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from briefing_tui.model import Quote, Source
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.ui.citation import copy_passage, copy_quote
from briefing_tui.ui.display_text import lead_words, one_line_text, outlet_as_named, short_date
from briefing_tui.ui.widgets.article_view import ArticleView, Span
from briefing_tui.ui.widgets.row_list import find_row
from briefing_tui.ui.widgets.steady_footer import SteadyFooter

MarkKind = Literal["quote", "search hit", "statement", "mention"]
"""What the reader's ▶ marks: a quote, a sentence a search found, a claim's statement, or an entity's mention."""
MARK_LEGEND: dict[MarkKind, str] = {
    "quote": "current quote",
    "search hit": "search hit",
    "statement": "statement compared",
    "mention": "mention",
}
"""The legend's words for the ▶, by what it marks."""


def reader_heading(source: Source, position: int, total: int, names: Mapping[str, str] | None = None) -> Text:
    """The reader's sticky first line, as newsboat keeps it: ``2/5 · outlet #n · date · title``, the outlet
    numbered as every view names the source (``names``)."""
    bar = Text(f"{position}/{total} · ", style="bold")
    # a stand-in (the site, a file name of words, "unknown") dim italic; never the title, which follows
    bar.append_text(one_line_text(outlet_as_named(source, names or {}),
                                  style="" if source.outlet else "italic dim"))
    bar.append(" · ")
    bar.append_text(one_line_text(short_date(source.published), fallback="undated"))
    bar.append(" · ")
    bar.append_text(one_line_text(source.title, fallback=lead_words(source)))
    bar.no_wrap = True
    bar.overflow = "ellipsis"
    return bar


def reader_provenance(source: Source) -> Text:
    """Where the article comes from: ``source ID · file NAME`` (the id ``briefing … --source`` takes)."""
    line = Text("source ")
    line.append_text(one_line_text(source.id, style="bold"))
    line.append(" · file ")
    line.append_text(one_line_text(PurePath(source.path).name if source.path else "", fallback="unknown"))
    line.no_wrap = True
    line.overflow = "ellipsis"
    return line


TRUNCATED_NOTE = "✂ text cut off"
"""Said in the legend of an article whose text stops mid-sentence (the page was stored incomplete)."""


def reader_legend(source: Source, marked: MarkKind = "quote") -> Text:
    """The key to the reader's marks (the ▶ named by what it marks), and whether the article's text is cut off."""
    legend = Text(f"▶ {MARK_LEGEND[marked]}   │ quote (italic)   ")
    legend.append("entity", style="underline")
    legend.append(" (underlined)")
    if source.truncated:
        legend.append(f"   {TRUNCATED_NOTE}", style="bold")
    return legend


def open_reader(app: App, view: BriefingView | None, source_id: str, mark: Span | None = None,
                quote: Quote | None = None, marked: MarkKind = "quote") -> None:
    """Push the reader on ``source_id`` of ``view``, scrolled to ``mark`` (a ``marked``) if given (a warning if
    it is not loaded)."""
    source = view.corpus.source(source_id) if view is not None else None
    if source is None:
        app.notify("That source is not loaded", severity="warning")
        return
    if not app.is_screen_installed(KEPT_READER):
        app.install_screen(ReaderScreen(view, source, mark, quote, marked), KEPT_READER)
        app.push_screen(KEPT_READER)
        return
    reader = app.get_screen(KEPT_READER, ReaderScreen)
    if reader in app.screen_stack or not reader.is_mounted:  # open beneath (a search from the reader), or still
        # being built at idle (screens/kept.py): a reader of its own
        app.push_screen(ReaderScreen(view, source, mark, quote, marked))
        return
    reader.show(view, source, mark, quote, marked)
    app.push_screen(reader)


KEPT_READER = "reader"
"""The name the app keeps its reader under (``App.install_screen``): opened again, it is given the new source,
not composed, styled and mounted anew (~4 layouts and every widget's styles per open at 10,000 articles)."""


class ReaderScreen(Screen):
    """Shows ``source``; ``mark`` (raw offsets, a ``marked``) is reversed and scrolled into view.

    ``y`` copies what the ▶ marks with its citation: ``quote`` (the one the reader was opened at, or whose words
    the mark covers, then whichever ``n``/``N`` marks), else the marked words (a mention's whole sentence).
    """

    CSS_PATH = "reader.tcss"
    AUTO_FOCUS = "#article"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="reader.back"),
        Binding("y", "copy_quote", "Copy", id="reader.copy"),
        Binding("left,left_square_bracket", "other_source(-1)", "Previous source", id="reader.previous_source",
                show=False),
        Binding("right,right_square_bracket", "other_source(1)", "Next source", id="reader.next_source",
                show=False),
    ]

    def __init__(self, view: BriefingView, source: Source, mark: Span | None = None,
                 quote: Quote | None = None, marked: MarkKind = "quote") -> None:
        super().__init__()
        self._take(view, source, mark, quote, marked)

    def _take(self, view: BriefingView, source: Source, mark: Span | None, quote: Quote | None,
              marked: MarkKind) -> None:
        """Read ``source`` of ``view`` from now on."""
        self.view = view
        self.source = source
        self.mark = mark
        if quote is None and mark is not None:  # a statement or search hit that is a quote's very words
            quote = self._quote_at(mark)
        self.quote = quote
        self.marked: MarkKind = "quote" if quote is not None or mark is None else marked

    def _quote_at(self, span: Span) -> Quote | None:
        """The quote whose words are exactly ``span`` in this source, if any."""
        quote_id = next((qid for s, e, qid in self.view.quote_spans(self.source.id) if (s, e) == span), None)
        return self.view.quote_by_id.get(quote_id) if quote_id else None

    def _heading(self) -> Text:
        position = find_row(self.view.sources, self.source) + 1  # (0: not among the view's sources)
        return reader_heading(self.source, position, len(self.view.sources), self.view.names)

    def _spans(self) -> tuple[list[Span], list[Span]]:
        """The source's mentions and quotes, as raw offsets."""
        return ([(s, e) for s, e, _ in self.view.mentions_in(self.source.id)],
                [(s, e) for s, e, _ in self.view.quote_spans(self.source.id)])

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="reader-bar")
        yield Static(reader_provenance(self.source), id="reader-source")
        yield Static(reader_legend(self.source, self.marked), id="reader-legend")
        yield ArticleView(self.source, *self._spans(), self.mark, id="article")
        yield SteadyFooter(compact=True)  # compact: more keys fit in 80 columns, and no per-key restyling

    def show(self, view: BriefingView, source: Source, mark: Span | None = None, quote: Quote | None = None,
             marked: MarkKind = "quote") -> None:
        """Read ``source`` (of ``view``, marked as :class:`ReaderScreen` is) in this screen's widgets, as a new
        reader on it would show it."""
        self._take(view, source, mark, quote, marked)
        self.query_one("#reader-bar", Static).update(self._heading())
        self.query_one("#reader-source", Static).update(reader_provenance(source))
        self.query_one("#reader-legend", Static).update(reader_legend(source, self.marked))
        self.query_one(ArticleView).show(source, *self._spans(), self.mark)
        self.refresh_bindings()

    @on(ArticleView.QuoteMarked)
    def _quote_marked(self, event: ArticleView.QuoteMarked) -> None:
        """``n``/``N`` moved the ▶ to a quote: ``y`` now copies that quote."""
        quote = self._quote_at(event.span)
        self.mark = event.span
        if quote is not None:
            self.quote = quote
        self.marked = "quote"
        self.query_one("#reader-legend", Static).update(reader_legend(self.source, self.marked))
        self.refresh_bindings()

    def action_copy_quote(self) -> None:
        """Copy the marked quote, or the marked words, with the citation ``briefing export`` gives them."""
        if self.quote is not None:
            copy_quote(self.app, self.quote, self.view.corpus)
            return
        if self.mark is None:
            self.notify("Nothing marked here: n marks the next quote, then y copies it", severity="warning",
                        timeout=4)
            return
        start, end = self.mark
        sentence = self.source.sentence_at(start) if self.marked == "mention" else None
        if sentence is not None:  # a name alone cites nothing: the sentence that names it
            start, end = sentence.start, sentence.end
        copy_passage(self.app, self.source, start, end)

    def action_other_source(self, step: int) -> None:
        """Read the previous or next source (no mark)."""
        sources = self.view.sources
        index = max(find_row(sources, self.source), 0)
        self.show(self.view, sources[(index + step) % len(sources)])
