"""The reader and the search box, built once at idle and kept: their first open is a ``show``, as every later one.

A screen's first push composes its widgets, styles and mounts them (~100-150 ms of CPU at 10,000 articles, 6-9
frames: issue 15). Once the panes are filled and search is ready, the app builds a reader and a search box off
screen, in the quiet after that frame: installed (``App.install_screen``, so Textual keeps them when they are
popped) and started, which composes, styles and mounts them, then laid out at the app's size, all without drawing
anything (Textual draws only the current screen). Opening either then gives the kept screen what to show and
pushes it: a repaint, not three to five layouts of a new screen's widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.screen import Screen

from briefing_tui.ui.screens.reader import KEPT_READER, ReaderScreen
from briefing_tui.ui.screens.search import SearchScreen

if TYPE_CHECKING:
    from briefing_tui.search import Hit
    from briefing_tui.ui.loader import LoadedBriefing
    from briefing_tui.ui.screens.main import MainScreen

KEPT_SEARCH = "search"
"""The name the app keeps its search box under (``App.install_screen``)."""


def start_off_screen(app: App, screen: Screen, name: str) -> None:
    """Install ``screen`` as ``name`` and start it: composed, styled and mounted, not shown.

    Starting is what ``push_screen`` does first with a screen that is not running (Textual's ``App._get_screen``
    registers it with the app); done here ahead of the push, the push finds it running. Where a Textual lacks that
    step the screen is only installed, and its first push builds it as before.
    """
    app.install_screen(screen, name)
    register = getattr(app, "_register", None)
    if register is not None and not screen.is_running:
        register(app, screen)
        screen.call_later(lay_out_off_screen, app, screen)  # (the screen's queue: once it is mounted)


def lay_out_off_screen(app: App, screen: Screen) -> None:
    """Lay ``screen`` out at the app's size while it is not shown: its widgets get their sizes (and their Resize)
    now, not in the three or four layouts a screen's first show takes; nothing is drawn (Textual draws only the
    current screen). Shown at that size, it is only repainted; at another (the terminal resized meanwhile) Textual
    lays it out again on the push, as before."""
    refresh_layout = getattr(screen, "_refresh_layout", None)
    if refresh_layout is None or screen.is_current:
        return
    if not all(widget.is_mounted for widget in screen.walk_children()):  # composed, not all mounted yet
        screen.call_after_refresh(lay_out_off_screen, app, screen)
        return
    refresh_layout(app.size)


def build_kept_screens(app: App, briefing: LoadedBriefing) -> None:
    """Build the reader (on the first source, never shown as such) and the search box, unless they are built."""
    view = briefing.view
    if view is not None and view.sources and not app.is_screen_installed(KEPT_READER):
        start_off_screen(app, ReaderScreen(view, view.sources[0]), KEPT_READER)
    if not app.is_screen_installed(KEPT_SEARCH):
        start_off_screen(app, SearchScreen(briefing.index, view.names if view else {}), KEPT_SEARCH)


def kept_screen(app: App, name: str) -> Screen | None:
    """The kept screen ``name`` when it can be shown now: built (mounted) and not already on the stack."""
    if not app.is_screen_installed(name):
        return None
    screen = app.get_screen(name)
    return screen if screen.is_mounted and screen not in app.screen_stack else None


def open_search(main: MainScreen) -> None:
    """Open the search box (over any screen) with the last query; Enter jumps to the hit."""
    app = main.app
    if isinstance(app.screen, SearchScreen):
        return
    view = main.briefing.view
    names = view.names if view else {}
    screen = kept_screen(app, KEPT_SEARCH)
    if isinstance(screen, SearchScreen):
        screen.show(main.briefing.index, names, main.search_query)
    else:  # not built yet, or open beneath (the help's search): a box of its own
        screen = SearchScreen(main.briefing.index, names, main.search_query)

    def closed(hit: Hit | None) -> None:
        main.search_query = screen.query_text
        main.jump_to(hit)

    app.push_screen(screen, callback=closed)
