"""A virtual list: only the rows on screen are rendered, however long the list is.

Built on Textual's Line API (``ScrollView.render_line``) like Toolong's log view:
setting 100k rows costs nothing but a list reference, and each frame renders only the
visible lines. Subclasses say how one row looks (``render_row``) and which rows can
carry the cursor (``is_selectable``).

Each rendered line is kept (``ROW_LINES_KEPT`` of them, keyed by the row object, its place, the width and
the cursor's state), as Textual's own ``DataTable`` and ``OptionList`` keep theirs: Textual repaints a list
whole after every ``refresh`` and after every layout its size changes in, and a filter change lays the main
screen out two or three times (the panes' heights follow their rows, the footer's keys change). Esc gives back
the very rows shown before the filter: their lines come back from here. A subclass whose rows' look depends on
more than the row (counts read from a view, names) calls :meth:`RowList.forget_rendered` when that changes;
a style change (theme, focus within) forgets them all (``notify_style_update``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.ui.display_text import fit


def find_row(rows: Sequence[Any], row: Any) -> int:
    """Where ``row`` is in ``rows`` (-1: not there): the same object, else a record with the same ``id`` (a
    source, entity, quote or story of a corpus loaded again), else, for rows without an id, an equal row.

    Never ``rows.index(record)``: a dataclass's ``==`` compares every field, and a stored source reads its
    heavy fields from the index to do so. At 10,000 sources, Esc after picking a source read ~1,100 bodies
    from SQLite to find the cursor's row again (~60 ms, and the bodies stayed in memory).
    """
    for i, candidate in enumerate(rows):
        if candidate is row:
            return i
    key = getattr(row, "id", None)
    if key is None:
        return next((i for i, candidate in enumerate(rows) if candidate == row), -1)
    return next((i for i, candidate in enumerate(rows) if getattr(candidate, "id", None) == key), -1)


ROW_LINES_KEPT = 2048  # rendered lines a list keeps: a few screens of rows before and after a filter, at any width


def text_strip(text: Text, width: int, base: Style, console, y: int = 0) -> Strip:
    """One rendered line: ``text`` over ``base``, cut or padded to ``width``, tagged with its line."""
    text.stylize_before(base)
    return Strip(list(text.render(console))).crop_extend(0, width, base).apply_offsets(0, y)


class RowList(ScrollView, can_focus=True, inherit_bindings=False):
    """A keyboard-driven list of arbitrary rows, rendered lazily one line per row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", id="list.down", show=False),
        Binding("up,k", "cursor_up", "Up", id="list.up", show=False),
        Binding("home,g", "first", "First", id="list.first", show=False),
        Binding("end,G", "last", "Last", id="list.last", show=False),
        Binding("pagedown", "page_down", "Page down", id="list.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="list.page_up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--cursor", "row-list--cursor-blurred", "row-list--header", "row-list--muted",
        "row-list--match", "row-list--picked",
    }
    GUTTER = 2
    SIZED_BY_CSS = False  # True: the list's size is its CSS's (a fixed or fractional height), never its rows'
    ALWAYS_ACTIVE = False  # draw the cursor as focused even when the focus is elsewhere (search box)

    class Highlighted(Message):
        """The cursor moved to a row."""

        def __init__(self, row_list: RowList, index: int, row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, RowList.Highlighted) and message.row_list is self.row_list

    class Selected(Highlighted):
        """Enter (or a double click) on a row."""

        def can_replace(self, message: Message) -> bool:
            return False

    def __init__(self, empty_text: str = "Nothing to show", *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: Sequence[Any] = ()
        self.cursor = -1
        self.empty_text = empty_text
        self.picked: Any = None
        self._rendered: dict[tuple, tuple[Any, Strip]] = {}  # (id(row), index, width, look) -> (row, line)
        self._pass_style: Style | None = None  # the list's style, read once per render pass (render_lines)

    # ---- what subclasses provide -------------------------------------------------------------

    def render_row(self, row: Any, width: int) -> Text:
        """One row as ``Text`` (it will be cut or padded to ``width``)."""
        return Text(str(row))

    def is_selectable(self, row: Any) -> bool:
        """Whether the cursor may rest on ``row`` (headings may not)."""
        return True

    def forget_rendered(self) -> None:
        """Drop every kept line and repaint: what a row looks like changed beyond the row itself."""
        self._rendered.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        self._rendered.clear()
        super().notify_style_update()

    # ---- data --------------------------------------------------------------------------------

    @property
    def current(self) -> Any:
        """The row under the cursor, or None."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def set_rows(self, rows: Sequence[Any], keep: bool = True, empty_text: str | None = None) -> None:
        """Show ``rows`` (kept by reference); the cursor stays on the same row when it is still there."""
        previous = self.current if keep else None
        self.rows = rows
        if empty_text is not None:
            self.empty_text = empty_text
        self._set_virtual_size(Size(0, len(rows)))
        index = find_row(rows, previous) if previous is not None else -1
        if index < 0:
            self.scroll_to(y=0, animate=False, immediate=True, force=True)
            index = self._next_selectable(0, 1)
        self.cursor = -1
        self.move_cursor(index)
        self.refresh()

    def _set_virtual_size(self, size: Size) -> None:
        """The rows' count as the virtual size. Textual's reactive asks for a layout of the whole screen; a list
        whose size its rows do not change (``SIZED_BY_CSS``: the search box's hits) needs none: its scrollbar
        and scroll range are updated here, as the layout would (a scrollbar shown or hidden still lays the
        screen out: the rows' width changes)."""
        if not self.SIZED_BY_CSS:
            self.virtual_size = size
            return
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        if self.container_size:  # (laid out: else the first layout does this)
            self.expect_height(self.size.height)  # (the scrollbar decided first, as show_rows does)
            self._scroll_update(size)
        self.refresh()

    def expect_height(self, height: int) -> None:
        """The next layout makes the list ``height`` rows high: show or hide its vertical scrollbar now.

        Textual decides the scrollbar while it lays the screen out, and a scrollbar that appears or goes then
        lays the screen out again, and again for the scrollbar's own size (the main panes' filters: four
        layouts and repaints instead of one or two). Told beforehand, the layout finds it as it should be.
        """
        show = len(self.rows) > height
        if show != self.show_vertical_scrollbar:
            self.show_vertical_scrollbar = show
            self.vertical_scrollbar.display = show

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.rows))
        if 0 <= self.cursor < self.scrollable_content_region.height and self.scroll_offset.y > 0:
            # grown so that the rows above the cursor fit again (a pane sized to content after its rows
            # arrived): show them, the first group's heading included, instead of staying scrolled down
            self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self._scroll_to_cursor()

    # ---- cursor ------------------------------------------------------------------------------

    def _next_selectable(self, start: int, step: int) -> int:
        i = start
        while 0 <= i < len(self.rows):
            if self.is_selectable(self.rows[i]):
                return i
            i += step
        return -1

    def move_cursor(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped; headings are skipped) and announce it."""
        if not self.rows:
            self.cursor = -1
            self.refresh()
            return
        index = max(0, min(index, len(self.rows) - 1))
        step = 1 if index >= self.cursor else -1
        target = self._next_selectable(index, step)
        if target < 0:
            target = self._next_selectable(index, -step)
        if target < 0 or target == self.cursor:
            return
        self.cursor = target
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, target, self.rows[target]))

    def _scroll_to_cursor(self) -> None:
        # force: right after new rows arrive the scrollbar is not laid out yet, and Textual would
        # otherwise ignore the scroll (a G pressed before the next frame left the view at the top).
        if self.cursor < 0:
            return
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True, force=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        if self._next_selectable(self.cursor - 1, -1) >= 0:
            self.move_cursor(self.cursor - 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.rows) - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + max(self.scrollable_content_region.height - 1, 1))

    def action_page_up(self) -> None:
        target = self.cursor - max(self.scrollable_content_region.height - 1, 1)
        if self._next_selectable(max(target, 0), 1) == self.cursor:
            target = self._next_selectable(max(target, 0), -1)
        self.move_cursor(max(target, 0))

    def action_select(self) -> None:
        """Announce the row under the cursor as chosen."""
        if self.current is not None:
            self.post_message(self.Selected(self, self.cursor, self.current))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_offset.y) + offset.y
        if 0 <= index < len(self.rows) and self.is_selectable(self.rows[index]):
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_select()

    # ---- rendering ---------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """Textual's render pass over the lines in ``crop``: the list's own style (``DOMNode.rich_style`` walks
        every ancestor's styles, ~0.3 ms) is read once for the pass, not once per row drawn (a search keystroke
        draws every hit row anew). Nothing changes a style during a pass: it is one synchronous call."""
        self._pass_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._pass_style = None

    @property
    def _base_style(self) -> Style:
        """The list's style: the render pass's, else read now (a line drawn outside a pass)."""
        return self._pass_style if self._pass_style is not None else self.rich_style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_offset.y) + y
        if not self.rows or index >= len(self.rows):
            base = self._base_style
            if not self.rows and y == 0:
                text = Text("  " + self.empty_text, style=self.get_component_rich_style("row-list--muted"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        row = self.rows[index]
        active = self.has_focus or self.ALWAYS_ACTIVE
        key = (id(row), index, width, index == self.cursor, active, row is self.picked)
        kept = self._rendered.get(key)
        if kept is not None and kept[0] is row:
            return kept[1]
        strip = self._render_row_line(row, index, width, active)
        if len(self._rendered) >= ROW_LINES_KEPT:
            del self._rendered[next(iter(self._rendered))]  # the oldest
        self._rendered[key] = (row, strip)  # (the row is held: its id stays its own while kept)
        return strip

    def _render_row_line(self, row: Any, index: int, width: int, active: bool) -> Strip:
        base = self._base_style
        body = fit(self.render_row(row, width - self.GUTTER), width - self.GUTTER)
        if not self.is_selectable(row):
            text = Text("  ") + body
            text.stylize(self.get_component_rich_style("row-list--header"))
            return self._strip(text, width, base)
        is_cursor = index == self.cursor
        gutter = Text(("▶" if active else "›") if is_cursor else " ")
        gutter.append("✔" if row is self.picked else " ", style=self.get_component_rich_style("row-list--picked"))
        text = gutter + body
        if is_cursor:
            name = "row-list--cursor" if active else "row-list--cursor-blurred"
            text.stylize(self.get_component_rich_style(name))
        return self._strip(text, width, base, index)

    def _strip(self, text: Text, width: int, base: Style, index: int = 0) -> Strip:
        return text_strip(text, width, base, self.app.console, index)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
