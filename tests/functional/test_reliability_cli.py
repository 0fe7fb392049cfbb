"""Issue 10 through the ``briefing`` command, the default cached path included: nothing hangs (FIFOs,
links to devices, FIFO sidecars), nothing outside the corpus is read, nothing of the user's is moved
(``--index`` on a file, a folder, a device, a URL), and a full, read-only or newer index is told
apart from a damaged one.

Every run has a timeout: a hang is a failure, never a stuck test run. Nothing here touches a real
device: a FIFO stands in for one, and /dev/zero is only ever the target of a link that must not be
followed (or, with --follow-links, must be refused before it is opened).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.store.database import SCHEMA_VERSION
from tests.store_helpers import REPO, write_corpus

HANG_SECONDS = 60
"""A run that takes longer has hung (the slowest run here takes about two seconds)."""


def briefing(*args: str, cwd: Path = REPO, prelude: str = "", env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess:
    """Run ``briefing ARGS`` in a new process (after ``prelude``, Python run first); fail if it hangs."""
    code = f"{prelude}\nimport sys\nfrom briefing_tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    try:
        return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"briefing {' '.join(args)} hung (no answer in {HANG_SECONDS} s)")


def source_ids(done: subprocess.CompletedProcess) -> list[str]:
    assert done.returncode == 0, done.stderr
    return sorted(s["id"] for s in json.loads(done.stdout)["sources"])


def tree(folder: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every entry under ``folder`` (not following links): its kind and bytes (or link target)."""
    out: dict[str, tuple[str, bytes | str]] = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            out[str(path.relative_to(folder))] = ("link", os.readlink(path))
        elif stat.S_ISREG(mode):
            out[str(path.relative_to(folder))] = ("file", path.read_bytes())
        else:
            out[str(path.relative_to(folder))] = ("dir" if stat.S_ISDIR(mode) else "special", "")
    return out


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_corpus(folder, 3)
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user cache folder of these runs (where the default index goes)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(folder))
    return folder


# ---- 1. nothing hangs ---------------------------------------------------------------------------------


def test_a_fifo_in_the_corpus_does_not_hang_the_cached_path(corpus, cache):
    os.mkfifo(corpus / "p.txt")
    for _ in range(2):  # a cold and a warm index
        done = briefing("sources", "--json", "--corpus", str(corpus))
        assert source_ids(done) == ["story_000", "story_001", "story_002"]
        assert done.stderr.splitlines() == [
            f"briefing: {corpus / 'p.txt'}: not a regular file (a device, pipe or socket), skipped"]
    assert any(cache.glob("index/*.sqlite3"))


def test_a_fifo_sidecar_does_not_hang_and_is_named(corpus, cache):
    os.mkfifo(corpus / "story_001.yaml")
    done = briefing("sources", "--json", "--corpus", str(corpus))
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    assert done.stderr.splitlines() == [f"briefing: {corpus / 'story_001.txt'}: sidecar story_001.yaml is not a "
                                        f"regular file (a device, pipe, socket or folder); metadata ignored"]


def test_a_link_to_a_device_is_never_read(corpus, cache):
    (corpus / "zero.txt").symlink_to("/dev/zero")  # endless: reading it would never finish
    inside = corpus / "sub"
    inside.mkdir()
    os.mkfifo(inside / "pipe")
    (corpus / "pipe.txt").symlink_to(inside / "pipe")  # a link inside the corpus, to a FIFO
    done = briefing("sources", "--json", "--corpus", str(corpus))
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    assert sorted(done.stderr.splitlines()) == [
        f"briefing: {corpus / 'pipe.txt'}: not a regular file (a device, pipe or socket), skipped",
        f"briefing: {inside}: 1 file of other types not read (pipe): articles are .txt, .md, .markdown, .html, "
        f".htm files",
        f"briefing: {corpus / 'zero.txt'}: symbolic link to /dev/zero outside the corpus, not followed "
        f"(--follow-links follows it)"]
    followed = briefing("sources", "--json", "--corpus", str(corpus), "--follow-links")
    assert source_ids(followed) == ["story_000", "story_001", "story_002"]
    assert f"briefing: {corpus / 'zero.txt'}: not a regular file (a device, pipe or socket), skipped" in (
        followed.stderr.splitlines())


