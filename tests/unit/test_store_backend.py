"""The SQLite index implements the storage contract (briefing_tui.store.backend.IndexBackend)."""

from __future__ import annotations

from briefing_tui.store import CorpusIndex
from briefing_tui.store.backend import IndexBackend, Member, SyncedCorpus
from briefing_tui.store.database import connect
from tests.store_helpers import age, write_corpus


def _index(tmp_path):
    path = tmp_path / "index.sqlite3"
    return CorpusIndex(path, connect(path))


def test_the_sqlite_index_is_an_index_backend(tmp_path):
    paths = write_corpus(tmp_path / "c", 3)
    age(paths)
    index = _index(tmp_path)
    synced = index.sync([tmp_path / "c"])
    assert isinstance(index, IndexBackend) and isinstance(synced, SyncedCorpus)
    members = synced.members()
    assert [m.id for m in members] == [s.id for s in synced.sources()]
    assert all(isinstance(m, Member) and len(m.key) == 40 for m in members)
    assert synced.count == 3 and index.parsed == 3
    heads = index.read_heads([m.key for m in members])
    assert set(heads) == {m.key for m in members}
    body = index.read_body(members[0].key)
    assert body is not None and "Marta Ilves" in body["raw"]
    assert set(index.read_bodies([m.key for m in members] + ["nope"])) == {m.key for m in members}
    assert index.read_body("nope") is None
    index.close()


def test_per_source_analyses_are_kept_by_kind_key_and_version(tmp_path):
    index = _index(tmp_path)
    index.put_analyses("found", "v1", {"a": b"one", "b": b"two"})
    assert index.get_analyses("found", "v1", ["a", "b", "c"]) == {"a": b"one", "b": b"two"}
    assert index.get_analyses("quotes", "v1", ["a"]) == {}
    index.put_analyses("found", "v2", {"a": b"new"})
    # A newer version replaces the older one of the same key; other keys keep theirs.
    assert index.get_analyses("found", "v1", ["a", "b"]) == {"b": b"two"}
    assert index.get_analyses("found", "v2", ["a"]) == {"a": b"new"}
    many = {f"k{i}": bytes([i]) for i in range(100)}
    index.put_analyses("found", "v2", many)
    assert index.get_analyses("found", "v2", list(many)) == many
    index.close()


def test_results_are_kept_by_kind_and_signature(tmp_path):
    index = _index(tmp_path)
    assert index.get_result("claims", "s1") is None
    index.put_result("claims", "s1", b"blob")
    assert index.get_result("claims", "s1") == b"blob"
    calls = []
    assert index.remember("thing", ("extract",), [], lambda: calls.append(1) or [1, 2]) == [1, 2]
    assert index.remember("thing", ("extract",), [], lambda: calls.append(1) or [3]) == [1, 2]
    assert calls == [1]
    index.close()
