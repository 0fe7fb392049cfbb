"""Through the index, an edit that changes nothing resolution reads of any name (a typo fixed in an article's
words) does not group the corpus's names again: the grouping kept by the last run is used
(extract/resolution_record.py), and `quotes --json` and `entities --json` after that edit, then an edit naming
someone, an addition, a removal and a rename print exactly what a cold run (``--no-cache``) prints: on real
folders (tests/gold, tests/gold_dev, the seeds) and on a small generated corpus.

What is counted: how many sources' names resolution walks to work out their context (``_context_of``, once
per source when it groups the corpus's names; once per edited source when it only checks them)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import briefing_tui.extract.resolve as resolve_module
from briefing_tui.cli import main
from tests.store_helpers import age, edit_add_remove_rename, indexed_like_cold, write_generated

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (("quotes", "--json"), ("entities", "--json"))
GENERATED = 40  # articles of bench/generate's corpus (small)
REAL = [ROOT / "tests" / "gold" / "events" / "us_japan_trade_deal", ROOT / "tests" / "gold" / "events" / "myanmar_quake",
        ROOT / "tests" / "gold_dev" / "stories" / "canada_election_2025",
        ROOT / "tests" / "gold_dev" / "stories" / "afghanistan_quake_2025", ROOT / "seeds"]
NEW_PARAGRAPH = "“We will wait for the final text,” said Ottoline Brackwater, an adviser to the delegation.\n"
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+ ([a-z]{7,}) [a-z]+(?![\w’'-])")
"""A lower-case word of seven letters or more between two lower-case words (no name, no word beside a name:
it gets a typo)."""


@pytest.fixture
def walked(monkeypatch):
    """How many sources' names resolution walked for their context (see the module docstring)."""
    counts = {"walked": 0}
    context_of = resolve_module._context_of

    def counting(*args):
        counts["walked"] += 1
        return context_of(*args)

    monkeypatch.setattr(resolve_module, "_context_of", counting)
    return counts


def typo(path: Path) -> None:
    """Double a letter of the article's last long lower-case word between lower-case words (LOWER_WORD)."""
    text = path.read_text(encoding="utf-8")
    hits = list(LOWER_WORD.finditer(text))
    assert hits, path
    m = hits[-1]
    word = m.group(1)
    path.write_text(text[:m.start(1)] + word[:4] + word[3:] + text[m.end(1):], encoding="utf-8")


def _changes(corpus: Path, edit, add):
    """Yield after each change of ``corpus``: a typo fixed, then an edit, an addition, a removal, a rename."""
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    typo(files[0])
    age([files[0]])
    yield "typo"
    yield from edit_add_remove_rename(corpus, edit, add)


def _walks(capsys, corpus: Path, index: Path, counts, edit, add) -> dict[str, int]:
    indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)
    return {change: indexed_like_cold(main, capsys, COMMANDS, corpus, index, counts)["walked"]
            for change in _changes(corpus, edit, add)}


@pytest.mark.parametrize("folder", REAL, ids=lambda f: f.name)
def test_on_real_folders_a_typo_fix_groups_no_names_again_and_every_change_prints_a_cold_runs_output(
        tmp_path, capsys, walked, folder):
    corpus = tmp_path / "corpus"
    shutil.copytree(folder, corpus, ignore=shutil.ignore_patterns("*.md", "*.json", "*.yaml"))
    spare = sorted(corpus.iterdir())[0].read_text(encoding="utf-8")
    age([*corpus.iterdir(), corpus])
    n = len(list(corpus.iterdir()))

    def edit(_: Path) -> Path:  # a paragraph quoting someone new, in the middle of the longest article's body
        path = max(sorted(corpus.iterdir()), key=lambda p: p.read_text(encoding="utf-8").count("\n\n"))
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        middle = len(paragraphs) // 2 if len(paragraphs) > 2 else len(paragraphs)  # after a lone paragraph
        path.write_text("\n\n".join([*paragraphs[:middle], NEW_PARAGRAPH, *paragraphs[middle:]]), encoding="utf-8")
        return path

    def add() -> None:  # another outlet's copy of the first article, with a paragraph of its own
        (corpus / "zz_added.txt").write_text(spare.rstrip("\n") + "\n\n" + NEW_PARAGRAPH, encoding="utf-8")

    walks = _walks(capsys, corpus, tmp_path / "index.sqlite3", walked, edit, add)
    assert walks["typo"] == 1, walks  # only the edited source is read, to tell that it reads the same
    assert walks["edit"] >= n, walks  # a new person: every source's names are grouped again


def test_on_a_generated_folder_a_typo_fix_groups_no_names_again_and_every_change_prints_a_cold_runs_output(
        tmp_path, capsys, walked):
    from bench.incremental import add, edit

    corpus = tmp_path / "generated"
    write_generated(corpus, GENERATED)
    walks = _walks(capsys, corpus, tmp_path / "index.sqlite3", walked,
                   lambda path: edit(corpus, 3) or path, lambda: add(corpus, GENERATED))
    # the benchmark's edit writes its paragraph among an article's first lines, which may be no part of its body
    assert walks["typo"] == 1 and walks["add"] >= GENERATED, walks


def test_the_same_corpus_again_walks_no_source(tmp_path, capsys, walked):
    corpus = tmp_path / "corpus"
    shutil.copytree(REAL[0], corpus, ignore=shutil.ignore_patterns("*.md", "*.json", "*.yaml"))
    age([*corpus.iterdir(), corpus])
    index = tmp_path / "index.sqlite3"
    indexed_like_cold(main, capsys, COMMANDS, corpus, index, walked)
    typo(sorted(corpus.iterdir())[0])  # the analysis is made again (another corpus state), the grouping kept
    age([*corpus.iterdir(), corpus])
    assert indexed_like_cold(main, capsys, COMMANDS, corpus, index, walked)["walked"] == 1
    (corpus / "zz_copy.txt").write_text(sorted(corpus.iterdir())[1].read_text(encoding="utf-8").rstrip()
                                        + "\n\nThe vote was close, officials said.\n", encoding="utf-8")  # (a copy is skipped)
    age([*corpus.iterdir(), corpus])
    assert indexed_like_cold(main, capsys, COMMANDS, corpus, index, walked)["walked"] >= 2  # a new source: afresh
