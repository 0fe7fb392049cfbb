"""Plain JSON for what the index stores: never pickle, so a planted file cannot run code.

Sources are split in two: a small ``head`` (metadata, counts, problems) read for every source on
a warm start, and a compressed ``body`` (text, paragraphs, sentences, ...) read only when a source
is opened. Texts that equal ``raw[start:end]`` are not stored twice.

Other results (entities, quotes, claims) go through a generic codec for dataclasses defined in
this package; decoding only ever builds those dataclasses, lists, dicts and plain values.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import zlib
from itertools import chain
from operator import attrgetter
from typing import Any

from briefing_tui.model import Problem, Source

HEAD_FIELDS = ("title", "outlet", "author", "published", "url", "language", "format", "content_hash", "text_hash")
"""Source fields kept in the head (with id and path, which come from the file listing)."""

HEAD_LENGTH = 2 + len(HEAD_FIELDS) + 3
TEXT_HASH_AT = 2 + HEAD_FIELDS.index("text_hash")
"""Where a head keeps the digest of the article's text."""
"""A head is a list: problems, ok, the HEAD_FIELDS, languages, meta_origin, words (positional: a
warm start decodes 10k of them)."""


class CodecError(ValueError):
    """Stored data that does not decode into what it should."""


def pack(obj: Any, compress: bool = True) -> bytes:
    """JSON, compressed unless ``compress`` is false (for what every warm start reads: faster)."""
    data = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return zlib.compress(data, 1) if compress else data


def unpack(blob: bytes) -> Any:
    """The inverse of :func:`pack`; CodecError on anything malformed."""
    try:
        data = blob if blob[:1] in (b"{", b"[") else zlib.decompress(blob)
        return json.loads(data.decode("utf-8", "surrogatepass"))
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise CodecError(f"undecodable stored data: {exc}") from None


def source_head(source: Source | None, problems: list[Problem]) -> list[Any]:
    """The light part of a parse result (see HEAD_LENGTH)."""
    reasons = [p.reason for p in problems]
    if source is None:
        return [reasons, False, *([None] * len(HEAD_FIELDS)), [], {}, 0]
    return [reasons, True, *(getattr(source, k) for k in HEAD_FIELDS), list(source.languages),
            dict(source.meta_origin), source.words]


def read_head(text: str) -> list[Any]:
    """Parse a stored head; CodecError when it is not one."""
    try:
        head = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise CodecError(f"undecodable head: {exc}") from None
    if not isinstance(head, list) or len(head) != HEAD_LENGTH:
        raise CodecError("malformed head")
    return head


def _span_text(raw: str, start: int, end: int, text: str) -> str | None:
    return None if raw[start:end] == text else text


def source_body(source: Source) -> bytes:
    """The heavy part of a source, compressed."""
    raw = source.raw
    return pack({
        "raw": raw,
        "paragraphs": [[p.start, p.end, _span_text(raw, p.start, p.end, p.text), p.kind, p.section]
                       for p in source.paragraphs],
        "sentences": [[s.index, s.start, s.end, _span_text(raw, s.start, s.end, s.text), s.paragraph, list(s.citations)]
                      for s in source.sentences],
        "citations": [[c.start, c.end, list(c.numbers), c.sentence] for c in source.citations],
        "removed": [[r.start, r.end, r.reason] for r in source.removed],
        "meta_spans": {k: list(v) for k, v in source.meta_spans.items()},
        "truncated": source.truncated,
        "encoding": source.encoding,
    })


def body_fields(blob: bytes) -> dict[str, Any]:
    """Decode a body into the Source fields it holds."""
    from briefing_tui.model import Citation, Paragraph, Removed, Sentence  # (made on first use: a lookup reads no body)

    data = unpack(blob)
    try:
        raw = data["raw"]
        return {
            "raw": raw,
            "paragraphs": [Paragraph(a, b, raw[a:b] if t is None else t, kind, section)
                           for a, b, t, kind, section in data["paragraphs"]],
            "sentences": [Sentence(i, a, b, raw[a:b] if t is None else t, p, tuple(c))
                          for i, a, b, t, p, c in data["sentences"]],
            "citations": [Citation(a, b, tuple(n), s) for a, b, n, s in data["citations"]],
            "removed": [Removed(a, b, r) for a, b, r in data["removed"]],
            "meta_spans": {k: (v[0], v[1]) for k, v in data["meta_spans"].items()},
            "truncated": bool(data.get("truncated", False)),
            "encoding": str(data.get("encoding", "utf-8")),
        }
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CodecError(f"malformed source body: {exc}") from None


# --- generic dataclasses (analysis, claims, and whatever later stages produce) ---

