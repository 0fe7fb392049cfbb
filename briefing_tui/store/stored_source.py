"""A source read from the index whose text, paragraphs and sentences load on first use.

A warm start with 10k cached articles builds 10k of these from their small heads; the body of
one is decompressed only when something reads one of its heavy fields (``raw``, ``paragraphs``,
``sentences``, ...). Each heavy field is an explicit property over the slot :class:`Source` keeps
it in: reading it while the slot is empty loads the whole body once (:meth:`StoredSource.load`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_tui.model import Source

HEAVY_FIELDS = ("raw", "paragraphs", "sentences", "citations", "removed", "meta_spans", "truncated", "encoding")

BodyLoader = Callable[["StoredSource"], dict[str, Any]]
_RAW_SLOT = getattr(Source, "raw")


def _heavy(name: str) -> property:
    """A property reading ``Source``'s slot ``name``, loading the body first when the slot is still empty."""
    slot = getattr(Source, name)  # the slot's member descriptor (class access)

    def get(self: StoredSource) -> Any:
        try:
            return slot.__get__(self, Source)
        except AttributeError:
            self.load()
            return slot.__get__(self, Source)

    def set_(self: StoredSource, value: Any) -> None:
        slot.__set__(self, value)

    return property(get, set_, doc=f"``Source.{name}``, read from the index on first use.")


class StoredSource(Source):
    """A :class:`~briefing_tui.model.Source` whose heavy fields are filled from the index on demand."""

    __slots__ = ("_loader", "_words", "key")

    raw = _heavy("raw")
    paragraphs = _heavy("paragraphs")
    sentences = _heavy("sentences")
    citations = _heavy("citations")
    removed = _heavy("removed")
    meta_spans = _heavy("meta_spans")
    truncated = _heavy("truncated")
    encoding = _heavy("encoding")

    @classmethod
    def from_head(cls, sid: str, path: str, key: str, head: list[Any], loader: BodyLoader) -> StoredSource:
        """A record with the light fields of ``head`` (see codec.source_head); ``loader(record)`` gives the heavy ones."""
        self = object.__new__(cls)
        self.id, self.path, self.key, self._loader = sid, path, key, loader
        (_, _, self.title, self.outlet, self.author, self.published, self.url, self.language, self.format,
         content_hash, text_hash, languages, self.meta_origin, self._words) = head
        self.content_hash = content_hash or ""
        self.text_hash = text_hash or ""
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
            _RAW_SLOT.__get__(self, Source)
        except AttributeError:
            return False
        return True

    def load(self) -> None:
        """Read the heavy fields from the index (or the file) now."""
        self.fill(self._loader(self))

    def read_body(self) -> dict[str, Any]:
        """The heavy fields, read now and not kept (a pass over every source then holds one body at a time);
        a source already loaded gives its own."""
        if self.loaded:
            return {name: getattr(self, name) for name in HEAVY_FIELDS}
        return self._loader(self)

    def fill(self, fields: dict[str, Any]) -> None:
        """Set the heavy fields (from the loader, or from a bulk load)."""
        for field_name, value in fields.items():
            setattr(self, field_name, value)
