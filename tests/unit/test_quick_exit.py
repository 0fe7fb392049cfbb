"""A quick lookup ends without the interpreter's teardown (briefing_tui/quick_exit.py), and nobody can tell: the
same output and exit status as ``main()``, the index's files as a normal exit leaves them; anything that waits
for the teardown (another command, an ``atexit`` callback) gets the normal exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from briefing_tui.cli import main
from tests.store_helpers import REPO, age, write_corpus

TEARDOWN_PROBE = textwrap.dedent("""
    import atexit, sys
    import briefing_tui.cli as cli

    class Probe:
        def __del__(self):
            print("teardown ran", file=sys.stderr, flush=True)

    cli.probe = Probe()  # freed by the teardown, never by os._exit
    if sys.argv[1] == "atexit":
        atexit.register(lambda: None)
    sys.argv = ["briefing", *sys.argv[2:]]
    cli.run()
""")


def _run(args: list[str], *, code: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "briefing_tui", *args]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    age([*write_corpus(folder, 3), folder])
    return folder


@pytest.mark.parametrize("args", [["quotes", "--json"], ["quotes", "no such words anywhere"], ["quotes"],
                                  ["entities", "--json"], ["sources"]])
def test_a_quick_exit_prints_what_main_prints_and_leaves_the_index_closed(corpus, tmp_path, capsys, args):
    index = tmp_path / "index.sqlite3"
    line = [*args, "--corpus", str(corpus), "--index", str(index)]
    first = _run(line)  # builds the index (writes), then a warm run
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("index")) == ["index.sqlite3"]
    warm = _run(line)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("index")) == ["index.sqlite3"]
    expected = main(line)  # (this process keeps its connection: looked at before)
    out = capsys.readouterr().out
    for done in (first, warm):
        assert (done.returncode, done.stdout) == (expected, out)


@pytest.mark.parametrize(("how", "command", "teardown"), [("plain", "quotes", False), ("plain", "entities", False),
                                                         ("plain", "stories", True), ("atexit", "quotes", True)])
def test_the_teardown_is_skipped_only_when_nothing_waits_for_it(corpus, tmp_path, how, command, teardown):
    done = _run([how, command, "--json", "--corpus", str(corpus), "--index", str(tmp_path / "i.sqlite3")],
                code=TEARDOWN_PROBE)
    assert done.returncode == 0, done.stderr
    assert ("teardown ran" in done.stderr) == teardown
    assert done.stdout.startswith("{")
