"""Messages shared by more than one screen (the loader's own messages live in ``loader.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ClaimsReady(Message):
    """The comparison worker has aligned the corpus's claims (``corpus.claims`` is now cached)."""

    claims: list
