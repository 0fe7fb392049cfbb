"""Cross-source results cached by a backend: their key (signature) and the get-or-compute step.

Both backends (SQLite, PostgreSQL) key a result by the corpus state and the code that made it, and
store it as bytes in their own codec; this module holds that logic once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from briefing_tui.gcpause import paused_gc, settle_young
from briefing_tui.sha import sha1
from briefing_tui.store.analysis_codec import pack_analysis, unpack_analysis
from briefing_tui.store.codec import CodecError, pack_value, unpack_value
from briefing_tui.store.fingerprint import code_fingerprint, file_digest
from briefing_tui.store.versions import PARSER_VERSION

T = TypeVar("T")

CODECS: dict[str, tuple[Callable[[Any], bytes], Callable[[bytes], Any]]] = {
    "analysis": (pack_analysis, unpack_analysis),  # mentions decoded on first use
}
"""Codecs of the result kinds that need their own; every other kind is a plain packed value."""


def result_signature(members_digest: str, depends: tuple[str, ...], inputs: Iterable[Path]) -> str:
    """A result key for one corpus state: its members, the parser, the code of ``depends``, files ``inputs``."""
    h = sha1(f"parser {PARSER_VERSION}\n{members_digest}\n".encode())
    h.update(code_fingerprint(depends).encode())
    for p in inputs:
        h.update(f"{p}\0{file_digest(p)}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def get_or_compute(kind: str, signature: str, get: Callable[[str, str], Any],
                   put: Callable[[str, str, bytes, Any], None], compute: Callable[[], T]) -> T:
    """The stored ``(kind, signature)`` result, else ``compute()``, stored through ``put(kind, signature,
    blob, value)`` when it can be packed (a damaged stored blob is computed again)."""
    pack_result, unpack_result = CODECS.get(kind, (pack_value, unpack_value))
    blob = get(kind, signature)
    if blob is not None:
        if hasattr(blob, "recompute"):  # read when sliced (stored_rows.StoredBlob): made again should its row go
            blob.recompute = lambda: pack_result(compute())
        try:
            with paused_gc():
                value = unpack_result(blob)
                settle_young()  # the decoded result lives on: not scanned again as young objects
                return value
        except (CodecError, RecursionError):
            pass
    value = compute()
    try:
        with paused_gc():  # encoding allocates a container per stored row, and makes no cycles
            blob = pack_result(value)
    except (TypeError, ValueError, RecursionError):
        return value  # not storable: the result is still returned
    put(kind, signature, blob, value)
    return value
