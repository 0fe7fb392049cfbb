"""Through the index, spreading reads back what is at a source's capitals (its probes, most of what it keeps
of a source) only for the sources a changed spelling may concern (store/stage_memo.py), and `quotes --json`
and `entities --json` after an edit, an addition, a removal and a rename print exactly what a cold run
(``--no-cache``) prints: on real folders and on a small generated corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.store.codec import unpack_value
from briefing_tui.store.index import CorpusIndex
from tests.store_helpers import age, edit_add_remove_rename, indexed_like_cold, write_generated

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (("quotes", "--json"), ("entities", "--json"))
GENERATED = 40  # articles of bench/generate's corpus (small)
REAL = [ROOT / "tests" / "gold" / "events" / "us_japan_trade_deal", ROOT / "tests" / "gold_dev" / "stories" / "canada_election_2025"]
NEW_PARAGRAPH = "“We will wait for the final text,” said Ottoline Brackwater, an adviser to the delegation.\n"


def _holds_probes(value) -> bool:
    """Whether a stored row is, or holds, a source's probes (a dict of word -> list of probe strings)."""
    parts = value if isinstance(value, list) else [value]
    return any(isinstance(p, dict) and p and all(isinstance(v, list) for v in p.values()) for p in parts)


@pytest.fixture
def probes_read(monkeypatch):
    """How many stored rows holding a source's probes the runs read back (whatever their kind)."""
    counts = {"probes": 0}
    get = CorpusIndex.get_analyses

    def counting(self, kind, version, keys):
        got = get(self, kind, version, keys)
        for blob in got.values():
            try:
                counts["probes"] += _holds_probes(unpack_value(blob))
            except Exception:  # not a row this count is about (the memo judges what it can use)
                pass
        return got

    monkeypatch.setattr(CorpusIndex, "get_analyses", counting)
    return counts


def _check_every_change(capsys, corpus: Path, index: Path, counts, edit, add) -> dict[str, int]:
    first = indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)["probes"]
    assert first == 0  # nothing stored yet: every source's capitals come from its text
    assert indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)["probes"] == 0
    return {change: indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)["probes"]
            for change in edit_add_remove_rename(corpus, edit, add)}


@pytest.mark.parametrize("folder", REAL, ids=lambda f: f.name)
def test_on_real_folders_each_change_prints_a_cold_runs_output_and_reads_few_sources_capitals(
        tmp_path, capsys, probes_read, folder):
    corpus = tmp_path / "corpus"
    shutil.copytree(folder, corpus, ignore=shutil.ignore_patterns("*.md", "*.json", "*.yaml"))
    spare = sorted(corpus.iterdir())[0].read_text(encoding="utf-8")
    age([*corpus.iterdir(), corpus])
    n = len(list(corpus.iterdir()))

    def edit(path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([*lines[:3], NEW_PARAGRAPH, *lines[3:]]), encoding="utf-8")

    def add() -> None:  # another outlet's copy of the first article, with a paragraph of its own
        (corpus / "zz_added.txt").write_text(spare.rstrip("\n") + "\n\n" + NEW_PARAGRAPH, encoding="utf-8")

    read = _check_every_change(capsys, corpus, tmp_path / "index.sqlite3", probes_read, edit, add)
    # a removal drops names only it confirmed: the sources writing them are looked at again (exactly, above)
    assert read["edit"] < n / 2 and read["add"] < n / 2 and read["rename"] == 0, read


def test_on_a_generated_folder_each_change_prints_a_cold_runs_output_and_reads_few_sources_capitals(
        tmp_path, capsys, probes_read):
    from bench.incremental import add, edit

    corpus = tmp_path / "generated"
    write_generated(corpus, GENERATED)
    read = _check_every_change(capsys, corpus, tmp_path / "index.sqlite3", probes_read,
                               lambda path: edit(corpus, 3), lambda: add(corpus, GENERATED))
    assert max(read.values()) < GENERATED / 4, read
