"""A row-cursor table driven like every list in the app: j k, g G, Home End."""

from __future__ import annotations

from textual.widgets import DataTable


class CursorTable(DataTable):
    """A ``DataTable`` with ``first`` and ``last`` actions; subclasses bind j k g G Home End to the cursor
    under their own binding ids (so each can be remapped on its own screen)."""

    def action_first(self) -> None:
        """Cursor to the first row."""
        self.move_cursor(row=0)

    def action_last(self) -> None:
        """Cursor to the last row."""
        self.move_cursor(row=max(self.row_count - 1, 0))
