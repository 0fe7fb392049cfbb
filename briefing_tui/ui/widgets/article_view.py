"""The reader's article: cleaned paragraphs with entities and quotes marked, rendered lazily.

Offsets in the model point into the raw file; the paragraphs are shown with white
space folded and unsafe characters made visible, so every highlight goes through the
display map of ``fold_inert``. Meaning never rests on colour alone: entities are
underlined, quotes italic with a bar in the gutter, the marked quote reversed with "▶".
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.model import Source
from briefing_tui.ui.display_text import fold_inert, lead_words, one_line_text, short_date, span_to_display
from briefing_tui.ui.widgets.row_list import text_strip

Span = tuple[int, int]


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """One source's cleaned text, wrapped to the width, with highlights and a marked span."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_lines(1)", "Down", id="reader.down", show=False),
        Binding("up,k", "scroll_lines(-1)", "Up", id="reader.up", show=False),
        Binding("pagedown,space", "scroll_page(1)", "Page down", id="reader.page_down", show=False),
        Binding("pageup,b", "scroll_page(-1)", "Page up", id="reader.page_up", show=False),
        Binding("home,g", "top", "Top", id="reader.top", show=False),
        Binding("end,G", "bottom", "Bottom", id="reader.bottom", show=False),
        Binding("n", "next_quote(1)", "Next quote", id="reader.next_quote"),
        Binding("N,p", "next_quote(-1)", "Previous quote", id="reader.previous_quote"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title", "article--meta", "article--heading", "article--standfirst", "article--entity", "article--quote",
        "article--mark", "article--gutter",
    }

    class QuoteMarked(Message):
        """``n``/``N`` moved the mark to the quote at raw offsets ``span``."""

        def __init__(self, view: ArticleView, span: Span) -> None:
            super().__init__()
            self.view = view
            self.span = span

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, source: Source, mentions: list[Span], quotes: list[Span], mark: Span | None = None,
                 *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._take(source, mentions, quotes, mark)
        self._lines: list[Text] = []
        self._width = -1
        self.mark_line: int | None = None
        self.quote_lines: list[int] = []
        self.quote_starts: list[tuple[int, Span]] = []  # (first laid-out line, raw span) of every quote

    def _take(self, source: Source, mentions: list[Span], quotes: list[Span], mark: Span | None) -> None:
        self.source = source
        self.mentions = sorted(mentions)
        self.quotes = sorted(quotes)
        self.mark = mark

    def show(self, source: Source, mentions: list[Span], quotes: list[Span], mark: Span | None = None) -> None:
        """Show ``source`` instead, from its top (or scrolled to ``mark``), as a new view of it would."""
        self._take(source, mentions, quotes, mark)
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.scrollable_content_region.width:
            self._lay_out()
        self.refresh()
        self.call_after_refresh(self.scroll_to_mark)

    # ---- layout ------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name)

    def _header(self, width: int) -> list[Text]:
        s = self.source
        title = one_line_text(s.title, fallback=lead_words(s))  # the same words the sources list shows
        title.stylize(self._style("article--title"))
        meta = Text(" · ").join([
            one_line_text(s.outlet, fallback="unknown outlet"),
            one_line_text(s.author, fallback="unknown author"),
            one_line_text(short_date(s.published), fallback="undated"),
            Text(f"{s.words} words" + (" · digest" if s.format == "digest" else "")),
        ])
        meta.stylize(self._style("article--meta"))
        rule = Text("─" * max(width, 1), style=self._style("article--meta"))
        return [*self._wrap(title, width), *self._wrap(meta, width), rule, Text()]

    @staticmethod
    def _wrap(text: Text, width: int) -> list[Text]:
        offsets = divide_line(text.plain, max(width, 1), fold=True)
        return list(text.divide(offsets)) or [Text()]

    def _paragraph(self, index: int, width: int) -> tuple[list[Text], list[str], list[tuple[int, Span]]]:
        para = self.source.paragraphs[index]
        shown, offsets = fold_inert(para.text, para.start)
        prefix = "• " if para.kind == "bullet" else ""
        text = Text(prefix + shown)
        shift = len(prefix)
        if para.kind == "heading":
            text.stylize(self._style("article--heading"))
        elif para.kind == "standfirst":
            text.stylize(self._style("article--standfirst"))  # (the page's deck, set apart from the body)
        kinds = [""] * len(text)

        starts: list[tuple[int, Span]] = []  # (display position, raw span) of the quotes starting here

        def paint(spans: list[Span], style: Style, kind: str | None) -> None:
            first = bisect_right(spans, (para.start, -1)) - 1
            for start, end in spans[max(first, 0):]:
                if start >= para.end:
                    break
                shown_span = span_to_display(offsets, start, end)
                if shown_span:
                    lo, hi = shown_span[0] + shift, shown_span[1] + shift
                    text.stylize(style, lo, hi)
                    if kind:
                        kinds[lo:hi] = [kind] * (hi - lo)
                    if kind == "quote" and start >= para.start:
                        starts.append((lo, (start, end)))

        paint(self.mentions, self._style("article--entity"), None)
        paint(self.quotes, self._style("article--quote"), "quote")
        if self.mark:
            paint([self.mark], self._style("article--mark"), "mark")
        breaks = divide_line(text.plain, max(width, 1), fold=True)
        lines = list(text.divide(breaks)) or [Text()]
        bounds = [0, *breaks, len(text)]
        line_kinds = []
        for i in range(len(lines)):
            chunk = kinds[bounds[i]:bounds[i + 1]]
            line_kinds.append("mark" if "mark" in chunk else "quote" if "quote" in chunk else "")
        span_lines = [(bisect_right(bounds, lo) - 1, span) for lo, span in starts]
        return lines, line_kinds, span_lines

    def _build(self, width: int) -> None:
        body_width = max(width - 2, 10)
        lines: list[Text] = []
        gutters: list[str] = []
        for line in self._header(body_width):
            lines.append(line)
            gutters.append("")
        self.mark_line = None
        self.quote_lines = []
        self.quote_starts = []
        title = " ".join((self.source.title or "").split())
        for i, para in enumerate(self.source.paragraphs):
            if para.kind == "headline" and para.display == title \
                    and not (self.mark and para.start <= self.mark[0] < para.end):
                continue  # (the title above shows the headline, unless a statement of it is marked)
            para_lines, kinds, span_lines = self._paragraph(i, body_width)
            self.quote_starts.extend((len(lines) + line, span) for line, span in span_lines)
            previous = ""
            for line, kind in zip(para_lines, kinds):
                if kind == "mark" and self.mark_line is None:
                    self.mark_line = len(lines)
                if kind and kind != previous:
                    self.quote_lines.append(len(lines))
                lines.append(line)
                gutters.append(kind)
                previous = kind
            lines.append(Text())
            gutters.append("")
        if not self.source.paragraphs:
            lines.append(Text("(no article text was found in this file)", style="italic"))
            gutters.append("")
        gutter_style = self._style("article--gutter")
        marks = {"mark": "▶ ", "quote": "│ ", "": "  "}
        self._lines = []
        for i, (line, kind) in enumerate(zip(lines, gutters)):
            symbol = marks[kind]
            if kind == "mark" and i != self.mark_line:
                symbol = "┃ "
            shown = Text()
            shown.append(symbol, style=gutter_style)
            shown.append_text(line)
            self._lines.append(shown)
        self._width = width
        self.virtual_size = Size(0, len(self._lines))

    def _lay_out(self) -> None:
        """Lay the article out once, at the width it is read at.

        Textual shows the vertical scrollbar only after a layout finds the lines taller than the view, and
        the narrower view then lays the article out again (and the screen once more). Nearly every article
        is taller than the view: it is laid out for the width left beside the scrollbar, with the scrollbar
        shown before the layout finds it; one that turns out to fit is laid out again at the full width.
        """
        height = self.scrollable_content_region.height
        full = self.scrollable_content_region.width + self.scrollbar_size_vertical  # (0 while none is shown)
        beside = full - self.styles.scrollbar_size_vertical
        self._build(beside)
        if len(self._lines) <= height:  # fits after all: no scrollbar, the full width
            self._build(full)
        show = len(self._lines) > height
        if show != self.show_vertical_scrollbar:
            self.show_vertical_scrollbar = show
            self.vertical_scrollbar.display = show

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._lay_out()
            self.refresh()

    def on_mount(self) -> None:
        # the view has no size before its first layout: laid out on the Resize that follows it, not at a guess
        if self.scrollable_content_region.width:
            self._lay_out()
        self.call_after_refresh(self.scroll_to_mark)

    def scroll_to_mark(self) -> None:
        """Bring the marked span into view, a third of the way down."""
        if self.mark_line is not None:
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(self.mark_line - height // 3, 0), animate=False)

    # ---- actions -----------------------------------------------------------------------------

    def action_scroll_lines(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_offset.y + delta, animate=False)

    def action_scroll_page(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_offset.y + delta * max(self.scrollable_content_region.height - 1, 1),
                       animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def reading_line(self) -> int:
        """Where the reader is: the first line of the marked words (a search hit, a statement) while they are on
        screen, else the top line shown."""
        top = round(self.scroll_offset.y)
        if self.mark_line is not None and top <= self.mark_line < top + self.scrollable_content_region.height:
            return self.mark_line
        return top

    def action_next_quote(self, step: int) -> None:
        """Mark the next (or previous) quote with ▶ and scroll it to the top third of the view.

        From the marked quote when there is one, else from :meth:`reading_line`: ``n`` marks the first quote
        starting at or after it, ``N`` the last one before it.
        """
        quotes = sorted(self.quote_starts, key=lambda q: (q[0], q[1]))
        if not quotes:
            return
        current = next((i for i, (_, span) in enumerate(quotes) if span == self.mark), None)
        if current is not None:
            index = current + step
        else:
            anchor = self.reading_line()
            ahead = [i for i, (y, _) in enumerate(quotes) if (y >= anchor if step > 0 else y < anchor)]
            index = (ahead[0] if step > 0 else ahead[-1]) if ahead else len(quotes)
        if not 0 <= index < len(quotes):
            return
        self.mark = quotes[index][1]
        self._build(self._width if self._width > 0 else self.scrollable_content_region.width or 80)
        self.refresh()
        self.scroll_to_mark()
        self.post_message(self.QuoteMarked(self, self.mark))

    # ---- rendering ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_offset.y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        return text_strip(self._lines[index].copy(), width, base, self.app.console, index)

    def line_text(self, index: int) -> str:
        """The plain text of laid-out line ``index`` (gutter included)."""
        return self._lines[index].plain
