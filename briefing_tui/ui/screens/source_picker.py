"""A small keyboard-driven dialog to choose two sources (left, then right) for the pairwise view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from briefing_tui.model import Source
from briefing_tui.ui.display_text import fit_label, lead_words, one_line_text, short_date
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.ui.widgets.panes import columns
from briefing_tui.ui.widgets.row_list import RowList, find_row
from briefing_tui.ui.widgets.steady_footer import SteadyFooter
from briefing_tui.ui.widgets.typed_filter import TypedFilterList




class SourceChoices(TypedFilterList):
    """One line per source: its number, label, date and title; ✔ marks the one chosen as left.

    Typing filters the list (by number, name, date or title); Backspace takes a letter back. Letters filter,
    so the cursor moves with the arrow keys here.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Choose", id="pick.choose"),
        Binding("escape", "screen.back", "Back", id="pick.back"),
        Binding("backspace", "erase", "Erase filter letter", id="pick.erase", show=False),
    ]

    def __init__(self, sources: Sequence[Source], labels: dict[str, str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels = labels
        self.sources = list(sources)
        self.numbers = {s.id: i for i, s in enumerate(sources, 1)}
        self.typed = ""
        self.leads: dict[str, str] = {}
        self.haystacks = {s.id: " ".join([str(self.numbers[s.id]), labels.get(s.id, s.id), s.published or "",
                                          s.title or ""]).casefold() for s in self.sources}
        self.set_rows(self.sources)

    def set_filter(self, typed: str) -> None:
        """Show only the sources whose number, name, date or title contain every typed word."""
        words = typed.casefold().split()
        self.set_rows([s for s in self.sources if all(w in self.haystacks[s.id] for w in words)],
                      empty_text=f"No source matches “{typed}” (Backspace)")
        super().set_filter(typed)

    def render_row(self, row: Source, width: int) -> Text:
        label = min(24, max(10, width // 3))
        digits = len(str(len(self.sources)))
        return columns((Text(f"{self.numbers[row.id]:>{digits}}"), digits),
                       (fit_label(self.labels.get(row.id, row.id), label, style="bold"), label),
                       (one_line_text(short_date(row.published), fallback="undated"), 10),
                       (one_line_text(row.title, fallback=self._lead(row)), 0))

    def _lead(self, row: Source) -> str:
        # an untitled source shows its opening words, as in the sources pane (cached: rows re-render often)
        if row.id not in self.leads:
            self.leads[row.id] = lead_words(row)
        return self.leads[row.id]


class SourcePicker(DialogScreen[tuple[str, str] | None]):
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
        yield SteadyFooter(compact=True)

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
            text = Text("Compare two sources · 1/2: choose the LEFT source (Enter)")
        else:
            text = Text("2/2: choose the RIGHT source to compare with ✔ ")
            text.append_text(one_line_text(self.labels.get(self.left.id, self.left.id)))
        typed = self.query_one(SourceChoices).typed
        text.append("   type to filter" if not typed else "   filter: ", style="dim" if not typed else "bold")
        if typed:
            text.append_text(one_line_text(typed))
        prompt.update(text)

    @on(SourceChoices.FilterChanged)
    def _filter_changed(self) -> None:
        self._prompt()

    @on(RowList.Selected, "#picker-list")
    def _chosen(self, event: RowList.Selected) -> None:
        source: Source = event.row
        choices = self.query_one(SourceChoices)
        if self.left is None:
            self.left = source
            choices.picked = source
            if choices.typed:
                choices.set_filter("")  # the whole list again for the right-hand source
                choices.move_cursor(max(find_row(self.sources, source), 0))
            choices.move_cursor(choices.cursor + 1 if choices.cursor + 1 < len(choices.rows) else 0)
            choices.refresh()
            self._prompt()
        elif source.id == self.left.id:
            self.notify("Choose a different source for the right side", severity="warning", timeout=3)
        else:
            self.dismiss((self.left.id, source.id))

    def action_back(self) -> None:
        """Clear the typed filter, else undo the left choice, else cancel."""
        choices = self.query_one(SourceChoices)
        if choices.typed:
            choices.set_filter("")
            return
        if self.left is None:
            self.dismiss(None)
            return
        self.left = None
        choices = self.query_one(SourceChoices)
        choices.picked = None
        choices.refresh()
        self._prompt()
