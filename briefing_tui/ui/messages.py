"""Messages shared by more than one screen (the loader's own messages live in ``loader.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class ClaimsReady(Message):
    """The comparison worker has aligned the corpus's claims (``corpus.claims`` is now cached).

    ``stories``: when the claims are a folder's, compared within each of several stories, each story and how
    many of the claims (in order, story after story) are its; empty for one story or a bare corpus.
    """

    claims: list
    stories: list = field(default_factory=list)
