"""The problems dialog (``!``, or a click on the title bar's ⚠): every problem met reading the corpus's files.

The toast after loading names the first three; this lists them all, each file's path and why, in a box that
scrolls. It is what ``briefing`` prints on stderr when the app exits, on the screen while it runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from briefing_tui.model import Problem
from briefing_tui.safety import one_line
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.ui.widgets.steady_footer import SteadyFooter
from briefing_tui.wording import counted

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus


def problems_text(problems: Sequence[Problem]) -> Text:
    """One entry per problem: the file's path in bold, then why on the next line, indented."""
    text = Text()
    for i, problem in enumerate(problems):
        if i:
            text.append("\n")
        text.append(one_line(problem.path), style="bold")
        text.append(f"\n  {one_line(problem.reason)}")
    return text


class ProblemsScreen(DialogScreen[None]):
    """Every problem met reading files, path and reason; Esc, q or Enter closes it."""

    DEFAULT_CSS = """
    ProblemsScreen { align: center middle; background: $background 60%; }
    ProblemsScreen > #problems-box {
        width: 100%; max-width: 110; height: auto; max-height: 90%; border: heavy $warning; background: $surface;
    }
    ProblemsScreen #problems-prompt { padding: 0 1; background: $panel; text-style: bold; }
    ProblemsScreen #problems-list { height: auto; max-height: 40; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,enter", "close", "Close", id="problems.close"),
    ]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-box"):
            yield Static(f"⚠ {counted(len(self.problems), 'problem')} reading files — Esc closes",
                         id="problems-prompt", markup=False)
            with VerticalScroll(id="problems-list"):
                yield Static(problems_text(self.problems), id="problems-text")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one("#problems-list", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)


def show_problems(app: App, corpus: Corpus | None) -> None:
    """Open the problems dialog on ``corpus``'s problems (nothing when it has none, or is not loaded yet)."""
    if corpus is not None and corpus.problems:
        app.push_screen(ProblemsScreen(corpus.problems))
