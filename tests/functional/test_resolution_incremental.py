"""Through the index, resolution looks up only the person spellings the last run did not know
(StoredStages.alike, extract/person_spellings.py), and `quotes --json` and `entities --json` after an edit,
an addition, a removal and a rename print exactly what a cold run (``--no-cache``) prints."""

from __future__ import annotations

import shutil

import pytest

from briefing_tui.cli import main
from briefing_tui.paths import seeds_dir
from briefing_tui.store.stage_memo import StoredStages
from tests.store_helpers import age, indexed_like_cold, write_generated

COMMANDS = (("quotes", "--json"), ("entities", "--json"))
GENERATED = 40  # articles of bench/generate's corpus (small)
NEW_PARAGRAPH = ("“The corridor will carry twice the freight by 2030,” said Ottoline Brackwater, the transport "
                 "adviser of the summit.\n")


@pytest.fixture
def looked_up(monkeypatch):
    """How many person spellings resolution looked up in its spelling indexes (known to no kept relation)."""
    counts = {"alike": 0}
    keep = StoredStages.keep_alike

    def counting(self, record):
        counts["alike"] += record.looked_up
        return keep(self, record)

    monkeypatch.setattr(StoredStages, "keep_alike", counting)
    return counts


def _check(capsys, corpus, index, looked_up) -> int:
    return indexed_like_cold(main, capsys, COMMANDS, corpus, index, looked_up)["alike"]


def test_on_a_generated_folder_each_change_looks_up_only_new_spellings_and_prints_a_cold_runs_output(
        tmp_path, capsys, looked_up):
    from bench.incremental import add, edit

    corpus = tmp_path / "generated"
    write_generated(corpus, GENERATED)
    index = tmp_path / "index.sqlite3"
    first = _check(capsys, corpus, index, looked_up)
    assert first > 10  # every spelling, once
    assert _check(capsys, corpus, index, looked_up) == 0  # nothing changed: the stored analysis is read
    edit(corpus, 3)  # a paragraph quoting a person by a name the folder may not hold yet
    assert _check(capsys, corpus, index, looked_up) <= 1
    add(corpus, GENERATED)  # the next generated article
    assert _check(capsys, corpus, index, looked_up) < first / 4
    (corpus / f"{5:06d}.txt").unlink()
    assert _check(capsys, corpus, index, looked_up) == 0  # a removal adds no spelling
    renamed = corpus / "renamed.txt"
    (corpus / f"{7:06d}.txt").rename(renamed)
    age([renamed, corpus])
    assert _check(capsys, corpus, index, looked_up) == 0


def test_on_the_seeds_an_edit_naming_someone_new_looks_up_one_spelling(tmp_path, capsys, looked_up, monkeypatch):
    """(The stored analysis is not patched here: such an edit is, store/new_groups.py, and then no resolution runs.
    What is tested is the full analysis's resolution after it.)"""
    from briefing_tui.store.analysis_patch import Patch

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())
    assert _check(capsys, corpus, index, looked_up) > 0
    edited = corpus / "000_a4263a828e80c27b.txt"
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join([*lines[:1], NEW_PARAGRAPH, *lines[1:]]), encoding="utf-8")
    age([edited])
    monkeypatch.setattr(Patch, "run", lambda patch: patch._no("not patched in this test"))
    assert _check(capsys, corpus, index, looked_up) == 1
