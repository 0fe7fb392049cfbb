"""langdetect's language profiles, with its n-gram table built word by word as detection asks for it.

``DetectorFactory.load_profile`` builds a table of every n-gram of its 55 profiles (87,598 words,
each with one probability per language) before the first detection: most of the half second langdetect
costs on first use, paid by every run that parses even one article. A :class:`LazyProbabilities`
holds the profiles as read and builds a word's row the first time a detector looks it up, with the
same arithmetic in the same language order, so detection gives exactly the answers it gives with the
eager table (tests/unit/test_langdetect_profiles.py compares the two).

Reading the 55 profile files (2.4 MB of JSON) still costs ~90 ms CPU in every process that parses an
article. :func:`stored_factory` keeps the same counts in a small SQLite table in its own folder of the cache
folder (``langdetect/``, beside the indexes' ``index/``: :func:`profiles_folder`), built once from the same
files and named by their names, sizes and mtimes, and reads the counts of a word when a detector first
asks for it: a title's detection reads a few hundred rows instead of every profile. Only a run through
an index writes it (:func:`keep_table`, before parsing); any run reads it when it is there.
"""

from __future__ import annotations

import array
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing_tui.sha import sha1

N_GRAM = 3
"""langdetect keeps probabilities for n-grams of 1 to this many characters (``NGram.N_GRAM``)."""


Counts = list[tuple[int, int]]
"""A word's counts: (language index, count) for each profile that holds the word, in language order."""


