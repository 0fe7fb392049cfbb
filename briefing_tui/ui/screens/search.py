"""``/``: one fuzzy search box over quotes, entities, sources and sentences.

Matching runs in an exclusive thread worker that only posts a message, so typing
never waits for it; a newer keystroke cancels the stale search.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import perf_counter
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static
from textual.widgets.input import Selection
from textual.worker import get_current_worker

from briefing_tui.search import Hit, SearchIndex
from briefing_tui.ui.display_text import unique_labels
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.ui.widgets.one_layout import SteadyInput
from briefing_tui.ui.widgets.search_results import SearchResults, group_hits
from briefing_tui.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from briefing_tui.ui.screens.main import MainScreen

SEARCH_LIMIT = 200

HELP_KEY = "?"
"""Typed alone into the empty box, it opens the help instead of searching for a question mark."""


def show_rows(results: SearchResults, rows: list, empty_text: str) -> None:
    """Show ``rows`` in ``results``, its scrollbar decided now (its height is the box's, whatever the hits), not by
    the layout that places them, which then laid the box out again."""
    results.set_rows(rows, keep=False, empty_text=empty_text)
    if results.size.height:  # (laid out)
        results.expect_height(results.size.height)


class SearchScreen(DialogScreen[Hit | None]):
    """Type to search; up/down pick a hit; Enter jumps to it; Escape goes back."""

    CSS_PATH = "search.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_search", "Close", id="search.close"),
        Binding("down", "results('cursor_down')", "Next hit", id="search.down", show=False),
        Binding("up", "results('cursor_up')", "Previous hit", id="search.up", show=False),
        Binding("pagedown", "results('page_down')", "Page down", id="search.page_down", show=False),
        Binding("pageup", "results('page_up')", "Page up", id="search.page_up", show=False),
        Binding("enter", "jump", "Jump to hit", id="search.jump", priority=True),
    ]

    @dataclass
    class Results(Message):
        """Hits for ``query`` found by the worker in ``seconds``."""

        query: str
        hits: list[Hit]
        seconds: float

    def __init__(self, index: SearchIndex | None, source_names: dict[str, str], query: str = "") -> None:
        super().__init__()
        self.index = index
        self.source_names = source_names
        self.initial_query = query
        self.query_text = query  # what the box holds: the app keeps it for the next time
        self._typed_at = 0.0
        self.timings: list[tuple[str, float, float]] = []  # query, search seconds, keystroke-to-rows seconds
        self._shown_query: str | None = None  # the query whose hits are on screen
        self._jump_when_shown = False  # Enter came before the hits of what is typed: jump once they are shown

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            box = SteadyInput(self.initial_query, placeholder="Search quotes, entities, sources, sentences…",
                        id="search-input")
            # (SteadyInput: its size is the CSS's, so a typed character asks for no layout)
            box.cursor_blink = getattr(self.app, "cursor_blink", True)
            yield box
            yield Static(Text(self._hint()), id="search-status")
            results = SearchResults("Type to search", id="search-results")
            results.source_names = self.source_names
            results.can_focus = False
            yield results
        yield SteadyFooter(compact=True)  # compact: more keys fit in 80 columns, and no per-key restyling

    def on_mount(self) -> None:
        if not self.children:  # closed before its widgets were mounted: the app quit while building it off screen
            return
        if self.is_active:  # (a box built off screen, screens/kept.py, is focused when it is pushed)
            self.query_one(Input).focus()
        if self.initial_query:
            self.search(self.initial_query)

    def show(self, index: SearchIndex | None, source_names: dict[str, str], query: str = "") -> None:
        """Open again on ``query``, as a new box on it would: its hint, no hits until the worker's for it."""
        self.index = index
        self.source_names = source_names
        self.initial_query = self.query_text = query
        self._shown_query = None
        self._jump_when_shown = False
        results = self.query_one(SearchResults)
        results.source_names = source_names
        show_rows(results, [], "Type to search")
        box = self.query_one(Input)
        with box.prevent(Input.Changed):
            box.value = query
        # as a new box focused on push does (``select_on_focus``): the query selected, so typing replaces it
        box.selection = Selection(0, len(query)) if box.select_on_focus else Selection.cursor(len(query))
        self._set_status(self._hint())
        if query:
            self.search(query)

    def on_key(self, event: events.Key) -> None:
        """A printable key that reaches the screen, not the box, was typed before the box had focus (``/japan``
        arriving in one burst): it goes into the box instead of nowhere."""
        if event.is_printable and event.character:
            self.query_one(Input).insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    def set_index(self, index: SearchIndex, source_names: dict[str, str]) -> None:
        """The corpus finished loading while the box was open: search what is typed already."""
        self.index = index
        self.source_names = source_names
        self.query_one(SearchResults).source_names = source_names
        self._set_status(self._hint())
        query = self.query_one(Input).value
        if query.strip():
            self.search(query)

    def _hint(self) -> str:
        if self.index is None:
            return "Still loading the corpus; search will be ready in a moment"
        return f"{len(self.index)} items: quotes, entities, sources, sentences"

    def _set_status(self, text: str) -> None:
        # one line high and as wide as the box (search.tcss), whatever its text: a repaint, no layout
        self.query_one("#search-status", Static).update(Text(text), layout=False)

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        if event.value == HELP_KEY:  # "?" into an empty box: the help, as in every other dialog (F1 works too)
            event.input.value = ""
            self.app.action_help()
            return
        self.query_text = event.value
        self._typed_at = perf_counter()
        self.search(event.value)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search(self, query: str) -> None:
        """Match ``query`` off the UI thread and post the hits (unless a newer query cancelled it)."""
        worker = get_current_worker()
        if self.index is None:
            return
        started = perf_counter()
        hits = self.index.search(query, limit=SEARCH_LIMIT, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(self.Results(query, hits, perf_counter() - started))

    @on(Results)
    def _show_results(self, message: Results) -> None:
        if message.query != self.query_one(Input).value:
            return
        results = self.query_one(SearchResults)
        self._shown_query = message.query
        if not message.query.strip():
            self._jump_when_shown = False
            show_rows(results, [], "Type to search")
            self._set_status(self._hint())
            return
        show_rows(results, group_hits(message.hits), "No match")
        count = len(message.hits)
        more = "+" if count >= SEARCH_LIMIT else ""
        self._set_status(f"{count}{more} hit{'s' if count != 1 else ''} for “{' '.join(message.query.split())}”"
                         if count else f"No match for “{' '.join(message.query.split())}”")
        typed_at = self._typed_at
        self.call_after_refresh(lambda: self.timings.append(
            (message.query, message.seconds, perf_counter() - typed_at)))
        if self._jump_when_shown:
            self._jump_when_shown = False
            self.action_jump()

    def action_results(self, action: str) -> None:
        getattr(self.query_one(SearchResults), f"action_{action}")()

    def action_jump(self) -> None:
        """Jump to the chosen hit; when the hits of what is typed are still being found (``/japan`` and Enter
        typed in one go, or while the corpus loads), jump to the first of them once they are shown."""
        if self._shown_query != self.query_one(Input).value:
            self._jump_when_shown = True
            return
        hit = self.query_one(SearchResults).current
        if hit is not None:
            self.dismiss(hit)

    def action_dismiss_search(self) -> None:
        self.dismiss(None)

    @on(SearchResults.Selected)
    def _clicked(self, event: SearchResults.Selected) -> None:
        self.dismiss(event.row)


def jump_to_hit(main: MainScreen, hit: Hit | None) -> None:
    """Go to a search hit from ``main``: the reader for quotes and sentences, the panes for entities and sources."""
    view, corpus = main.briefing.view, main.briefing.corpus
    if hit is None or view is None:
        return
    item = hit.item
    main.back_here()
    if item.kind == "quote" and item.ref in view.quote_by_id:
        main.open_quote(view.quote_by_id[item.ref])
    elif item.kind == "entity" and item.ref in view.entity_by_id:
        entity = view.entity_by_id[item.ref]
        if main.filter.entity != entity.id:
            main.pick_entity(entity)
        main.select("entities", entity)
    elif item.kind == "source" and corpus and corpus.source(item.ref):
        main.action_clear_filter()
        main.select("sources", corpus.source(item.ref))
    elif item.source and item.start is not None and item.end is not None:
        main.open_reader(item.source, (item.start, item.end), marked="search hit")


def source_names(sources) -> dict[str, str]:
    """Short labels of every source (told apart where they share an outlet), for the hits' "where" column."""
    return unique_labels(sources)
