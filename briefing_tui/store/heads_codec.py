"""How a corpus's heads (each stored source's light fields, :func:`~briefing_tui.store.codec.source_head`) are stored.

A sync after one edited or added file needs the digest of every article's text (to find a file repeating
another's text) and then stores the heads again with the changed file's. Stored as one compressed JSON list,
that was a decode of every head (~13 ms CPU at 2,000 sources) and an encode of every head (~19 ms) for one
changed head. They are stored instead as columns, each after its length (8 bytes, big-endian):

- a JSON header: the parser version and how many heads;
- the content keys, joined by NUL (no hex key holds one);
- the digests of the articles' texts (the head's ``text_hash``, empty when it has none), joined by NUL;
- each head's JSON document (as :func:`~briefing_tui.store.codec.pack` writes it, not compressed), joined by NUL:
  JSON escapes every control character, so no document holds one.

So the text digests are read without a head's JSON, a head is decoded only when asked for, and the record is
made again from the last one's documents as they are (only new heads are written as JSON). A record in the
older form (a compressed JSON object of keys and heads) still reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from briefing_tui.store.codec import TEXT_HASH_AT, CodecError, unpack
from briefing_tui.store.columns import pack_columns, split_columns

if TYPE_CHECKING:
    from briefing_tui.store.synced import Planned

MAGIC = b"\x00heads/2\x00"
_COLUMNS = 4  # the header, keys, text digests, documents
_SEPARATOR = b"\0"
DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""A head's JSON document, as :func:`~briefing_tui.store.codec.pack` writes JSON (made once)."""
DECODE_ALL_SHARE = 0.5
"""When more than this share of a record's heads are asked for, every document is decoded in one JSON parse
(one call for thousands of small ones); fewer are decoded one by one."""


def text_of(head: Any) -> str:
    """The digest of the article text a head keeps ("" when unknown: never a repeat)."""
    value = head[TEXT_HASH_AT] if isinstance(head, list) and len(head) > TEXT_HASH_AT else None
    return value if isinstance(value, str) else ""


def head_document(head: list) -> bytes:
    """One head as the record stores it."""
    return DUMPS(head).encode("utf-8", "surrogatepass")


class HeadsRecord:
    """A stored heads record, read: ``keys`` and ``parser`` at once, text digests and heads when asked for."""

    def __init__(self, parser: str, keys: list[str], texts: list[str] | None, documents: list[bytes] | None,
                 heads: list | None = None) -> None:
        self.parser, self.keys = parser, keys
        self._texts, self._documents, self._heads = texts, documents, heads
        self._at: dict[str, int] | None = None

    def _position(self) -> dict[str, int]:
        if self._at is None:
            self._at = {k: i for i, k in enumerate(self.keys)}
        return self._at

    def heads(self, wanted: Collection[str]) -> dict[str, list]:
        """The heads of the ``wanted`` keys the record holds: each decoded alone when they are few
        (:data:`DECODE_ALL_SHARE`), else every document in one decode."""
        at = self._position()
        out: dict[str, list] = {}
        try:
            if self._heads is None and self._documents is not None and len(wanted) > DECODE_ALL_SHARE * len(at):
                self._heads = json.loads(b"[" + b",".join(self._documents) + b"]")
            for key in wanted:
                i = at.get(key)
                if i is not None:
                    out[key] = self._heads[i] if self._heads is not None else json.loads(
                        self._documents[i])  # type: ignore[index]
        except (ValueError, UnicodeDecodeError) as exc:
            raise CodecError(f"malformed heads: {exc}") from None
        return out

    def row(self, key: str) -> tuple[str, bytes] | None:
        """``key``'s text digest and stored head document (None when the record lacks it or is of the older form)."""
        i = self._position().get(key)
        if i is None or self._documents is None or self._texts is None:
            return None
        return self._texts[i], self._documents[i]

    def texts(self, wanted: Collection[str]) -> dict[str, str]:
        """The text digests of the ``wanted`` keys the record holds."""
        at = self._position()
        if self._texts is None:  # the older form: from the heads
            return {key: text_of(self._heads[at[key]]) for key in wanted if key in at}  # type: ignore[index]
        return {key: self._texts[at[key]] for key in wanted if key in at}



def pack_heads(parser: str, rows: Iterable[tuple[str, str, bytes]]) -> bytes:
    """The stored record of ``rows`` (content key, text digest, head document), in their order."""
    keys, texts, documents = [], [], []
    for key, text, document in rows:
        keys.append(key)
        texts.append(text)
        documents.append(document)
    header = json.dumps({"parser": parser, "count": len(keys)}).encode("utf-8")
    columns = [header, "\0".join(keys).encode("utf-8", "surrogatepass"),
               "\0".join(texts).encode("utf-8", "surrogatepass"), _SEPARATOR.join(documents)]
    if any(column.count(_SEPARATOR) != max(len(keys) - 1, 0) for column in columns[1:]):
        raise ValueError("a NUL in a heads record's column")
    return pack_columns(MAGIC, columns)


def unpack_heads(blob: bytes) -> HeadsRecord:
    """The record stored as ``blob`` (either form); CodecError when malformed."""
    if not blob.startswith(MAGIC):
        data = unpack(blob)
        try:
            keys, heads = list(data["keys"]), list(data["heads"])
            if len(keys) != len(heads):
                raise ValueError("keys do not match the heads")
            return HeadsRecord(str(data["parser"]), keys, None, None, heads)
        except (KeyError, TypeError, ValueError) as exc:
            raise CodecError(f"malformed heads: {exc}") from None
    try:
        columns = split_columns(blob, MAGIC, _COLUMNS)
        header = json.loads(columns[0].decode("utf-8"))
        count = int(header["count"])
        keys = columns[1].decode("utf-8", "surrogatepass").split("\0") if count else []
        texts = columns[2].decode("utf-8", "surrogatepass").split("\0") if count else []
        documents = columns[3].split(_SEPARATOR) if count else []
        if any(len(column) != count for column in (keys, texts, documents)):
            raise ValueError("columns do not match the count")
        return HeadsRecord(str(header["parser"]), keys, texts, documents)
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise CodecError(f"malformed heads: {exc}") from None


def heads_blob(parser: str, record: HeadsRecord | None, kept: Sequence[Planned],
               read_heads: Callable[[set[str]], dict[str, list]]) -> bytes:
    """The heads record of the ``kept`` files (in their order, each content key once): the heads read in this
    sync as they are, the others' documents copied from the last ``record`` (no head decoded or encoded again),
    any it lacks read by ``read_heads`` (keys found nowhere are left out)."""
    rows: dict[str, tuple[str, bytes] | None] = {}
    for p in kept:
        if p.key is None or p.key in rows:
            continue
        if p.head is not None:
            rows[p.key] = (text_of(p.head), head_document(p.head))
        else:
            rows[p.key] = record.row(p.key) if record is not None else None
    need = {k for k, row in rows.items() if row is None}
    found = read_heads(need) if need else {}
    for key in need:
        head = found.get(key)
        rows[key] = (text_of(head), head_document(head)) if head is not None else None
    return pack_heads(parser, ((k, *row) for k, row in rows.items() if row is not None))
