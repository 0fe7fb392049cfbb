"""A footer that rebuilds its keys only when the keys it would show changed.

Textual's ``Footer`` recomposes on every ``bindings_updated`` signal: each focus change, each screen resumed,
each ``refresh_bindings``. A recompose removes every key widget, mounts new ones (each styled from the
stylesheet) and lays the screen out again; at 80×24 that was most of what Esc (clear a filter), leaving the
reader and closing the search box cost (bench/app_keys.py: ~70 of ~95 ms CPU for Esc on the seeds). The keys
a compose would show are a pure function of the screen's active bindings, their displays and the palette's
key: when they are the ones on screen, nothing is rebuilt; when as many keys change places (Esc: "Stories"
back where "Clear" was), the key widgets on screen take the new keys' text in place, read from the bindings as
``Footer.compose`` reads them (:meth:`SteadyFooter.footer_keys`): no key widget is built to learn its label, and
a key widget whose key did not change is not drawn again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from itertools import groupby
from typing import NamedTuple

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # (Textual is pinned exactly: its footer's key widget)

PALETTE_CLASS = "-command-palette"  # the class Textual's footer gives the palette's key
DISABLED_CLASS = "-disabled"  # the class Textual's footer gives a key whose action cannot run now


class ShownKey(NamedTuple):
    """What one plain key of a footer shows and does: the arguments ``Footer.compose`` gives its ``FooterKey``."""

    key: str
    key_display: str
    description: str
    action: str
    disabled: bool
    tooltip: str
    palette: bool  # the command palette's key (docked right)


def shown_key(widget: FooterKey) -> ShownKey:
    """What a key widget on screen shows and does."""
    return ShownKey(widget.key, widget.key_display, widget.description, widget.action, widget._disabled,
                    widget.tooltip or "", widget.has_class(PALETTE_CLASS))


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

    def _steady(self, screen: Screen) -> bool:
        """Whether the keys on screen were composed from ``screen``'s bindings and may be compared with them."""
        return (self._bindings_ready and self._shown_keys is not None and self.is_attached and screen is self.screen
                and screen.app.app_focus)

    def bindings_changed(self, screen: Screen) -> None:
        if self._steady(screen):
            shown = self.shown_keys()
            if shown == self._shown_keys:
                return  # the same keys: the widgets on screen already show them
            if self._relabel(shown):
                return
        super().bindings_changed(screen)

    def relabel_now(self) -> None:
        """Show the keys the screen's bindings give now, in place, without waiting for the bindings' signal: a
        footer gets it queued, after the screen was laid out for the change that sent it, and a key whose width
        changed then laid the screen out a second time. A change that needs the keys rebuilt is left to the
        signal (:meth:`_relabel` changes no key then, and the signal's call recomposes)."""
        if self._steady(self.screen):
            shown = self.shown_keys()
            if shown != self._shown_keys:
                self._relabel(shown)

    def footer_keys(self) -> tuple[list[ShownKey] | None, int]:
        """The keys ``compose`` would yield now, read from the screen's active bindings as ``Footer.compose`` reads
        them (a binding shown, the first of each action, in order; then the palette's key), without building them:
        None for the keys when two actions or more of one binding group would be shown together (a group's widgets,
        left to a recompose). With the number of actions shown (the columns ``Footer.compose`` sets)."""
        app = self.app
        active = self.screen.active_bindings
        by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
        for _, binding, enabled, tooltip in active.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled, tooltip))
        keys: list[ShownKey] | None = []
        for group, same_group in groupby(by_action.values(), lambda bindings: bindings[0][0].group):
            firsts = [bindings[0] for bindings in same_group]
            if group is not None and len(firsts) > 1:
                keys = None
                break
            keys.extend(ShownKey(binding.key, app.get_key_display(binding), binding.description, binding.action,
                                 not enabled, tooltip, False) for binding, enabled, tooltip in firsts)
        if keys is not None and self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _, binding, enabled, _ = found
                keys.append(ShownKey(binding.key, app.get_key_display(binding), binding.description, binding.action,
                                     not enabled, binding.tooltip or binding.description, True))
        return keys, len(by_action)

    def _relabel(self, shown: Hashable) -> bool:
        """Give the key widgets on screen the keys a compose would yield now (``shown``: their
        :meth:`shown_keys`), when it would yield as many plain keys (no group) with the palette's key in the same
        place; False (nothing changed) otherwise. A key widget whose key is the same is left as it is: not drawn
        again (a key's text is styled from its component classes, ~1 ms a key)."""
        keys, columns = self.footer_keys()
        self.styles.grid_size_columns = columns  # (as a compose sets it)
        present = list(self.children)
        if keys is None or len(keys) != len(present) or not all(
                type(old) is FooterKey and new.palette == old.has_class(PALETTE_CLASS)
                for new, old in zip(keys, present)):
            self._shown_keys = None  # (the recompose that follows notes them again)
            return False
        self._shown_keys = shown
        for new, old in zip(keys, present):
            if new == shown_key(old):
                continue
            resized = (new.key_display, new.description) != (old.key_display, old.description)
            old.key, old.key_display, old.description = new.key, new.key_display, new.description
            old.action = new.action
            old._disabled = new.disabled
            old.set_class(new.disabled, DISABLED_CLASS)
            old.tooltip = new.tooltip or None  # (a FooterKey built without a tooltip has none)
            old.refresh(layout=resized)
        return True
