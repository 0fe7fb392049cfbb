"""Nothing lost: a damaged, foreign, killed or shared index never breaks loading, and says so once."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import briefing_tui.ingest.load as ingest_load
from briefing_tui.corpus import load_corpus
from briefing_tui.store import default_index_path
from tests.store_helpers import age, run_python, snapshot, write_corpus

N = 12


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    age([*write_corpus(folder, N), folder])
    return folder


def _index_problems(c, index: Path) -> list[str]:
    return [p.reason for p in c.problems if p.path == str(index)]


def _assert_recovers(corpus: Path, index: Path, damaged: bytes, named: bool = True) -> None:
    """Loading with a damaged index: all sources, exactly one notice, the damaged file kept aside.

    ``named``: the index is given by path (else it is the default one, in the user cache folder)."""
    before = snapshot(corpus)
    c = load_corpus([corpus], index=index if named else None)
    assert len(c.sources) == N
    notices = _index_problems(c, index)
    assert len(notices) == 1 and "set aside" in notices[0] and "rebuilt" in notices[0], notices
    assert len(c.problems) == 1
    aside = list(index.parent.glob(index.name + ".broken-*"))
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [damaged]
    again = load_corpus([corpus], index=index if named else None)
    assert again.problems == [] and len(again.sources) == N
    assert again.index.parsed == 0
    assert snapshot(corpus) == before


def test_garbage_index_is_set_aside(corpus, tmp_path):
    # In the user cache folder (a path given with --index that is not an index is refused instead).
    index = default_index_path([corpus])
    index.parent.mkdir(parents=True)
    garbage = bytes(range(256)) * 64
    index.write_bytes(garbage)
    _assert_recovers(corpus, index, garbage, named=False)


def test_empty_index_file_is_simply_used(corpus, tmp_path):
    index = tmp_path / "index.sqlite3"
    index.write_bytes(b"")
    c = load_corpus([corpus], index=index)
    assert c.problems == [] and len(c.sources) == N


def test_truncated_index_is_set_aside(corpus, tmp_path):
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index)
    with sqlite3.connect(index) as conn:  # fold the WAL in, so the main file holds everything
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = index.read_bytes()
    assert len(data) > 4 * 4096
    truncated = data[: len(data) // 2]
    index.write_bytes(truncated)
    _assert_recovers(corpus, index, truncated)


def test_foreign_sqlite_database_is_set_aside(corpus, tmp_path):
    index = default_index_path([corpus])
    index.parent.mkdir(parents=True)
    with sqlite3.connect(index) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.com', 'Example')")
    foreign = index.read_bytes()
    _assert_recovers(corpus, index, foreign, named=False)


def test_tampered_stored_data_is_set_aside(corpus, tmp_path):
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index)
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE results SET blob = x'789c0300000000' WHERE kind = 'manifest'")  # zlib of b'' -> not JSON
    c = load_corpus([corpus], index=index)
    assert len(c.sources) == N
    assert len(_index_problems(c, index)) == 1
    assert load_corpus([corpus], index=index).problems == []


def test_stored_types_outside_the_package_are_refused():
    from briefing_tui.store.codec import CodecError, decode_value

    with pytest.raises(CodecError):
        decode_value({"\u0000t": "os:system", "command": "echo owned"})
    with pytest.raises(CodecError):
        decode_value({"\u0000t": "briefing_tui.paths:Path"})


def test_unwritable_cache_folder_still_loads(corpus, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    c = load_corpus([corpus])
    assert len(c.sources) == N
    assert len(c.problems) == 1 and "loaded without it" in c.problems[0].reason
    assert blocker.read_text() == "x"


_LOAD = """
import json, sys
from briefing_tui.corpus import load_corpus
from briefing_tui.store import default_index_path
c = load_corpus([sys.argv[1] if len(sys.argv) > 1 else {corpus!r}], index={index!r})
print(json.dumps({{"sources": len(c.sources), "problems": [p.reason for p in c.problems]}}))
"""


def test_two_processes_building_the_same_index_at_once(corpus, tmp_path):
    index = tmp_path / "index.sqlite3"
    code = _LOAD.format(corpus=str(corpus), index=str(index))
    procs = [run_python(code) for _ in range(3)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert results == [{"sources": N, "problems": []}] * 3
    again = load_corpus([corpus], index=index)
    assert again.problems == [] and again.index.parsed == 0


def test_reader_and_writer_at_once(corpus, tmp_path):
    # One process holds the index open with lazy sources while another re-ingests a changed corpus.
    index = tmp_path / "index.sqlite3"
    reader = load_corpus([corpus], index=index)
    reader = load_corpus([corpus], index=index)
    (corpus / "story_new.txt").write_text((corpus / "story_000.txt").read_text() + "\nOne more line here.\n")
    p = run_python(_LOAD.format(corpus=str(corpus), index=str(index)))
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert json.loads(out) == {"sources": N + 1, "problems": []}
    assert all(s.raw for s in reader.sources)


_KILLED_MID_WRITE = """
import os, signal
import briefing_tui.store.database as store_database
import briefing_tui.store.index as store_index
store_index.BATCH_FILES = 3
store_index.BATCH_SECONDS = float("inf")  # batches by count only: a slow first parse must not flush early
batches = [0]
real_write, real_exit = store_index.CorpusIndex._write, store_database.transaction.__exit__
def counting_write(self, batch):
    batches[0] += 1
    return real_write(self, batch)