class LazyProbabilities:
    """``word -> [probability in each language]`` as langdetect's ``word_lang_prob_map``, rows built on demand.

    A detector only asks whether a word is in the table and reads its row (``in`` and ``[]``). ``counts_of``
    gives a word's counts (None when no profile holds it); ``n_words`` is each profile's ``n_words``."""

    def __init__(self, counts_of: Callable[[str], Counts | None], n_words: list[list[int]]) -> None:
        self._counts_of = counts_of
        self._n_words = n_words
        self._rows: dict[str, list[float] | None] = {}

    @classmethod
    def of_profiles(cls, profiles: list[tuple[dict[str, int], list[int]]]) -> LazyProbabilities:
        """The table of profiles read into memory (each one's ``freq`` and ``n_words``)."""

        def counts_of(word: str) -> Counts | None:
            counts = [(i, freq[word]) for i, (freq, _) in enumerate(profiles) if word in freq]
            return counts or None

        return cls(counts_of, [n_words for _, n_words in profiles])

    def _row(self, word: str) -> list[float] | None:
        if word in self._rows:
            return self._rows[word]
        counts = self._counts_of(word)
        if counts is None:
            self._rows[word] = None
            return None
        row = [0.0] * len(self._n_words)
        length = len(word)
        if 1 <= length <= N_GRAM:
            for index, count in counts:
                row[index] = 1.0 * count / self._n_words[index][length - 1]  # as DetectorFactory.add_profile
        self._rows[word] = row
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._row(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        row = self._row(word)
        if row is None:
            raise KeyError(word)
        return row


def _read_profiles(profile_directory: str) -> tuple[list[str], list[tuple[dict[str, int], list[int]]]]:
    """Each profile's language name, ``freq`` and ``n_words``, read as ``load_profile`` reads them (same files,
    same order, same errors)."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    names: list[str] = []
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for filename in os.listdir(profile_directory):
        if filename.startswith("."):
            continue
        path = os.path.join(profile_directory, filename)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        name = data.get("name")
        if name in names:
            raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
        names.append(name)
        profiles.append((data.get("freq") or {}, data.get("n_words") or [0] * N_GRAM))
    if not profiles:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, "Not found profile: " + profile_directory)
    return names, profiles


def _factory_of(names: list[str], table: LazyProbabilities) -> Any:
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    factory.langlist.extend(names)
    factory.word_lang_prob_map = table
    return factory


def lazy_factory(profile_directory: str) -> Any:
    """A langdetect ``DetectorFactory`` with the profiles of ``profile_directory`` read as ``load_profile``
    reads them (same files, same order), its n-gram table a :class:`LazyProbabilities`."""
    names, profiles = _read_profiles(profile_directory)
    return _factory_of(names, LazyProbabilities.of_profiles(profiles))


STORED_TABLE_FORMAT = 1
"""Part of the stored table's file name: bump it when the table's layout changes."""
_COUNT_TYPE = "q"
"""A stored word's counts: an ``array`` of this type, language index and count in turn."""


def stored_table_path(profile_directory: str, cache_dir: Path) -> Path:
    """Where the table of the profiles in ``profile_directory`` is kept: named by their file names, sizes and
    mtimes (another langdetect, other profiles: another file)."""
    h = sha1(f"{STORED_TABLE_FORMAT}\0{os.path.abspath(profile_directory)}".encode("utf-8", "surrogatepass"))
    for entry in sorted(os.scandir(profile_directory), key=lambda e: e.name):
        st = entry.stat()
        h.update(f"\0{entry.name}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    return cache_dir / f"langdetect-profiles-{h.hexdigest()[:20]}.sqlite3"


def _write_table(path: Path, names: list[str], profiles: list[tuple[dict[str, int], list[int]]]) -> None:
    """Write the table (to a temporary file first: a reader never sees half of it)."""
    counts: dict[str, array.array] = {}
    for index, (freq, _) in enumerate(profiles):
        for word, count in freq.items():
            row = counts.get(word)
            if row is None:
                row = counts[word] = array.array(_COUNT_TYPE)
            row.extend((index, count))
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("CREATE TABLE language (number INTEGER PRIMARY KEY, name TEXT, n_words TEXT)")
            db.execute("CREATE TABLE counts (word TEXT PRIMARY KEY, counts BLOB) WITHOUT ROWID")
            db.executemany("INSERT INTO language VALUES (?, ?, ?)",
                           [(i, name, json.dumps(n)) for i, (name, (_, n)) in enumerate(zip(names, profiles))])
            db.executemany("INSERT INTO counts VALUES (?, ?)", [(w, c.tobytes()) for w, c in counts.items()])
        db.close()
        os.chmod(temporary, TABLE_MODE)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


class _StoredCounts:
    """A word's counts read from the stored table (one connection, shared by threads under a lock).

    Should the table become unreadable while in use, the profiles are read into memory and answer from then on."""

    def __init__(self, db: sqlite3.Connection, profile_directory: str) -> None:
        self._db = db
        self._profile_directory = profile_directory
        self._lock = threading.Lock()
        self._in_memory: Callable[[str], Counts | None] | None = None

    def __call__(self, word: str) -> Counts | None:
        if self._in_memory is None:
            try:
                with self._lock:
                    got = self._db.execute("SELECT counts FROM counts WHERE word = ?", (word,)).fetchone()
            except sqlite3.Error:
                self._in_memory = LazyProbabilities.of_profiles(_read_profiles(self._profile_directory)[1])._counts_of
            else:
                if got is None:
                    return None
                flat = array.array(_COUNT_TYPE)
                flat.frombytes(got[0])
                return list(zip(flat[::2], flat[1::2]))
        return self._in_memory(word)


def _open_table(path: Path) -> tuple[sqlite3.Connection, list[str], list[list[int]]]:
    """The stored table, its languages and each one's ``n_words``."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        rows = db.execute("SELECT name, n_words FROM language ORDER BY number").fetchall()
        db.execute("SELECT counts FROM counts LIMIT 1").fetchall()
        if not rows:
            raise ValueError("no languages in the stored table")
        return db, [name for name, _ in rows], [json.loads(n) for _, n in rows]
    except BaseException:
        db.close()
        raise


PROFILES_FOLDER = "langdetect"
"""The table's folder inside the user's cache folder (the indexes are in ``index/``, nothing else is here)."""
FOLDER_MODE = 0o700
TABLE_MODE = 0o600
"""The table's folder and file are private, like the indexes (store/database.py)."""


def profiles_folder(cache_dir: Path) -> Path:
    """Where the table is kept for the user's cache folder ``cache_dir``."""
    return cache_dir / PROFILES_FOLDER


def keep_table(profile_directory: str, cache_dir: Path) -> None:
    """Make sure the table of ``profile_directory`` is stored (written when missing or unreadable) in
    :func:`profiles_folder` of ``cache_dir``, which must exist: the cache folder is never created here.
    Best effort: a folder that cannot be written leaves detection reading the profiles."""
    if not cache_dir.is_dir():
        return
    try:
        folder = profiles_folder(cache_dir)
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        path = stored_table_path(profile_directory, folder)
        if path.is_file():
            try:
                _open_table(path)[0].close()
                return
            except (sqlite3.Error, ValueError, TypeError):
                pass  # damaged: written again
        _write_table(path, *_read_profiles(profile_directory))
    except (OSError, sqlite3.Error, ValueError, TypeError, OverflowError):
        return


def stored_factory(profile_directory: str, cache_dir: Path, write: bool = True) -> Any:
    """A factory like :func:`lazy_factory`'s (same languages, same rows) whose counts are read from the
    stored table in ``cache_dir`` (with ``write``, written first when missing, written again when
    unreadable); :func:`lazy_factory` itself when the table cannot be written or read, is missing and not
    to be written, or when ``cache_dir`` does not exist: the table never creates the cache folder (a
    ``--no-cache`` run on a clean machine writes nothing)."""
    if not cache_dir.is_dir():
        return lazy_factory(profile_directory)
    try:
        path = stored_table_path(profile_directory, cache_dir)
        if not path.is_file():
            if not write:
                return lazy_factory(profile_directory)
            _write_table(path, *_read_profiles(profile_directory))
        try:
            db, names, n_words = _open_table(path)
        except (sqlite3.Error, ValueError, TypeError):
            if not write:
                return lazy_factory(profile_directory)
            _write_table(path, *_read_profiles(profile_directory))  # damaged: made again, once
            db, names, n_words = _open_table(path)
    except (OSError, sqlite3.Error, ValueError, TypeError, OverflowError):
        return lazy_factory(profile_directory)
    return _factory_of(names, LazyProbabilities(_StoredCounts(db, profile_directory), n_words))
