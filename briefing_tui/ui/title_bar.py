"""The main screen's title bar: the story shown, what the briefing holds, and the problems met loading it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from briefing_tui.safety import one_line
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.wording import counted

if TYPE_CHECKING:
    from briefing_tui.model import Story

STORY_TITLE_WIDTH = 22
"""How much of the picked story's title the title bar shows (the counts after it must fit 80 columns)."""
SHOW_PROBLEMS = "screen.show_problems"
"""The action a click on the title bar's ⚠ runs: the main screen's problems dialog."""


def title_bar(view: BriefingView, story: Story | None) -> Text:
    """``briefing · <story> · 7 sources · 25 entities · 23 quotes · ⚠ 2 problems reading files``."""
    bar = Text("briefing · ")
    if story is not None:  # the story picked (s) is what every pane shows
        title = one_line(story.title)
        bar.append(title if len(title) <= STORY_TITLE_WIDTH else title[:STORY_TITLE_WIDTH - 1] + "…", style="bold")
        bar.append(" · ")
    if view.analysed:
        bar.append(f"{counted(len(view.sources), 'source')} · {counted(len(view.entities), 'entity', 'entities')}"
                   f" · {counted(len(view.quotes), 'quote')}")
    else:
        bar.append(f"{counted(len(view.sources), 'source')} · finding entities and quotes…")
    if problems := len(view.corpus.problems):
        bar.append(" · ")
        # one may name several files; a click on it lists them all (as "!" does)
        bar.append(f"⚠ {counted(problems, 'problem')} reading files", style=Style(meta={"@click": SHOW_PROBLEMS}))
    return bar
