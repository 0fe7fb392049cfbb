"""The diff screen: a claims x sources matrix, filterable, each claim opening its statements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from briefing_tui.compare import Claim
from briefing_tui.corpus import Corpus
from briefing_tui.model import Story
from briefing_tui.safety import one_line
from briefing_tui.source_names import claim_evidence, numbered_names
from briefing_tui.ui.comparison_text import (  # noqa: F401 - re-exported: the diff tests import them from here
    ABSENT, LABEL_GAP, SYMBOLS, claim_label, claim_title, clip_to_lines, labelled, marks_legend, statement_text,
    theme_styles, wrapped_lines,
)
from briefing_tui.ui.display_text import fold_inert, one_line_text, unique_labels
from briefing_tui.ui.loader import LoadedBriefing
from briefing_tui.ui.widgets.cursor_table import CursorTable, cursor_bindings
from briefing_tui.ui.screens.claim import ClaimScreen, StatementCard  # noqa: F401 - re-exported
from briefing_tui.ui.screens.comparing import ComparingScreen
from briefing_tui.ui.widgets.steady_footer import SteadyFooter
from briefing_tui.wording import counted

CLAIM_MIN = 30  # the claim column is never narrower than this beside one column per source: else one column lists them
MAX_ROWS = 2000  # DataTable renders lazily, but filling it costs ~0.1 ms a row
MATRIX_SOURCES = 40
DETAIL_LINES = 5  # under the matrix: the highlighted claim's title and sentence, who says it, the evidence
LEGEND_MARGIN = 3  # the legend's padding (one cell a side) and its scroll bar
DETAIL_HEAD_LINES = 2  # of which the title and the start of its sentence take at most this many
# l when every source is already in view: the legend is marked this long, where a toast would cover the claim
LEGEND_FLASH_SECONDS = 1.5
STORY_MARK = "▾"  # a story's heading row: before its title, and in the columns of the sources it holds


class MatrixTable(CursorTable):
    """The claims matrix: a row cursor driven like every list in the app (j k g G Home End)."""

    BINDINGS: ClassVar[list[BindingType]] = cursor_bindings("diff")


class DiffScreen(ComparingScreen):
    """Claims down the side, sources across: each cell marks a source's version ✓ agree, ✗ disagree, ● single."""

    CSS_PATH = "diff.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_claim", "Statements", id="diff.open", priority=True),  # before the table's Enter
        Binding("f,d", "toggle_disagreements", "Disagreements", id="diff.disagreements"),
        Binding("s", "toggle_shared", "Shared", id="diff.shared"),
        Binding("p", "pair", "Pair", id="diff.pairwise"),
        Binding("l", "toggle_legend", "Sources", id="diff.legend"),
        Binding("escape,q", "back", "Back", id="diff.back"),
    ]

    def __init__(self, corpus: Corpus, briefing: LoadedBriefing | None = None, name: str | None = None,
                 by_story: bool = False) -> None:
        super().__init__(name=name)
        self.corpus = corpus
        self.by_story = by_story
        self.briefing = briefing
        self.claims: list[Claim] | None = None
        self.only_disagreements = False
        self.only_shared = False
        self.shown: list[Claim] = []
        # the matrix's rows: the claims shown and, when the folder's stories were compared apart, a heading row
        # before each story's first claim shown (the CLI's "story … · title: N claims across M sources")
        self.rows: list[Claim | Story] = []
        self.story_of: list[Story] = []  # with ``claims``: the story each claim belongs to (empty: one story)
        self.story_sizes: list[tuple[Story, int]] = []  # each story and how many of the claims are its
        self.story_counts: dict[int, tuple[int, int]] = {}  # id(story) -> its claims, and those the filters show
        self.labels = unique_labels(corpus.sources)
        self.numbers = {s.id: str(i) for i, s in enumerate(corpus.sources, 1)}
        # "[3] Reuters #2": the one name of a source in the legend, the detail lines, the evidence and a claim's
        # statements, its number the matrix's column and its place in the Sources pane
        self.names = numbered_names(corpus.sources)
        # One column per source while they fit the terminal beside a readable claim column; past that a column
        # listing the sources' numbers (a table of hundreds of columns is neither readable nor quick to fill; at 80
        # columns, 21 sources left 14 cells of each claim and pushed the last sources off the screen).
        self.compact = len(corpus.sources) > MATRIX_SOURCES
        self.laid_out_width = 0

    def compose(self) -> ComposeResult:
        yield Static(id="diff-summary")
        with VerticalScroll(id="diff-legend-box"):
            yield Static(id="diff-legend")
        yield MatrixTable(id="diff-matrix", cursor_type="row", zebra_stripes=False)
        yield Static(id="diff-evidence")
        yield SteadyFooter(compact=True, show_command_palette=False)  # 80 columns: keep every key

    def on_mount(self) -> None:
        self._fill_legend()
        self.query_one("#diff-legend-box").can_focus = False
        self._add_columns()
        self.query_one("#diff-summary", Static).update(
            Text(f"Comparing {len(self.corpus.sources)} sources claim by claim…", style="bold"))
        self.query_one("#diff-evidence", Static).update(Text("Aligning statements across the sources…", style="dim"))
        self.query_one(MatrixTable).focus()
        self.start_comparing()

    def _fill_legend(self) -> None:
        """"Sources: [1] Kyodo  [2] NHK ...", broken between sources, never between a number and its name."""
        room = max(self.app.size.width - LEGEND_MARGIN, 1)
        legend = Text("Sources:", style="bold")
        used = legend.cell_len
        for i, source in enumerate(self.corpus.sources, 1):
            label = one_line_text(self.labels[source.id])
            width = len(f"[{i}] ") + label.cell_len
            gap = "  " if i > 1 else " "
            if used + len(gap) + width > room:
                legend.append("\n")
                used, gap = 0, ""
            legend.append(gap)
            legend.append(f"[{i}] ", style="bold")
            legend.append_text(label)
            used += len(gap) + width
        self.query_one("#diff-legend", Static).update(legend)

    def _add_columns(self) -> None:
        """The matrix's columns for the present width: the claim column takes every cell the sources leave."""
        table = self.query_one(MatrixTable)
        width = self.app.size.width
        self.laid_out_width = width
        table.add_column("", key="verdict", width=1)
        sources = self.corpus.sources
        gaps = 2  # DataTable pads each cell by one cell on either side
        columns = sum(len(str(i)) + gaps for i in range(1, len(sources) + 1))
        self.compact = len(sources) > MATRIX_SOURCES or width - columns - 2 * gaps - 1 - 2 < CLAIM_MIN
        if self.compact:
            numbers = max(10, width // 3)  # less: the verdict column (1), the vertical scrollbar (2)
            table.add_column("claim", key="topic", width=max(16, width - numbers - 3 - 4 * gaps - 1 - 2))
            table.add_column("n", key="count", width=3)
            table.add_column("said by sources", key="sources", width=numbers)
        else:
            table.add_column("claim", key="topic", width=max(16, width - columns - 2 * gaps - 1 - 2))
            for i, source in enumerate(sources, 1):
                table.add_column(Text(f"{i}"), key=source.id, width=len(str(i)))

    def on_resize(self) -> None:
        """Lay the matrix out again for the new width, keeping the cursor on its claim."""
        if self.app.size.width == self.laid_out_width or not self.is_mounted:
            return
        table = self.query_one(MatrixTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._fill_legend()
        self._add_columns()
        if self.claims is not None:
            self.refill()
            table.move_cursor(row=min(row, max(table.row_count - 1, 0)))

    def claims_ready(self, claims: list[Claim], stories: list | None = None) -> None:
        self.claims = claims
        self.story_sizes = list(stories or ())
        self.story_of = [story for story, count in self.story_sizes for _ in range(count)]
        self.refill()
        self.refresh_bindings()

    def refill(self) -> None:
        """Fill the matrix with the claims the filters let through."""
        if self.claims is None:
            return
        styles = theme_styles(self)
        claims = self.claims
        stories = self.story_of or [None] * len(claims)
        pairs = list(zip(claims, stories))
        if self.only_disagreements:
            pairs = [(c, story) for c, story in pairs if c.verdict == "disagree"]
        elif self.only_shared:
            pairs = [(c, story) for c, story in pairs if c.verdict != "single"]
        pairs = pairs[:MAX_ROWS]
        self.shown = [c for c, _ in pairs]
        table = self.query_one(MatrixTable)
        table.clear()
        self.rows = []
        shown = Counter(id(story) for _, story in pairs)
        self.story_counts = {id(story): (count, shown[id(story)]) for story, count in self.story_sizes}
        last_story = None
        for claim, story in pairs:
            if story is not None and story is not last_story:
                self._add_story_row(table, story)
                last_story = story
            present = set(claim.sources)
            mark = Text(SYMBOLS[claim.verdict], style=styles[claim.verdict])
            cells = [mark, claim_label(claim)]
            if self.compact:
                cells.append(Text(f"{len(present):>3}"))
                cells.append(Text(" ".join(self.numbers[s] for s in claim.sources), no_wrap=True, overflow="ellipsis"))
            else:
                cells.extend(mark if source.id in present else Text(ABSENT, style="dim")
                             for source in self.corpus.sources)
            table.add_row(*cells, key=claim.id)
            self.rows.append(claim)
        self._summarise(styles)
        first = 1 if len(self.rows) > 1 and isinstance(self.rows[0], Story) else 0  # on a claim, under its heading
        table.move_cursor(row=first)
        self.show_evidence(first)

    def _add_story_row(self, table: MatrixTable, story: Story) -> None:
        """A heading row before a story's claims: its title, and a mark in the columns of its sources."""
        members = set(story.sources)
        title = Text(f"{STORY_MARK} ", style="bold") + one_line_text(story.title, style="bold")
        title.overflow, title.no_wrap = "ellipsis", True
        cells: list[Text] = [Text(""), title]
        if self.compact:
            cells.append(Text(f"{len(members):>3}", style="bold"))
            cells.append(Text(" ".join(self.numbers[s] for s in story.sources if s in self.numbers),
                              no_wrap=True, overflow="ellipsis", style="bold"))
        else:
            cells.extend(Text(STORY_MARK if source.id in members else "", style="bold")
                         for source in self.corpus.sources)
        table.add_row(*cells, key=f"story:{story.id}")
        self.rows.append(story)

    def _summarise(self, styles: Mapping[str, Style]) -> None:
        counts = {v: sum(1 for c in self.claims if c.verdict == v) for v in SYMBOLS}
        summary = Text(f"{len(self.claims)} claims", style="bold")
        if self.story_of:  # compared within each story: say in how many
            summary.append(f" in {counted(sum(1 for _, n in self.story_sizes if n), 'story', 'stories')}", style="bold")
        summary.append("  ")
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
        item = self.rows[min(row, len(self.rows) - 1)]
        width = widget.content_size.width or self.app.size.width - 4
        if isinstance(item, Story):
            widget.update(self._story_detail(item))
            return
        claim = item
        console = self.app.console
        # The whole title, then as much of the first statement's sentence as two lines hold.
        head = Text(f"{SYMBOLS[claim.verdict]} ", style="bold")
        head.append(claim_title(claim), style="bold")
        sentence = fold_inert(claim.statements[0].text)[0] if claim.statements else ""
        room = DETAIL_HEAD_LINES - wrapped_lines(head, width, console)
        if sentence and room > 0 and wrapped_lines(head + LABEL_GAP + "…", width, console) <= DETAIL_HEAD_LINES:
            rest = clip_to_lines(head.plain + LABEL_GAP + sentence, width, DETAIL_HEAD_LINES, console)
            head.append(LABEL_GAP, style="dim")
            head.append(rest[len(head.plain):], style="italic")
        said = ", ".join(one_line(self.names[s]) for s in claim.sources)
        room = width - len("said by: ")
        if len(said) > room:  # one line: the matrix row shows which sources; this names the first ones
            more = f", … ({len(claim.sources)} in all)"
            said = said[:max(room - len(more), 0)].rsplit(", ", 1)[0] + more
        detail = head.copy()
        detail.append("\nsaid by: ", style="italic")
        detail.append(said)
        evidence = claim_evidence(claim, self.names, fold=True)  # each reading once: more of it in the lines
        lines = max(DETAIL_LINES - wrapped_lines(head, width, console) - 1, 1)
        detail.append("\n" + clip_to_lines(evidence, width, lines, console, "Enter shows it all"), style="dim")
        widget.update(detail)

    def _story_detail(self, story: Story) -> Text:
        """Under a story's heading row: its whole title, how many claims it has, its sources and dates."""
        claims, shown = self.story_counts.get(id(story), (0, 0))
        detail = Text(f"{STORY_MARK} story {story.id} · ", style="bold")
        detail.append_text(one_line_text(story.title, style="bold"))
        line = f"\n{counted(claims, 'claim', 'claims')} across {counted(story.size, 'source')}"
        if shown < claims:
            line += f" ({shown} shown)"
        days = " – ".join(dict.fromkeys(d for d in (story.first, story.last) if d))
        detail.append(line + (f" · {days}" if days else ""))
        names = ", ".join(one_line(self.names[s]) for s in story.sources if s in self.names)
        detail.append(f"\nsources: {names}", style="dim")
        return detail

    def current_claim(self) -> Claim | None:
        """The claim under the matrix cursor (None on a story's heading row)."""
        if not self.rows:
            return None
        item = self.rows[min(self.query_one(MatrixTable).cursor_row, len(self.rows) - 1)]
        return item if isinstance(item, Claim) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_evidence(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_claim()

    def action_toggle_legend(self) -> None:
        """Show every source's number and name above the matrix (which stays, shorter), or the few lines again; a
        list longer than half the screen scrolls with the arrows."""
        box = self.query_one("#diff-legend-box", VerticalScroll)
        full = not box.has_class("-full")
        if full and box.virtual_size.height <= box.size.height:  # every source is already in view: mark them
            box.add_class("-flash")
            self.set_timer(LEGEND_FLASH_SECONDS, lambda: box.remove_class("-flash"))
            return
        box.set_class(full, "-full")
        box.can_focus = full
        if not full:
            self.query_one(MatrixTable).focus()
        else:
            self.call_after_refresh(self._focus_long_legend)

    def _focus_long_legend(self) -> None:
        """The arrows scroll the whole list of sources when it does not fit; else they stay the matrix's."""
        box = self.query_one("#diff-legend-box", VerticalScroll)
        if box.max_scroll_y > 0:
            box.focus()

    def action_back(self) -> None:
        """Close the full list of sources, else go back to the main screen."""
        if self.query_one("#diff-legend-box").has_class("-full"):
            self.action_toggle_legend()
        else:
            self.dismiss(None)

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
            self.app.push_screen(ClaimScreen(claim, self.names, self.open_reader))

    def action_pair(self) -> None:
        """Choose two sources (starting at the highlighted claim's first) and compare them sentence by sentence."""
        from briefing_tui.ui.screens.pairwise import choose_and_compare

        claim = self.current_claim()
        choose_and_compare(self.app, self.corpus, self.briefing, start=claim.sources[0] if claim else None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("toggle_disagreements", "toggle_shared", "open_claim") and self.claims is None:
            return None  # shown dimmed while comparing
        return True
