"""The diff screen: a claims x sources matrix, filterable to disagreements, with a claim's statements side by side."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color, ColorParseError
from textual.containers import HorizontalScroll, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Static

from briefing_tui.compare import Claim, Statement
from briefing_tui.safety import inert, one_line

SYMBOLS = {"agree": "✓", "disagree": "✗", "single": "●"}
THEME_COLOURS = {"agree": "success", "disagree": "error", "single": "foreground-muted",
                 "conflict": "error", "match": "success", "cue": "warning"}
MAX_ROWS = 2000  # DataTable renders lazily, but filling it costs ~0.1 ms a row


def theme_styles(screen: Screen) -> dict[str, Style]:
    """Rich styles for verdicts and marks, taken from the app's theme variables (no literal colours)."""
    variables = screen.app.get_css_variables()
    background = Color.parse(variables.get("background", "black"))

    def colour(var: str) -> Style:
        try:
            # Theme colours may carry alpha ("#E0E0E099"): composite them over the background.
            return Style(color=(background + Color.parse(variables[var])).rich_color)
        except (KeyError, ColorParseError):
            return Style()

    return {name: colour(var) for name, var in THEME_COLOURS.items()}


def statement_text(statement: Statement, styles: dict[str, Style]) -> Text:
    """A statement's sentence as a Text object, its figures and cues highlighted by the verdict's marks."""
    text = Text(inert(statement.text, keep_newlines=False))
    for start, end, kind in statement.marks:
        a, b = start - statement.start, end - statement.start
        if 0 <= a < b <= len(statement.text):
            text.stylize(styles[kind] + Style(bold=True, underline=kind == "conflict"), a, b)
    return text


class ClaimScreen(ModalScreen[None]):
    """One claim's statements side by side, with the evidence for its verdict."""

    CSS_PATH = "diff.tcss"
    BINDINGS = [Binding("escape,q", "dismiss", "Back", id="diff.claim.back")]

    def __init__(self, claim: Claim, labels: dict[str, str]) -> None:
        super().__init__()
        self.claim = claim
        self.labels = labels

    def compose(self) -> ComposeResult:
        styles = theme_styles(self)
        head = Text(f"{SYMBOLS[self.claim.verdict]} {self.claim.verdict}  ", style=styles[self.claim.verdict])
        head.append(one_line(self.claim.topic), style="bold")
        head.append(f"  {self.claim.id}", style="dim")
        yield Static(head, id="claim-title")
        with HorizontalScroll(id="claim-statements"):
            for statement in self.claim.statements:
                who = Text(one_line(self.labels.get(statement.source, statement.source)), style="bold")
                voice = statement.voice if not statement.speaker else f"{statement.voice}: {statement.speaker}"
                who.append(f"\n{one_line(voice)}  @{statement.start}-{statement.end}", style="dim")
                with VerticalScroll(classes="statement"):
                    yield Static(who, classes="statement-source")
                    yield Static(statement_text(statement, styles), classes="statement-text")
        yield Static(Text("Evidence: " + one_line(self.claim.evidence)), id="claim-evidence")
        yield Footer()

    def on_mount(self) -> None:
        # Side by side: as many columns as fit (at least 36 cells wide each); the rest scroll sideways.
        columns = self.query(".statement")
        width = max(36, (self.app.size.width - 1) // max(1, len(columns)))
        for column in columns:
            column.styles.width = width


class DiffScreen(Screen[None]):
    """Claims down the side, sources across: each cell marks that source's version ✓ agree, ✗ disagree, ● single."""

    CSS_PATH = "diff.tcss"
    BINDINGS = [
        Binding("d", "toggle_disagreements", "Disagreements only", id="diff.disagreements"),
        Binding("enter", "open_claim", "Statements", id="diff.open", show=True),
        Binding("escape,q", "app.pop_screen", "Back", id="diff.back"),
    ]

    def __init__(self, corpus, name: str | None = None) -> None:
        super().__init__(name=name)
        self.corpus = corpus
        self.only_disagreements = False
        self.shown: list[Claim] = []
        self.labels = {s.id: s.label for s in corpus.sources}

    def compose(self) -> ComposeResult:
        yield Static(id="diff-summary")
        yield DataTable(id="diff-matrix", cursor_type="row", zebra_stripes=False)
        yield Static(id="diff-evidence")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", key="verdict", width=1)
        table.add_column("claim", key="topic", width=max(16, min(40, self.app.size.width // 3)))
        for i, source in enumerate(self.corpus.sources):
            table.add_column(Text(f"{i + 1}"), key=source.id, width=2)
        self.refill()

    def refill(self) -> None:
        """Fill the matrix with the claims the filter lets through."""
        styles = theme_styles(self)
        claims = self.corpus.claims
        if self.only_disagreements:
            claims = [c for c in claims if c.verdict == "disagree"]
        self.shown = claims[:MAX_ROWS]
        table = self.query_one(DataTable)
        table.clear()
        for claim in self.shown:
            present = set(claim.sources)
            cells = [Text(SYMBOLS[claim.verdict], style=styles[claim.verdict]),
                     Text(one_line(claim.topic), no_wrap=True, overflow="ellipsis")]
            for source in self.corpus.sources:
                if source.id in present:
                    cells.append(Text(SYMBOLS[claim.verdict], style=styles[claim.verdict]))
                else:
                    cells.append(Text("·", style="dim"))
            table.add_row(*cells, key=claim.id)
        counts = {v: sum(1 for c in self.corpus.claims if c.verdict == v) for v in SYMBOLS}
        summary = Text(f"{len(self.corpus.claims)} claims: ")
        for verdict, n in counts.items():
            summary.append(f"{SYMBOLS[verdict]} {n} {verdict}  ", style=styles[verdict])
        if self.only_disagreements:
            summary.append("[showing disagreements only]", style="bold")
        legend = "  ".join(f"{i + 1}={one_line(s.label)}" for i, s in enumerate(self.corpus.sources))
        summary.append("\n" + legend, style="dim")
        self.query_one("#diff-summary", Static).update(summary)
        self.show_evidence(0)

    def show_evidence(self, row: int) -> None:
        """Put the highlighted claim's evidence under the matrix."""
        widget = self.query_one("#diff-evidence", Static)
        if not self.shown:
            widget.update(Text("No claims to show.", style="dim"))
            return
        claim = self.shown[min(row, len(self.shown) - 1)]
        widget.update(Text(one_line(claim.evidence), overflow="ellipsis"))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_claim()

    def action_toggle_disagreements(self) -> None:
        """Show only the claims the sources disagree on, or all of them again."""
        self.only_disagreements = not self.only_disagreements
        self.refill()

    def action_open_claim(self) -> None:
        """Open the highlighted claim's statements side by side."""
        if not self.shown:
            return
        row = self.query_one(DataTable).cursor_row
        self.app.push_screen(ClaimScreen(self.shown[row], self.labels))
