"""The main screen: sources, entities and quotes, linked by a visible filter."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing_tui.model import Entity, Quote, Source
from briefing_tui.ui.briefing_view import ENTITY_TYPES, BriefingView, Filter, type_label, type_symbol
from briefing_tui.ui.display_text import one_line_text
from briefing_tui.ui.pane_sizes import MIN_PANE, pane_heights
from briefing_tui.ui.widgets.panes import BriefingList, EntitiesList, QuotesList, SourcesList
from briefing_tui.ui.widgets.row_list import RowList

PANES = ("sources", "entities", "quotes")


class ColumnHeading(Static):
    """The column names above one list, recomputed for its width."""

    def __init__(self, target: BriefingList, **kwargs) -> None:
        super().__init__(**kwargs)
        self.target = target

    def render(self) -> Text:
        return Text("  ") + self.target.heading(self.size.width - BriefingList.GUTTER)


class MainScreen(Screen):
    """Three linked panes; Enter on a source or entity narrows the others, Escape clears."""

    CSS_PATH = "main.tcss"
    AUTO_FOCUS = "#sources"
    WIDE = 110  # from this width sources and entities sit side by side over the quotes
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "cycle_pane(1)", "Next pane", id="main.next_pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", id="main.previous_pane", show=False),
        Binding("1", "focus_pane('sources')", "Sources pane", id="main.sources", show=False),
        Binding("2", "focus_pane('entities')", "Entities pane", id="main.entities", show=False),
        Binding("3", "focus_pane('quotes')", "Quotes pane", id="main.quotes", show=False),
        Binding("r", "open_reader", "Read", id="main.reader"),
        Binding("y", "copy_quote", "Copy", id="main.copy"),
        Binding("t", "cycle_type", "Entity type", id="main.type_filter", show=False),
        Binding("d", "app.open_diff", "Diff", id="main.diff"),
        Binding("s", "choose_story", "Stories", id="main.stories"),
        Binding("escape,x", "clear_filter", "Clear", id="main.clear_filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view: BriefingView | None = None
        self.filter = Filter()
        self.lists: dict[str, BriefingList] = {
            "sources": SourcesList("Loading sources…", id="sources"),
            "entities": EntitiesList("Loading entities…", id="entities"),
            "quotes": QuotesList("Loading quotes…", id="quotes"),
        }

    def compose(self) -> ComposeResult:
        yield Static("briefing", id="title-bar")
        yield Static("", id="filter-bar")
        with Container(id="panes"):
            for name in PANES:
                with Vertical(id=f"{name}-pane", classes="pane"):
                    yield ColumnHeading(self.lists[name], classes="columns")
                    yield self.lists[name]
        yield Footer(compact=True)  # compact: more keys fit in 80 columns, and no per-key restyling

    def on_mount(self) -> None:
        self._update_titles()

    # ---- layout ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.fit_panes()

    def on_descendant_focus(self) -> None:
        self.fit_panes()

    def fit_panes(self) -> None:
        """Give each pane the rows its content needs, the focused one first (``pane_heights``)."""
        width, height = self.size
        if not height:
            return
        room = height - 2 - (1 if self.filter.active and self.view is not None else 0)  # title bar, footer
        needs = [len(self.lists[name].rows) for name in PANES]
        if not self.view or not self.view.analysed:
            needs = [max(n, 1) for n in needs]
        focused = PANES.index(self._focused_pane())
        panes = [self.query_one(f"#{name}-pane") for name in PANES]
        if width >= self.WIDE:  # two rows: sources | entities over quotes
            top_focused = focused < 2
            top_need = max(needs[0], needs[1])
            top, bottom = pane_heights([top_need, needs[2]], 0 if top_focused else 1, room)
            self.query_one("#panes").styles.grid_rows = f"{top} {bottom}"
            heights = [top, top, bottom]
            for pane in panes:
                pane.styles.height = "1fr"
        else:
            heights = pane_heights(needs, focused, room)
            for pane, rows in zip(panes, heights):
                pane.styles.height = rows
        for pane, rows in zip(panes, heights):
            pane.set_class(rows < MIN_PANE, "-tight")  # no room for the column heading

    # ---- data --------------------------------------------------------------------------------

    def show_progress(self, done: int, total: int, stage: str) -> None:
        """Show loading progress in the title bar."""
        self.query_one("#title-bar", Static).update(Text(f"briefing · {stage}… {done}/{total}"))

    def show_corpus(self, view: BriefingView) -> None:
        """Fill the panes from a freshly loaded corpus."""
        self.view = view
        for widget in self.lists.values():
            widget.view = view
        self.lists["sources"].empty_text = "No article could be loaded"
        keep = self.filter if view.analysed else Filter(self.filter.source)
        if keep.source and view.corpus.source(keep.source) is None:
            keep = Filter()
        self.filter = Filter()
        self.apply_filter(keep)
        if not view.analysed:
            for name in ("entities", "quotes"):
                self.lists[name].set_rows([], empty_text="Finding entities and quotes…")
        self.refresh_bindings()  # "Copy quote" may apply now
        problems = len(view.corpus.problems)
        bar = Text("briefing · ")
        if view.analysed:
            bar.append(f"{len(view.sources)} sources · {len(view.entities)} entities · {len(view.quotes)} quotes")
        else:
            bar.append(f"{len(view.sources)} sources · finding entities and quotes…")
        if problems:
            bar.append(f" · ⚠ {problems} file{'s' if problems != 1 else ''} skipped")
        self.query_one("#title-bar", Static).update(bar)

    def apply_filter(self, flt: Filter) -> None:
        """Narrow the panes to ``flt`` and show it in the filter bar."""
        if self.view is None:
            return
        was_active = self.filter.active
        self.filter = flt
        rows = self.view.rows(flt)
        empty = "Nothing matches the filter (Esc clears it)" if flt.active else None
        self.lists["sources"].picked = self.view.corpus.source(flt.source) if flt.source else None
        self.lists["entities"].picked = self.view.entity_by_id.get(flt.entity) if flt.entity else None
        self.lists["sources"].set_rows(rows.sources, empty_text=empty or "No sources")
        self.lists["entities"].set_rows(rows.entities, empty_text=empty or "No entities found")
        self.lists["quotes"].set_rows(rows.quotes, empty_text=empty or "No quotes found")
        self._update_titles(rows.entity_count)
        self._update_filter_bar()
        self.fit_panes()
        if flt.active != was_active:
            self.refresh_bindings()  # "Clear filter" appears or goes (a footer rebuild: not on every pick)

    def _update_titles(self, entity_count: int | None = None) -> None:
        counts = {name: len(widget.rows) for name, widget in self.lists.items()}
        if entity_count is not None:
            counts["entities"] = entity_count
        for i, name in enumerate(PANES, 1):
            pane = self.query_one(f"#{name}-pane")
            title = f"{i} {name.capitalize()} · {counts[name]}" if self.view else f"{i} {name.capitalize()}"
            if name == "entities" and self.filter.entity_type:
                title += f" · {type_label(self.filter.entity_type)} only"
            pane.border_title = title

    def _update_filter_bar(self) -> None:
        bar = self.query_one("#filter-bar", Static)
        flt = self.filter
        bar.display = flt.active
        if not flt.active or self.view is None:
            return
        parts: list[Text] = []
        if flt.source:
            parts.append(Text("source ") + one_line_text(self.view.names.get(flt.source) or flt.source))
        if flt.entity:
            entity = self.view.entity_by_id.get(flt.entity)
            parts.append(Text("entity ") + one_line_text(entity.name if entity else flt.entity))
        if flt.entity_type:
            parts.append(Text(f"type {type_symbol(flt.entity_type)} {type_label(flt.entity_type)}"))
        bar.update(Text("▼ Filter: ") + Text(" + ").join(parts) + Text("  (Esc clears)"))

    # ---- selection ---------------------------------------------------------------------------

    @on(RowList.Selected, "#sources")
    def _pick_source(self, event: RowList.Selected) -> None:
        source: Source = event.row
        same = self.filter.source == source.id
        self.apply_filter(Filter(None if same else source.id, self.filter.entity, self.filter.entity_type))

    @on(RowList.Selected, "#entities")
    def _pick_entity(self, event: RowList.Selected) -> None:
        self.pick_entity(event.row)

    def pick_entity(self, entity: Entity) -> None:
        """Filter by ``entity`` (picking the filtered entity again removes it)."""
        same = self.filter.entity == entity.id
        source = self.filter.source
        if not same and source and source not in self.view.entity_sources.get(entity.id, ()):
            source = None
        self.apply_filter(Filter(source, None if same else entity.id, self.filter.entity_type))

    @on(RowList.Selected, "#quotes")
    def _open_quote(self, event: RowList.Selected) -> None:
        self.app.open_quote(event.row)

    def select(self, pane: str, row: object) -> None:
        """Focus ``pane`` with its cursor on ``row`` (when the row is shown)."""
        widget = self.lists[pane]
        self.set_focus(widget)
        try:
            widget.move_cursor(widget.rows.index(row))
        except ValueError:
            pass

    # ---- actions -----------------------------------------------------------------------------

    def _focused_pane(self) -> str:
        for name, widget in self.lists.items():
            if widget.has_focus:
                return name
        return "sources"

    def action_cycle_pane(self, step: int) -> None:
        index = PANES.index(self._focused_pane())
        self.set_focus(self.lists[PANES[(index + step) % len(PANES)]])  # now, so the next key goes there

    def action_focus_pane(self, name: str) -> None:
        self.set_focus(self.lists[name])

    def action_clear_filter(self) -> None:
        self.apply_filter(Filter())

    def action_cycle_type(self) -> None:
        """All types → people → organizations → places → all types."""
        order = (None, *ENTITY_TYPES)
        current = order.index(self.filter.entity_type) if self.filter.entity_type in order else 0
        self.filter_type(order[(current + 1) % len(order)])

    def filter_type(self, entity_type: str | None) -> None:
        """Show only entities of ``entity_type`` (None: every type)."""
        self.apply_filter(Filter(self.filter.source, self.filter.entity, entity_type))

    def selected_quote(self) -> Quote | None:
        """The quote under the cursor of the quotes pane."""
        return self.lists["quotes"].current

    def action_copy_quote(self) -> None:
        self.app.copy_quote(self.selected_quote())

    def action_open_reader(self) -> None:
        """Open the reader on whatever the focused pane has under its cursor."""
        pane = self._focused_pane()
        row = self.lists[pane].current
        if row is None:
            self.app.notify("Nothing selected to read", severity="warning")
        elif pane == "quotes":
            self.app.open_quote(row)
        elif pane == "sources":
            self.app.open_reader(row.id)
        elif row.mentions:
            mention = next((m for m in row.mentions if m.source == self.filter.source), row.mentions[0])
            self.app.open_reader(mention.source, (mention.start, mention.end))

    def action_choose_story(self) -> None:
        """Choose the story to show (the app's story picker)."""
        self.app.action_choose_story()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.filter.active
        if action == "choose_story":  # the footer has room for Stories or Clear at 80 columns: Esc first
            return not self.filter.active
        return True  # "y" with no quote selected runs and says so
