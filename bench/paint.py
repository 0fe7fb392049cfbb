"""Time from launch to first paint of a terminal program, in a private tmux server.

The program is started in a fresh pane and ``tmux capture-pane`` is polled until anything but
blanks is on screen: that is the first frame the user sees, whatever the program draws (the TUI,
or a table printed by the CLI). The pane's peak RSS is read from /proc shortly after.
"""

from __future__ import annotations

import itertools
import os
import shlex
import subprocess
import time
from pathlib import Path

POLL_SECONDS = 0.002
_SERVERS = itertools.count()


def _tmux(sock: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", sock, "-f", "/dev/null", *args], capture_output=True, text=True,
                          check=False).stdout


def first_paint(command: list[str], cwd: Path, size: tuple[int, int] = (120, 40), timeout: float = 30.0,
                settle: float = 1.0) -> tuple[float | None, float | None]:
    """(seconds to first non-blank screen, peak RSS in MB of the pane's process) or Nones on timeout."""
    sock = f"briefing-bench-{os.getpid()}-{next(_SERVERS)}"  # a fresh server each time: the last may still be dying
    width, height = size
    try:
        _tmux(sock, "new-session", "-d", "-s", "b", "-x", str(width), "-y", str(height), "sleep 600")
        _tmux(sock, "set-option", "-gw", "remain-on-exit", "on")
        _tmux(sock, "set-option", "-g", "default-terminal", "screen-256color")
        line = f"cd {shlex.quote(str(cwd))} && exec {shlex.join(command)}"
        started = time.perf_counter()
        _tmux(sock, "respawn-pane", "-k", "-t", "b", line)
        painted = None
        while time.perf_counter() - started < timeout:
            if _tmux(sock, "capture-pane", "-p", "-t", "b").strip():
                painted = time.perf_counter() - started
                break
            time.sleep(POLL_SECONDS)
        rss = None
        if painted is not None:
            time.sleep(settle)
            rss = _peak_rss_mb(_tmux(sock, "display-message", "-p", "-t", "b", "#{pane_pid}").strip())
        return painted, rss
    finally:
        _tmux(sock, "kill-server")


def _peak_rss_mb(pid: str) -> float | None:
    try:
        for line in Path(f"/proc/{int(pid)}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None
