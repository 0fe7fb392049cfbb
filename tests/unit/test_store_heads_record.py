"""The corpus's heads record (store/heads_codec.py): after one edited or added file, a sync reads the other
files' text digests without decoding their heads and stores the record again from the last one's documents as
they are; the heads it gives back are the parse rows', a copy is still found, and the older form still reads."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

import briefing_tui.store.heads_codec as heads_codec
from briefing_tui.corpus import load_corpus
from briefing_tui.store.codec import CodecError, pack, read_head
from briefing_tui.store.heads_codec import MAGIC, head_document, pack_heads, text_of, unpack_heads
from tests.store_helpers import age, article_text, write_corpus


def _record(index: Path) -> bytes:
    with sqlite3.connect(index) as conn:
        (blob,) = conn.execute("SELECT blob FROM results WHERE kind = 'heads'").fetchone()
    return blob


def _parse_rows(index: Path) -> dict[str, list]:
    with sqlite3.connect(index) as conn:
        return {key: read_head(head) for key, head in conn.execute("SELECT key, head FROM parses")}


def _same_sources(a, b) -> None:
    assert [s.id for s in a.sources] == [s.id for s in b.sources]
    for x, y in zip(a.sources, b.sources):
        for f in dataclasses.fields(x):
            assert getattr(x, f.name) == getattr(y, f.name), (x.id, f.name)


def test_the_record_reads_back_its_heads_and_text_digests_and_the_older_form_still_reads():
    heads = {"k1": [[], True, "t", 1], "k2": [["a problem"], False, None, {"x": "é\u2028"}]}
    blob = pack_heads("44", ((k, f"digest-{k}", head_document(h)) for k, h in heads.items()))
    assert blob.startswith(MAGIC)
    record = unpack_heads(blob)
    assert (record.parser, record.keys) == ("44", ["k1", "k2"])
    assert record.heads({"k2", "k3"}) == {"k2": heads["k2"]}
    assert record.heads({"k1", "k2"}) == heads  # (more than half asked for: every document in one decode)
    assert record.texts({"k1", "k3"}) == {"k1": "digest-k1"}
    assert record.row("k1") == ("digest-k1", head_document(heads["k1"]))
    older = unpack_heads(pack({"parser": "44", "keys": list(heads), "heads": list(heads.values())}))
    assert older.heads({"k1"}) == {"k1": heads["k1"]} and older.row("k1") is None
    assert older.texts({"k1"}) == {"k1": text_of(heads["k1"])}
    for damaged in (blob[:-3], blob + b"x", MAGIC + b"\x00" * 3):
        with pytest.raises(CodecError):
            unpack_heads(damaged)
    with pytest.raises(ValueError):
        pack_heads("44", [("k\0", "", b"[]")])


def test_a_sync_after_one_edit_decodes_no_other_head_and_keeps_every_head_and_copy(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 6)
    age([*paths, corpus])
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index).quotes  # noqa: B018 - primed
    assert _record(index).startswith(MAGIC)
    decoded: list[int] = []
    real_heads = heads_codec.HeadsRecord.heads

    def counting(self, wanted):
        decoded.append(len(wanted))
        return real_heads(self, wanted)

    monkeypatch.setattr(heads_codec.HeadsRecord, "heads", counting)
    monkeypatch.setattr(heads_codec, "DUMPS", lambda head, real=heads_codec.DUMPS: decoded.append(-1) or real(head))
    paths[2].write_text(article_text(2, "(updated)"), encoding="utf-8")
    age([paths[2]])
    edited = load_corpus([corpus], index=index)
    assert edited.members() and decoded == [-1]  # the edited file's head encoded, no other head decoded
    record = unpack_heads(_record(index))
    rows = _parse_rows(index)
    assert {m.key for m in edited.members()} == set(record.keys)
    assert record.heads(set(record.keys)) == {k: rows[k] for k in record.keys}
    assert record.texts(set(record.keys)) == {k: text_of(rows[k]) for k in record.keys}
    monkeypatch.undo()
    _same_sources(load_corpus([corpus], cache=False), load_corpus([corpus], index=index))
    # A copy of an article written after the record was stored is still found by its text digest.
    copy = corpus / "zz-copy.txt"
    copy.write_text(paths[4].read_text(encoding="utf-8"), encoding="utf-8")
    age([copy, corpus])
    cached, cold = load_corpus([corpus], index=index), load_corpus([corpus], cache=False)
    assert [p.reason for p in cached.problems] == [p.reason for p in cold.problems]
    assert [Path(p.path).name for p in cached.problems] == ["zz-copy.txt"]
    _same_sources(cold, cached)


def test_a_record_in_the_older_form_is_read_and_stored_again_in_the_new_one(tmp_path):
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 4)
    age([*paths, corpus])
    index = tmp_path / "index.sqlite3"
    load_corpus([corpus], index=index).sources  # noqa: B018
    record = unpack_heads(_record(index))
    heads = record.heads(set(record.keys))
    older = pack({"parser": record.parser, "keys": record.keys, "heads": [heads[k] for k in record.keys]})
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE results SET blob = ? WHERE kind = 'heads'", (older,))
    paths[1].write_text(article_text(1, "(again)"), encoding="utf-8")
    age([paths[1]])
    _same_sources(load_corpus([corpus], cache=False), load_corpus([corpus], index=index))
    again = unpack_heads(_record(index))
    assert _record(index).startswith(MAGIC)
    assert again.heads(set(again.keys)) == {k: v for k, v in _parse_rows(index).items() if k in again.keys}
    assert json.loads(again.row(again.keys[0])[1]) == again.heads({again.keys[0]})[again.keys[0]]
