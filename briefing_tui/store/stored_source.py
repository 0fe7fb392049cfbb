"""A source read from the index whose text, paragraphs and sentences load on first use.

A warm start with 10k cached articles builds 10k of these from their small heads; the body of
one is decompressed only when something reads ``raw``, ``paragraphs``, ``sentences``, ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_tui.model import Source

HEAVY_FIELDS = ("raw", "paragraphs", "sentences", "citations", "removed", "meta_spans", "truncated")

BodyLoader = Callable[["StoredSource"], dict[str, Any]]


class StoredSource(Source):
    """A :class:`~briefing_tui.model.Source` whose heavy fields are filled from the index on demand."""

    __slots__ = ("_loader", "_words", "key")

    @classmethod
    def from_head(cls, sid: str, path: str, key: str, head: list[Any], loader: BodyLoader) -> StoredSource:
        """A stub with the light fields of ``head`` (see codec.source_head); ``loader(stub)`` gives the heavy ones."""
        self = object.__new__(cls)
        self.id, self.path, self.key, self._loader = sid, path, key, loader
        (_, _, self.title, self.outlet, self.author, self.published, self.url, self.language, self.format,
         content_hash, languages, self.meta_origin, self._words) = head
        self.content_hash = content_hash or ""
        self.languages = tuple(languages)
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

    def fill(self, fields: dict[str, Any]) -> None:
        """Set the heavy fields (from the loader, or from a bulk load)."""
        for field_name, value in fields.items():
            setattr(self, field_name, value)

    def __getattr__(self, name: str) -> Any:
        # Only called when a slot is still unset: fill every heavy field at once.
        if name not in HEAVY_FIELDS:
            raise AttributeError(name)
        self.fill(self._loader(self))
        return object.__getattribute__(self, name)
