"""A long step (the names and quotes of a large article, a comparison) shows a spinner on stderr when stderr is a
terminal, erased when it ends; in a pipe nothing is written, and the command's output is the same."""

from __future__ import annotations

import io
import time

import pytest

from briefing_tui.cli import main
from briefing_tui.commands import progress
from briefing_tui.paths import seeds_dir


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(progress, "BUSY_AFTER_SECONDS", 0.05)


def test_a_long_step_shows_a_spinner_on_a_terminal(quick):
    stream = Terminal()
    with progress.busy("finding the names and quotes of 1 article", stream=stream):
        time.sleep(0.6)
    assert "finding the names and quotes of 1 article" in stream.getvalue()


def test_a_short_step_shows_nothing(quick):
    stream = Terminal()
    with progress.busy("comparing", stream=stream):
        pass
    time.sleep(0.2)  # the timer, cancelled, never draws
    assert stream.getvalue() == ""


def test_nothing_in_a_pipe(quick):
    stream = io.StringIO()
    with progress.busy("comparing", stream=stream):
        time.sleep(0.3)
    assert stream.getvalue() == ""


def test_entities_in_a_pipe_print_no_progress(quick, capsys):
    assert main(["entities", "--corpus", str(seeds_dir()), "--no-cache", "--jsonl"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert all(line.startswith("{") for line in out.out.splitlines())


@pytest.mark.parametrize("command", [["entities"], ["stories"], ["diff"]])
def test_no_spinner_for_json_even_with_stderr_on_a_terminal(command, monkeypatch):
    """A script reading ``--json``/``--jsonl`` (stderr left on the terminal) gets no spinner frames; the table
    of the same command still shows it."""
    started: list[str] = []
    monkeypatch.setattr(progress, "BUSY_AFTER_SECONDS", 0.0)
    monkeypatch.setattr(progress, "_start_spinner", lambda stream, description: started.append(description))
    monkeypatch.setattr("sys.stderr", Terminal())
    for flag in ("--json", "--jsonl"):
        main([*command, "--corpus", str(seeds_dir()), "--no-cache", flag])
        time.sleep(0.1)  # a timer that fired would have drawn by now
    assert started == []
    main([*command, "--corpus", str(seeds_dir()), "--no-cache"])  # the table: the spinner is still there
    time.sleep(0.1)
    assert started
