"""Turning article files into rows of a shared index: content keys from the bytes read, parses,
and the members of the shared corpus (with their original bytes).

A member is keyed by content (the file's bytes and its sidecar's), so the same article added twice,
from one machine or several, at once or not, is one row: inserts are ``ON CONFLICT DO NOTHING`` in
short transactions, and nothing is ever read-modified-written (an edited file's old version is
deleted, see :mod:`.mirror`).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing_tui.model import Problem, Source
from briefing_tui.store.codec import source_body, source_head
from briefing_tui.store.versions import PARSER_VERSION

INSERT_PARSE = ("INSERT INTO parses (key, parser, ok, head, body, title, outlet, author, published, url, language, raw) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (key, parser) DO NOTHING")
INSERT_MEMBERS = ("INSERT INTO members (key, stem, name, path, host, original, sidecar_name, sidecar) "
                  "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::bytea[], "
                  "%s::text[], %s::bytea[]) ON CONFLICT (key) DO NOTHING RETURNING key")
"""Many members in one statement (parameters: one list per column, rows sorted by key)."""


@dataclass(eq=False)
class FileBytes:
    """An article file as read once: its bytes, its sidecar's, and the content key they make."""

    path: str
    name: str
    original: bytes
    sidecar_name: str | None
    sidecar: bytes | None
    key: str


def read_file(path: str, sidecar: str | None) -> FileBytes | str:
    """The file and its sidecar as bytes with their content key (the same as
    :func:`briefing_tui.store.files.content_key` gives), or why it cannot be read."""
    from briefing_tui.ingest.decode import MAX_BYTES
    from briefing_tui.ingest.metadata import MAX_YAML_BYTES
    from briefing_tui.safe_read import NotReadable, read_regular

    try:
        data = read_regular(path, MAX_BYTES)
    except (OSError, NotReadable) as exc:
        return f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
    h = hashlib.sha1(data)
    side: bytes | None = None
    if sidecar is not None:
        h.update(b"\0sidecar\0" + Path(sidecar).suffix.encode())
        try:
            side = read_regular(sidecar, MAX_YAML_BYTES)
            h.update(side)
        except (OSError, NotReadable):
            h.update(b"\0unreadable")
    return FileBytes(path, os.path.basename(path), data, os.path.basename(sidecar) if sidecar else None, side,
                     h.hexdigest())


def parse_row(key: str, source: Source | None, problems: list[Problem]) -> tuple:
    """The ``parses`` row of one parse (INSERT_PARSE's parameters)."""
    head = source_head(source, problems)
    if source is None:
        return (key, PARSER_VERSION, False, json.dumps(head, ensure_ascii=False), None,
                None, None, None, None, None, None, None)
    return (key, PARSER_VERSION, True, json.dumps(head, ensure_ascii=False), source_body(source),
            source.title, source.outlet, source.author, source.published, source.url, source.language, source.raw)


def member_row(item: FileBytes) -> tuple:
    """The ``members`` row of an article file (one row of INSERT_MEMBERS's columns)."""
    stem = Path(item.name).stem
    return (item.key, stem, item.name, item.path, socket.gethostname(), item.original, item.sidecar_name, item.sidecar)


def parse_file(item: FileBytes, sid: str) -> tuple[Source | None, list[Problem]]:
    """Parse the bytes read (not the file again: it may have changed since), under the file's path."""
    source, problems = parse_bytes(item.name, item.original, item.sidecar_name, item.sidecar, sid)
    if source is not None:
        source.path = item.path
    return source, [Problem(item.path, p.reason) for p in problems]


def parse_bytes(name: str, original: bytes, sidecar_name: str | None, sidecar: bytes | None,
                sid: str) -> tuple[Source | None, list[Problem]]:
    """Parse an article given as bytes (written to a private temporary folder, read as a file is)."""
    from briefing_tui.ingest.discover import Found
    from briefing_tui.ingest.load import read_article

    with tempfile.TemporaryDirectory(prefix="briefing-") as folder:
        path = Path(folder) / name
        path.write_bytes(original)
        if sidecar_name is not None and sidecar is not None:
            (Path(folder) / sidecar_name).write_bytes(sidecar)
        return read_article(Found(path, sid))


def member_ids(members: list[tuple[str, str]]) -> dict[str, str]:
    """Source ids of the shared corpus's members, from (key, stem) pairs: the file's stem, as when a
    folder is read; stems met more than once get -2, -3, ... in content-key order (deterministic,
    whichever machine added which first)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for key, stem in sorted(members, key=lambda m: (m[1], m[0])):
        sid, n = stem, 2
        while sid in used:
            sid, n = f"{stem}-{n}", n + 1
        used.add(sid)
        out[key] = sid
    return out


def private_copy(data: Any) -> bytes:
    """bytes from what psycopg returns for a bytea (memoryview or bytes)."""
    return bytes(data) if data is not None else b""
