"""Loading a briefing off the UI thread: what to load, the job a worker runs, the messages it posts, what it loaded.

The job (:func:`load_briefing`) is plain code: it parses, analyses and indexes the corpus and only *posts*
messages; the main screen runs it in a thread worker and handles the messages on the UI thread.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from briefing_tui.model import LoadOptions, Problem
from briefing_tui.safety import one_line
from briefing_tui.ui.briefing_view import BriefingView
from briefing_tui.wording import counted

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.search import SearchIndex

# The screens not shown at start, imported in a thread once the corpus is loaded: the first frame does
# not wait for modules it does not show, and the first ? or d does not wait for them either.
SCREEN_MODULES = ("briefing_tui.ui.screens.help", "briefing_tui.ui.screens.reader", "briefing_tui.ui.screens.search",
                  "briefing_tui.ui.screens.diff", "briefing_tui.ui.screens.pairwise",
                  "briefing_tui.ui.screens.source_picker", "briefing_tui.ui.screens.story_picker",
                  "briefing_tui.ui.screens.problems")
PROBLEM_NAME_WIDTH = 60  # a skipped file's name in a toast is cut here
PROBLEM_REASON_WIDTH = 160  # and its reason here


@dataclass
class LoadRequest:
    """What to load: ``corpus`` when it is already in memory, else ``paths`` (none: the embedded seeds).

    ``options`` (index, cache, links) apply when the paths are read; ``freeze_gc`` moves the loaded corpus
    out of the garbage collector's later passes (the CLI sets it: the corpus lives until exit).
    """

    paths: list[str | Path] = field(default_factory=list)
    corpus: Corpus | None = None
    options: LoadOptions = field(default_factory=LoadOptions)
    freeze_gc: bool = False


@dataclass(eq=False)
class LoadedBriefing:
    """What the loader has produced so far (each None until it is ready), shared by the screens that read it.

    The main screen fills it; the diff, claim and pairwise screens read ``view`` when they open the
    reader, so they see the analysed view even when they were opened while loading. ``analysis_lock``
    lets one thread at a time analyse the corpus (the loader, a comparison).
    """

    corpus: Corpus | None = None
    view: BriefingView | None = None
    index: SearchIndex | None = None
    analysis_lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class LoadProgress(Message):
    """``done`` of ``total`` files parsed (or a later stage, named by ``stage``)."""

    done: int
    total: int
    stage: str = "Parsing"

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class SourcesReady(Message):
    """The articles are parsed; entities and quotes are still being found (``view.analysed`` is False)."""

    corpus: Corpus
    view: BriefingView


@dataclass
class CorpusReady(Message):
    """The corpus is parsed and analysed: every pane can be filled (search is still being indexed)."""

    corpus: Corpus
    view: BriefingView


@dataclass
class SearchReady(Message):
    """The search index over ``corpus`` (the one of the last :class:`CorpusReady`) is built."""

    corpus: Corpus
    index: SearchIndex


class LoadCancelled(Exception):
    """Raised inside the loader's progress callback once its worker is cancelled."""


def load_briefing(paths: list[str | Path], corpus: Corpus | None, options: LoadOptions,
                  post: Callable[[Message], object], cancelled: Callable[[], bool],
                  analysis_lock: threading.Lock) -> None:
    """Parse ``paths`` (unless ``corpus`` is given), then analyse and index it, posting each stage with ``post``.

    The stages: the sources (:class:`SourcesReady`), their entities and quotes (:class:`CorpusReady`: every
    pane can be filled), then the search index (:class:`SearchReady`), built last so the panes never wait for it.

    Returns quietly once ``cancelled()`` holds (the app is quitting: stop parsing instead of holding up
    the exit). Any other error propagates: the worker reports it.
    """

    def progress(done: int, total: int) -> None:
        if cancelled():
            raise LoadCancelled
        post(LoadProgress(done, total))

    if corpus is None:
        try:
            from briefing_tui.corpus import load_corpus  # here: the first frame does not wait for it

            corpus = load_corpus(paths or None, progress=progress, index=options.index, cache=options.cache,
                                 follow_links=options.follow_links)
        except LoadCancelled:
            return
    sources_view = BriefingView(corpus, analysed=False)
    post(SourcesReady(corpus, sources_view))
    with analysis_lock:
        view = BriefingView(corpus, names=sources_view.names)
    post(CorpusReady(corpus, view))
    # The panes are filled; what only later steps read is prepared now, off the UI thread.
    with analysis_lock:
        view.link_mentions()
    if cancelled():
        return
    from briefing_tui.search import SearchIndex, corpus_items  # not before the first frame: it does not need them

    items = corpus_items(corpus, cancelled)
    if cancelled():
        return
    index = SearchIndex(items)
    if not cancelled():
        post(SearchReady(corpus, index))


def import_screens() -> None:
    """Import the screens not shown yet (run off the UI thread, so ``?``, ``/``, ``d`` and Enter open at once)."""
    for name in SCREEN_MODULES:
        importlib.import_module(name)


def problem_line(problem: Problem) -> str:
    """``file name: reason`` for a toast: the name (not the whole path) cut at 60 characters, the reason whole."""
    name = one_line(Path(problem.path).name) or one_line(problem.path)
    if len(name) > PROBLEM_NAME_WIDTH:
        name = name[:PROBLEM_NAME_WIDTH - 1] + "…"
    return f"{name}: {one_line(problem.reason)[:PROBLEM_REASON_WIDTH]}"


def problems_toast(problems: Sequence[Problem]) -> str:
    """The toast naming the problems met reading files (the first three, then how many more: ``!`` lists all)."""
    shown = "; ".join(problem_line(p) for p in problems[:3])
    more = f" (and {len(problems) - 3} more: press ! to see them all)" if len(problems) > 3 else ""
    return f"{counted(len(problems), 'problem')} reading files: {shown}{more}"
