"""Fingerprints of code and input files, so cached results go stale when either changes."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent


def file_digest(path: Path) -> str:
    """SHA-1 of a file's bytes ('' when it cannot be read)."""
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@lru_cache(maxsize=16)
def code_fingerprint(packages: tuple[str, ...]) -> str:
    """A hash of every file in these subpackages of briefing_tui, its shipped data folder and model.py.

    Editing the extractor (or its gazetteer) therefore invalidates cached analyses by itself,
    without anyone remembering to bump a version number.
    """
    h = hashlib.sha1(file_digest(_PKG / "model.py").encode())  # the shapes of what is stored
    for name in (*packages, "data"):
        folder = _PKG / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                h.update(f"{path.relative_to(_PKG).as_posix()}\0{file_digest(path)}\n".encode())
    return h.hexdigest()
