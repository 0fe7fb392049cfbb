"""The shipped YAML tables (``briefing_tui/data/*.yaml``) read once per version of their text, then kept.

A run that parses one article and reads its names (``quotes`` after an edit or an addition) reads five word
tables and the gazetteer: importing PyYAML (~12 ms CPU, its resolver's and reader's patterns among it) and
loading ~110 KB of YAML (~20 ms with libyaml), for tables that change only with the program. :func:`load_shipped`
keeps what the safe loader made of a table in the user's cache folder (``tables/``, beside ``index/`` and
``langdetect/``), as a pickle named by the SHA-1 of the table's text and of the PyYAML that read it, and reads
that instead when it is there:

- exact: the file is found only under the digest of the very text read now (any edit of a table, or another
  PyYAML, names another file), and the pickle of plain values (mappings, lists, strings, numbers, booleans,
  None) gives back equal values in the same order; a table holding anything else (a YAML date) is not kept;
- safe: the pickle is read by an unpickler that refuses every class (plain values need none) and only after
  the SHA-1 written before it matches its bytes; any failure is a miss (the YAML is read, as without a cache);
- the cache folder is never created here (a ``--no-cache`` run on a clean machine writes nothing); files are
  private (0600 in a 0700 folder) and written whole (a temporary file renamed); a table's older files are
  removed when a new version is kept.
"""

from __future__ import annotations

import io
import os
import pickle
import sys
from pathlib import Path

from briefing_tui.paths import data_dir, user_cache_dir
from briefing_tui.sha import sha1

TABLES_FOLDER = "tables"
"""The kept tables' folder inside the user's cache folder."""
FOLDER_MODE = 0o700
FILE_MODE = 0o600
"""The folder and its files are private, like the indexes (store/database.py)."""
KEPT_SUFFIX = ".pickle"
FORMAT = b"briefing-tui kept table 1\n"
"""Hashed into every file's name: changing how tables are kept names new files."""
DIGEST_BYTES = 20
"""A kept file starts with the SHA-1 of the pickle that follows it."""
PROTOCOL = 4
"""Pickle protocol of the kept files (any Python 3.8+ reads it)."""


class _PlainUnpickler(pickle.Unpickler):
    """Reads plain values only: every class or function a pickle names is refused."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"a kept table holds plain values only, not {module}.{name}")


def load_shipped(name: str) -> object:
    """The safe loader's value of the shipped table ``data/name`` (``safe_yaml.safe_load`` of its text, read as
    ``Path.read_text`` reads it), from the kept copy of this very text when there is one (see the module
    docstring). Raises what reading the file or the YAML raises."""
    text = (data_dir() / name).read_text(encoding="utf-8")
    kept = _kept_path(name, text)
    if kept is not None:
        value = _read_kept(kept)
        if value is not _MISS:
            return value
    from briefing_tui.safe_yaml import safe_load

    value = safe_load(text)
    if kept is not None and _plain(value):
        _keep(kept, value)
    return value


_MISS = object()
""":func:`_read_kept`'s answer when there is no good kept copy."""
_SCALARS = (str, int, float, bool, type(None))
"""The values (and mapping keys) a kept table may hold besides lists and mappings."""


def _yaml_identity() -> bytes:
    """Which PyYAML would read the table: its package's path, size and modification time (a new version
    rewrites its ``__init__.py``); empty when it is not found (then no file is named)."""
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("yaml")
    origin = spec.origin if spec is not None else None
    if not origin:
        return b""
    st = os.stat(origin)
    return f"{origin}\0{st.st_size}\0{st.st_mtime_ns}\0{sys.implementation.cache_tag}".encode()


def _kept_path(name: str, text: str) -> Path | None:
    """The file a table of this text would be kept in; None when the cache folder does not exist or PyYAML
    cannot be found."""
    try:
        folder = user_cache_dir()
        if not folder.is_dir():
            return None
        identity = _yaml_identity()
    except OSError:
        return None
    if not identity:
        return None
    digest = sha1(FORMAT + identity + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()
    return folder / TABLES_FOLDER / f"{Path(name).stem}-{digest}{KEPT_SUFFIX}"


def _read_kept(path: Path) -> object:
    """The value kept in ``path``; :data:`_MISS` when it is absent, damaged or holds more than plain values."""
    try:
        data = path.read_bytes()
    except OSError:
        return _MISS
    body = data[DIGEST_BYTES:]
    if len(data) <= DIGEST_BYTES or sha1(body).digest() != data[:DIGEST_BYTES]:
        return _MISS
    try:
        return _PlainUnpickler(io.BytesIO(body)).load()
    except Exception:  # noqa: BLE001 - a damaged file is a miss, whatever the unpickler met
        return _MISS


def _plain(value: object) -> bool:
    """Whether ``value`` is made of plain values only (lists, mappings, :data:`_SCALARS` as values and keys)."""
    stack, seen = [value], set()
    while stack:
        item = stack.pop()
        if isinstance(item, (list, dict)):
            if id(item) in seen:
                continue  # (a YAML alias: met before, or a loop)
            seen.add(id(item))
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if not all(type(k) in _SCALARS for k in item):
                return False
            stack.extend(item.values())
        elif type(item) not in _SCALARS:
            return False
    return True


def _keep(path: Path, value: object) -> None:
    """Write ``value`` to ``path`` (digest, then pickle) and remove the table's other kept versions. Best
    effort: a folder that cannot be written leaves the next run reading the YAML."""
    body = pickle.dumps(value, protocol=PROTOCOL)
    folder = path.parent
    stem = path.name.rsplit("-", 1)[0]
    temporary = folder / f".{path.name}.{os.getpid()}"
    try:
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as out:
            out.write(sha1(body).digest() + body)
        os.replace(temporary, path)
        for other in folder.glob(f"{stem}-*{KEPT_SUFFIX}"):
            if other != path and other.name.rsplit("-", 1)[0] == stem:
                other.unlink(missing_ok=True)
    except OSError:
        temporary.unlink(missing_ok=True)
