"""Fingerprints of code and input files, so cached results go stale when either changes."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from briefing_tui.sha import sha1

_PKG = Path(__file__).resolve().parent.parent
MODEL_PARTS = ("model_parts.py", "model_derived.py")
"""The modules that define classes of briefing_tui.model (made on first use): shapes of what is stored, as model.py."""


def file_digest(path: Path) -> str:
    """SHA-1 of a file's bytes ('' when it cannot be read)."""
    try:
        return sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@lru_cache(maxsize=16)
def code_fingerprint(packages: tuple[str, ...]) -> str:
    """A hash of every file in these subpackages of briefing_tui, its shipped data folder, model.py (with
    ``MODEL_PARTS``, the parts of it made on first use) and the word table's reader (language_table.py: the
    extractor and the comparison both read the table through it).

    Editing the extractor (or its gazetteer) therefore invalidates cached analyses by itself,
    without anyone remembering to bump a version number.
    """
    h = sha1(file_digest(_PKG / "model.py").encode())  # the shapes of what is stored
    for part in MODEL_PARTS:
        h.update(file_digest(_PKG / part).encode())
    h.update(file_digest(_PKG / "language_table.py").encode())
    for name in (*packages, "data"):
        for parts in _files(name):
            h.update(f"{'/'.join(parts)}\0{_digest(os.path.join(_PKG, *parts))}\n".encode())
    return h.hexdigest()


def _files(package: str) -> list[tuple[str, ...]]:
    """Every file under the package's folder but compiled code, as path parts from ``_PKG``, in the order of
    ``sorted(Path.rglob("*"))`` (part by part); os.walk and plain strings cost a third of pathlib's walk."""
    top = os.path.join(_PKG, package)
    found: list[tuple[str, ...]] = []
    for folder, dirs, files in os.walk(top):
        rel = tuple(os.path.relpath(folder, _PKG).split(os.sep))
        if "__pycache__" in rel:
            dirs[:] = []
            continue
        found.extend((*rel, f) for f in files if not f.endswith(".pyc") and os.path.isfile(os.path.join(folder, f)))
    return sorted(found)


def _digest(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return sha1(f.read()).hexdigest()
    except OSError:
        return ""
