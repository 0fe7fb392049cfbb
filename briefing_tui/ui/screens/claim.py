"""One claim: its verdict and title, every source's statement (side by side when they fit), the evidence."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from briefing_tui.compare import Claim, Statement
from briefing_tui.source_names import claim_evidence
from briefing_tui.ui.comparison_text import (
    SYMBOLS, claim_title, marks_legend, statement_text, theme_styles, voice_text,
)
from briefing_tui.ui.display_text import compact_where, one_line_text
from briefing_tui.ui.widgets.steady_footer import SteadyFooter

COLUMN_MIN = 38  # a statement column narrower than this reads badly: stack them instead


class StatementCard(Static, can_focus=True):
    """One statement: which source (its name as the diff view gives it: "[3] Reuters #2"), where its words are
    (``source-id:start–end``, as ``briefing quotes --source`` and the export name them), whose voice, the
    sentence with its marks. Enter reads it in context."""

    def __init__(self, statement: Statement, label: str, styles: Mapping[str, Style]) -> None:
        body = one_line_text(label, style="bold")
        body.append("\n")
        body.append_text(one_line_text(compact_where(statement.source, statement.start, statement.end), style="dim"))
        body.append(f"\n{voice_text(statement)}\n", style="italic")
        body.append_text(statement_text(statement, styles))
        super().__init__(body, classes="statement")
        self.statement = statement


class ClaimScreen(Screen[None]):
    """One claim: verdict, topic and evidence, then every statement, side by side when they fit, else stacked."""

    CSS_PATH = "claim.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "read", "Read in context", id="claim.read"),
        # priority: the scrolling body would otherwise take the arrow keys for itself
        Binding("down,j,right,l,tab", "move(1)", "Next", id="claim.next", key_display="↓", priority=True),
        Binding("up,k,left,h,shift+tab", "move(-1)", "Previous", id="claim.previous", key_display="↑",
                priority=True),
        Binding("g,home", "move_to(0)", "First", id="claim.first", show=False, priority=True),
        Binding("G,end", "move_to(-1)", "Last", id="claim.last", show=False, priority=True),
        Binding("escape,q", "app.pop_screen", "Back", id="claim.back"),
    ]

    def __init__(self, claim: Claim, labels: Mapping[str, str],
                 read: Callable[[str, tuple[int, int]], object] | None = None) -> None:
        super().__init__()
        self.claim = claim
        self.labels = labels
        self.read = read  # opens the reader on a source at a span: the screen that opened this one knows how
        self.index = 0  # the statement with the focus: kept here, as focus() lands only on the next frame

    def compose(self) -> ComposeResult:
        styles = theme_styles(self)
        claim = self.claim
        head = Text(f"{SYMBOLS[claim.verdict]} {claim.verdict} ", style=styles[claim.verdict] + Style(bold=True))
        head.append(claim_title(claim), style="bold")
        yield Static(head, id="claim-title")
        yield Static(id="claim-position")
        evidence = Text("Evidence: ", style="bold")
        evidence.append(claim_evidence(claim, self.labels, fold=True))  # the pairs counted, not one line each
        with VerticalScroll(id="claim-body"):
            with Container(id="claim-statements"):
                for statement in claim.statements:
                    yield StatementCard(statement, self.labels.get(statement.source, statement.source), styles)
            yield Static(evidence, id="claim-evidence")  # often long: after the statements it explains
        yield SteadyFooter(compact=True, show_command_palette=False)  # 80 columns: keep every key

    def on_mount(self) -> None:
        self._lay_out()
        cards = self.query(StatementCard)
        if cards:
            cards.first().focus()

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        """Side by side when every column gets ``COLUMN_MIN`` cells, else one under another."""
        box = self.query_one("#claim-statements")
        count = len(self.claim.statements)
        side = count * COLUMN_MIN <= self.app.size.width - 2
        box.set_class(side, "-side")
        box.set_class(not side, "-stacked")

    def on_descendant_focus(self) -> None:
        cards = list(self.query(StatementCard))
        focused = next((i for i, c in enumerate(cards) if c is self.focused), None)
        if focused is not None:
            self.index = focused
        self._show_position()

    def _show_position(self) -> None:
        cards = list(self.query(StatementCard))
        current = self.index
        text = Text(f"Statement {current + 1} of {len(cards)}", style="bold")
        text.append(f" from {len(self.claim.sources)} source{'s' if len(self.claim.sources) != 1 else ''}"
                    " · evidence below")
        text.append("   ")
        kinds = {kind for s in self.claim.statements for _, _, kind in s.marks}
        text.append_text(marks_legend(kinds, theme_styles(self)))
        self.query_one("#claim-position", Static).update(text)

    def focused_statement(self) -> Statement | None:
        """The statement whose card has (or is about to get) the focus."""
        statements = self.claim.statements
        return statements[self.index] if 0 <= self.index < len(statements) else None

    def action_move(self, step: int) -> None:
        """Focus the next or previous statement (wrapping)."""
        cards = list(self.query(StatementCard))
        if not cards:
            return
        index = (self.index + step) % len(cards)
        self.index = index
        cards[index].focus(scroll_visible=False)
        cards[index].scroll_visible(animate=False, top=True)  # below the last one: the evidence

    def action_move_to(self, index: int) -> None:
        """Focus the first (0) or last (-1) statement."""
        count = len(self.query(StatementCard))
        if count:
            self.action_move((index % count) - self.index)

    def action_read(self) -> None:
        """Open the reader on the focused statement's source, scrolled to it and marked."""
        statement = self.focused_statement()
        if statement is not None and self.read is not None:
            self.read(statement.source, (statement.start, statement.end))
