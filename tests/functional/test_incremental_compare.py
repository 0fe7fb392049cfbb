"""`diff` through the index after an edit, an addition or a deletion within a story prints what a cold
run (``--no-cache``) prints, byte for byte, while the per-source part of the comparison (reading each
sentence's figures) is done again for the changed sources only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import briefing_tui.compare.figures as figures_module
from briefing_tui.cli import main
from tests.store_helpers import age

EVENTS = Path(__file__).resolve().parents[1] / "gold" / "events"
QUAKE_PARAGRAPH = ("\nThe death toll rose to 3,900 on Thursday, the junta said, and 4,800 people were injured, "
                   "according to the state broadcaster.\n")


@pytest.fixture
def figures_read(monkeypatch):
    """The ids of the sources whose sentences' figures were read (``figures_in_text``)."""
    import importlib

    read: set[str] = set()
    original = figures_module.figures_in_text

    def counting(text, source, *args, **kwargs):
        read.add(source.id)
        return original(text, source, *args, **kwargs)

    # (wherever the comparison calls it from: units.py before the readings were kept, statement_cache.py now,
    # and the event dates' mentions, which read the statement sentences' figures from the same rows)
    for name in ("units", "statement_cache", "event_mentions"):
        try:
            module = importlib.import_module(f"briefing_tui.compare.{name}")
        except ImportError:
            continue
        monkeypatch.setattr(module, "figures_in_text", counting, raising=False)
    return read


def _diffs(capsys, corpus: Path, story: str, *options: str) -> list[str]:
    out = []
    for chosen in ((), ("--story", story)):
        assert main(["diff", "--json", *chosen, "--corpus", str(corpus), *options]) in (0, 1)
        out.append(capsys.readouterr().out)
    return out


def _check(capsys, corpus: Path, index: Path, story: str, read: set[str]) -> set[str]:
    """Indexed `diff` and `diff --story` equal cold ones; the sources whose figures the indexed runs read."""
    read.clear()
    warm = _diffs(capsys, corpus, story, "--index", str(index))
    done = set(read)
    cold = _diffs(capsys, corpus, story, "--no-cache")
    assert warm == cold, "diff differs from a cold run"
    assert json.loads(warm[1])["claims"]
    return done


def test_after_an_edit_an_addition_and_a_deletion_only_changed_sources_are_read_again(tmp_path, capsys,
                                                                                      figures_read):
    corpus = tmp_path / "corpus"
    for event in ("myanmar_quake", "german_election_2025"):
        shutil.copytree(EVENTS / event, corpus / event)
    index = tmp_path / "index.sqlite3"
    age(p for p in corpus.rglob("*") if p.is_file())
    assert main(["stories", "--json", "--corpus", str(corpus), "--index", str(index)]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert [s["size"] for s in stories] == [10, 8]
    quake = stories[0]["id"]
    assert len(_check(capsys, corpus, index, quake, figures_read)) == 18  # cold: every source

    quake_files = sorted((corpus / "myanmar_quake").iterdir())
    edited = quake_files[0]
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join([*lines[:4], QUAKE_PARAGRAPH, *lines[4:]]), encoding="utf-8")
    age([edited])
    # The quake story is compared again: the figures of the edited article alone are read again.
    assert len(_check(capsys, corpus, index, quake, figures_read)) == 1

    added = corpus / "myanmar_quake" / "99_added.txt"
    added.write_text(quake_files[1].read_text(encoding="utf-8") + QUAKE_PARAGRAPH.replace("3,900", "4,100"),
                     encoding="utf-8")
    age([added])
    assert len(_check(capsys, corpus, index, quake, figures_read)) == 1

    (corpus / "german_election_2025" / sorted(p.name for p in (corpus / "german_election_2025").iterdir())[0]
     ).unlink()
    # The election story is compared again, every one of its sources' figures read back.
    assert _check(capsys, corpus, index, quake, figures_read) == set()


def test_a_folder_of_one_story_reads_the_figures_of_the_edited_article_only(tmp_path, capsys, figures_read):
    from briefing_tui.paths import seeds_dir

    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), corpus)
    index = tmp_path / "index.sqlite3"
    age(corpus.iterdir())

    def diff(*options: str) -> str:
        figures_read.clear()
        assert main(["diff", "--json", "--corpus", str(corpus), *options]) in (0, 1)
        return capsys.readouterr().out

    assert diff("--index", str(index)) == diff("--no-cache")
    edited = corpus / "004_d8b58f788d07b44f.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + QUAKE_PARAGRAPH, encoding="utf-8")
    age([edited])
    warm = diff("--index", str(index))
    assert figures_read == {"004_d8b58f788d07b44f"}
    assert warm == diff("--no-cache")
