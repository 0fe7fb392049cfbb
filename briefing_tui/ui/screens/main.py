"""The main screen: sources, entities and quotes, linked by a visible filter.

It owns the briefing: it runs the loader (a thread worker that only posts messages) and handles what
the loader posts, and it opens the screens that read the briefing (reader, search, diff, pairwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.model import Quote, Source
from briefing_tui.safety import one_line
from briefing_tui.ui.briefing_view import ENTITY_TYPES, BriefingView, Filter, type_label
from briefing_tui.ui.loader import (
    CorpusReady, LoadedBriefing, LoadProgress, LoadRequest, SearchReady, SourcesReady, import_screens,
    load_briefing, problems_toast,
)
from briefing_tui.ui.pane_sizes import CHROME, MIN_PANE, pane_heights, wide_heights
from briefing_tui.ui.title_bar import title_bar
from briefing_tui.ui.widgets.panes import (
    BriefingList, ColumnHeading, EntitiesList, FilterBar, QuotesList, SourcesList,
)
from briefing_tui.ui.widgets.keys_footer import KeysFooter
from briefing_tui.ui.widgets.one_layout import OneLayoutContainer, OneLayoutVertical
from briefing_tui.ui.widgets.row_list import RowList, find_row

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.model import Entity
    from briefing_tui.search import Hit
    from briefing_tui.ui.screens.reader import MarkKind
    from briefing_tui.ui.screens.story_picker import StoryFocus

PANES = ("sources", "entities", "quotes")


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
        Binding("d", "open_diff", "Diff", id="main.diff"),
        Binding("s", "choose_story", "Stories", id="main.stories"),
        Binding("escape,x", "clear_filter", "Clear", id="main.clear_filter"),
        Binding("exclamation_mark", "show_problems", "Problems", id="main.problems", key_display="!"),
    ]

    def __init__(self, request: LoadRequest | None = None) -> None:
        super().__init__()
        self.request = request or LoadRequest()
        self.briefing = LoadedBriefing()  # what the loader produced, read by the screens opened here
        self.search_query = ""  # what was typed in the search box last: it is there again next time
        self.story_focus: StoryFocus | None = None  # (screens/story_picker.py)
        self.view: BriefingView | None = None
        self.filter = Filter()
        self.lists: dict[str, BriefingList] = {
            "sources": SourcesList("Loading sources…", id="sources"),
            "entities": EntitiesList("Loading entities…", id="entities"),
            "quotes": QuotesList("Loading quotes…", id="quotes"),
        }

    def compose(self) -> ComposeResult:
        yield Static("briefing", id="title-bar")
        yield FilterBar("", id="filter-bar")
        with OneLayoutContainer(id="panes"):  # (one_layout.py: a pick resizes the panes in one layout)
            for name in PANES:
                with OneLayoutVertical(id=f"{name}-pane", classes="pane"):
                    yield ColumnHeading(self.lists[name], classes="columns")
                    yield self.lists[name]
        yield KeysFooter(compact=True)  # compact: more keys fit in 80 columns

    def on_mount(self) -> None:
        self._update_titles()
        self.call_after_refresh(self.load, self.request.corpus)

    # ---- loading -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self, corpus: Corpus | None = None) -> None:
        """Load the request's folders (or use ``corpus``) off the UI thread; the loader posts messages."""
        worker = get_current_worker()
        request = self.request
        load_briefing(request.paths, corpus, request.options, self.post_message, lambda: worker.is_cancelled,
                      self.briefing.analysis_lock)

    def reload(self) -> None:
        """Load the corpus from its folders again (new files show; the index keeps it quick)."""
        self.story_focus = None
        self.app.sub_title = ""
        self.load()

    @on(LoadProgress)
    def _load_progress(self, message: LoadProgress) -> None:
        self.show_progress(message.done, message.total, message.stage)

    @on(SourcesReady)
    def _sources_ready(self, message: SourcesReady) -> None:
        self.briefing.corpus, self.briefing.view = message.corpus, message.view
        self.show_corpus(message.view)

    @on(CorpusReady)
    def _corpus_ready(self, message: CorpusReady) -> None:
        briefing = self.briefing
        briefing.corpus, briefing.view, briefing.index = message.corpus, message.view, None
        self.show_corpus(message.view)
        if message.corpus.problems:
            self.notify(problems_toast(message.corpus.problems), severity="warning", markup=False)
        self.refresh_bindings()  # ("! Problems" in the footer)
        self._import_screens()

    @on(SearchReady)
    def _search_ready(self, message: SearchReady) -> None:
        briefing = self.briefing
        if message.corpus is not briefing.corpus:
            return  # indexed for a corpus shown no more
        briefing.index = message.index
        from briefing_tui.ui.screens.search import SearchScreen

        names = briefing.view.names if briefing.view else {}
        for screen in self.app.screen_stack:  # a search box opened while loading searches at once
            if isinstance(screen, SearchScreen):
                screen.set_index(message.index, names)
        if self.request.freeze_gc:
            import gc

            gc.freeze()  # the corpus lives until exit: keep it out of every later collection
        from briefing_tui.ui.screens.kept import build_kept_screens

        self.app.call_after_refresh(build_kept_screens, self.app, briefing)  # (after the frame of the panes)

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _import_screens(self) -> None:
        import_screens()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "load" and event.state == WorkerState.ERROR:
            error = event.worker.error
            reason = one_line(f"{error.__class__.__name__}: {error}")[:200]
            self.notify(f"Loading failed: {reason}", severity="error", markup=False, timeout=30)

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
            heights = wide_heights(needs, focused, room)
            self.query_one("#panes").styles.grid_rows = f"{heights[0]} {heights[2]}"
            for pane in panes:
                pane.styles.height = "1fr"
        else:
            heights = pane_heights(needs, focused, room)
            for pane, rows in zip(panes, heights):
                pane.styles.height = rows
        for name, pane, rows in zip(PANES, panes, heights):
            pane.set_class(rows < MIN_PANE, "-tight")  # no room for the column heading
            self.lists[name].expect_height(rows - CHROME + (rows < MIN_PANE))  # (tight: no heading)

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
        story = self.story_focus.story if self.story_focus is not None else None
        self.query_one("#title-bar", Static).update(title_bar(view, story))

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
        self.query_one(FilterBar).show(flt, self.view)
        self.fit_panes()
        if flt.active != was_active:
            self.refresh_bindings()  # "Clear filter" appears or goes (not on every pick)
            self.query_one(KeysFooter).relabel_now()  # (in the layout this change asks for, not a second one)

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
        self.open_quote(event.row)

    def select(self, pane: str, row: object) -> None:
        """Focus ``pane`` with its cursor on ``row`` (when the row is shown)."""
        widget = self.lists[pane]
        self.set_focus(widget)
        index = find_row(widget.rows, row)
        if index >= 0:
            widget.move_cursor(index)

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
        from briefing_tui.ui.citation import copy_quote  # (after the first frame)

        copy_quote(self.app, self.selected_quote(), self.briefing.corpus)

    def action_open_reader(self) -> None:
        """Open the reader on whatever the focused pane has under its cursor."""
        pane = self._focused_pane()
        row = self.lists[pane].current
        if row is None:
            self.app.notify("Nothing selected to read", severity="warning")
        elif pane == "quotes":
            self.open_quote(row)
        elif pane == "sources":
            self.open_reader(row.id)
        elif self.view is not None:
            mention = self.view.first_mention(row.id, self.filter.source)
            if mention is not None:
                source, start, end = mention
                self.open_reader(source, (start, end), marked="mention")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.filter.active
        if action == "choose_story":  # the footer has room for Stories or Clear at 80 columns: Esc first
            return not self.filter.active
        if action == "show_problems":  # (only when a file was not read whole)
            return bool(self.briefing.corpus and self.briefing.corpus.problems)
        return True  # "y" with no quote selected runs and says so

    # ---- the screens opened from here --------------------------------------------------------

    def open_reader(self, source_id: str, mark: tuple[int, int] | None = None, quote: Quote | None = None,
                    marked: MarkKind = "quote") -> None:
        """Push the reader on ``source_id``, scrolled to ``mark`` (a ``marked``) if given."""
        from briefing_tui.ui.screens.reader import open_reader

        open_reader(self.app, self.briefing.view, source_id, mark, quote, marked)

    def open_quote(self, quote: Quote) -> None:
        """Open the reader at ``quote``, marked."""
        self.open_reader(quote.source, (quote.start, quote.end), quote)

    def back_here(self) -> None:
        """Close every screen above this one."""
        while len(self.app.screen_stack) > 1 and self.app.screen is not self:
            self.app.pop_screen()

    def filter_entities(self, entity_type: str | None, clear: bool = False) -> None:
        """Back here, showing only entities of ``entity_type`` (``clear``: drop every filter)."""
        self.back_here()
        if clear:
            self.action_clear_filter()
        else:
            self.filter_type(entity_type)

    def open_search(self) -> None:
        """Open the search box (over any screen) with the last query; Enter jumps to the hit."""
        from briefing_tui.ui.screens.kept import open_search

        open_search(self)

    def jump_to(self, hit: Hit | None) -> None:
        """Go to a search hit: the reader for quotes and sentences, the panes for entities and sources."""
        from briefing_tui.ui.screens.search import jump_to_hit

        jump_to_hit(self, hit)

    def action_open_diff(self) -> None:
        """Open the claims x sources matrix."""
        from briefing_tui.ui.screens.diff import DiffScreen

        if self.briefing.corpus is None:
            self.notify("The sources are still loading", severity="warning")
            return
        # The whole folder is compared within each of its stories; a story picked is compared as it is.
        self.app.push_screen(DiffScreen(self.briefing.corpus, self.briefing, by_story=self.story_focus is None))

    def action_compare_sources(self) -> None:
        """Choose two sources, then show them side by side, sentence by sentence."""
        from briefing_tui.ui.screens.pairwise import choose_and_compare

        if self.briefing.corpus is None:
            self.notify("The sources are still loading", severity="warning")
            return
        choose_and_compare(self.app, self.briefing.corpus, self.briefing)

    def action_choose_story(self) -> None:
        """Choose one story of the folder: the panes, the diff and search then show only its sources."""
        from briefing_tui.ui.screens.story_picker import choose_story

        choose_story(self)

    def action_show_problems(self) -> None:
        """List every problem met reading the files, each with why."""
        from briefing_tui.ui.screens.problems import show_problems

        show_problems(self.app, self.briefing.corpus)

    def action_paste_article(self) -> None:
        """Paste an article's text and add it to the corpus folder, live."""
        from briefing_tui.ui.screens.paste import open_paste_screen

        open_paste_screen(self.app, self.request.paths, self.reload)
