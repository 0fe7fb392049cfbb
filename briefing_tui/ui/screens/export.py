"""The export dialog (``e``): write the briefing of the story shown (or of the whole folder) to a file.

The file holds what ``briefing export`` writes (Markdown, HTML, CSV or JSON Lines, by the name's extension).
A free name in the current folder is offered; an existing file is never overwritten: the next free name is
offered instead. The briefing is built and written in a thread worker that only posts messages; a file that
cannot be written is said in one line and the dialog stays open for another name. Esc while the briefing is
being built cancels it: the worker, which runs on after its dialog has gone, writes nothing, and the app says so.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static
from textual.widgets.input import Selection
from textual.worker import Worker, WorkerState

from briefing_tui.export import FORMATS
from briefing_tui.export.files import (
    FORMAT_NAMES, default_export_name, format_of, free_name, refusal, refused_ending, typed_over_ending,
    write_new_file,
)
from briefing_tui.safety import one_line
from briefing_tui.ui.screens.dialog import DialogScreen
from briefing_tui.ui.widgets.steady_footer import SteadyFooter
from briefing_tui.wording import counted

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.ui.loader import LoadedBriefing
    from briefing_tui.ui.screens.main import MainScreen
    from briefing_tui.ui.screens.story_picker import StoryFocus


@dataclass(frozen=True)
class ExportRequest:
    """What to export: the corpus shown, the story picked (None: the whole folder), and where files go."""

    corpus: Corpus
    focus: StoryFocus | None
    folder: Path
    briefing: LoadedBriefing | None = None  # its analysis lock keeps two workers from analysing at once

    def what(self) -> str:
        """The dialog's words for what is exported."""
        if self.focus is not None:
            story = self.focus.story
            return f"story {story.id} · {one_line(story.title)} ({counted(story.size, 'source')})"
        return f"the whole folder ({counted(self.corpus.source_count, 'source')})"


def shown_path(path: Path) -> str:
    """``path`` as the dialog shows it: ``~`` for the home folder, on one line."""
    home = os.path.expanduser("~")
    text = str(path)
    if home not in ("", "~", "/") and (text == home or text.startswith(home + os.sep)):
        text = "~" + text[len(home):]
    return one_line(text)


def export_text(request: ExportRequest, fmt: str) -> tuple[str, int, int]:
    """The briefing as ``briefing export`` writes it (``--story ID`` when a story is picked), with how many
    statements and sources it cites."""
    from briefing_tui.export import render
    from briefing_tui.export.briefing import build_briefing
    from briefing_tui.stories.compared import compare_folder, compare_story

    if request.focus is not None:
        whole, story = request.focus.whole, request.focus.story
        briefing = build_briefing(whole, [(story, compare_story(whole, story).claims)], story)
    else:
        folder = compare_folder(request.corpus)
        briefing = build_briefing(request.corpus, [(s.story, s.claims) for s in folder.stories])
    return render(briefing, fmt), len(briefing.statements()), len(briefing.citations)  # type: ignore[arg-type]


