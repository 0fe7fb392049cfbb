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


def run_seconds(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Wall seconds of one run of ``command`` (its output discarded; a failure raises)."""
    started = time.perf_counter()
    subprocess.run(list(command), cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
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
