"""Rough edges a new user met in the ``briefing`` command: what a ``--corpus`` path that is no folder is told,
how bytes that are no UTF-8 are read, how figures and counts are written, which exit status an unknown id gets,
what an empty answer prints and how ``--help`` is laid out."""

from __future__ import annotations

import json
import json
import os
from pathlib import Path

import pytest

from briefing_tui.cli import main
from tests.store_helpers import write_corpus


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    """``briefing ARGS`` in this process: its exit status and its stdout and stderr lines."""
    code = main(list(args))
    done = capsys.readouterr()
    return code, done.out.splitlines(), done.err.splitlines()


# ---- a --corpus path that is no folder ----------------------------------------------------------------


def test_a_named_pipe_as_the_corpus_is_called_one(capsys, tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "sources", "--no-cache", "--corpus", str(pipe))
    assert (code, out) == (1, [])
    assert err == [f"briefing: {pipe}: not a folder or an article file: a named pipe (--corpus reads article "
                   f"files and folders of them)",
                   f"briefing: no article could be loaded from {pipe}"]


def test_a_device_as_the_corpus_is_called_one(capsys):
    code, _, err = run(capsys, "sources", "--no-cache", "--corpus", os.devnull)
    assert code == 1
    assert err[0] == (f"briefing: {os.devnull}: not a folder or an article file: a device (--corpus reads "
                      f"article files and folders of them)")


@pytest.mark.parametrize("name", ["side.yaml", "notes.YML"])
def test_a_sidecar_named_as_the_corpus_is_never_an_article(capsys, tmp_path, name):
    sidecar = tmp_path / name
    sidecar.write_text("title: [unclosed\n  bad: : yaml\n", encoding="utf-8")
    code, out, err = run(capsys, "sources", "--no-cache", "--json", "--corpus", str(sidecar))
    suffix = Path(name).suffix
    assert (code, out) == (1, [])
    assert err == [f"briefing: {sidecar}: a metadata file ({suffix}), not an article: it is read beside the "
                   f"article of the same name (x.txt with x{suffix}); give the article or its folder",
                   f"briefing: no article could be loaded from {sidecar}"]


def test_an_article_file_as_the_corpus_still_loads(capsys, tmp_path):
    (path,) = write_corpus(tmp_path / "c", 1)
    code, out, err = run(capsys, "sources", "--no-cache", "--json", "--corpus", str(path))
    assert (code, err) == (0, [])
    assert [s["id"] for s in json.loads("\n".join(out))["sources"]] == ["story_000"]
