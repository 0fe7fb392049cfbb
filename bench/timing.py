"""Wall-clock timing of whole commands, each run as a fresh process (what a user's shell sees)."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

WARMUP = 2
"""Untimed runs of each command first (page cache, bytecode)."""
NOT_INHERITED = ("PYTHONDONTWRITEBYTECODE",)
"""Variables of the calling shell a timed command does not get. Without its bytecode cache Python compiles
every module of the program on every start (~40 modules, 0.1-0.3 s), while the floor's libraries, installed
by pip, come compiled: a user's install (pip compiles on install; a checkout writes ``__pycache__`` on first
run) has the cache, so the timed commands have it too."""


def program_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a timed command runs in: this one without NOT_INHERITED, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env.update(extra or {})
    return env


def run_seconds(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Wall seconds of one run of ``command`` (its output discarded; a failure raises)."""
    started = time.perf_counter()
    subprocess.run(list(command), cwd=cwd, env=program_env(env), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def median_seconds(commands: Sequence[Sequence[str]], runs: int, cwd: Path,
                   envs: Sequence[dict[str, str] | None] | None = None) -> list[float]:
    """Median wall seconds of each command over ``runs`` runs, interleaved (so that a burst of load on a
    shared machine hits all of them alike), after WARMUP untimed runs of each."""
    envs = list(envs) if envs is not None else [None] * len(commands)
    for command, env in zip(commands, envs):
        for _ in range(WARMUP):
            run_seconds(command, cwd, env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (command, env) in enumerate(zip(commands, envs)):
            times[i].append(run_seconds(command, cwd, env))
    return [statistics.median(t) for t in times]


def run_wall_cpu(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the child's user + system time, from its rusage) of one run of ``command``."""
    started = time.perf_counter()
    child = subprocess.Popen(list(command), cwd=cwd, env=program_env(env), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), list(command))
    return wall, usage.ru_utime + usage.ru_stime


def median_wall_cpu(commands: Sequence[Sequence[str]], runs: int, cwds: Sequence[Path],
                    envs: Sequence[dict[str, str] | None] | None = None) -> list[tuple[float, float]]:
    """:func:`median_seconds` with each command's own folder, giving (median wall, median CPU) seconds: CPU
    time is less disturbed than wall time by other sessions' load on a shared machine."""
    envs = list(envs) if envs is not None else [None] * len(commands)
    for command, cwd, env in zip(commands, cwds, envs):
        for _ in range(WARMUP):
            run_wall_cpu(command, cwd, env)
    times: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (command, cwd, env) in enumerate(zip(commands, cwds, envs)):
            times[i].append(run_wall_cpu(command, cwd, env))
    return [(statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for t in times]
