"""The stored manifest: columns decoded without JSON, the same dict as before, older JSON manifests still read."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import briefing_tui.ingest.load as ingest_load
from briefing_tui.corpus import load_corpus
from briefing_tui.store.codec import CodecError, pack
from briefing_tui.store.manifest_codec import MAGIC, pack_manifest, unpack_manifest
from tests.store_helpers import age, article_text, write_corpus


def _data(n: int) -> dict:
    paths = [f"/news/été/{k:03d} \udcff.txt" for k in range(n)]  # any path a file system gives, undecodable bytes too
    return {"listing": {"found": None, "problems": [["/news/x.bin", "not an article"]], "sidecars": {},
                        "folders": [["/news/été", 5, 6, 7]], "taken_ns": 9, "code": "abc"},
            "parser": 7, "checked": 1_700_000_000_000_000_000, "members": "d1",
            "paths": paths, "sids": [f"{k:03d}" for k in range(n)], "keys": [f"{k:040x}" for k in range(n)],
            "sizes": [k * 1000 for k in range(n)], "mtimes": [1_700_000_000_123_456_789 + k for k in range(n)],
            "sidecars": [["/news/été/001.yaml", 12, -1] if k == 1 else None for k in range(n)],
            "ok": [int(k % 3 != 0) for k in range(n)],
            "problems": {paths[0]: ["empty"]} if n else {}}


@pytest.mark.parametrize("n", [0, 1, 3, 250])
def test_a_manifest_reads_back_as_the_dict_it_was(n):
    data = _data(n)
    blob = pack_manifest(data)
    assert blob.startswith(MAGIC)
    assert unpack_manifest(blob) == data
    assert unpack_manifest(pack(data, compress=False)) == data  # the JSON form of older indexes


@pytest.mark.parametrize("damage", [lambda b: b[:-1], lambda b: b + b"\0", lambda b: b[:len(MAGIC)] + b"\xff" * 8 + b[len(MAGIC) + 8:],
                                    lambda b: b[:-9], lambda b: MAGIC])
def test_a_damaged_manifest_is_refused(damage):
    with pytest.raises(CodecError):
        unpack_manifest(damage(pack_manifest(_data(4))))


def test_a_nul_in_a_path_is_refused_when_packing():
    data = _data(2)
    data["paths"][1] = "/a\0b"
    with pytest.raises(ValueError):
        pack_manifest(data)


def _stored_manifest(index: Path) -> bytes:
    with sqlite3.connect(index) as conn:
        return conn.execute("SELECT blob FROM results WHERE kind = 'manifest'").fetchone()[0]


def test_an_index_with_a_json_manifest_starts_warm_and_sees_an_edit_in_place(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 4)
    age([*paths, corpus])
    index = tmp_path / "index.sqlite3"
    cold = load_corpus([corpus], index=index)
    assert _stored_manifest(index).startswith(MAGIC)
    with sqlite3.connect(index) as conn:  # as an index written before the columns were
        data = unpack_manifest(_stored_manifest(index))
        conn.execute("UPDATE results SET blob = ? WHERE kind = 'manifest'", (pack(data, compress=False),))
    parsed: list[str] = []
    real = ingest_load.read_article
    monkeypatch.setattr(ingest_load, "read_article", lambda found, *a, **k: parsed.append(found.path.name) or real(found, *a, **k))
    warm = load_corpus([corpus], index=index)
    assert parsed == [] and [s.id for s in warm.sources] == [s.id for s in cold.sources]
    edited = paths[1]
    st = os.stat(edited)
    with open(edited, "r+", encoding="utf-8") as f:  # in place, same size: the folder's mtime does not change
        f.write(article_text(1).replace("Officials", "Ministers"))
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns - 30 * 1_000_000_000))
    again = load_corpus([corpus], index=index)
    assert parsed == [edited.name] and again.source(edited.stem).raw.startswith("Ministers")
    assert _stored_manifest(index).startswith(MAGIC)  # written again, in columns


def test_the_warm_check_stats_each_file_as_os_stat_does(tmp_path):
    from briefing_tui.store.files import _one_folder, file_sizes_and_mtimes

    flat = write_corpus(tmp_path / "flat", 3)
    nested = write_corpus(tmp_path / "a" / "b", 2)
    (tmp_path / "ab").mkdir()
    near = tmp_path / "ab" / "x.txt"  # a sibling folder whose name starts like another's
    near.write_text("x", encoding="utf-8")

    def stats(paths):
        out = [os.stat(p) if os.path.exists(p) else None for p in paths]
        return [s and s.st_size for s in out], [s and s.st_mtime_ns for s in out]

    for paths in ([str(p) for p in flat], [str(p) for p in [*flat, *nested]], [str(flat[0]), str(near)],
                  [str(p) for p in flat] + [str(tmp_path / "flat" / "gone.txt")]):
        assert file_sizes_and_mtimes(paths) == stats(paths)
    assert _one_folder([str(p) for p in flat]) == (str(tmp_path / "flat"), [p.name for p in flat])
    assert _one_folder([str(flat[0]), str(near)]) is None
    assert _one_folder([str(p) for p in [*flat, *nested]]) is None