def exit_or_die(self, *exc):
    if batches[0] == 3:  # third batch of parses: rows written, not committed
        os.kill(os.getpid(), signal.SIGKILL)
    return real_exit(self, *exc)
store_index.CorpusIndex._write = counting_write
store_database.transaction.__exit__ = exit_or_die
from briefing_tui.corpus import load_corpus
from briefing_tui.store import default_index_path
load_corpus([{corpus!r}], index={index!r})
"""


def test_ingest_killed_mid_write_recovers(corpus, tmp_path, monkeypatch):
    index = tmp_path / "index.sqlite3"
    p = run_python(_KILLED_MID_WRITE.format(corpus=str(corpus), index=str(index)))
    p.communicate(timeout=120)
    assert p.returncode == -9
    parsed: list[str] = []
    real = ingest_load.read_article
    monkeypatch.setattr(ingest_load, "read_article", lambda f, *a, **k: parsed.append(f.path.name) or real(f, *a, **k))
    c = load_corpus([corpus], index=index)
    assert c.problems == [] and len(c.sources) == N
    assert len(parsed) == N - 6  # two batches of three were committed before the kill
    reference = load_corpus([corpus], cache=False)
    assert [s.title for s in c.sources] == [s.title for s in reference.sources]


def test_interrupted_ingest_keeps_a_working_index(corpus, tmp_path, monkeypatch):
    import briefing_tui.store.index as store_index

    monkeypatch.setattr(store_index, "BATCH_FILES", 4)
    index = tmp_path / "index.sqlite3"
    real = ingest_load.read_article
    seen: list[str] = []

    def interrupting(found, *args, **kwargs):
        seen.append(found.path.name)
        if len(seen) == 7:
            raise KeyboardInterrupt
        return real(found, *args, **kwargs)

    monkeypatch.setattr(ingest_load, "read_article", interrupting)
    with pytest.raises(KeyboardInterrupt):
        load_corpus([corpus], index=index)
    monkeypatch.setattr(ingest_load, "read_article", real)
    c = load_corpus([corpus], index=index)
    assert c.problems == [] and len(c.sources) == N
    assert c.index.parsed == N - 4


def test_index_copied_elsewhere_still_works(corpus, tmp_path):
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index)
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(index) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(index, copy)
    c = load_corpus([corpus], index=copy)
    assert c.problems == [] and c.index.parsed == 0
