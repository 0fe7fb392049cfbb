"""A source read from the index whose text, paragraphs and sentences load on first use.

A warm start with 10k cached articles builds 10k of these from their small heads; the body of
one is decompressed only when something reads ``raw``, ``paragraphs``, ``sentences``, ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_tui.model import Source

HEAVY_FIELDS = ("raw", "paragraphs", "sentences", "citations", "removed", "meta_spans")

BodyLoader = Callable[["StoredSource"], dict[str, Any]]


class StoredSource(Source):
    """A :class:`~briefing_tui.model.Source` whose heavy fields are filled from the index on demand."""

    __slots__ = ("_loader", "_words")

    @classmethod
    def from_head(cls, sid: str, path: str, key: str, head: dict[str, Any], loader: BodyLoader) -> StoredSource:
        """A stub with the light fields of ``head``; ``loader(stub)`` returns the heavy ones."""
        self = object.__new__(cls)
        self.id, self.path = sid, path
        for name in ("title", "outlet", "author", "published", "url", "language"):
            setattr(self, name, _text_or_none(head.get(name)))
        self.format = str(head.get("format") or "article")
        self.languages = tuple(str(x) for x in head.get("languages") or ())
        self.meta_origin = {str(k): str(v) for k, v in (head.get("meta_origin") or {}).items()}
        self.content_hash = str(head.get("content_hash") or key)
        self._words = int(head.get("words") or 0)
        self._loader = loader
        return self

    @property
    def words(self) -> int:
        """Word count of the cleaned body (stored, so listing sources loads no text)."""
        return self._words

    @property
    def loaded(self) -> bool:
        """Whether the heavy fields are in memory."""
        try:
            object.__getattribute__(self, "raw")
        except AttributeError:
            return False
        return True

    def __getattr__(self, name: str) -> Any:
        # Only called when a slot is still unset: fill every heavy field at once.
        if name not in HEAVY_FIELDS:
            raise AttributeError(name)
        for field_name, value in self._loader(self).items():
            setattr(self, field_name, value)
        return object.__getattribute__(self, name)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
