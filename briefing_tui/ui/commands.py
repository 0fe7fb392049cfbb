"""The app's commands in Textual's command palette (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing_tui.ui.briefing_view import ENTITY_TYPES, type_label

if TYPE_CHECKING:
    from briefing_tui.ui.app import BriefingApp

Command = tuple[str, Callable[[], object], str]


class BriefingCommands(Provider):
    """Open the reader, search, copy, filter entities by type, switch theme, diff view."""

    def _open_reader(self) -> None:
        """Read what the main screen's focused pane has under its cursor (when the main screen shows)."""
        app: BriefingApp = self.app  # type: ignore[assignment]
        if app.screen is app.main_screen:
            app.main_screen.action_open_reader()

    def _copy_quote(self) -> None:
        """Copy the quote the showing screen has selected (the reader's, else the main screen's)."""
        app: BriefingApp = self.app  # type: ignore[assignment]
        copy = getattr(app.screen, "action_copy_quote", None) or app.main_screen.action_copy_quote
        copy()

    def _commands(self) -> list[Command]:
        app: BriefingApp = self.app  # type: ignore[assignment]
        main = app.main_screen
        commands: list[Command] = [
            ("Open reader", self._open_reader, "Read the selected source or quote"),
            ("Search everything", app.action_search, "Fuzzy search quotes, entities, sources and sentences"),
            ("Copy quote with citation", self._copy_quote,
             "Copy the selected quote, speaker, outlet, date, title, source id, offsets"),
            ("Clear filter", partial(main.filter_entities, None, clear=True), "Show every source, entity and quote"),
        ]
        for kind in ENTITY_TYPES:
            commands.append((f"Filter entities: {type_label(kind)}", partial(main.filter_entities, kind),
                             f"Show only {type_label(kind).lower()} in the entities pane"))
        commands.append(("Filter entities: all types", partial(main.filter_entities, None),
                         "Show entities of every type"))
        for name in app.briefing_theme_names():
            commands.append((f"Theme: {name}", partial(app.set_theme, name), f"Switch to the {name} theme"))
        commands.append(("Diff view: claims by source", main.action_open_diff,
                         "Where the sources agree and disagree, claim by claim"))
        commands.append(("Compare two sources", main.action_compare_sources,
                         "Two sources side by side, sentence by sentence"))
        commands.append(("Export the briefing to a file", app.action_export,
                         "What `briefing export` writes, for the story shown: Markdown, HTML, CSV or JSON Lines"))
        commands.append(("Add an article (paste)", main.action_paste_article,
                         "Paste an article's text into the corpus folder"))
        commands.append(("Help: keys", app.action_help, "Show every key"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
