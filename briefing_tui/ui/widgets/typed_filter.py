"""A row list filtered by typing, as in fzf: letters narrow it, Backspace takes one back."""

from __future__ import annotations

from textual import events
from textual.message import Message

from briefing_tui.ui.widgets.row_list import RowList

FILTER_MARKS = " -.'&"  # besides letters and digits, what a typed filter may hold (? / Esc keep their jobs)


class TypedFilterList(RowList):
    """A :class:`RowList` whose typed letters become a filter; subclasses say what it keeps (``set_filter``)."""

    class FilterChanged(Message):
        """The typed filter changed (the picker shows it)."""

    typed = ""
    """What has been typed so far."""

    def set_filter(self, typed: str) -> None:
        """Show the rows ``typed`` keeps; subclasses filter, then call this to post the change."""
        self.typed = typed
        self.post_message(self.FilterChanged())

    def on_key(self, event: events.Key) -> None:
        character = event.character or ""
        if len(character) == 1 and (character.isalnum() or character in FILTER_MARKS) and not (
                character == " " and not self.typed):  # a leading space would filter nothing
            event.stop()
            event.prevent_default()
            self.set_filter(self.typed + character)

    def action_erase(self) -> None:
        """Take the last typed letter back."""
        if self.typed:
            self.set_filter(self.typed[:-1])