def test_files_of_other_types_are_named_once_per_folder(corpus, cache):
    (corpus / "report.pdf").write_bytes(b"%PDF-1.4 not an article")
    (corpus / "notes").write_text("a file without a suffix", encoding="utf-8")
    (corpus / "story_000.yaml").write_text("outlet: Metadata Daily\n", encoding="utf-8")  # a sidecar: read
    (corpus / ".hidden").write_text("not listed", encoding="utf-8")
    for _ in range(2):  # a cold and a warm index say the same
        done = briefing("sources", "--json", "--corpus", str(corpus))
        assert source_ids(done) == ["story_000", "story_001", "story_002"]
        assert done.stderr.splitlines() == [
            f"briefing: {corpus}: 2 files of other types not read (notes, report.pdf): articles are .txt, .md, "
            f".markdown, .html, .htm files"]


def test_a_huge_sparse_file_is_refused_by_its_size(corpus, cache):
    with open(corpus / "huge.txt", "wb") as fh:
        fh.truncate(8 * 1024 ** 3)  # 8 GB of nothing (sparse): refused from its size, never read
    done = briefing("sources", "--json", "--corpus", str(corpus))
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    assert done.stderr.splitlines() == [
        f"briefing: {corpus / 'huge.txt'}: too large (8192.0 MB; the limit is 16 MB)"]


# ---- 2. --index: a new file or a briefing index, nothing else ------------------------------------------


def _refused(corpus: Path, index: str, cwd: Path, reason: str) -> None:
    before = tree(cwd)
    for command in (["sources", "--json"], ["quotes"], []):  # [] opens the app (here: no terminal)
        done = briefing(*command, "--corpus", str(corpus), "--index", index, cwd=cwd)
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        assert done.stderr.splitlines() == [f"briefing: --index {index}: {reason}"]
    assert tree(cwd) == before  # nothing moved, nothing written, nothing created


def test_index_on_an_existing_file_is_refused_and_left_alone(corpus, tmp_path):
    (tmp_path / "notes.md").write_text("# my notes\n", encoding="utf-8")
    _refused(corpus, "notes.md", tmp_path, "is an existing file that is not a briefing index; it is left as it is "
                                           "(give a new file name or an existing index)")


def test_index_on_another_programs_sqlite_database_is_refused(corpus, tmp_path):
    with sqlite3.connect(tmp_path / "bookmarks.db") as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    _refused(corpus, "bookmarks.db", tmp_path, "is an existing file that is not a briefing index; it is left as it "
                                               "is (give a new file name or an existing index)")


def test_index_on_a_folder_is_refused(corpus, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "kept.txt").write_text("kept", encoding="utf-8")
    _refused(corpus, "folder", tmp_path, "is a folder; give the path of an index file (e.g. inside it: index.sqlite3)")


def test_index_on_a_device_like_file_is_refused_without_opening_it(corpus, tmp_path):
    # A FIFO stands in for /dev/null: opening it to look inside would block, replacing it would be worse.
    os.mkfifo(tmp_path / "null")
    _refused(corpus, "null", tmp_path, "is not a regular file (a device, pipe or socket); give the path of an index "
                                       "file")


def test_index_on_a_character_device_is_refused(corpus, tmp_path):
    # A private copy of /dev/null's device node (1, 3), only where this process may make one.
    node = tmp_path / "devnull"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    _refused(corpus, "devnull", tmp_path, "is not a regular file (a device, pipe or socket); give the path of an "
                                          "index file")


def test_index_as_an_unreachable_postgresql_url_fails_masked_and_creates_nothing(corpus, tmp_path):
    # Issue 16: a PostgreSQL address is a shared index; none listens on this port: exit 2, the password masked.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    before = tree(tmp_path)
    for command in (["sources", "--json"], ["quotes"], []):
        done = briefing(*command, "--corpus", str(corpus), "--index", f"postgresql://desk:S3cret@127.0.0.1:{port}/x",
                        cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stdout == ""
        assert done.stderr.splitlines()[-1].startswith(f"briefing: postgresql://desk:***@127.0.0.1:{port}/x: cannot connect (")
        assert "S3cret" not in done.stderr
    assert tree(tmp_path) == before


def test_index_on_an_existing_briefing_index_and_on_a_new_file_is_used(corpus, tmp_path):
    index = tmp_path / "deeper" / "briefing.sqlite3"
    first = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))
    again = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))
    assert source_ids(first) == source_ids(again) == ["story_000", "story_001", "story_002"]
    assert first.stderr == again.stderr == ""


