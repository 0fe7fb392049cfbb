"""The briefing Textual app and ``make_app``, the one factory used by the CLI and the tests."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.constants import AnimationLevel
from textual.binding import Binding, BindingType
from textual.worker import Worker, WorkerState, get_current_worker

from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.model import LoadOptions, Quote
from briefing_tui.safe_read import read_regular
from briefing_tui.safety import one_line
from briefing_tui.search import Hit, SearchIndex, corpus_items
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.ui.citation import quote_citation
from briefing_tui.ui.commands import BriefingCommands
from briefing_tui.ui.messages import CorpusReady, LoadFailed, LoadProgress, SourcesReady
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.themes import DEFAULT_THEME, load_themes
from briefing_tui.ui.user_settings import read_keymap, save_theme, saved_theme

# The other screens are imported in a thread once the corpus is loaded: the first frame
# does not wait for modules it does not show, and the first ? or d does not wait for them either.
SCREEN_MODULES = ("briefing_tui.ui.screens.help", "briefing_tui.ui.screens.reader", "briefing_tui.ui.screens.search",
                  "briefing_tui.ui.screens.diff", "briefing_tui.ui.screens.pairwise",
                  "briefing_tui.ui.screens.source_picker", "briefing_tui.ui.screens.story_picker")



class LoadCancelled(Exception):
    """Raised inside the loading worker's progress callback once the worker is cancelled."""


