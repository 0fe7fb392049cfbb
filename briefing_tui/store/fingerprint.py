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
    """:func:`content_fingerprint` of ``packages``, read from the user's cache folder when none of its files
    changed since it was kept there (store/code_stamps.py: a warm lookup then reads and hashes no code file)."""
    from briefing_tui.store.code_stamps import keep_fingerprint, kept_fingerprint, now_ns, stamps_name

    stamps = _stamps(packages)
    name = stamps_name(str(_PKG), packages, stamps)
    kept = kept_fingerprint(name)
    if kept is not None:
        return kept
    read_from = now_ns()
    fingerprint = content_fingerprint(packages)
    keep_fingerprint(name, fingerprint, stamps, read_from)
    return fingerprint


def _stamps(packages: tuple[str, ...]) -> list[tuple[str, tuple[int, int, int, int] | None]]:
    """Each file :func:`content_fingerprint` reads, in its order, with its stamp (None when it is not there)."""
    from briefing_tui.store.code_stamps import file_stamp

    singles = ("model.py", *MODEL_PARTS, "language_table.py")
    stamps = [(name, file_stamp(os.path.join(_PKG, name))) for name in singles]
    for name in (*packages, "data"):
        stamps.extend(("/".join(parts), stamp) for parts, stamp in _files(name, stamped=True))
    return stamps


def content_fingerprint(packages: tuple[str, ...]) -> str:
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
        for parts, _ in _files(name):
            h.update(f"{'/'.join(parts)}\0{_digest(os.path.join(_PKG, *parts))}\n".encode())
    return h.hexdigest()


def _files(package: str, stamped: bool = False) -> list[tuple[tuple[str, ...], tuple[int, int, int, int] | None]]:
    """Every file under the package's folder but compiled code, as path parts from ``_PKG``, in the order of
    ``sorted(Path.rglob("*"))`` (part by part); os.walk and plain strings cost a third of pathlib's walk.
    Each with its stamp when ``stamped`` (code_stamps.file_stamp: the regular-file test ``os.path.isfile``
    makes, kept), else None."""
    from briefing_tui.store.code_stamps import file_stamp

    top = os.path.join(_PKG, package)
    found: list[tuple[tuple[str, ...], tuple[int, int, int, int] | None]] = []
    for folder, dirs, files in os.walk(top):
        rel = tuple(os.path.relpath(folder, _PKG).split(os.sep))
        if "__pycache__" in rel:
            dirs[:] = []
            continue
        for f in files:
            if f.endswith(".pyc"):
                continue
            if stamped:
                stamp = file_stamp(os.path.join(folder, f))
                if stamp is not None:
                    found.append(((*rel, f), stamp))
            elif os.path.isfile(os.path.join(folder, f)):
                found.append(((*rel, f), None))
    return sorted(found, key=lambda item: item[0])


def _digest(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return sha1(f.read()).hexdigest()
    except OSError:
        return ""
