"""Issue 10 in the core: user files are read only when regular and small enough, never blocking; links
leaving the corpus are not followed; an index path is a new file or a briefing index; a full or
read-only index is not a damaged one; invisible characters and escape payloads stay out of sight.

A FIFO would block a plain ``open()`` for ever: every test that meets one runs under a SIGALRM limit,
so that the old behaviour fails instead of hanging the run.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.ingest import load_sources
from briefing_tui.ingest.discover import discover
from briefing_tui.safety import inert, one_line, safe_json
from briefing_tui.store import load_indexed, open_index
from briefing_tui.store.database import APPLICATION_ID, SCHEMA_VERSION, connect, set_aside
from briefing_tui.store.files import content_key
from hostile_inputs import time_limit
from tests.store_helpers import write_corpus

class Hung(Exception):
    """Raised by :func:`no_hang` (not an OSError: code that handles unreadable files must not swallow it)."""


def no_hang(seconds: int = 10):
    """Turn a block that would wait for ever (a FIFO's open or read) into a failure."""
    return time_limit(seconds, Hung)


GOOD = "Officials met on Tuesday.\n\nThe council approved the harbour tunnel, the mayor said.\n"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths opened (by ``open`` or ``os.open``) while the test runs."""
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def recording_open(file, *args, **kwargs):
        seen.append(os.fspath(file) if isinstance(file, (str, os.PathLike)) else repr(file))
        return real_open(file, *args, **kwargs)

    def recording_os_open(path, *args, **kwargs):
        seen.append(os.fspath(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(os, "open", recording_os_open)
    return seen


# ---- 1. the content key reads nothing it must not --------------------------------------------------------


def test_content_key_of_a_fifo_is_none_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    with no_hang(10):
        assert content_key(str(tmp_path / "p.txt"), None) is None


def test_content_key_of_a_huge_sparse_file_never_opens_it(tmp_path, opened):
    huge = tmp_path / "huge.txt"
    with builtins.open(huge, "wb") as fh:
        fh.truncate(8 * 1024 ** 3)
    opened.clear()
    assert content_key(str(huge), None) is None
    assert str(huge) not in opened


def test_content_key_with_a_fifo_sidecar_does_not_block(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "a.yaml")
    with no_hang(10):
        key = content_key(str(tmp_path / "a.txt"), str(tmp_path / "a.yaml"))
    plain = hashlib.sha1(GOOD.encode() + b"\0sidecar\0.yaml\0unreadable").hexdigest()
    assert key == plain


def test_content_key_of_a_regular_file_is_its_bytes(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert content_key(str(tmp_path / "a.txt"), None) == hashlib.sha1(GOOD.encode()).hexdigest()


def test_a_file_swapped_for_a_fifo_after_the_check_is_refused_without_blocking(tmp_path, monkeypatch):
    from briefing_tui import safe_read

    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    regular, real_stat = os.stat(__file__), os.stat

    def swapped(path, *args, **kwargs):  # what stat() saw, a moment before: a regular file
        return regular if os.fspath(path) == str(fifo) else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", swapped)
    with no_hang(10), pytest.raises(safe_read.NotReadable, match="not a regular file"):
        safe_read.read_regular(fifo, 1 << 20)


def test_the_cached_load_refuses_fifos_and_devices_without_blocking(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    os.mkfifo(corpus / "p.txt")
    os.mkfifo(corpus / "story_000.yaml")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    with no_hang(30):
        for follow in (False, True):
            c = load_corpus([corpus], index=tmp_path / f"index-{follow}.sqlite3", follow_links=follow)
            assert sorted(s.id for s in c.sources) == ["story_000", "story_001"]
    reasons = {Path(p.path).name: p.reason for p in c.problems}
    assert reasons == {"p.txt": "not a regular file (a device, pipe or socket), skipped",
                       "zero.txt": "not a regular file (a device, pipe or socket), skipped",
                       "story_000.txt": "sidecar story_000.yaml is not a regular file (a device, pipe, socket or "
                                        "folder); metadata ignored"}


# ---- 3. links that leave the corpus -----------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A corpus with a file link and a folder link out of it, a link inside it and a folder link loop."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write_corpus(corpus, 2)
    write_corpus(outside / "deep", 1)
    (outside / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (corpus / "x.txt").symlink_to(outside / "passwd.txt")
    (corpus / "etcdir").symlink_to(outside)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to(corpus)  # a loop inside the corpus: reported once, as before
    (corpus / "sub" / "alias.txt").symlink_to(corpus / "story_001.txt")
    return corpus


def test_links_leaving_the_corpus_are_reported_not_followed(linked):
    found, problems = discover([linked])
    assert sorted(f.id for f in found) == ["story_000", "story_001"]
    outside = linked.parent / "outside"
    assert sorted((p.path, p.reason) for p in problems) == [
        (str(linked / "etcdir"), f"symbolic link to {outside} outside the corpus, not followed (--follow-links "
                                 f"follows it)"),
        (str(linked / "sub" / "up"), "symlink loop or repeated folder, skipped"),
        (str(linked / "x.txt"), f"symbolic link to {outside / 'passwd.txt'} outside the corpus, not followed "
                                f"(--follow-links follows it)")]


def test_a_link_to_nothing_is_called_broken_not_sent_to_follow_links(tmp_path):
    # it said "outside the corpus, not followed (--follow-links follows it)": following it cannot help
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text("Headline\n\nA sentence of the story.\n", encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    found, problems = discover([corpus])
    assert [f.id for f in found] == ["story"]
    assert [(p.path, p.reason) for p in problems] == [
        (str(corpus / "gone.txt"), f"broken symbolic link: {tmp_path / 'deleted.txt'} does not exist")]


def test_follow_links_follows_them(linked):
    found, problems = discover([linked], follow_links=True)
    # x.txt links to a file the walk meets under its own name (through etcdir): read once, as passwd.txt
    assert sorted(f.path.name for f in found) == ["passwd.txt", "story_000.txt", "story_000.txt", "story_001.txt"]
    assert [p.reason for p in problems] == ["symlink loop or repeated folder, skipped"]


def test_the_cached_and_uncached_loads_agree_on_links(linked, tmp_path):
    plain = load_sources([linked])
    cached = load_corpus([linked], index=tmp_path / "index.sqlite3")
    warm = load_corpus([linked], index=tmp_path / "index.sqlite3")
    followed = load_corpus([linked], index=tmp_path / "index.sqlite3", follow_links=True)
    assert sorted(s.id for s in plain[0]) == sorted(s.id for s in cached.sources) == sorted(
        s.id for s in warm.sources) == ["story_000", "story_001"]
    assert sorted(p.reason for p in plain[1]) == sorted(p.reason for p in cached.problems) == sorted(
        p.reason for p in warm.problems)
    assert "passwd" in {s.id for s in followed.sources}
    assert not any("root:x:0:0" in s.raw for s in warm.sources)


def test_a_root_named_directly_is_read_even_through_a_link(tmp_path):
    write_corpus(tmp_path / "real", 1)
    (tmp_path / "named").symlink_to(tmp_path / "real")
    found, problems = discover([tmp_path / "named"])
    assert [f.id for f in found] == ["story_000"] and problems == []


# ---- 2. an index path: a new file or a briefing index -------------------------------------------------------


def test_check_index_path(tmp_path):
    from briefing_tui.store.database import IndexRefused, check_index_path  # new in issue 10

    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "empty").write_bytes(b"")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "dir").mkdir()
    assert check_index_path(tmp_path / "new.sqlite3") == tmp_path / "new.sqlite3"
    assert check_index_path(tmp_path / "empty") == tmp_path / "empty"
    cases = {
        str(tmp_path / "notes.md"): "is an existing file that is not a briefing index",
        str(tmp_path / "dir"): "is a folder",
        str(tmp_path / "fifo"): "is not a regular file (a device, pipe or socket)",
        str(tmp_path / "notes.md" / "x.sqlite3"): "cannot be made: part of the folder path above it is a file",
        "postgresql://user@db.example/briefing": "is a PostgreSQL address, not a file path",
        "postgres://db/x": "is a PostgreSQL address, not a file path",
        "sqlite:///tmp/x.db": "is a sqlite:// address, not a file path",
    }
    for text, reason in cases.items():
        with no_hang(10), pytest.raises(IndexRefused) as refused:
            check_index_path(text)
        assert str(refused.value).startswith(reason), (text, str(refused.value))
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "# notes\n"


def test_an_existing_briefing_index_is_accepted(tmp_path):
    from briefing_tui.store.database import check_index_path

    index = tmp_path / "mine.db"
    connect(index).close()
    assert check_index_path(index) == index
    head = index.read_bytes()[:100]
    assert int.from_bytes(head[68:72], "big") == APPLICATION_ID


def test_load_corpus_refuses_a_named_path_that_is_not_an_index(tmp_path):
    from briefing_tui.store.database import IndexRefused

    write_corpus(tmp_path / "corpus", 1)
    notes = tmp_path / "notes.md"
    notes.write_text("mine", encoding="utf-8")
    with pytest.raises(IndexRefused):
        load_corpus([tmp_path / "corpus"], index=notes)
    assert notes.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "notes.md"]


def test_index_files_are_created_private(tmp_path):
    write_corpus(tmp_path / "corpus", 1)
    index = tmp_path / "i" / "index.sqlite3"
    load_corpus([tmp_path / "corpus"], index=index)
    assert stat.S_IMODE(index.stat().st_mode) == 0o600


# ---- 4. full, read-only, damaged ---------------------------------------------------------------------------


def _genuine_full_error(tmp_path: Path) -> sqlite3.OperationalError:
    conn = sqlite3.connect(tmp_path / "tiny.db")
    conn.execute("PRAGMA max_page_count = 1")
    try:
        conn.execute("CREATE TABLE t (x)")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite did not report a full database")


def test_cannot_write_tells_full_and_read_only_from_damage(tmp_path):
    from briefing_tui.store.database import cannot_write

    assert cannot_write(_genuine_full_error(tmp_path))
    assert cannot_write(sqlite3.OperationalError("database or disk is full"))
    assert cannot_write(sqlite3.OperationalError("attempt to write a readonly database"))
    assert cannot_write(sqlite3.OperationalError("unable to open database file"))
    assert cannot_write(OSError(errno.ENOSPC, "No space left on device"))
    assert not cannot_write(sqlite3.DatabaseError("database disk image is malformed"))
    assert not cannot_write(sqlite3.DatabaseError("file is not a database"))


def test_a_damaged_index_that_cannot_be_renamed_is_left_not_deleted(tmp_path, monkeypatch):
    index = tmp_path / "index.sqlite3"
    garbage = b"\x00garbage" * 100
    index.write_bytes(garbage)

    def read_only_folder(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    for name in ("rename", "replace", "unlink", "remove"):
        monkeypatch.setattr(os, name, read_only_folder)
    assert set_aside(index) is None
    got, notices = open_index(index)
    assert got is None
    assert [n.reason for n in notices] == [
        "the index is not an SQLite database (garbage or truncated); it could not be set aside, so it is left as it "
        "is and this run goes without it"]
    monkeypatch.undo()
    assert index.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.sqlite3"]


def test_a_full_disk_when_creating_the_index_leaves_nothing_behind(tmp_path, monkeypatch):
    write_corpus(tmp_path / "corpus", 2)
    real = sqlite3.connect

    def full(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA max_page_count = 1")
        return conn

    monkeypatch.setattr(sqlite3, "connect", full)
    folder = tmp_path / "cache"
    for _ in range(2):
        loaded, problems, index = load_indexed([tmp_path / "corpus"], folder / "index.sqlite3")
        assert index is None and loaded.count == 2
        assert [p.reason for p in problems] == ["the index cannot be written (database or disk is full); "
                                                "loaded without it"]
    assert list(folder.iterdir()) == []


def test_a_newer_index_is_not_opened_for_writing(tmp_path):
    index = tmp_path / "index.sqlite3"
    connect(index).close()
    conn = sqlite3.connect(index)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = index.read_bytes()
    got, notices = open_index(index)
    assert got is None
    assert [n.reason for n in notices] == [
        f"the index was written by a newer version of briefing-tui (index format {SCHEMA_VERSION + 1}; this "
        f"version reads format {SCHEMA_VERSION}); it is left untouched; loaded without it"]
    assert index.read_bytes() == before


# ---- 6. invisible characters, escape payloads ---------------------------------------------------------------

INVISIBLE = {"\u200d": "", "\u200c": "", "\u00ad": "", "\u034f": "", "\u3164": "<U+3164>", "\u115f": "<U+115F>",
             "\u1160": "<U+1160>", "\uffa0": "<U+FFA0>", "\u2060": "<U+2060>", "\u2064": "<U+2064>",
             "\u180e": "<U+180E>", "\ufeff": "<U+FEFF>"}


@pytest.mark.parametrize("char", sorted(INVISIBLE))
def test_invisible_characters_never_pass_raw(char):
    assert inert(f"a{char}b") == f"a{INVISIBLE[char]}b"
    assert one_line(f"a{char}b") == f"a{INVISIBLE[char]}b"
    assert safe_json(f"a{char}b") == f'"a\\u{ord(char):04x}b"'


def test_ordinary_text_with_joiners_reads_whole():
    assert inert("می\u200cخواهم") == "میخواهم"  # Persian: the joiner dropped, the letters kept
    assert inert("👩\u200d💻 co\u00adoperate") == "👩💻 cooperate"


ESCAPES = ["\x1b]52;c;SGVsbG8gV29ybGQ=\x07", "\x1b]0;Breaking News\x1b\\", "\x1bP1$qPayloadWords\x1b\\",
           "\x9d8;;https://evil.example\x9c", "\x1b[38;5;196m", "\x9b2J", "\x1b_ApcPayload\x1b\\", "\x1b7"]


@pytest.mark.parametrize("escape", ESCAPES)
def test_blank_escapes_keeps_offsets_and_drops_payloads(escape):
    from briefing_tui.safety import blank_escapes

    text = f"Shares fell {escape}sharply on Monday."
    blank = blank_escapes(text)
    assert len(blank) == len(text)
    assert " ".join(blank.split()) == "Shares fell sharply on Monday."


def test_claim_topics_never_come_from_escape_payloads(tmp_path):
    for i, escape in enumerate(["\x1bP1$qPayloadWords\x1b\\", "\x1b]52;c;U2VjcmV0V29yZHM=\x07"]):
        folder = tmp_path / f"c{i}"
        folder.mkdir()
        line = f"Shares fell {escape}sharply in early trading on Monday, traders said."
        (folder / "a.txt").write_text(f"{line}\n\nSomething else happened in the city today.\n", encoding="utf-8")
        (folder / "b.txt").write_text(f"{line}\n\nAnother thing happened in the port yesterday.\n", encoding="utf-8")
        claims = load_corpus([folder], cache=False).claims
        shared = [c for c in claims if len(c.sources) == 2]
        assert [c.topic for c in shared] == ["Shares fell sharply in early trading on Monday"]  # (the payload: none)
        assert escape in shared[0].statements[0].text  # the statement keeps its raw text