class BriefingApp(App[None]):
    """Sources, entities and quotes of one briefing; a reader; search; themes."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "back_or_quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("a", "paste_article", "Add article", id="app.add", show=False),
    ]

    def __init__(self, *, corpus_paths: Sequence[str | Path] | None = None, corpus: Corpus | None = None,
                 theme: str | None = None, themes_dir: Path | None = None, user_themes_dir: Path | None = None,
                 config_dir: Path | None = None, freeze_gc: bool = False, cursor_blink: bool = True,
                 animation_level: AnimationLevel | None = None, load_options: LoadOptions | None = None) -> None:
        # NO_COLOR: Textual would greyscale every colour (256-colour greys); with native ANSI colours it drops
        # them, and meaning rests on the symbols, bold, underline and reverse that every view already uses.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        if animation_level is not None:
            self.animation_level = animation_level
        self.cursor_blink = cursor_blink
        self.corpus_paths = list(corpus_paths or [])
        self.load_options = load_options or LoadOptions()
        self.corpus: Corpus | None = corpus
        self.story_focus = None  # the story shown and the whole folder's corpus (screens/story_picker.py)
        self.view: BriefingView | None = None
        self.search_index: SearchIndex | None = None
        self.config_dir = config_dir
        self.freeze_gc = freeze_gc
        self.main_screen = MainScreen()
        self.analysis_lock = threading.Lock()  # one thread at a time analyses the corpus (loading, comparing)
        self._startup_warnings: list[str] = []
        self.keymap: dict[str, str] = {}  # binding id -> keys, as read from keymap.yaml
        self._briefing_themes: list[str] = []
        self.remember_theme = False  # the theme set at start (flag, saved choice or default) is not a new choice
        self.search_query = ""  # what was typed in the search box last: it is there again next time
        self._choose_theme(theme or saved_theme(config_dir), themes_dir, user_themes_dir)
        self._load_keymap()

    # ---- setup -------------------------------------------------------------------------------

    def _choose_theme(self, wanted: str | None, themes_dir: Path | None, user_themes_dir: Path | None) -> None:
        found = load_themes(themes_dir, user_themes_dir)
        for theme in found.themes.values():
            self.register_theme(theme)
        self._briefing_themes = sorted(found.themes)
        fallback = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        chosen = wanted or fallback
        problems = list(found.errors)
        if chosen not in self.available_themes:
            problems.append(f"no theme named {one_line(chosen)[:40]!r}")
            chosen = fallback
        if problems:
            self._startup_warnings.append("Theme problem, using " + chosen + ": " + "; ".join(problems))
        self.theme = chosen

    def _load_keymap(self) -> None:
        """Apply ``keymap.yaml`` from the config folder (``binding id: keys``)."""
        self.keymap, warning = read_keymap(self.config_dir)
        if warning:
            self._startup_warnings.append(warning)
        if self.keymap:
            self.set_keymap(self.keymap)

    def on_mount(self) -> None:
        self.remember_theme = True
        self.push_screen(self.main_screen)
        for warning in self._startup_warnings:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        self.call_after_refresh(self._load_corpus)

    def briefing_theme_names(self) -> list[str]:
        """The themes read from YAML files (shipped and the user's)."""
        return list(self._briefing_themes)

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name`` (kept for the next run)."""
        self.theme = name

    def action_paste_article(self) -> None:
        """Paste an article's text and add it to the corpus folder, live."""
        from briefing_tui.ui.screens.paste import open_paste_screen

        open_paste_screen(self)

    def reload_corpus(self) -> None:
        """Load the corpus from its folders again (new files show; the index keeps it quick)."""
        self.corpus = None
        self.story_focus = None
        self._load_corpus()

    def watch_theme(self, name: str) -> None:
        """A theme chosen while the app runs (our palette commands or Textual's theme picker) is remembered."""
        if self.remember_theme:
            save_theme(self.config_dir, name)

    # ---- loading -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load_corpus(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # the app is quitting: stop parsing instead of holding up the exit
                raise LoadCancelled
            self.post_message(LoadProgress(done, total))

        corpus = self.corpus
        if corpus is None:
            try:
                options = self.load_options
                corpus = load_corpus(self.corpus_paths or None, progress=progress, index=options.index,
                                     cache=options.cache, follow_links=options.follow_links)
            except LoadCancelled:
                return
        self.post_message(SourcesReady(corpus, BriefingView(corpus, analysed=False)))
        with self.analysis_lock:
            view = BriefingView(corpus)
        count = len(corpus.sources)
        self.post_message(LoadProgress(count, count, "Indexing for search"))
        index = SearchIndex(corpus_items(corpus))
        self.post_message(CorpusReady(corpus, view, index))

    @on(LoadProgress)
    def _load_progress(self, message: LoadProgress) -> None:
        self.main_screen.show_progress(message.done, message.total, message.stage)

    @on(SourcesReady)
    def _sources_ready(self, message: SourcesReady) -> None:
        self.corpus, self.view = message.corpus, message.view
        self.main_screen.show_corpus(message.view)

    @on(CorpusReady)
    def _corpus_ready(self, message: CorpusReady) -> None:
        self.corpus, self.view, self.search_index = message.corpus, message.view, message.index
        self.main_screen.show_corpus(message.view)
        from briefing_tui.ui.screens.search import SearchScreen

        for screen in self.screen_stack:
            if isinstance(screen, SearchScreen):
                screen.set_index(message.index, message.view.names)
        problems = message.corpus.problems
        if problems:
            shown = "; ".join(problem_line(p) for p in problems[:3])
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            self.notify(f"{len(problems)} file(s) skipped: {shown}{more}", severity="warning", markup=False)
        self._import_screens()
        if self.freeze_gc:
            import gc

            gc.freeze()  # the corpus lives until exit: keep it out of every later collection

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _import_screens(self) -> None:
        """Import the screens not shown yet, off the UI thread, so ``?``, ``/``, ``d`` and Enter open at once."""
        import importlib

        for name in SCREEN_MODULES:
            importlib.import_module(name)

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(f"Loading failed: {message.reason}", severity="error", markup=False, timeout=30)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "load" and event.state == WorkerState.ERROR:
            error = event.worker.error
            self.post_message(LoadFailed(one_line(f"{error.__class__.__name__}: {error}")[:200]))

    # ---- navigation --------------------------------------------------------------------------

    def _back_to_main(self) -> MainScreen:
        while len(self.screen_stack) > 1 and self.screen is not self.main_screen:
            self.pop_screen()
        return self.main_screen

    def open_reader(self, source_id: str, mark: tuple[int, int] | None = None, quote: Quote | None = None) -> None:
        """Push the reader on ``source_id``, scrolled to ``mark`` if given."""
        from briefing_tui.ui.screens.reader import ReaderScreen

        source = self.corpus.source(source_id) if self.corpus else None
        if source is None or self.view is None:
            self.notify("That source is not loaded", severity="warning")
            return
        self.push_screen(ReaderScreen(self.view, source, mark, quote))

    def open_quote(self, quote: Quote) -> None:
        """Open the reader at ``quote``, marked."""
        self.open_reader(quote.source, (quote.start, quote.end), quote)

    def copy_quote(self, quote: Quote | None) -> None:
        """Copy ``quote`` with its citation to the clipboard (OSC 52)."""
        if quote is None:
            self.notify("Nothing to copy: choose a quote in the Quotes pane (3), then y", severity="warning",
                        timeout=4)
            return
        source = self.corpus.source(quote.source) if self.corpus else None
        self.copy_to_clipboard(quote_citation(quote, source))
        self.notify("Copied the quote with its citation", timeout=3)

    def filter_entities(self, entity_type: str | None, clear: bool = False) -> None:
        """Show only entities of ``entity_type`` on the main screen (``clear``: drop every filter)."""
        main = self._back_to_main()
        if clear:
            main.action_clear_filter()
        else:
            main.filter_type(entity_type)

    def jump_to(self, hit: Hit | None) -> None:
        """Go to a search hit: the reader for quotes and sentences, the panes for entities and sources."""
        if hit is None or self.view is None:
            return
        item = hit.item
        main = self._back_to_main()
        if item.kind == "quote" and item.ref in self.view.quote_by_id:
            self.open_quote(self.view.quote_by_id[item.ref])
        elif item.kind == "entity" and item.ref in self.view.entity_by_id:
            entity = self.view.entity_by_id[item.ref]
            if main.filter.entity != entity.id:
                main.pick_entity(entity)
            main.select("entities", entity)
        elif item.kind == "source" and self.corpus and self.corpus.source(item.ref):
            main.action_clear_filter()
            main.select("sources", self.corpus.source(item.ref))
        elif item.source and item.start is not None and item.end is not None:
            self.open_reader(item.source, (item.start, item.end))

    # ---- actions -----------------------------------------------------------------------------

    def action_back_or_quit(self) -> None:
        """``q`` as in less and newsboat: back one level; quit only from the main screen."""
        if self.screen is self.main_screen or len(self.screen_stack) <= 1:
            self.exit()
        else:
            self.screen.dismiss(None)

    def action_search(self) -> None:
        """Open the search box (over whatever screen is showing)."""
        from briefing_tui.ui.screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            return
        names = self.view.names if self.view else {}
        screen = SearchScreen(self.search_index, names, self.search_query)

        def closed(hit: Hit | None) -> None:
            self.search_query = screen.query_text
            self.jump_to(hit)

        self.push_screen(screen, callback=closed)

    def action_help(self) -> None:
        """The keys of this screen first, then every other key, then how the app reads."""
        from briefing_tui.ui.screens.help import HelpScreen, help_sections

        if isinstance(self.screen, HelpScreen):
            return
        here, others = help_sections(type(self), self.screen)
        self.push_screen(HelpScreen(here, others, self.keymap))

    def action_open_reader(self) -> None:
        if isinstance(self.screen, MainScreen):
            self.screen.action_open_reader()

    def action_copy_quote(self) -> None:
        """Copy the quote the showing screen has selected (the palette's command; screens bind ``y`` themselves)."""
        copy = getattr(self.screen, "action_copy_quote", None)
        if copy is not None:
            copy()
        else:
            self.copy_quote(self.main_screen.selected_quote())

    def action_open_diff(self) -> None:
        """Open the claims x sources matrix."""
        from briefing_tui.ui.screens.diff import DiffScreen

        if self.corpus is None:
            self.notify("The sources are still loading", severity="warning")
            return
        self.push_screen(DiffScreen(self.corpus))

    def action_choose_story(self) -> None:
        """Choose one story of the folder: the panes, the diff and search then show only its sources."""
        from briefing_tui.ui.screens.story_picker import choose_story

        choose_story(self, self._load_corpus)

    def action_compare_sources(self) -> None:
        """Choose two sources, then show them side by side, sentence by sentence."""
        from briefing_tui.ui.screens.pairwise import choose_and_compare

        if self.corpus is None:
            self.notify("The sources are still loading", severity="warning")
            return
        choose_and_compare(self, self.corpus)

def problem_line(problem) -> str:
    """``file name: reason`` for a toast: the name (not the whole path) cut at 60 characters, the reason whole."""
    name = one_line(Path(problem.path).name) or one_line(problem.path)
    if len(name) > 60:
        name = name[:59] + "…"
    return f"{name}: {one_line(problem.reason)[:160]}"


def make_app(corpus_paths: Sequence[str | Path] | None = None, *, corpus: Corpus | None = None,
             theme: str | None = None, themes_dir: Path | None = None, user_themes_dir: Path | None = None,
             config_dir: Path | None = None, freeze_gc: bool = False, cursor_blink: bool = True,
             animation_level: AnimationLevel | None = None, load_options: LoadOptions | None = None) -> BriefingApp:
    """The app on ``corpus`` (already loaded) or ``corpus_paths`` (default: the embedded seeds).

    ``themes_dir`` defaults to the shipped themes, ``config_dir`` to the user's config folder
    and ``user_themes_dir`` to its ``themes`` subfolder: tests point them at temporary folders.
    ``cursor_blink=False`` and ``animation_level="none"`` make screenshots repeatable.
    ``load_options`` (index, cache, links) apply when the app loads ``corpus_paths`` itself.
    """
    from briefing_tui.paths import themes_dir as shipped_themes, user_config_dir

    config_dir = config_dir if config_dir is not None else user_config_dir()
    return BriefingApp(corpus_paths=corpus_paths, corpus=corpus, theme=theme,
                       themes_dir=themes_dir if themes_dir is not None else shipped_themes(),
                       user_themes_dir=user_themes_dir if user_themes_dir is not None else config_dir / "themes",
                       config_dir=config_dir, freeze_gc=freeze_gc, cursor_blink=cursor_blink,
                       animation_level=animation_level, load_options=load_options)
