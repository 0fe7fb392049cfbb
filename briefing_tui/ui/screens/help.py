"""``?`` / F1: every key of every screen, with the prose in ``help.md`` beside this file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

HELP_TEXT = Path(__file__).with_name("help.md")


def _key_label(keys: str) -> str:
    names = {"question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]",
             "escape": "Esc", "enter": "Enter", "pagedown": "PgDn", "pageup": "PgUp", "shift+tab": "Shift+Tab"}
    shown = []
    for key in keys.split(","):
        key = key.strip()
        label = names.get(key, key)
        if "+" in label and label not in names.values():
            label = "+".join(part.capitalize() for part in label.split("+"))
        elif len(label) > 1 and label not in names.values():
            label = label.capitalize()
        shown.append(label.replace("|", "\\|"))
    return " ".join(f"`{k}`" for k in shown)


def bindings_table(title: str, owner: type[DOMNode], keymap: dict[str, str]) -> str:
    """A Markdown table of ``owner``'s bindings (with remapped keys applied)."""
    rows = [f"## {title}", "", "| keys | does | id |", "| --- | --- | --- |"]
    for binding in owner.BINDINGS:
        if not isinstance(binding, Binding) or binding.system:
            continue
        keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
        rows.append(f"| {_key_label(keys)} | {binding.description} | `{binding.id or ''}` |")
    return "\n".join(rows) + "\n"


def help_markdown(sections: list[tuple[str, type[DOMNode]]], keymap: dict[str, str]) -> str:
    """The whole help text: ``help.md`` followed by one key table per section."""
    return "\n".join([HELP_TEXT.read_text(encoding="utf-8"), *(bindings_table(t, o, keymap) for t, o in sections)])


class HelpScreen(ModalScreen[None]):
    """A scrollable Markdown page listing every key."""

    CSS_PATH = "help.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("down,j", "scroll('down')", "Down", id="help.down", show=False),
        Binding("up,k", "scroll('up')", "Up", id="help.up", show=False),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(self.markdown, id="help-text")
        yield Footer(compact=True)  # compact: more keys fit in 80 columns, and no per-key restyling

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_dismiss(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_relative(y=1 if direction == "down" else -1, animate=False)
