"""The pairwise screen: two sources' sentences aligned like a side-by-side diff."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from briefing_tui.compare.pairwise import PairRow, pair_rows
from briefing_tui.safety import inert, one_line
from briefing_tui.ui.screens.diff import theme_styles

MARKERS = {"matched": ("=", "agree"), "conflict": ("≠", "disagree"), "left": ("<", "single"), "right": (">", "single")}


class PairwiseScreen(Screen[None]):
    """Left source against right source: = matched, ≠ conflicting, < only left, > only right."""

    CSS_PATH = "pairwise.tcss"
    BINDINGS = [
        Binding("s", "toggle_shared", "Shared only", id="pairwise.shared"),
        Binding("escape,q", "app.pop_screen", "Back", id="pairwise.back"),
    ]

    def __init__(self, corpus, left_id: str, right_id: str, name: str | None = None) -> None:
        super().__init__(name=name)
        self.corpus = corpus
        self.left = corpus.source(left_id)
        self.right = corpus.source(right_id)
        if self.left is None or self.right is None:
            raise ValueError(f"unknown source: {left_id if self.left is None else right_id}")
        self.rows: list[PairRow] = pair_rows(corpus.claims, self.left, self.right)
        self.only_shared = False

    def compose(self) -> ComposeResult:
        yield Static(id="pairwise-summary")
        yield DataTable(id="pairwise-table", cursor_type="row")
        yield Static(id="pairwise-evidence")
        yield Footer()

    def on_mount(self) -> None:
        side = max(20, (self.app.size.width - 8) // 2)
        table = self.query_one(DataTable)
        table.add_column("", key="kind", width=1)
        table.add_column(Text(one_line(self.left.label), no_wrap=True, overflow="ellipsis"), key="left", width=side)
        table.add_column(Text(one_line(self.right.label), no_wrap=True, overflow="ellipsis"), key="right", width=side)
        self.refill()

    def refill(self) -> None:
        """Fill the table with the rows the filter lets through."""
        styles = theme_styles(self)
        rows = [r for r in self.rows if r.kind in ("matched", "conflict")] if self.only_shared else self.rows
        self.shown = rows
        table = self.query_one(DataTable)
        table.clear()
        for i, row in enumerate(rows):
            marker, verdict = MARKERS[row.kind]
            left = Text(inert(row.left.text, keep_newlines=False)) if row.left else Text("")
            right = Text(inert(row.right.text, keep_newlines=False)) if row.right else Text("")
            if row.kind == "conflict":
                left.stylize(styles["disagree"])
                right.stylize(styles["disagree"])
            table.add_row(Text(marker, style=styles[verdict]), left, right, key=str(i), height=None)
        counts = {k: sum(1 for r in self.rows if r.kind == k) for k in MARKERS}
        summary = Text()
        for kind, (marker, verdict) in MARKERS.items():
            label = {"left": "only left", "right": "only right"}.get(kind, kind)
            summary.append(f"{marker} {counts[kind]} {label}  ", style=styles[verdict])
        if self.only_shared:
            summary.append("[shared only]", style="bold")
        self.query_one("#pairwise-summary", Static).update(summary)
        self.show_evidence(0)

    def show_evidence(self, index: int) -> None:
        """The evidence of the highlighted pair (empty for sentences only one side has)."""
        widget = self.query_one("#pairwise-evidence", Static)
        row = self.shown[index] if 0 <= index < len(self.shown) else None
        widget.update(Text(one_line(row.evidence) if row and row.evidence else "", overflow="ellipsis"))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    def action_toggle_shared(self) -> None:
        """Show only the sentences both sources have, or everything again."""
        self.only_shared = not self.only_shared
        self.refill()
