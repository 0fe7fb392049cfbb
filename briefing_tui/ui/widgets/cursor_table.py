"""A row-cursor table driven like every list in the app: j k, g G, Home End."""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.widgets import DataTable


def cursor_bindings(scope: str) -> list[BindingType]:
    """j k g G Home End for a :class:`CursorTable`, with binding ids ``<scope>.down`` etc. (remappable apart)."""
    return [
        Binding("j", "cursor_down", "Down", id=f"{scope}.down", show=False),
        Binding("k", "cursor_up", "Up", id=f"{scope}.up", show=False),
        Binding("g,home", "first", "First", id=f"{scope}.first", show=False),
        Binding("G,end", "last", "Last", id=f"{scope}.last", show=False),
    ]


class CursorTable(DataTable):
    """A ``DataTable`` with ``first`` and ``last`` actions; subclasses bind j k g G Home End to the cursor
    under their own binding ids (:func:`cursor_bindings`) (so each can be remapped on its own screen)."""

    def action_first(self) -> None:
        """Cursor to the first row."""
        self.move_cursor(row=0)

    def action_last(self) -> None:
        """Cursor to the last row."""
        self.move_cursor(row=max(self.row_count - 1, 0))
