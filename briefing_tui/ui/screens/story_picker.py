"""The story picker: a folder of many events, one story chosen; the panes and the diff then show only it.

``s`` opens it on the main screen. The stories are grouped in a worker (a big folder takes a moment);
typing filters them fuzzily by id, title, dates and terms; Enter chooses one, or "All stories" for
the whole folder again; Esc clears the filter, then closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from briefing_tui.corpus import Corpus
from briefing_tui.model import Story
from briefing_tui.ui.display_text import one_line_text
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.wording import counted
from briefing_tui.ui.widgets.panes import columns
from briefing_tui.ui.widgets.row_list import RowList, find_row
from briefing_tui.ui.widgets.steady_footer import SteadyFooter
from briefing_tui.ui.widgets.typed_filter import TypedFilterList

if TYPE_CHECKING:
    from briefing_tui.ui.screens.main import MainScreen

FUZZY_CUTOFF = 75  # a typed word matches a story when rapidfuzz's partial ratio reaches this (typos pass)
ALL_STORIES = "all"  # the first row: the whole folder again
WIDE_ROW = 90  # from this width a row shows the story's whole date span, below it only its latest day


@dataclass(frozen=True)
class StoryFocus:
    """The story the app shows, and the whole folder's corpus to go back to."""

    whole: Corpus
    story: Story


def story_haystack(story: Story) -> str:
    """What the filter searches in: id, title, dates and terms, folded to lower case."""
    return " ".join([story.id, story.title, story.first or "", story.last or "", *story.terms]).casefold()


def matches(typed: str, haystack: str) -> bool:
    """Whether every typed word is in ``haystack``, exactly or nearly (fuzzy: typos and partial words pass)."""
    from rapidfuzz import fuzz

    return all(word in haystack or fuzz.partial_ratio(word, haystack) >= FUZZY_CUTOFF
               for word in typed.casefold().split())


class StoryChoices(TypedFilterList):
    """One line per story: its size, dates and title; "All stories" first; ✔ marks the one shown.

    Typing filters the list; Backspace takes a letter back; the arrow keys move the cursor.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Choose", id="stories.choose"),
        Binding("escape", "screen.back", "Back", id="stories.back"),
        Binding("backspace", "erase", "Erase filter letter", id="stories.erase", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__("Grouping the sources into stories…", **kwargs)
        self.stories: list[Story] = []
        self.sources_total = 0
        self.haystacks: dict[str, str] = {}
        self.typed = ""

    def show(self, stories: Sequence[Story], sources_total: int, current: str | None) -> None:
        """Fill the list (the cursor on the story shown, else on "All stories")."""
        self.stories = list(stories)
        self.sources_total = sources_total
        self.haystacks = {s.id: story_haystack(s) for s in self.stories}
        self.picked = next((s for s in self.stories if s.id == current), ALL_STORIES)
        self.forget_rendered()  # ("All stories" counts them, and the sizes' digits follow the largest)
        self.set_filter("")
        self.move_cursor(max(find_row(self.rows, self.picked), 0))

    def set_filter(self, typed: str) -> None:
        """Show only the stories every typed word matches ("All stories" stays first)."""
        kept = [s for s in self.stories if not typed or matches(typed, self.haystacks[s.id])]
        self.set_rows([ALL_STORIES, *kept], empty_text="")
        if typed and kept:
            self.move_cursor(1)  # as in fzf: Enter after typing takes the best match, not "All stories"
        super().set_filter(typed)

    def render_row(self, row: Story | str, width: int) -> Text:
        if not isinstance(row, Story):
            return Text(f"All stories · {counted(len(self.stories), 'story', 'stories')}, "
                        f"{counted(self.sources_total, 'source')}", style="bold")
        digits = len(str(max((s.size for s in self.stories), default=1)))
        wide = width >= WIDE_ROW
        span = (row.first or "") if row.first == row.last else f"{row.first or '?'}…{row.last or '?'}"
        dates = span if wide else row.last  # a narrow row shows the latest day: how fresh the story is
        title = one_line_text(row.title, style="" if row.title_basis == "article" else "italic")
        return columns((Text(f"{row.size:>{digits}}"), digits),
                       (one_line_text(dates or None, fallback="undated"), 21 if wide else 10),
                       (title, 0))


class StoryPicker(DialogScreen["Story | str | None"]):
    """Choose the story the app shows. Dismisses with the story, ``"all"`` for the whole folder, or None."""

    DEFAULT_CSS = """
    StoryPicker { align: center middle; background: $background 60%; }
    StoryPicker > #story-box {
        width: 100%; max-width: 110; height: auto; max-height: 90%;
        border: heavy $accent; background: $surface;
    }
    StoryPicker #story-prompt { padding: 0 1; background: $panel; text-style: bold; }
    StoryPicker StoryChoices { height: auto; max-height: 20; }
    """

    class Grouped(Message):
        """The worker has grouped the folder's sources into stories."""

        def __init__(self, stories: list[Story]) -> None:
            super().__init__()
            self.stories = stories

    def __init__(self, corpus: Corpus, current: str | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="story-box"):
            yield Static(id="story-prompt")
            yield StoryChoices(id="story-list")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self.query_one(StoryChoices).focus()
        self._prompt()
        self._group()

    @work(thread=True, exclusive=True, group="stories", exit_on_error=False)
    def _group(self) -> None:
        from briefing_tui.stories.cached import corpus_stories

        self.post_message(self.Grouped(corpus_stories(self.corpus)))  # read back from the index when stored

    @on(Grouped)
    def _grouped(self, message: Grouped) -> None:
        choices = self.query_one(StoryChoices)
        choices.styles.height = len(message.stories) + 1  # max-height caps it; a long list scrolls
        choices.show(message.stories, len(self.corpus.sources), self.current)

    def _prompt(self) -> None:
        choices = self.query_one(StoryChoices)
        text = Text("Stories: choose the one to show (Enter)")
        text.append("   type to filter" if not choices.typed else "   filter: ",
                    style="dim" if not choices.typed else "bold")
        if choices.typed:
            text.append_text(one_line_text(choices.typed))
        self.query_one("#story-prompt", Static).update(text)

    @on(StoryChoices.FilterChanged)
    def _filter_changed(self) -> None:
        self._prompt()

    @on(RowList.Selected, "#story-list")
    def _chosen(self, event: RowList.Selected) -> None:
        self.dismiss(event.row)

    def action_back(self) -> None:
        """Clear the typed filter, else close."""
        choices = self.query_one(StoryChoices)
        if choices.typed:
            choices.set_filter("")
        else:
            self.dismiss(None)


def choose_story(main: MainScreen) -> None:
    """Open the picker; a story chosen becomes what the main screen shows (panes, diff, search), "All" the folder."""
    from briefing_tui.stories import story_corpus

    app = main.app
    if main.briefing.corpus is None:
        app.notify("The sources are still loading", severity="warning")
        return
    focus = main.story_focus
    whole = focus.whole if focus is not None else main.briefing.corpus

    def chosen(choice: Story | str | None) -> None:
        if choice is None:
            return
        if isinstance(choice, Story):
            main.story_focus = StoryFocus(whole, choice)
            app.sub_title = f"story {choice.id} · {counted(choice.size, 'source')}"
            main.load(story_corpus(whole, choice))
        else:
            main.story_focus = None
            app.sub_title = ""
            main.load(whole)  # the panes, the diff and search rebuilt on the corpus now shown

    app.push_screen(StoryPicker(whole, focus.story.id if focus is not None else None), callback=chosen)
