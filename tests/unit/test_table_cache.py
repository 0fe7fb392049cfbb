"""The shipped YAML tables kept as checked pickles in the cache folder (briefing_tui/table_cache.py)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui import table_cache
from briefing_tui.paths import data_dir, user_cache_dir
from briefing_tui.safe_yaml import safe_load
from briefing_tui.sha import sha1

TABLE = """\
# An invented word table.
greetings:
  en: [hello, good morning]
  fr: [bonjour]
numbers:
  1: one
  7: seven
ratio: 0.25
shared: &words [alpha, beta]
again: *words
empty:
"""


@pytest.fixture
def tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of invented tables, and an existing cache folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.yaml").write_text(TABLE, encoding="utf-8")
    monkeypatch.setattr(table_cache, "data_dir", lambda: folder)
    user_cache_dir().mkdir(parents=True)
    return folder


def _kept() -> list[Path]:
    return sorted((user_cache_dir() / table_cache.TABLES_FOLDER).glob("*.pickle"))


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> object:
        raise AssertionError("the YAML was read again")

    monkeypatch.setattr("briefing_tui.safe_yaml.safe_load", refuse)


def test_a_table_is_kept_and_read_back_equal_in_order_without_the_yaml(tables, monkeypatch):
    first = table_cache.load_shipped("words.yaml")
    assert repr(first) == repr(safe_load(TABLE))
    [kept] = _kept()
    assert kept.name.startswith("words-") and oct(kept.stat().st_mode & 0o777) == oct(table_cache.FILE_MODE)
    _no_yaml(monkeypatch)
    again = table_cache.load_shipped("words.yaml")
    assert repr(again) == repr(first)
    assert again["numbers"] == {1: "one", 7: "seven"} and again["again"] is again["shared"]


def test_every_shipped_table_reads_back_as_the_safe_loader_reads_it(monkeypatch):
    user_cache_dir().mkdir(parents=True)
    names = sorted(p.name for p in data_dir().glob("*.yaml"))
    assert "measure_words.yaml" in names and "gazetteer.yaml" in names
    expected = {name: safe_load((data_dir() / name).read_text(encoding="utf-8")) for name in names}
    loaded = {name: table_cache.load_shipped(name) for name in names}
    plain = [name for name in names if table_cache._plain(expected[name])]  # (rates.yaml holds dates: read each time)
    assert {"measure_words.yaml", "gazetteer.yaml", "speech_words.yaml"} <= set(plain)
    assert len(_kept()) == len(plain)
    _no_yaml(monkeypatch)
    for name in plain:
        assert repr(table_cache.load_shipped(name)) == repr(expected[name]) == repr(loaded[name])


def test_no_cache_folder_writes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "words.yaml").write_text(TABLE, encoding="utf-8")
    monkeypatch.setattr(table_cache, "data_dir", lambda: folder)
    assert table_cache.load_shipped("words.yaml") == safe_load(TABLE)
    assert not user_cache_dir().exists()


def test_an_edited_table_is_read_again_and_its_old_copy_removed(tables):
    table_cache.load_shipped("words.yaml")
    [old] = _kept()
    (tables / "words.yaml").write_text(TABLE.replace("bonjour", "salut"), encoding="utf-8")
    assert table_cache.load_shipped("words.yaml")["greetings"]["fr"] == ["salut"]
    [new] = _kept()
    assert new != old


def test_a_damaged_copy_is_a_miss_and_is_written_again(tables):
    table_cache.load_shipped("words.yaml")
    [kept] = _kept()
    data = bytearray(kept.read_bytes())
    data[-3] ^= 0xFF
    kept.write_bytes(bytes(data))
    assert repr(table_cache.load_shipped("words.yaml")) == repr(safe_load(TABLE))
    assert kept.read_bytes() != bytes(data)


def test_a_copy_naming_a_class_is_refused_even_with_a_good_digest(tables):
    table_cache.load_shipped("words.yaml")
    [kept] = _kept()
    body = pickle.dumps(os.stat_result((0,) * 10), protocol=table_cache.PROTOCOL)
    kept.write_bytes(sha1(body).digest() + body)
    assert repr(table_cache.load_shipped("words.yaml")) == repr(safe_load(TABLE))


def test_a_table_holding_a_date_is_not_kept(tables):
    (tables / "dated.yaml").write_text("since: 2024-05-01\n", encoding="utf-8")
    assert str(table_cache.load_shipped("dated.yaml")["since"]) == "2024-05-01"
    assert all(not p.name.startswith("dated-") for p in _kept())


def test_the_name_finders_tables_come_without_pyyaml_once_kept(tmp_path):
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    (tmp_path / "cache").mkdir()
    code = ("import sys; from briefing_tui.language_table import word_table; "
            "from briefing_tui.extract.gazetteer import shipped_gazetteer; "
            "word_table(); shipped_gazetteer(); print('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert runs == ["True\n", "False\n"]
