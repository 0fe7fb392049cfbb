"""A corpus counts one article text once: a copy (byte-identical, or the same text saved otherwise) is skipped
with one problem naming both files, loaded directly or through the index; a symbolic link to a file of the
corpus is skipped and the file keeps its own id."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.ingest import load_sources
from briefing_tui.ingest.same_text import repeated_texts, text_digest

from tests.store_helpers import age

ARTICLE = ("Floods force thousands from their homes\n\n"
           "VIENNA (AP) — Rescue teams worked through the night to reach villages cut off by the water, and the "
           "regional government said more than 4,000 people had been moved to shelters.\n\n"
           "Forecasters said more rain was expected over the weekend, officials said.\n")
OTHER = ("Talks resume in Geneva\n\nDiplomats met again in Geneva on Monday to discuss a ceasefire, a spokesman "
         "said, and agreed to meet once more next week.\n")


def _write(path: Path, text: str, mtime: int) -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime, mtime))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    old = time.time_ns() - 3600 * 10**9
    _write(folder / "quake-ap.txt", ARTICLE, old)
    _write(folder / "talks.txt", OTHER, old)
    # A later copy whose name sorts first, and the same text with other spacing and page chrome around it.
    _write(folder / "a-copy.txt", ARTICLE, old + 10**9)
    _write(folder / "saved-again.md", "Menu\nSearch\n\n" + ARTICLE.replace(". ", ".  ") + "\nShare\n", old + 2 * 10**9)
    age([folder])
    return folder


@pytest.mark.parametrize("cached", [False, True])
def test_a_later_copy_of_an_article_is_skipped_with_a_problem_naming_both(corpus, tmp_path, cached):
    loaded = load_corpus([corpus], index=tmp_path / "index.sqlite" if cached else None, cache=cached)
    assert [s.id for s in loaded.sources] == ["quake-ap", "talks"]
    assert loaded.source_count == 2
    same = sorted((Path(p.path).name, p.reason) for p in loaded.problems)
    assert same == [(name, f"same text as {corpus / 'quake-ap.txt'}: skipped (an article is counted once)")
                    for name in ("a-copy.txt", "saved-again.md")]
    if cached:  # a warm start says the same
        again = load_corpus([corpus], index=tmp_path / "index.sqlite")
        assert [s.id for s in again.sources] == ["quake-ap", "talks"]
        assert sorted(Path(p.path).name for p in again.problems) == ["a-copy.txt", "saved-again.md"]


def test_the_copy_is_read_again_once_the_original_is_gone(corpus, tmp_path):
    index = tmp_path / "index.sqlite"
    load_corpus([corpus], index=index)
    (corpus / "quake-ap.txt").unlink()
    (corpus / "saved-again.md").unlink()
    age([corpus])
    loaded = load_corpus([corpus], index=index)
    assert [s.id for s in loaded.sources] == ["a-copy", "talks"] and loaded.problems == []


def test_a_link_to_a_file_of_the_corpus_is_skipped_and_the_file_keeps_its_id(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "reuters-quake.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "link.txt").symlink_to("reuters-quake.txt")  # its name sorts first
    sources, problems = load_sources([folder])
    assert [(s.id, s.path) for s in sources] == [("reuters-quake", str(folder / "reuters-quake.txt"))]
    assert problems == []  # (a link inside the corpus is no problem: the file is read once, under its own name)


def test_digest_folds_spacing_and_repeats_keep_the_oldest():
    assert text_digest("A  b\n\nc") == text_digest("A b c") != text_digest("A b d")
    assert text_digest("  ") == ""
    assert repeated_texts(["x", "y", "x", ""], [5, 1, 3, None]) == {0: 2}
    assert repeated_texts(["x", "x", "", ""], [None, None, None, None]) == {1: 0}