# ---- 3. links leaving the corpus; private index files ----------------------------------------------------


def test_links_leaving_the_corpus_are_not_followed_unless_asked(corpus, cache, tmp_path):
    outside = tmp_path / "outside"
    write_corpus(outside, 2)
    (outside / "secret.txt").write_text("Secret diary.\n\nThe launch code is SWORDFISH-42, said the keeper.\n",
                                        encoding="utf-8")
    (corpus / "x.txt").symlink_to(outside / "secret.txt")
    (corpus / "elsewhere").symlink_to(outside)
    (corpus / "z_same.txt").symlink_to(corpus / "story_000.txt")  # inside: fine (and one source only)
    done = briefing("sources", "--json", "--corpus", str(corpus))
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    assert sorted(done.stderr.splitlines()) == [
        f"briefing: {corpus / 'elsewhere'}: symbolic link to {outside} outside the corpus, not followed "
        f"(--follow-links follows it)",
        f"briefing: {corpus / 'x.txt'}: symbolic link to {outside / 'secret.txt'} outside the corpus, not followed "
        f"(--follow-links follows it)"]
    quotes = briefing("quotes", "--json", "--corpus", str(corpus))
    assert quotes.returncode == 0 and "SWORDFISH" not in quotes.stdout
    [index] = cache.glob("index/*.sqlite3")  # one index (langdetect's table is in cache/langdetect)
    conn = sqlite3.connect(index)  # not cached either: the index holds the three articles' parses only
    assert conn.execute("SELECT count(*) FROM parses").fetchone()[0] == 3
    conn.close()
    followed = briefing("sources", "--json", "--corpus", str(corpus), "--follow-links")
    # the file x.txt links to is met under its own name too (through elsewhere/): read once, as secret; the
    # outside folder's stories are copies of the corpus's texts: counted once
    assert source_ids(followed) == ["secret", "story_000", "story_001", "story_002"]
    assert sorted(line.split(": ", 2)[2].split(" as ")[0] for line in followed.stderr.splitlines()) == ["same text"] * 2
    assert source_ids(briefing("sources", "--json", "--corpus", str(corpus))) == ["story_000", "story_001",
                                                                                "story_002"]


def test_index_files_are_private(corpus, cache, tmp_path):
    named = tmp_path / "named.sqlite3"
    briefing("sources", "--corpus", str(corpus), "--index", str(named))
    briefing("sources", "--corpus", str(corpus))
    made = [*cache.rglob("*.sqlite3*"), *tmp_path.glob("named.sqlite3*")]
    assert len(made) >= 2
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in made} == {p.name: 0o600 for p in made}
    assert stat.S_IMODE((cache / "index").stat().st_mode) == 0o700


# ---- 4. full disk, read-only: not damage ------------------------------------------------------------------

# The new database can grow by no page: SQLite itself answers SQLITE_FULL ("database or disk is full").
FULL_DISK = """
import sqlite3
_connect = sqlite3.connect
def _full(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    conn.execute("PRAGMA max_page_count = 1")
    return conn
sqlite3.connect = _full
"""

# The disk fills up under an existing index: every write, and setting up the WAL, fails.
FULL_UNDER_AN_INDEX = """
import sqlite3
_connect = sqlite3.connect
def _full(*args, factory=sqlite3.Connection, **kwargs):
    class _Full(factory):  # (the connection class the program asks for, on a full disk)
        def execute(self, sql, *args):
            if sql.lstrip().upper().startswith(("BEGIN IMMEDIATE", "PRAGMA JOURNAL_MODE")):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)
    return _connect(*args, factory=_Full, **kwargs)
sqlite3.connect = _full
"""

# Read-only: SQLite opens the file in read-only mode (chmod would not stop the tests, run as root).
READ_ONLY = """
import sqlite3
from pathlib import Path
_connect = sqlite3.connect
def _read_only(path, *args, **kwargs):
    return _connect(Path(path).resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)
sqlite3.connect = _read_only
"""


