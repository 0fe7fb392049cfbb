"""A footer that rebuilds its keys only when the keys it would show changed.

Textual's ``Footer`` recomposes on every ``bindings_updated`` signal: each focus change, each screen resumed,
each ``refresh_bindings``. A recompose removes every key widget, mounts new ones (each styled from the
stylesheet) and lays the screen out again; at 80×24 that was most of what Esc (clear a filter), leaving the
reader and closing the search box cost (bench/app_keys.py: ~70 of ~95 ms CPU for Esc on the seeds). The keys
a compose would show are a pure function of the screen's active bindings, their displays and the palette's
key: when they are the ones on screen, nothing is rebuilt; when as many keys change places (Esc: "Stories"
back where "Clear" was), the key widgets on screen take the new keys' text in place.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # (Textual is pinned exactly: its footer's key widget)

PALETTE_CLASS = "-command-palette"  # the class Textual's footer gives the palette's key
DISABLED_CLASS = "-disabled"  # the class Textual's footer gives a key whose action cannot run now


class SteadyFooter(Footer):
    """A :class:`Footer` that skips a recompose whose keys would be the ones it shows."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown_keys: Hashable | None = None  # what the last compose with the bindings ready showed

    def shown_keys(self) -> Hashable:
        """Everything ``Footer.compose`` reads: each active binding (with whether it is enabled, its tooltip and
        how its key is displayed) in order, whether the palette's key is offered, and the style."""
        app = self.app
        bindings = tuple((binding, enabled, tooltip, app.get_key_display(binding))
                         for _, binding, enabled, tooltip in self.screen.active_bindings.values())
        return bindings, self.show_command_palette, app.ENABLE_COMMAND_PALETTE, self.compact

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown_keys = self.shown_keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if (self._bindings_ready and self._shown_keys is not None and self.is_attached and screen is self.screen
                and screen.app.app_focus):
            shown = self.shown_keys()
            if shown == self._shown_keys:
                return  # the same keys: the widgets on screen already show them
            if self._relabel():
                return
        super().bindings_changed(screen)

    def _relabel(self) -> bool:
        """Give the key widgets on screen the keys a compose would yield now, when it would yield as many plain
        keys (no group) with the palette's key in the same place; False (nothing changed) otherwise."""
        fresh = list(self.compose())  # (unmounted widgets: only read; this also notes the keys now shown)
        present = list(self.children)
        if len(fresh) != len(present) or not all(
                type(new) is FooterKey and type(old) is FooterKey and not new.has_class("-grouped")
                and new.has_class(PALETTE_CLASS) == old.has_class(PALETTE_CLASS) for new, old in zip(fresh, present)):
            self._shown_keys = None  # (the recompose that follows notes them again)
            return False
        for new, old in zip(fresh, present):
            resized = (new.key_display, new.description) != (old.key_display, old.description)
            old.key, old.key_display, old.description = new.key, new.key_display, new.description
            old.action = new.action
            old._disabled = new._disabled
            old.set_class(new._disabled, DISABLED_CLASS)
            old.tooltip = new.tooltip
            old.refresh(layout=resized)
        return True
