"""Issue 10 in the terminal app: a FIFO in the corpus neither stops the loading nor keeps the process
alive after ``q``; the app uses the command line's --index and --follow-links; a Hangul filler never
reaches the terminal raw (it would shift a diff-matrix row by two cells).
"""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import select
import signal
import stat
import struct
import sys
import termios
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable

from briefing_tui.ui.screens.diff import DiffScreen
from hostile_inputs import unsafe_characters
from tests.store_helpers import REPO, write_corpus
from ui_fixtures import make_test_app, settle, wait_until

HANG_SECONDS = 60
"""Longer than this and the app has hung (it starts and quits in a few seconds)."""


def unblock(fifo: Path) -> None:
    """Give a reader blocked on ``fifo`` its end of file (the old code waited there for ever)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # nobody is reading it: nothing to unblock


def notifications(app) -> str:
    return "\n".join(n.message for n in app._notifications)


def rendered(app) -> list[str]:
    """The lines the current screen shows, each segment checked for characters unsafe on a terminal."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            assert not unsafe_characters(segment.text), (segment.text, unsafe_characters(segment.text))
        lines.append(strip.text)
    return lines


async def test_the_app_loads_past_a_fifo_and_names_it(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    fifo = corpus / "p.txt"
    os.mkfifo(fifo)
    os.mkfifo(corpus / "story_001.yaml")
    app = make_test_app(tmp_path, corpus_paths=[corpus])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        try:
            await wait_until(pilot, lambda: app.search_index is not None, "the corpus loaded")
            assert sorted(s.id for s in app.corpus.sources) == ["story_000", "story_001"]
            shown = notifications(app)
            assert "p.txt: not a regular file (a device, pipe or socket), skipped" in shown
            assert "story_001.txt: sidecar story_001.yaml is not a regular file" in shown
        finally:  # (the old code waited on the FIFOs for ever: give them ends of file until it is done)
            for _ in range(50):
                if not any(w.group == "load" and w.is_running for w in app.workers):
                    break
                unblock(fifo)
                unblock(corpus / "story_001.yaml")
                await pilot.pause()


async def test_the_app_uses_the_index_and_links_options(tmp_path):
    from briefing_tui.model import LoadOptions  # new in issue 10

    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write_corpus(corpus, 2)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret.\n\nThe keeper said the code is SWORDFISH.\n", encoding="utf-8")
    (corpus / "x.txt").symlink_to(outside / "secret.txt")
    index = tmp_path / "named" / "briefing.sqlite3"
    for follow, expected in ((False, ["story_000", "story_001"]), (True, ["story_000", "story_001", "x"])):
        app = make_test_app(tmp_path, corpus_paths=[corpus], load_options=LoadOptions(index=str(index),
                                                                                      follow_links=follow))
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await settle(pilot)
            assert sorted(s.id for s in app.corpus.sources) == expected
            assert ("x.txt: symbolic link to" in notifications(app)) is not follow
        assert stat.S_IMODE(index.stat().st_mode) == 0o600


FILLER = "\u3164"  # HANGUL FILLER: Rich counts it 0 cells wide, terminals draw 2


async def test_a_hangul_filler_never_shifts_a_diff_matrix_row(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = f"The harbor{FILLER}tunnel opened to traffic on Monday."
    (corpus / "a.txt").write_text(f"---\noutlet: North{FILLER}Ledger\n---\n{line}\n\nMore news follows.\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text(f"---\noutlet: Coast Wire\n---\n{line.replace('Monday', 'Monday morning')}\n\nNothing else.\n",
                                  encoding="utf-8")
    app = make_test_app(tmp_path, corpus_paths=[corpus])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await wait_until(pilot, lambda: isinstance(app.screen, DiffScreen) and app.screen.claims is not None,
                         "the diff matrix")
        await settle(pilot)
        lines = rendered(app)  # no raw filler anywhere on the screen
        table = app.screen.query_one(DataTable)
        rows = [str(table.get_row_at(i)[0]) + str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        # (the claim's title: its noun phrase or its opening words, "The harbor<U+3164>tunnel opened ...")
        assert any(f"arbor<U+{ord(FILLER):04X}>tunnel" in r for r in rows), rows
        assert any(f"North<U+{ord(FILLER):04X}>Ledger" in line for line in lines), lines
        # every cell of the matrix is as wide on screen as Rich counts it: the stand-in is plain ASCII
        assert all(FILLER not in line for line in lines)


# ---- the process itself, in a pseudo-terminal ---------------------------------------------------------


# How long one wait for the terminal's output lasts, in milliseconds (``poll``: no limit on the descriptor's number,
# as ``select`` has at 1024, which a long test session's open files may pass).
POLL_MS = 200


def _ready(fd: int) -> bool:
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(POLL_MS))


def _read_until(fd: int, wanted: bytes, pid: int, deadline: float) -> bytes:
    seen = b""
    while time.monotonic() < deadline:
        if _ready(fd):
            try:
                chunk = os.read(fd, 65536)
            except OSError as exc:
                if exc.errno == errno.EIO:  # the other end closed: the process is gone
                    return seen
                raise
            seen += chunk
            if wanted and wanted in seen:
                return seen
        elif os.waitpid(pid, os.WNOHANG) != (0, 0):
            return seen
    return seen


def _exited(pid: int, fd: int, deadline: float) -> int | None:
    """The exit status once the process is gone (reading its screen meanwhile), or None at the deadline."""
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if _ready(fd):
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    return None


def _stop(pid: int, fd: int) -> None:
    """End the child on the pseudo-terminal, if it still runs, and close its end."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
    os.close(fd)


@pytest.mark.skipif(sys.platform != "linux", reason="a Linux pseudo-terminal")
def test_q_ends_the_process_with_a_fifo_in_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    fifo = corpus / "p.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(REPO), "COLUMNS": "80", "LINES": "24"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: briefing's app on the pseudo-terminal
        os.execve(sys.executable, [sys.executable, "-m", "briefing_tui", "--corpus", str(corpus)], env)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        deadline = time.monotonic() + HANG_SECONDS
        screen = _read_until(fd, b"skipped", pid, deadline)  # loaded, and the FIFO named in a notification
        assert b"skipped" in screen, screen[-2000:]
        os.write(fd, b"q")
        status = _exited(pid, fd, deadline)
        assert status is not None, "the process was still running after q"
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        unblock(fifo)
        _stop(pid, fd)


@pytest.mark.skipif(sys.platform != "linux", reason="a Linux pseudo-terminal")
def test_the_app_draws_on_the_terminal_when_stderr_goes_to_a_file(tmp_path):
    # a new user ran `briefing 2>errors.log` to keep the warnings: Textual draws on stderr, so the whole screen went
    # into the file (40 KB of escape codes) and the terminal stayed blank
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    (corpus / "empty.txt").write_text("")  # one problem, for the list printed at the end
    log = tmp_path / "errors.log"
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(REPO), "COLUMNS": "80", "LINES": "24",
           "HOME": str(tmp_path)}
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin and stdout on the pseudo-terminal, stderr into the file
        os.dup2(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
        os.execve(sys.executable, [sys.executable, "-m", "briefing_tui", "--corpus", str(corpus)], env)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        deadline = time.monotonic() + HANG_SECONDS
        screen = _read_until(fd, b"problem", pid, deadline)
        assert b"problem" in screen, screen[-2000:]  # the loaded panes and the title bar's warning, on the terminal
        os.write(fd, b"q")
        status = _exited(pid, fd, deadline)
        assert status is not None and os.waitstatus_to_exitcode(status) == 0
        written = log.read_bytes()
        assert b"\x1b[" not in written  # no screen in the file
        assert b"empty.txt" in written  # but briefing's own message naming the unreadable file
    finally:
        _stop(pid, fd)
