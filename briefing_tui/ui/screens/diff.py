"""The diff screen: a claims x sources matrix, filterable, and one claim's statements with links to the reader."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color, ColorParseError
from textual.containers import Container, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from briefing_tui.compare import Claim, Statement
from briefing_tui.safety import one_line
from briefing_tui.ui.display_text import fold_inert, one_line_text, span_to_display, unique_labels
from briefing_tui.ui.screens.comparing import ComparingScreen

SYMBOLS = {"agree": "✓", "disagree": "✗", "single": "●"}
ABSENT = "·"
THEME_COLOURS = {"agree": "success", "disagree": "error", "single": "foreground-muted",
                 "conflict": "error", "match": "success", "cue": "warning"}
# Marks carry meaning by a visible bracket as well as by colour: "⟪3 trillion yen⟫" differs between sources.
MARK_BRACKETS = {"conflict": ("⟪", "⟫"), "cue": ("‹", "›"), "match": ("⟨", "⟩")}
MARK_ORDER = ("conflict", "cue", "match")
MARK_NAMES = {"conflict": "differing figure", "cue": "cue word", "match": "matching figure"}
MAX_ROWS = 2000  # DataTable renders lazily, but filling it costs ~0.1 ms a row
MATRIX_SOURCES = 40
COLUMN_MIN = 38  # a statement column narrower than this reads badly: stack them instead


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


def labelled(evidence: str, source_ids: list[str], labels: Mapping[str, str]) -> str:
    """``evidence`` on one line with the named sources' ids replaced by their human labels."""
    text = one_line(evidence)
    ids = sorted((i for i in source_ids if i in labels and i != labels[i]), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile("|".join(rf"(?<![\w.-]){re.escape(i)}(?![\w.-])" for i in ids))
    return pattern.sub(lambda m: one_line(labels[m.group(0)]), text)


def two_lines(text: str, widget: Static, more: str) -> str:
    """``text`` cut to about two lines of ``widget``, saying so and how to see the rest (``more``)."""
    room = 2 * (widget.size.width or widget.app.size.width - 2) - 4  # less a margin for word wrap
    if len(text) <= room:
        return text
    return text[:max(room - len(more) - 4, 0)].rstrip() + f"… ({more})"


def voice_text(statement: Statement) -> str:
    """Who speaks in a statement: the outlet itself, or the quoted or reported speaker (or "unknown")."""
    if statement.voice == "outlet":
        return "the outlet's own words"
    return f"{statement.voice}: {one_line(statement.speaker) if statement.speaker else 'speaker unknown'}"


def statement_text(statement: Statement, styles: Mapping[str, Style]) -> Text:
    """A statement's sentence (inert, on one line) with its figures and cue words bracketed and styled.

    Where marks overlap (a figure both matching one source and conflicting with another) the
    stronger one is shown: conflict, then cue, then match.
    """
    shown, offsets = fold_inert(statement.text, base=statement.start)
    spans = []
    for start, end, kind in statement.marks:
        span = span_to_display(offsets, start, end)
        if span and kind in MARK_BRACKETS:
            spans.append((*span, kind))
    spans.sort(key=lambda s: (s[0], MARK_ORDER.index(s[2])))
    text, position = Text(), 0
    for a, b, kind in spans:
        if a < position:
            continue  # overlaps the mark just shown
        style = styles.get(kind, Style()) + Style(bold=True, underline=kind == "conflict", italic=kind == "cue")
        opening, closing = MARK_BRACKETS[kind]
        text.append(shown[position:a])
        text.append(opening + shown[a:b] + closing, style=style)
        position = b
    text.append(shown[position:])
    return text


def marks_legend(kinds: set[str], styles: Mapping[str, Style]) -> Text:
    """A one-line key to the brackets used: "⟪ ⟫ differing figure  ‹ › cue word"."""
    legend = Text()
    for kind in MARK_ORDER:
        if kind in kinds:
            opening, closing = MARK_BRACKETS[kind]
            legend.append(f"{opening} {closing}", style=styles.get(kind, Style()) + Style(bold=True))
            legend.append(f" {MARK_NAMES[kind]}   ")
    return legend


class StatementCard(Static, can_focus=True):
    """One statement: which source, whose voice, the sentence with its marks. Enter reads it in context."""

    def __init__(self, statement: Statement, number: int, label: str, styles: Mapping[str, Style]) -> None:
        body = Text(f"{number} ", style="bold")
        body.append_text(one_line_text(label, style="bold"))
        body.append(f"\n{voice_text(statement)}\n", style="italic")
        body.append_text(statement_text(statement, styles))
        super().__init__(body, classes="statement")
        self.statement = statement


class ClaimScreen(Screen[None]):
    """One claim: verdict, topic and evidence, then every statement, side by side when they fit, else stacked."""

    CSS_PATH = "diff.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "read", "Read in context", id="claim.read"),
        # priority: the scrolling body would otherwise take the arrow keys for itself
        Binding("down,j,right,l,tab", "move(1)", "Next", id="claim.next", key_display="↓", priority=True),
        Binding("up,k,left,h,shift+tab", "move(-1)", "Previous", id="claim.previous", key_display="↑",
                priority=True),
        Binding("escape,q", "app.pop_screen", "Back", id="claim.back"),
    ]

    def __init__(self, claim: Claim, labels: Mapping[str, str]) -> None:
        super().__init__()
        self.claim = claim
        self.labels = labels

    def compose(self) -> ComposeResult:
        styles = theme_styles(self)
        claim = self.claim
        head = Text(f"{SYMBOLS[claim.verdict]} {claim.verdict} ", style=styles[claim.verdict] + Style(bold=True))
        head.append_text(one_line_text(claim.topic, style="bold"))
        yield Static(head, id="claim-title")
        yield Static(id="claim-position")
        evidence = Text("Evidence: ", style="bold")
        evidence.append(labelled(claim.evidence, claim.sources, self.labels))
        with VerticalScroll(id="claim-body"):
            with Container(id="claim-statements"):
                for i, statement in enumerate(claim.statements, 1):
                    yield StatementCard(statement, i, self.labels.get(statement.source, statement.source), styles)
            yield Static(evidence, id="claim-evidence")  # often long: after the statements it explains
        yield Footer(compact=True)

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
        self._show_position()

    def _show_position(self) -> None:
        cards = list(self.query(StatementCard))
        current = next((i for i, c in enumerate(cards) if c.has_focus), 0)
        text = Text(f"Statement {current + 1} of {len(cards)}", style="bold")
        text.append(f" from {len(self.claim.sources)} source{'s' if len(self.claim.sources) != 1 else ''}"
                    " · evidence below")
        text.append("   ")
        kinds = {kind for s in self.claim.statements for _, _, kind in s.marks}
        text.append_text(marks_legend(kinds, theme_styles(self)))
        self.query_one("#claim-position", Static).update(text)

    def focused_statement(self) -> Statement | None:
        """The statement whose card has the focus."""
        focused = self.focused
        return focused.statement if isinstance(focused, StatementCard) else None

    def action_move(self, step: int) -> None:
        """Focus the next or previous statement (wrapping)."""
        cards = list(self.query(StatementCard))
        if not cards:
            return
        current = next((i for i, c in enumerate(cards) if c.has_focus), -step)
        index = (current + step) % len(cards)
        cards[index].focus(scroll_visible=False)
        cards[index].scroll_visible(animate=False, top=True)  # below the last one: the evidence

    def action_read(self) -> None:
        """Open the reader on the focused statement's source, scrolled to it and marked."""
        statement = self.focused_statement()
        if statement is not None:
            self.app.open_reader(statement.source, (statement.start, statement.end))