def _digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def test_a_full_disk_is_not_a_damaged_index(corpus, tmp_path):
    index = tmp_path / "idx" / "briefing.sqlite3"
    for _ in range(3):  # every run: no index, no .broken-N, no claim that anything was rebuilt
        done = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index), prelude=FULL_DISK)
        assert source_ids(done) == ["story_000", "story_001", "story_002"]
        assert done.stderr.splitlines() == [
            f"briefing: {index}: the index cannot be written (database or disk is full); loaded without it"]
    assert sorted(p.name for p in index.parent.iterdir()) == []


def test_a_full_disk_under_a_good_index_leaves_it_alone(corpus, tmp_path):
    index = tmp_path / "briefing.sqlite3"
    source_ids(briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index)))
    before = _digest(index)
    (corpus / "story_002.txt").write_text("A new story.\n\nOfficials said the bridge reopens on Monday.\n",
                                          encoding="utf-8")
    for _ in range(2):
        done = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index),
                        prelude=FULL_UNDER_AN_INDEX)
        assert source_ids(done) == ["story_000", "story_001", "story_002"]
        assert done.stderr.splitlines() == [
            f"briefing: {index}: the index cannot be written (database or disk is full); loaded without it"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("briefing")) == ["briefing.sqlite3"]
    assert _digest(index) == before
    after = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))  # disk freed again
    assert source_ids(after) == ["story_000", "story_001", "story_002"] and after.stderr == ""


def test_a_read_only_index_is_used_without_writing_and_never_set_aside(corpus, tmp_path):
    index = tmp_path / "briefing.sqlite3"
    source_ids(briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index)))
    before = _digest(index)
    (corpus / "story_001.txt").write_text("Changed.\n\nThe harbour authority said traffic fell by a third.\n",
                                          encoding="utf-8")
    done = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index), prelude=READ_ONLY)
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"briefing: {index}: the index cannot be written (")
    assert lines[0].endswith("; loaded without it") and "rebuilt" not in lines[0] and "set aside" not in lines[0]
    # (SQLite may leave its shared-memory files beside a WAL index it opened read-only: they are its own)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("briefing")
                  and not p.name.endswith(("-wal", "-shm"))) == ["briefing.sqlite3"]
    assert _digest(index) == before


# ---- 5. an index of a newer version ------------------------------------------------------------------------


def test_an_index_from_a_newer_version_is_left_untouched(corpus, tmp_path):
    index = tmp_path / "briefing.sqlite3"
    source_ids(briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index)))
    conn = sqlite3.connect(index)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _digest(index)
    for command in (["sources", "--json"], ["quotes", "--json"]):
        done = briefing(*command, "--corpus", str(corpus), "--index", str(index))
        assert done.returncode == 0 and done.stdout
        assert done.stderr.splitlines() == [
            f"briefing: {index}: the index was written by a newer version of briefing-tui (index format 99; this "
            f"version reads format {SCHEMA_VERSION}); it is left untouched; loaded without it"]
    assert _digest(index) == before
    conn = sqlite3.connect(index)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("briefing")) == ["briefing.sqlite3"]


# ---- the same on a real small file system (a tmpfs; where this process may mount one) ---------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MB tmpfs mounted for the test (skipped where mounting is not allowed), unmounted after."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def _fill(disk: Path) -> None:
    """Use up every free block of ``disk``."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == 28  # ENOSPC
    finally:
        os.close(fd)


def test_a_really_full_disk_leaves_no_broken_files(corpus, small_disk):
    _fill(small_disk)
    index = small_disk / "new.sqlite3"
    for _ in range(2):
        done = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))
        assert source_ids(done) == ["story_000", "story_001", "story_002"]
        assert done.stderr.splitlines() == [
            f"briefing: {index}: the index cannot be written (database or disk is full); loaded without it"]
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_really_read_only_index_is_neither_removed_nor_claimed_rebuilt(corpus, small_disk):
    index = small_disk / "briefing.sqlite3"
    source_ids(briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index)))
    before = _digest(index)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, capture_output=True)
    (corpus / "story_001.txt").write_text("Changed.\n\nThe harbour authority said traffic fell by a third.\n",
                                          encoding="utf-8")
    done = briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))
    assert source_ids(done) == ["story_000", "story_001", "story_002"]
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"briefing: {index}: the index cannot be written ("), lines
    assert lines[0].endswith("; loaded without it") and "rebuilt" not in lines[0] and "removed" not in lines[0]
    assert sorted(p.name for p in small_disk.iterdir()) == ["briefing.sqlite3"] and _digest(index) == before
