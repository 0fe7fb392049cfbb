"""The pairwise screen: two sources' sentences aligned like a side-by-side diff, each linked to the reader."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from briefing_tui.compare import Claim, Statement
from briefing_tui.compare.pairwise import PairRow, pair_rows
from briefing_tui.corpus import Corpus
from briefing_tui.model import Sentence
from briefing_tui.source_names import numbered_names
from briefing_tui.ui.display_text import fold_inert, one_line_text, unique_labels
from briefing_tui.ui.loader import LoadedBriefing
from briefing_tui.ui.widgets.cursor_table import CursorTable, cursor_bindings
from briefing_tui.ui.screens.comparing import ComparingScreen
from briefing_tui.ui.comparison_text import labelled, marks_legend, statement_text, theme_styles, two_lines
from briefing_tui.ui.screens.claim import ClaimScreen
from briefing_tui.ui.widgets.steady_footer import SteadyFooter

MARKERS = {"matched": ("=", "agree"), "conflict": ("≠", "disagree"),
           "left": ("<", "single"), "right": (">", "single")}
KIND_NAMES = {"matched": "matched", "conflict": "conflicting", "left": "only left", "right": "only right"}


def choose_and_compare(app: App, corpus: Corpus, briefing: LoadedBriefing | None = None, start: str | None = None,
                       replace: bool = False) -> None:
    """Ask for two sources (a small picker), then open the pairwise screen on them (``replace``: instead of the
    screen showing now)."""
    from briefing_tui.ui.screens.source_picker import SourcePicker

    if len(corpus.sources) < 2:
        app.notify("Comparing needs at least two sources", severity="warning")
        return

    def chosen(pair: tuple[str, str] | None) -> None:
        if pair is not None:
            (app.switch_screen if replace else app.push_screen)(PairwiseScreen(corpus, *pair, briefing=briefing))

    app.push_screen(SourcePicker(corpus.sources, unique_labels(corpus.sources), start), callback=chosen)


class PairTable(CursorTable):
    """The two sources' sentences, row by row: a row cursor driven like every list (j k g G Home End)."""

    BINDINGS: ClassVar[list[BindingType]] = cursor_bindings("pairwise")