class ExportScreen(DialogScreen[Path | None]):
    """A file name (a free one offered), where it goes and in which format; Enter writes, Esc cancels."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; background: $background 60%; }
    ExportScreen > #export-box { width: 100%; max-width: 100; height: auto; border: heavy $accent;
                                 background: $surface; padding: 0 1; }
    ExportScreen #export-title { text-style: bold; }
    ExportScreen #export-where { color: $foreground-muted; }
    ExportScreen #export-status { height: auto; }
    ExportScreen #export-status.-error { color: $error; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "write", "Write", id="export.write", priority=True),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    class Written(Message):
        """The worker wrote the file (``statements`` from ``sources``)."""

        def __init__(self, path: Path, fmt: str, statements: int, sources: int) -> None:
            super().__init__()
            self.path, self.fmt, self.statements, self.sources = path, fmt, statements, sources

    class Failed(Message):
        """The worker could not write the file: ``reason`` in one line; ``taken`` when the name was taken."""

        def __init__(self, path: Path, reason: str, taken: bool = False) -> None:
            super().__init__()
            self.path, self.reason, self.taken = path, reason, taken

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request
        self.writing = False
        self.offering = False  # the name was just replaced by a free one: its notice stays
        # Esc and the worker's write take this lock, so a cancelled export never writes and a written one is
        # never reported as cancelled.
        self.write_lock = threading.Lock()
        self.cancelled = False
        self.written: Written | None = None
        story = request.focus.story.id if request.focus is not None else None
        offered = free_name(request.folder / default_export_name(story))
        self.offered = offered.name if offered is not None else default_export_name(story)

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Text(f"Export the briefing of {self.request.what()}"), id="export-title")
            yield Input(self.offered, id="export-name", select_on_focus=False)
            yield Static(id="export-where")
            yield Static(id="export-status")
        yield SteadyFooter(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self._describe()
        self._hint()
        typed = self.query_one(Input)
        typed.cursor_blink = getattr(self.app, "cursor_blink", True)  # steady in tests (make_app(cursor_blink=False))
        typed.focus()
        # the name without its ending is selected: typing "maui" gives "maui.md", End keeps the name offered
        typed.selection = Selection(0, len(Path(self.offered).stem))

    def _hint(self) -> None:
        self._say(f"Formats by the name's ending: {' '.join('.' + f for f in FORMATS)}. "
                  "An existing file is never overwritten.")

    def target(self) -> Path | None:
        """The file the typed name means (relative names are in the dialog's folder); None when empty."""
        typed = self.query_one(Input).value.strip()
        if not typed:
            return None
        path = Path(os.path.expanduser(typed))  # ("~.md", half typed, names no user: as it is)
        return path if path.is_absolute() else self.request.folder / path

    def _describe(self) -> None:
        path = self.target()
        where = Text("→ ")
        if path is None:
            where.append("type a file name")
        else:
            where.append(shown_path(path))
            kind = "not a format the export writes" if refused_ending(path) else FORMAT_NAMES[format_of(path)]
            where.append(f" · {kind}")
        self.query_one("#export-where", Static).update(where)

    def _say(self, words: str, error: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.update(Text(words))
        status.set_class(error, "-error")

    @on(Input.Changed)
    def _name_changed(self) -> None:
        if self.writing:
            return
        typed = self.query_one(Input)
        whole = typed_over_ending(typed.value, typed.cursor_position, Path(self.offered).suffix)
        if whole is not None:  # a name typed with its own ending over the offered stem: the offered ending goes
            typed.value = whole
            typed.cursor_position = len(whole)
            return  # (changed again: described then)
        self._describe()
        if self.query_one("#export-status").has_class("-error") and not self.offering:
            self._hint()  # the complaint was about the name now changed
        self.offering = False

    def action_write(self) -> None:
        """Write to the typed name; a name taken is never overwritten (the next free one is offered)."""
        if self.writing:
            return
        path = self.target()
        if path is None:
            self._say("Type a file name to write the briefing to.", error=True)
        elif path.is_dir():
            self._say(f"{shown_path(path)} is a folder: type a file name.", error=True)
        elif refused_ending(path):
            self._say(f"Cannot write {shown_path(path)}: {refusal(path)}.", error=True)
        elif os.path.lexists(path):
            self._offer_instead(path)
        elif not path.parent.is_dir():
            self._say(f"Cannot write {shown_path(path)}: no folder {shown_path(path.parent)}", error=True)
        else:
            self.writing = True
            self._say(f"Writing the briefing to {shown_path(path)}…")
            self._write(path)

    def _offer_instead(self, taken: Path) -> None:
        free = free_name(taken)
        if free is None:
            self._say(f"{shown_path(taken)} exists: type another name.", error=True)
            return
        typed = self.query_one(Input)
        self.offering = True
        typed.value = str(free) if Path(os.path.expanduser(typed.value.strip())).is_absolute() else \
            str(free.relative_to(self.request.folder)) if free.is_relative_to(self.request.folder) else str(free)
        typed.cursor_position = len(typed.value)
        self._say(f"{taken.name} exists and is kept: Enter writes {free.name}, or type another name.", error=True)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, path: Path) -> None:
        fmt = format_of(path)
        try:
            lock = self.request.briefing.analysis_lock if self.request.briefing is not None else None
            if lock is not None:
                with lock:
                    text, statements, sources = export_text(self.request, fmt)
            else:
                text, statements, sources = export_text(self.request, fmt)
            with self.write_lock:
                if self.cancelled:
                    return
                write_new_file(path, text)
                self.written = self.Written(path, fmt, statements, sources)
        except FileExistsError:
            self.post_message(self.Failed(path, "exists", taken=True))
        except OSError as exc:
            self.post_message(self.Failed(path, one_line(exc.strerror or str(exc))))
        else:
            self.post_message(self.written)

    def _notify_written(self, message: Written) -> None:
        self.app.notify(f"Wrote the {FORMAT_NAMES[message.fmt]} briefing ({counted(message.statements, 'statement')} "
                        f"from {counted(message.sources, 'source')}) to {shown_path(message.path)}",
                        title="Exported", markup=False, timeout=10)

    @on(Written)
    def _written(self, message: Written) -> None:
        if self.cancelled:  # Esc came between the write and this message, and has said it already
            return
        self._notify_written(message)
        self.dismiss(message.path)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.writing = False
        if message.taken:  # made by someone else a moment ago
            self._offer_instead(message.path)
        else:
            self._say(f"Cannot write {shown_path(message.path)}: {message.reason}", error=True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "export" and event.state == WorkerState.ERROR:
            self.writing = False
            error = event.worker.error
            self._say(one_line(f"Export failed: {error.__class__.__name__}: {error}")[:200], error=True)

    def action_cancel(self) -> None:
        """Close the dialog; a briefing still being built is cancelled and nothing is written."""
        with self.write_lock:
            self.cancelled = True
            written = self.written
        if written is not None:  # written a moment ago; its message has not arrived yet
            self._notify_written(written)
            self.dismiss(written.path)
            return
        if self.writing:
            self.app.notify("Export cancelled: nothing was written", title="Export", markup=False)
        self.dismiss(None)


def open_export(main: MainScreen, folder: Path | None = None) -> None:
    """Open the export dialog on what ``main`` shows: the story picked, else the whole folder."""
    corpus = main.briefing.corpus
    if corpus is None:
        main.app.notify("The sources are still loading", severity="warning")
        return
    request = ExportRequest(corpus, main.story_focus, folder if folder is not None else Path.cwd(), main.briefing)
    main.app.push_screen(ExportScreen(request))
