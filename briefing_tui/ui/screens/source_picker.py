"""A small keyboard-driven dialog to choose two sources (left, then right) for the pairwise view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from briefing_tui.model import Source
from briefing_tui.ui.display_text import one_line_text, short_date
from briefing_tui.ui.widgets.panes import columns
from briefing_tui.ui.widgets.row_list import RowList


class SourceChoices(RowList):
    """One line per source: its number, label, date and title; ✔ marks the one chosen as left."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Choose", id="pick.choose"),
        Binding("escape", "screen.back", "Back", id="pick.back"),
    ]

    def __init__(self, sources: Sequence[Source], labels: dict[str, str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels = labels
        self.numbers = {s.id: i for i, s in enumerate(sources, 1)}
        self.set_rows(list(sources))

    def render_row(self, row: Source, width: int) -> Text:
        label = min(24, max(10, width // 3))
        return columns((Text(f"{self.numbers[row.id]:>2}"), 2),
                       (one_line_text(self.labels.get(row.id, row.id), style="bold"), label),
                       (one_line_text(short_date(row.published), fallback="undated"), 10),
                       (one_line_text(row.title, fallback="untitled"), 0))


class SourcePicker(ModalScreen[tuple[str, str] | None]):
    """Enter picks the left source, Enter again the right one; Esc steps back or cancels.

    Dismisses with ``(left_id, right_id)``, or None when cancelled.
    """

    DEFAULT_CSS = """
    SourcePicker { align: center middle; background: $background 60%; }
    SourcePicker > #picker-box {
        width: 100%; max-width: 100; height: auto; max-height: 90%;
        border: heavy $accent; background: $surface;
    }
    SourcePicker #picker-prompt { padding: 0 1; background: $panel; text-style: bold; }
    SourcePicker SourceChoices { max-height: 20; }
    """
    def __init__(self, sources: Sequence[Source], labels: dict[str, str], start: str | None = None) -> None:
        super().__init__()
        self.sources = list(sources)
        self.labels = labels
        self.left: Source | None = None
        self.start = start

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Static(id="picker-prompt")
            yield SourceChoices(self.sources, self.labels, id="picker-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        choices = self.query_one(SourceChoices)
        choices.styles.height = len(self.sources)  # max-height caps it; a long list scrolls
        if self.start is not None:
            choices.move_cursor(next((i for i, s in enumerate(self.sources) if s.id == self.start), 0))
        choices.focus()
        self._prompt()

    def _prompt(self) -> None:
        prompt = self.query_one("#picker-prompt", Static)
        if self.left is None:
            prompt.update(Text("Compare two sources · 1/2: choose the LEFT source (Enter)"))
        else:
            text = Text("2/2: choose the RIGHT source to compare with ✔ ")
            text.append_text(one_line_text(self.labels.get(self.left.id, self.left.id)))
            prompt.update(text)

    @on(RowList.Selected, "#picker-list")
    def _chosen(self, event: RowList.Selected) -> None:
        source: Source = event.row
        choices = self.query_one(SourceChoices)
        if self.left is None:
            self.left = source
            choices.picked = source
            choices.move_cursor(choices.cursor + 1 if choices.cursor + 1 < len(self.sources) else 0)
            choices.refresh()
            self._prompt()
        elif source.id == self.left.id:
            self.notify("Choose a different source for the right side", severity="warning", timeout=3)
        else:
            self.dismiss((self.left.id, source.id))

    def action_back(self) -> None:
        """Undo the left choice, or cancel."""
        if self.left is None:
            self.dismiss(None)
            return
        self.left = None
        choices = self.query_one(SourceChoices)
        choices.picked = None
        choices.refresh()
        self._prompt()