class PairwiseScreen(ComparingScreen):
    """Left source against right source: = matched, ≠ conflicting, < only left, > only right."""

    CSS_PATH = "pairwise.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "read", "Read", id="pairwise.read", priority=True),  # before the table's own Enter
        Binding("less_than_sign,comma", "read('left')", "Read left", id="pairwise.read_left", show=False),
        Binding("greater_than_sign,full_stop", "read('right')", "Read right", id="pairwise.read_right",
                show=False),
        Binding("c", "open_claim", "Claim", id="pairwise.claim"),
        Binding("s", "toggle_shared", "Shared only", id="pairwise.shared"),
        Binding("p", "pick", "Other pair", id="pairwise.pick"),
        Binding("escape,q", "app.pop_screen", "Back", id="pairwise.back"),
    ]

    def __init__(self, corpus: Corpus, left_id: str, right_id: str, name: str | None = None,
                 briefing: LoadedBriefing | None = None) -> None:
        super().__init__(name=name)
        self.corpus = corpus
        self.briefing = briefing
        self.left = corpus.source(left_id)
        self.right = corpus.source(right_id)
        if self.left is None or self.right is None:
            raise ValueError(f"unknown source: {left_id if self.left is None else right_id}")
        self.labels = numbered_names(corpus.sources)  # "[3] Reuters #2": as the diff view and the picker number them
        self.rows: list[PairRow] | None = None
        self.shown: list[PairRow] = []
        self.statements: dict[tuple[str, int | None], Statement] = {}
        self.claims: dict[str, Claim] = {}
        self.only_shared = False

    def compose(self) -> ComposeResult:
        yield Static(id="pairwise-summary")
        yield Static(id="pairwise-legend")
        yield PairTable(id="pairwise-table", cursor_type="row")
        yield Static(id="pairwise-evidence")
        yield SteadyFooter(compact=True, show_command_palette=False)  # 80 columns: keep every key

    def on_mount(self) -> None:
        side = max(20, (self.app.size.width - 9) // 2)
        table = self.query_one(DataTable)
        table.add_column("", key="kind", width=1)
        for key, source, sign in (("left", self.left, "<"), ("right", self.right, ">")):
            heading = Text(f"{sign} ", style="bold") + one_line_text(self.labels[source.id], style="bold")
            heading.overflow = "ellipsis"
            table.add_column(heading, key=key, width=side)
        self.query_one("#pairwise-summary", Static).update(Text("Comparing the two sources…", style="bold"))
        self.start_comparing()

    def claims_ready(self, claims: list[Claim], stories: list | None = None) -> None:
        self.rows = pair_rows(claims, self.left, self.right)
        wanted = {row.claim for row in self.rows if row.claim}
        self.claims = {claim.id: claim for claim in claims if claim.id in wanted}
        self.statements = {(st.source, st.sentence_index): st
                           for claim in claims if claim.id in wanted for st in claim.statements
                           if st.source in (self.left.id, self.right.id)}
        self.refill()
        self.refresh_bindings()

    def _cell(self, sentence: Sentence | None, source_id: str, kind: str, styles) -> Text:
        if sentence is None:
            return Text("")
        statement = self.statements.get((source_id, sentence.index)) if kind in ("matched", "conflict") else None
        text = statement_text(statement, styles) if statement else Text(fold_inert(sentence.text)[0])
        if kind == "conflict":
            text.stylize(styles["disagree"])
        return text

    def refill(self) -> None:
        """Fill the table with the rows the filter lets through."""
        if self.rows is None:
            return
        styles = theme_styles(self)
        rows = [r for r in self.rows if r.kind in ("matched", "conflict")] if self.only_shared else self.rows
        self.shown = rows
        table = self.query_one(DataTable)
        table.clear()
        for i, row in enumerate(rows):
            marker, verdict = MARKERS[row.kind]
            table.add_row(Text(marker, style=styles[verdict] + Style(bold=True)),
                          self._cell(row.left, self.left.id, row.kind, styles),
                          self._cell(row.right, self.right.id, row.kind, styles), key=str(i), height=None)
        counts = {k: sum(1 for r in self.rows if r.kind == k) for k in MARKERS}
        summary = Text()
        for kind, (marker, verdict) in MARKERS.items():
            summary.append(f"{marker} {counts[kind]} {KIND_NAMES[kind]}  ", style=styles[verdict])
        if self.only_shared:
            summary.append(f"▼ {len(rows)} shown: shared only", style="bold reverse")
        self.query_one("#pairwise-summary", Static).update(summary)
        kinds = {kind for st in self.statements.values() for _, _, kind in st.marks}
        legend = self.query_one("#pairwise-legend", Static)
        legend.update(marks_legend(kinds, styles))
        legend.display = bool(kinds)
        self.show_evidence(0)

    def show_evidence(self, index: int) -> None:
        """The evidence of the highlighted pair (or what a one-sided row means)."""
        widget = self.query_one("#pairwise-evidence", Static)
        row = self.shown[index] if 0 <= index < len(self.shown) else None
        if row is None:
            widget.update(Text("No shared sentences" if self.only_shared else "No sentences", style="dim"))
        elif row.evidence:
            claim = self.claims.get(row.claim)
            evidence = labelled(row.evidence, claim.sources if claim else [], self.labels)
            widget.update(Text(two_lines(evidence, widget, "c shows the claim")))
        else:
            side = self.left if row.kind == "left" else self.right
            text = Text(f"{MARKERS[row.kind][0]} only ")
            text.append_text(one_line_text(self.labels[side.id]))
            text.append(" says this")
            widget.update(text)

    def current_row(self) -> PairRow | None:
        """The row under the cursor."""
        index = self.query_one(DataTable).cursor_row
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_read()  # a click; the Enter key is the screen's

    def action_read(self, side: str | None = None) -> None:
        """Open the reader at the row's sentence on ``side`` ("left" or "right"), else on the side it has
        (left first)."""
        row = self.current_row()
        if row is None:
            return
        picks = {"left": (self.left, row.left), "right": (self.right, row.right)}
        order = [side] if side else ["left", "right"]
        for name in order:
            source, sentence = picks[name]
            if sentence is not None:
                self.open_reader(source.id, (sentence.start, sentence.end))
                return
        self.notify(f"The {side} source has no sentence on this row", severity="warning", timeout=3)

    def action_open_claim(self) -> None:
        """Show the claim that pairs the row's sentences: every source's statement and the full evidence."""
        row = self.current_row()
        claim = self.claims.get(row.claim) if row and row.claim else None
        if claim is None:
            self.notify("Only one of the two sources says this: no claim to show", severity="warning", timeout=3)
            return
        self.app.push_screen(ClaimScreen(claim, self.labels, self.open_reader))

    def action_toggle_shared(self) -> None:
        """Show only the sentences both sources have, or everything again."""
        self.only_shared = not self.only_shared
        self.refill()

    def action_pick(self) -> None:
        """Choose another pair of sources."""
        choose_and_compare(self.app, self.corpus, self.briefing, start=self.left.id, replace=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("read", "toggle_shared", "open_claim") and self.rows is None:
            return None
        return True
