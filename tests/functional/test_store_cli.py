"""The CLI's index options and ingest progress."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from briefing_tui.commands import progress as progress_module
from briefing_tui.store import default_index_path
from tests.store_helpers import REPO, write_corpus


def _briefing(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing_tui", *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_index_option_puts_the_index_there_and_no_cache_writes_none(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    cache = tmp_path / "cache"
    index = tmp_path / "mine.sqlite3"
    first = _briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index),
                      env={"BRIEFING_CACHE_DIR": str(cache)})
    assert first.returncode == 0 and first.stderr == ""
    assert index.is_file() and not cache.exists()
    again = _briefing("sources", "--json", "--corpus", str(corpus), "--index", str(index))
    assert again.stdout == first.stdout
    plain = _briefing("sources", "--json", "--corpus", str(corpus), "--no-cache", env={"BRIEFING_CACHE_DIR": str(cache)})
    assert plain.stdout == first.stdout and not cache.exists()


def test_damaged_index_gives_one_line_on_stderr(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    index = default_index_path([corpus])  # the default one: a path named with --index must be an index
    index.parent.mkdir(parents=True)
    index.write_bytes(b"\x00garbage" * 200)
    done = _briefing("sources", "--json", "--corpus", str(corpus))
    assert done.returncode == 0
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and str(index) in lines[0] and "set aside" in lines[0]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr(progress_module, "SHOW_AFTER_SECONDS", 0.0)
    piped = io.StringIO()
    with progress_module.ingest_progress(piped) as callback:
        assert callback is None
    terminal = _Terminal()
    with progress_module.ingest_progress(terminal) as callback:
        for done in range(1, 51):
            callback(done, 50 + 50)
    assert "parsing articles" in terminal.getvalue()
    assert piped.getvalue() == ""


def test_fast_loads_draw_no_bar():
    terminal = _Terminal()
    with progress_module.ingest_progress(terminal) as callback:
        callback(10, 10)
    assert terminal.getvalue() == ""


def test_cli_progress_reaches_the_bar(tmp_path, monkeypatch):
    # load_for_cli hands its callback to the loader: the bar sees every file.
    from briefing_tui.commands import common

    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(progress_module, "ingest_progress", _recording(seen))
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    args = type("Args", (), {"corpus": [str(corpus)], "index": str(tmp_path / "i.sqlite3")})()
    assert common.load_for_cli(args).source_count == 4
    assert seen[-1] == (4, 4)


def _recording(seen):
    from contextlib import contextmanager

    @contextmanager
    def fake(stream=None, shown=True):
        yield lambda done, total: seen.append((done, total))

    return fake
