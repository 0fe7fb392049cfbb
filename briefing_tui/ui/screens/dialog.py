"""The base of every dialog (a modal screen over another): the help keys work there too.

Textual reads no key binding of the app while a modal screen is up, so the app's ``?``/F1 would do nothing in a
picker or a dialog; each dialog binds them again, to the same action and id (a ``keymap.yaml`` entry for
``app.help`` remaps both). In a text field ``?`` is typed, as any character (Textual lets the field consume it);
F1 opens the help there (and ``?`` into the search box while it is empty: screens/search.py).
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

DialogResult = TypeVar("DialogResult")
"""What the dialog gives back when it is dismissed."""

HELP_ID = "app.help"  # the id of the app's help binding (BriefingApp.BINDINGS): one keymap entry remaps both


class DialogScreen(ModalScreen[DialogResult]):
    """A modal screen on which ``?``/F1 open the help (on this dialog's keys), as on every other screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "app.help", "Help", id=HELP_ID, show=False),
    ]
