"""The briefing Textual app and ``make_app``, the one factory used by the CLI and the tests.

The app holds configuration only: theme, keymap, the main screen and the keys that work on every screen.
The main screen loads the briefing and opens the screens that read it; each screen handles its own
messages and keys. A new screen goes in its own module under ``screens/`` and is opened by a binding
on the screen it belongs to.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.constants import AnimationLevel

from briefing_tui.model import LoadOptions
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.ui.commands import BriefingCommands
from briefing_tui.ui.loader import LoadRequest
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.themes import load_themes, pick_theme
from briefing_tui.ui.user_settings import read_keymap, save_theme, saved_theme

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.search import SearchIndex


class BriefingApp(App[None]):
    """Sources, entities and quotes of one briefing; a reader; search; themes."""

    TITLE = "briefing"
    # The main screen's styles are read with the app's: the first frame parses the stylesheet once, instead of
    # parsing it again when the main screen is pushed (MainScreen keeps its CSS_PATH: the same file, not re-read).
    # So are the reader's and the search box's (~3 ms more to parse at start): a screen whose CSS_PATH the
    # stylesheet lacks makes Textual read it and restyle every node of the app when it is first pushed (~40 ms
    # at 10,000 articles, the first open's whole extra cost). The screens keep their CSS_PATH: found, not re-read.
    CSS_PATH: ClassVar[list[str]] = ["app.tcss", "screens/main.tcss", "screens/reader.tcss", "screens/search.tcss"]
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "back_or_quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        # A priority binding: the box opens before the next key is routed, so "/japan" typed in one burst lands in
        # the box, not in the pane below (action_search lets "/" through to a focused text field).
        Binding("slash", "search", "Search", id="app.search", priority=True),
        Binding("a", "paste_article", "Add article", id="app.add", show=False),
        Binding("e", "export", "Export briefing", id="app.export", show=False),
    ]

    def __init__(self, request: LoadRequest, *, theme: str | None = None, themes_dir: Path | None = None,
                 user_themes_dir: Path | None = None, config_dir: Path | None = None, cursor_blink: bool = True,
                 animation_level: AnimationLevel | None = None, resume_gc: bool = False,
                 export_dir: Path | None = None) -> None:
        # NO_COLOR: Textual would greyscale every colour (256-colour greys); with native ANSI colours it drops
        # them, and meaning rests on the symbols, bold, underline and reverse that every view already uses.
        super().__init__(ansi_color=True if os.environ.get("NO_COLOR") is not None else None)
        if animation_level is not None:
            self.animation_level = animation_level
        self.cursor_blink = cursor_blink
        self.config_dir = config_dir
        self.export_dir = export_dir  # where the export dialog offers to write (None: the current folder)
        self.resume_gc = resume_gc  # the garbage collector was paused for the start: on again after the first frame
        self.main_screen = MainScreen(request)
        self.keymap: dict[str, str] = {}  # binding id -> keys, as read from keymap.yaml
        self._startup_warnings: list[str] = []
        self._briefing_themes: list[str] = []
        self.remember_theme = False  # the theme set at start (flag, saved choice or default) is not a new choice
        self._choose_theme(theme or saved_theme(config_dir), themes_dir, user_themes_dir)
        # Nothing is styled yet: the first parse of the stylesheet reads the chosen theme's variables (see refresh_css)
        self.stylesheet.set_variables(self.get_css_variables())
        self._styled = False  # True from on_mount: a new theme must restyle what is on screen
        self._apply_keymap()

    def _choose_theme(self, wanted: str | None, themes_dir: Path | None, user_themes_dir: Path | None) -> None:
        """Register the YAML themes, then start on ``wanted`` (else the default), warning of any problem."""
        found = load_themes(themes_dir, user_themes_dir)
        for theme in found.themes.values():
            self.register_theme(theme)
        self._briefing_themes = sorted(found.themes)
        self.theme, warning = pick_theme(wanted, self.available_themes, found)
        if warning:
            self._startup_warnings.append(warning)

    def _apply_keymap(self) -> None:
        """Apply ``keymap.yaml`` from the config folder (``binding id: keys``)."""
        self.keymap, warning = read_keymap(self.config_dir)
        if warning:
            self._startup_warnings.append(warning)
        if self.keymap:
            self.set_keymap(self.keymap)

    def refresh_css(self, animate: bool = True) -> None:
        """Restyle everything, except before the app is mounted.

        Setting the theme in ``__init__`` queues a refresh that would parse every stylesheet a second time
        before the first frame; nothing is styled then and the stylesheet already has the theme's variables.
        """
        if self._styled:
            super().refresh_css(animate)

    def on_mount(self) -> None:
        self._styled = True
        self.remember_theme = True
        self.push_screen(self.main_screen)
        if self.resume_gc:
            self.call_after_refresh(self._started)
        for warning in self._startup_warnings:
            self.notify(warning, severity="warning", markup=False, timeout=8)

    def _started(self) -> None:
        """The first frame is on screen: everything built so far lives until exit, so it is frozen out of the
        collector's passes (``gc.freeze``), and the collector, paused for the start, is on again."""
        gc.freeze()
        gc.enable()

    def briefing_theme_names(self) -> list[str]:
        """The themes read from YAML files (shipped and the user's)."""
        return list(self._briefing_themes)

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name`` (kept for the next run)."""
        self.theme = name

    def watch_theme(self, name: str) -> None:
        """A theme chosen while the app runs (our palette commands or Textual's theme picker) is remembered."""
        if self.remember_theme:
            save_theme(self.config_dir, name)

    @property
    def corpus(self) -> Corpus | None:
        """The corpus the main screen has loaded (None until then)."""
        return self.main_screen.briefing.corpus

    @property
    def view(self) -> BriefingView | None:
        """The main screen's view of the corpus (None until the sources are parsed)."""
        return self.main_screen.briefing.view

    @property
    def search_index(self) -> SearchIndex | None:
        """The search index (None until the corpus is analysed and indexed)."""
        return self.main_screen.briefing.index

    # ---- the keys of every screen ----------------------------------------------------------------

    def action_back_or_quit(self) -> None:
        """``q`` as in less and newsboat: back one level; quit only from the main screen."""
        if self.screen is self.main_screen or len(self.screen_stack) <= 1:
            self.exit()
        else:
            self.screen.dismiss(None)

    def action_help(self) -> None:
        """The keys of this screen first, then every other key, then how the app reads."""
        from briefing_tui.ui.screens.help import HelpScreen, help_sections

        if isinstance(self.screen, HelpScreen):
            return
        here, others = help_sections(type(self), self.screen)
        self.push_screen(HelpScreen(here, others, self.keymap))

    def action_search(self) -> None:
        """Open the search box (over whatever screen is showing); in a text field "/" is typed, not bound."""
        from textual.actions import SkipAction
        from textual.widgets import Input, TextArea

        if isinstance(self.focused, (Input, TextArea)):
            raise SkipAction()
        self.main_screen.open_search()

    def action_paste_article(self) -> None:
        """Paste an article's text and add it to the corpus folder, live."""
        self.main_screen.action_paste_article()

    def action_export(self) -> None:
        """Write the briefing of the story shown (or of the folder) to a file, as ``briefing export`` does."""
        from briefing_tui.ui.screens.export import ExportScreen, open_export

        if not isinstance(self.screen, ExportScreen):
            open_export(self.main_screen, self.export_dir)


def make_app(corpus_paths: Sequence[str | Path] | None = None, *, corpus: Corpus | None = None,
             theme: str | None = None, themes_dir: Path | None = None, user_themes_dir: Path | None = None,
             config_dir: Path | None = None, freeze_gc: bool = False, cursor_blink: bool = True,
             animation_level: AnimationLevel | None = None, load_options: LoadOptions | None = None,
             resume_gc: bool = False, export_dir: Path | None = None) -> BriefingApp:
    """The app on ``corpus`` (already loaded) or ``corpus_paths`` (default: the embedded seeds).

    ``themes_dir`` defaults to the shipped themes, ``config_dir`` to the user's config folder
    and ``user_themes_dir`` to its ``themes`` subfolder: tests point them at temporary folders.
    ``cursor_blink=False`` and ``animation_level="none"`` make screenshots repeatable.
    ``load_options`` (index, cache, links) apply when the app loads ``corpus_paths`` itself;
    ``freeze_gc`` keeps the loaded corpus out of later garbage collections (the CLI sets it);
    ``resume_gc``: the caller paused the garbage collector for the start (the CLI does), the app turns it on
    after its first frame. ``export_dir``: the folder the export dialog offers (default: the current folder).
    """
    from briefing_tui.paths import themes_dir as shipped_themes, user_config_dir

    config_dir = config_dir if config_dir is not None else user_config_dir()
    request = LoadRequest(list(corpus_paths or []), corpus, load_options or LoadOptions(), freeze_gc)
    return BriefingApp(request, theme=theme,
                       themes_dir=themes_dir if themes_dir is not None else shipped_themes(),
                       user_themes_dir=user_themes_dir if user_themes_dir is not None else config_dir / "themes",
                       config_dir=config_dir, cursor_blink=cursor_blink, animation_level=animation_level,
                       resume_gc=resume_gc, export_dir=export_dir)
