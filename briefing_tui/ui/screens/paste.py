"""The paste screen (``a``): paste an article's text, give what is known about it, add it live.

The text is stored in the corpus folder by the core (:func:`briefing_tui.ingest.add.add_article`:
a safe, unique name, never overwriting), then the corpus is reloaded so the new source appears.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static, TextArea

from briefing_tui.safety import one_line
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.ui.widgets.steady_footer import SteadyFooter

FIELDS = (("outlet", "Outlet"), ("title", "Title"), ("date", "Date (2025-12-20)"), ("url", "URL"))


@dataclass(slots=True)
class PastedArticle:
    """What the paste screen gives back: the text and the metadata typed beside it."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)


class PasteScreen(DialogScreen[PastedArticle | None]):
    """A text area for the article and one line each for outlet, title, date and URL."""

    DEFAULT_CSS = """
    PasteScreen { align: center middle; background: $background 60%; }
    PasteScreen > #paste-box { width: 100%; max-width: 110; height: 90%; border: heavy $accent; background: $surface; }
    PasteScreen #paste-prompt { padding: 0 1; background: $panel; text-style: bold; }
    PasteScreen TextArea { height: 1fr; }
    PasteScreen #paste-fields { height: auto; }
    PasteScreen #paste-fields Input { width: 1fr; }
    PasteScreen #paste-error { color: $error; padding: 0 1; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "add", "Add article", id="paste.add", priority=True),
        Binding("escape", "cancel", "Cancel", id="paste.cancel"),
    ]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="paste-box"):
            yield Static(f"Paste an article to add to {one_line(str(self.folder))} — Ctrl+S adds it, Esc cancels",
                         id="paste-prompt", markup=False)
            yield TextArea(id="paste-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="paste-fields"):
                for name, label in FIELDS:
                    yield Input(placeholder=label, id=f"paste-{name}")
            yield Static("", id="paste-error", markup=False)
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_add(self) -> None:
        """Check what was typed, then hand it back (or say what is wrong)."""
        from briefing_tui.ingest.dates import normalise_date

        text = self.query_one(TextArea).text
        if not text.strip():
            self.query_one("#paste-error", Static).update("Paste the article's text first.")
            return
        values = {name: self.query_one(f"#paste-{name}", Input).value.strip() for name, _ in FIELDS}
        meta = {k: v for k, v in values.items() if v and k != "date"}
        if values["date"]:
            date = normalise_date(values["date"])
            if date is None:
                self.query_one("#paste-error", Static).update(f"Not a date: {one_line(values['date'])} (try 2025-12-20)")
                return
            meta["published"] = date
        self.dismiss(PastedArticle(text if text.endswith("\n") else text + "\n", meta))

    def action_cancel(self) -> None:
        self.dismiss(None)


def open_paste_screen(app: App, corpus_paths: Sequence[str | Path], reload: Callable[[], object]) -> None:
    """Open the paste screen on the folder of ``corpus_paths``, then store what is pasted and ``reload``."""
    from briefing_tui.ingest.add import folder_to_add_to

    folder = folder_to_add_to(list(corpus_paths))
    if isinstance(folder, str):
        app.notify(one_line(folder), severity="warning", markup=False, timeout=8)
        return

    def added(pasted: PastedArticle | None) -> None:
        if pasted is not None:
            add_pasted(app, folder, pasted, reload)

    app.push_screen(PasteScreen(folder), callback=added)


def add_pasted(app: App, folder: Path, pasted: PastedArticle, reload: Callable[[], object]) -> None:
    """Store the pasted article, then ``reload`` the corpus so it shows at once."""
    from briefing_tui.ingest.add import AddError, add_article

    try:
        result = add_article(folder, pasted.text, pasted.metadata)
    except (AddError, OSError) as exc:
        app.notify(f"Nothing added: {one_line(str(exc))}", severity="error", markup=False, timeout=10)
        return
    app.notify(f"Added {result.article.name}", markup=False, timeout=5)
    reload()
