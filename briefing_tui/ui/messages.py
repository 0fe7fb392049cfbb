"""App-wide messages: what the loading worker reports to the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefing_tui.corpus import Corpus
    from briefing_tui.search import SearchIndex
    from briefing_tui.ui.briefing_view import BriefingView


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
    """The corpus is parsed, analysed and indexed for the panes and for search."""

    corpus: Corpus
    view: BriefingView
    index: SearchIndex


@dataclass
class LoadFailed(Message):
    """Loading stopped with an unexpected error (bad files are problems, not failures)."""

    reason: str


@dataclass
class ClaimsReady(Message):
    """The comparison worker has aligned the corpus's claims (``corpus.claims`` is now cached)."""

    claims: list
