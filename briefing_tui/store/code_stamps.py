"""The code fingerprint of unchanged code files, known from their stamps instead of their bytes.

Every lookup through the index keys its results by :func:`briefing_tui.store.fingerprint.content_fingerprint`:
the SHA-1 of every file of the packages it depends on. A warm ``briefing quotes`` needs two (``ingest`` for
the listing, ``extract`` for the analysis): some 120 files and 1 MB read and hashed, ~5 ms of CPU on every
run, for code that changes only when the program does. Each fingerprint is kept instead in the user's cache
folder (``code/``, beside ``index/`` and ``tables/``), in a file named by the stamps of the files it covers;
a run whose files have the same stamps reads it and hashes nothing.

- exact: a stamp is each file's path, size, mtime, ctime and inode (``os.stat``, as ``os.path.isfile`` already
  takes it). Writing a file moves its ctime, which no program can set back (``os.utime`` moves it too), and a
  file replaced (a reinstall) is a new inode with a new ctime: any change of any file names another kept file.
  A fingerprint is kept only when every file's mtime and ctime are older than ``RACY_NS`` before its bytes
  were read (a change within the same clock tick would keep its stamps), as the index trusts article files;
- safe: the kept file holds the fingerprint behind the SHA-1 of what it covers; anything else is a miss (the
  files are hashed, as without it); the cache folder is never created here (a ``--no-cache`` run on a clean
  machine writes nothing); files are private and written whole; a package set's older files are removed.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from briefing_tui.paths import user_cache_dir
from briefing_tui.sha import sha1

CODE_FOLDER = "code"
"""The kept fingerprints' folder inside the user's cache folder."""
FOLDER_MODE = 0o700
FILE_MODE = 0o600
"""Private, like the indexes and the kept tables."""
FORMAT = b"briefing-tui kept code fingerprint 1\n"
"""Hashed into every file's name: changing how fingerprints are kept names new files."""
RACY_NS = 2_000_000_000
"""A file changed this close to the moment its bytes were read may change again within the same timestamp
tick: its fingerprint is not kept (store/listing.py's rule for folders, store/index.py's for articles)."""
FINGERPRINT_CHARS = 40
"""A kept fingerprint: the hex SHA-1 of the files' bytes."""
STEM_CHARS = 16
"""Hex characters of the name part shared by one install's versions of one fingerprint (64 bits: no two meet)."""

Stamp = tuple[int, int, int, int]
"""(size, mtime_ns, ctime_ns, inode) of a regular file."""


def file_stamp(path: str) -> Stamp | None:
    """The stamp of ``path`` when it is a regular file (symbolic links followed, as ``os.path.isfile``), else None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def stamps_name(root: str, packages: tuple[str, ...], stamps: list[tuple[str, Stamp | None]]) -> str:
    """The kept file's name for these packages of the program installed at ``root`` and these files' stamps (a
    missing file stamped None)."""
    h = sha1(FORMAT + "\0".join(packages).encode("utf-8", "surrogatepass"))
    for name, st in stamps:
        h.update(f"{name}\0{st}\n".encode("utf-8", "surrogatepass"))
    return f"{_stem(root, packages)}-{h.hexdigest()}"


def _stem(root: str, packages: tuple[str, ...]) -> str:
    """The part of a kept file's name shared by every version of one package set's fingerprint at one place:
    two installs (a checkout and a release) sharing one cache folder keep one file each, not replacing the
    other's on every run."""
    return sha1("\0".join((root, *packages)).encode("utf-8", "surrogatepass")).hexdigest()[:STEM_CHARS]


def kept_fingerprint(name: str) -> str | None:
    """The fingerprint kept under ``name``; None when there is none, or it is damaged."""
    folder = _folder()
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, CODE_FOLDER, name), "rb") as fh:
            data = fh.read(2 * FINGERPRINT_CHARS + 2)
    except OSError:
        return None
    check, _, value = data.partition(b"\n")
    text = value.decode("ascii", "replace")
    if (len(text) != FINGERPRINT_CHARS or any(c not in "0123456789abcdef" for c in text)
            or check != _check(name, text).encode()):
        return None
    return text


def keep_fingerprint(name: str, fingerprint: str, stamps: list[tuple[str, Stamp | None]], read_from_ns: int) -> None:
    """Keep ``fingerprint`` under ``name`` when no stamp is racy (see the module docstring). Best effort: a
    folder that cannot be written leaves the next run hashing the files."""
    newest = max((max(st[1], st[2]) for _, st in stamps if st is not None), default=0)
    folder = _folder()
    if folder is None or newest >= read_from_ns - RACY_NS:
        return
    path = os.path.join(folder, CODE_FOLDER, name)
    temporary = os.path.join(folder, CODE_FOLDER, f".{name}.{os.getpid()}")
    try:
        os.makedirs(os.path.join(folder, CODE_FOLDER), mode=FOLDER_MODE, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(f"{_check(name, fingerprint)}\n{fingerprint}".encode())
        os.replace(temporary, path)
        stem = name.rsplit("-", 1)[0]
        for other in os.listdir(os.path.join(folder, CODE_FOLDER)):
            if other != name and other.rsplit("-", 1)[0] == stem:
                os.unlink(os.path.join(folder, CODE_FOLDER, other))
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def now_ns() -> int:
    """The clock the racy rule reads (a function, so that a test can move it)."""
    return time.time_ns()


def _check(name: str, fingerprint: str) -> str:
    """What a kept file holds before its fingerprint: the SHA-1 of its own name and the fingerprint."""
    return sha1(f"{name}\0{fingerprint}".encode("utf-8", "surrogatepass")).hexdigest()


def _folder() -> str | None:
    """The user's cache folder when it exists (never created here), else None."""
    try:
        folder: Path = user_cache_dir()
        return str(folder) if folder.is_dir() else None
    except OSError:
        return None
