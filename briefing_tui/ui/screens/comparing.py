"""Screens that need ``corpus.claims``: the comparison runs in a thread worker that only posts a message."""

from __future__ import annotations

from contextlib import nullcontext

from textual import on, work
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from briefing_tui.corpus import Corpus
from briefing_tui.safety import one_line
from briefing_tui.ui.loader import LoadedBriefing
from briefing_tui.ui.messages import ClaimsReady


class ComparingScreen(Screen[None]):
    """A screen over ``self.corpus`` that calls ``start_comparing()`` and gets ``claims_ready(claims)``.

    The claims are aligned once per corpus (``Corpus.claims`` caches them), off the UI thread; the
    briefing's ``analysis_lock`` keeps this worker from analysing the corpus a second time while the
    loader is still at it. ``briefing`` (what the main screen has loaded) gives the reader its view.
    """

    corpus: Corpus
    briefing: LoadedBriefing | None = None
    by_story = False
    """Compare within each story of the folder (as ``briefing diff`` does), not across the whole of it."""

    def start_comparing(self) -> None:
        """Start (or restart) the comparison worker; ``claims_ready`` follows on the UI thread."""
        self._compare()

    def claims_ready(self, claims: list, stories: list | None = None) -> None:
        """Show ``claims`` (subclasses fill their widgets here); ``stories`` as ``ClaimsReady`` has them."""

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _compare(self) -> None:
        with self.briefing.analysis_lock if self.briefing else nullcontext():
            stories = []
            if self.by_story:
                from briefing_tui.stories.compared import compare_folder

                folder = compare_folder(self.corpus)
                claims = folder.claims()
                if len(folder.stories) > 1:
                    stories = [(compared.story, len(compared.claims)) for compared in folder.stories]
            else:
                claims = self.corpus.claims
        self.post_message(ClaimsReady(claims, stories))

    @on(ClaimsReady)
    def _claims_arrived(self, message: ClaimsReady) -> None:
        self.claims_ready(message.claims, message.stories)

    def open_reader(self, source_id: str, mark: tuple[int, int]) -> None:
        """Read ``source_id`` at ``mark`` (with the briefing's analysed view, or this corpus's own)."""
        from briefing_tui.ui.briefing_view import BriefingView
        from briefing_tui.ui.screens.reader import open_reader

        if self.briefing is None:  # opened on a bare corpus (tests): a view of it alone
            self.briefing = LoadedBriefing(self.corpus, BriefingView(self.corpus))
        open_reader(self.app, self.briefing.view, source_id, mark, marked="statement")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "compare" and event.state == WorkerState.ERROR:
            error = event.worker.error
            self.notify(one_line(f"Comparing failed: {error.__class__.__name__}: {error}")[:200],
                        severity="error", markup=False, timeout=30)