_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Classes a stored value may have as it is (exactly these: a subclass of str goes through encode_value)."""
_TYPE_KEY = "\u0000t"
_TABLE_KEY = "\u0000rows"


def encode_value(obj: Any) -> Any:
    """A JSON-able form of ``obj`` (dataclasses of this package, lists, tuples, dicts, plain values).

    Raises TypeError for anything else, so unknown data is never cached half-right. Plain values inside
    lists, tables and dataclasses are taken as they are without a call each (a corpus-wide analysis
    holds some 400k of them: the calls were most of what encoding it cost).
    """
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, (list, tuple)):
        first = obj[0] if obj else None
        if first is not None and dataclasses.is_dataclass(first) and all(x.__class__ is first.__class__ for x in obj):
            # A list of one dataclass: a table (field names once, rows positional).
            name, names = _class_name(first.__class__)
            cells = attrgetter(*names) if len(names) > 1 else (lambda x: (getattr(x, names[0]),))
            rows: list = list(map(cells, obj))  # tuples: JSON writes them as lists
            if not set(map(type, chain.from_iterable(rows))) <= _PLAIN:
                rows = [[v if v.__class__ in _PLAIN else encode_value(v) for v in row] for row in rows]
            return {_TABLE_KEY: name, "fields": list(names), "rows": rows}
        return [x if x.__class__ in _PLAIN else encode_value(x) for x in obj]
    if isinstance(obj, dict):
        if not all(isinstance(k, str) for k in obj):
            raise TypeError("cannot store a dict with non-string keys")
        if _TYPE_KEY in obj or _TABLE_KEY in obj:
            raise TypeError("reserved key in stored dict")
        return {k: v if v.__class__ in _PLAIN else encode_value(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        name, names = _class_name(type(obj))
        out = {_TYPE_KEY: name}
        for field_name in names:
            value = getattr(obj, field_name)
            out[field_name] = value if value.__class__ in _PLAIN else encode_value(value)
        return out
    raise TypeError(f"cannot store a {type(obj).__name__}")


def pack_value(obj: Any) -> bytes:
    """:func:`encode_value`, then :func:`pack`."""
    return pack(encode_value(obj))


def unpack_value(blob: bytes) -> Any:
    """The inverse of :func:`pack_value`. Objects are rebuilt by json's C decoder calling
    :func:`_build` (a tenth of the time of walking the decoded tree in Python)."""
    try:
        data = blob if blob[:1] in (b"{", b"[") else zlib.decompress(blob)
        return _decode_built(data.decode("utf-8", "surrogatepass"))
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise CodecError(f"undecodable stored data: {exc}") from None


def decode_value(data: Any) -> Any:
    """The inverse of :func:`encode_value`; CodecError for types that are not ours."""
    if isinstance(data, list):
        return [decode_value(x) for x in data]
    if isinstance(data, dict):
        return _build({k: decode_value(v) for k, v in data.items()})
    return data


def _build(data: dict[str, Any]) -> Any:
    """A dataclass from its stored dict (whose values are already decoded), a list of them from a
    stored table, or the dict itself."""
    name = data.pop(_TYPE_KEY, None)
    if name is None:
        table = data.pop(_TABLE_KEY, None)
        return data if table is None else _rows(table, data)
    cls, tuple_fields = _class_named(name)
    for field_name in tuple_fields:
        value = data.get(field_name)
        if value.__class__ is list:
            data[field_name] = tuple(value)
    try:
        return cls(**data)
    except TypeError as exc:
        raise CodecError(f"stored {name} does not fit: {exc}") from None


_decode_built = json.JSONDecoder(object_hook=_build).decode
"""json.loads(..., object_hook=_build) without a decoder made per call: a run after an edit decodes some 6,000
stored rows (each source's names, quotes and spread row), and making the decoder was a fifth of decoding them."""


def _rows(name: str, table: dict[str, Any]) -> list[Any]:
    cls, tuple_fields = _class_named(name)
    try:
        fields, rows = table["fields"], table["rows"]
        if fields != list(_class_name(cls)[1]):
            raise CodecError(f"stored {name} has other fields than the code now")
        if tuple_fields:
            at = [fields.index(f) for f in tuple_fields]
            for row in rows:
                for i in at:
                    if row[i].__class__ is list:
                        row[i] = tuple(row[i])
        return [cls(*row) for row in rows]
    except (KeyError, TypeError, ValueError) as exc:
        raise CodecError(f"stored {name} table does not fit: {exc}") from None


_NAMES: dict[type, tuple[str, tuple[str, ...]]] = {}
_CLASSES: dict[str, tuple[type, tuple[str, ...]]] = {}


def _class_name(cls: type) -> tuple[str, tuple[str, ...]]:
    """The stored name of a dataclass of this package and its init fields."""
    known = _NAMES.get(cls)
    if known is None:
        if not cls.__module__.startswith("briefing_tui."):
            raise TypeError(f"cannot store {cls.__module__}.{cls.__qualname__}")
        known = (f"{cls.__module__}:{cls.__qualname__}", tuple(f.name for f in dataclasses.fields(cls) if f.init))
        _NAMES[cls] = known
    return known


def _class_named(name: str) -> tuple[type, tuple[str, ...]]:
    """The dataclass a stored name stands for (only in this package) and its tuple-typed fields."""
    known = _CLASSES.get(name)
    if known is not None:
        return known
    if not isinstance(name, str):
        raise CodecError("stored type name is not a string")
    module, _, qualname = name.partition(":")
    if not module.startswith("briefing_tui.") or not qualname.isidentifier():
        raise CodecError(f"refusing to build stored type {name!r}")
    try:
        cls = getattr(importlib.import_module(module), qualname)
    except (ImportError, AttributeError):
        raise CodecError(f"stored type {name!r} no longer exists") from None
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise CodecError(f"stored type {name!r} is not a dataclass")
    known = (cls, tuple(f.name for f in dataclasses.fields(cls) if "tuple" in str(f.type)))
    _CLASSES[name] = known
    return known