class DiffScreen(ComparingScreen):
    """Claims down the side, sources across: each cell marks a source's version ✓ agree, ✗ disagree, ● single."""

    CSS_PATH = "diff.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_claim", "Statements", id="diff.open", priority=True),  # before the table's Enter
        Binding("f,d", "toggle_disagreements", "Disagreements", id="diff.disagreements"),
        Binding("s", "toggle_shared", "Shared", id="diff.shared"),
        Binding("p", "pair", "Pair sources", id="diff.pairwise"),
        Binding("escape,q", "app.pop_screen", "Back", id="diff.back"),
    ]

    def __init__(self, corpus, name: str | None = None) -> None:
        super().__init__(name=name)
        self.corpus = corpus
        self.claims: list[Claim] | None = None
        self.only_disagreements = False
        self.only_shared = False
        self.shown: list[Claim] = []
        self.labels = unique_labels(corpus.sources)
        self.numbers = {s.id: str(i) for i, s in enumerate(corpus.sources, 1)}
        # One column per source while they fit a wide terminal; past that a column listing the sources' numbers
        # (a table of hundreds of columns is neither readable nor quick to fill).
        self.compact = len(corpus.sources) > MATRIX_SOURCES

    def compose(self) -> ComposeResult:
        yield Static(id="diff-summary")
        yield Static(id="diff-legend")
        yield DataTable(id="diff-matrix", cursor_type="row", zebra_stripes=False)
        yield Static(id="diff-evidence")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        sources = self.corpus.sources
        legend = Text("Sources: ", style="bold")
        for i, source in enumerate(sources, 1):
            legend.append(f"{i}=", style="bold")
            legend.append_text(one_line_text(self.labels[source.id]))
            legend.append("  ")
        self.query_one("#diff-legend", Static).update(legend)
        table = self.query_one(DataTable)
        table.add_column("", key="verdict", width=1)
        width = self.app.size.width
        if self.compact:
            table.add_column("claim", key="topic", width=max(16, min(60, width // 2)))
            table.add_column("n", key="count", width=3)
            table.add_column("said by sources", key="sources", width=max(10, width - width // 2 - 14))
        else:
            table.add_column("claim", key="topic", width=max(16, min(60, width - 10 - 3 * len(sources))))
            for i, source in enumerate(sources, 1):
                table.add_column(Text(f"{i}"), key=source.id, width=len(str(i)))
        self.query_one("#diff-summary", Static).update(
            Text(f"Comparing {len(sources)} sources claim by claim…", style="bold"))
        self.query_one("#diff-evidence", Static).update(Text("Aligning statements across the sources…", style="dim"))
        self.start_comparing()

    def claims_ready(self, claims: list[Claim]) -> None:
        self.claims = claims
        self.refill()
        self.refresh_bindings()

    def refill(self) -> None:
        """Fill the matrix with the claims the filters let through."""
        if self.claims is None:
            return
        styles = theme_styles(self)
        claims = self.claims
        if self.only_disagreements:
            claims = [c for c in claims if c.verdict == "disagree"]
        elif self.only_shared:
            claims = [c for c in claims if c.verdict != "single"]
        self.shown = claims[:MAX_ROWS]
        table = self.query_one(DataTable)
        table.clear()
        for claim in self.shown:
            present = set(claim.sources)
            mark = Text(SYMBOLS[claim.verdict], style=styles[claim.verdict])
            cells = [mark, one_line_text(claim.topic).copy()]
            cells[1].overflow = "ellipsis"
            if self.compact:
                cells.append(Text(f"{len(present):>3}"))
                cells.append(Text(" ".join(self.numbers[s] for s in claim.sources), no_wrap=True, overflow="ellipsis"))
            else:
                cells.extend(mark if source.id in present else Text(ABSENT, style="dim")
                             for source in self.corpus.sources)
            table.add_row(*cells, key=claim.id)
        self._summarise(styles)
        self.show_evidence(0)

    def _summarise(self, styles: Mapping[str, Style]) -> None:
        counts = {v: sum(1 for c in self.claims if c.verdict == v) for v in SYMBOLS}
        summary = Text(f"{len(self.claims)} claims  ", style="bold")
        for verdict, n in counts.items():
            summary.append(f"{SYMBOLS[verdict]} {n} {verdict}  ", style=styles[verdict])
        if self.only_disagreements:
            summary.append(f"▼ {len(self.shown)} shown: disagreements only", style="bold reverse")
        elif self.only_shared:
            summary.append(f"▼ {len(self.shown)} shown: said by 2+ sources", style="bold reverse")
        elif len(self.shown) < len(self.claims):
            summary.append(f"(first {len(self.shown)} shown)", style="dim")
        self.query_one("#diff-summary", Static).update(summary)

    def show_evidence(self, row: int) -> None:
        """Put the highlighted claim's evidence (with source labels) under the matrix."""
        widget = self.query_one("#diff-evidence", Static)
        if not self.shown:
            empty = "No disagreements found" if self.only_disagreements else "No claims found"
            widget.update(Text(empty + (" (f shows all)" if self.only_disagreements or self.only_shared else ""),
                               style="dim"))
            return
        claim = self.shown[min(row, len(self.shown) - 1)]
        evidence = labelled(claim.evidence, claim.sources, self.labels)
        widget.update(Text(two_lines(f"{SYMBOLS[claim.verdict]} {evidence}", widget, "Enter shows it all")))

    def current_claim(self) -> Claim | None:
        """The claim under the matrix cursor."""
        if not self.shown:
            return None
        return self.shown[min(self.query_one(DataTable).cursor_row, len(self.shown) - 1)]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_claim()

    def action_toggle_disagreements(self) -> None:
        """Show only the claims the sources disagree on, or all of them again."""
        self.only_disagreements = not self.only_disagreements
        self.only_shared = False
        self.refill()

    def action_toggle_shared(self) -> None:
        """Hide the claims only one source makes, or show them again."""
        self.only_shared = not self.only_shared
        self.only_disagreements = False
        self.refill()

    def action_open_claim(self) -> None:
        """Open the highlighted claim's statements."""
        claim = self.current_claim()
        if claim is not None:
            self.app.push_screen(ClaimScreen(claim, self.labels))

    def action_pair(self) -> None:
        """Choose two sources (starting at the highlighted claim's first) and compare them sentence by sentence."""
        from briefing_tui.ui.screens.pairwise import choose_and_compare

        claim = self.current_claim()
        choose_and_compare(self.app, self.corpus, start=claim.sources[0] if claim else None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_disagreements", "toggle_shared", "open_claim") and self.claims is None:
            return None  # shown dimmed while comparing
        return True
