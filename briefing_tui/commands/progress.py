"""On stderr, only on a terminal and only when slow: a progress bar while a large folder is parsed, and a spinner
with the time taken while a long step runs (extracting the names and quotes of a large article, comparing)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SHOW_AFTER_SECONDS = 0.3
"""Warm starts finish before this: they never pay for importing Rich's progress machinery."""

BUSY_AFTER_SECONDS = 1.0
"""A step that ends sooner shows no spinner (most runs: a warm start reads its analysis back from the index)."""


@contextmanager
def ingest_progress(stream=None, shown: bool = True) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a ``progress(done, total)`` callback drawing a Rich bar on ``stream`` (default stderr).

    Yields None when the stream is not a terminal, so piped output stays clean, or when not ``shown`` (the
    command prints machine-readable output, ``--json``: a script reads it, whatever stderr is).
    """
    stream = stream if stream is not None else sys.stderr
    if not shown or not _is_terminal(stream):
        yield None
        return
    started = time.monotonic()
    state: dict[str, object] = {}

    def progress(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            if done >= total or time.monotonic() - started < SHOW_AFTER_SECONDS:
                return
            bar = state["bar"] = _start_bar(stream, total)
            state["task"] = bar.add_task("parsing articles", total=total)
        bar.update(state["task"], completed=done, total=total)

    try:
        yield progress
    finally:
        bar = state.get("bar")
        if bar is not None:
            bar.stop()


def _start_bar(stream, total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(file=stream), transient=True)
    bar.start()
    return bar


def _is_terminal(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def busy(description: str, stream=None, shown: bool = True) -> Iterator[None]:
    """While the block runs: after BUSY_AFTER_SECONDS, a spinner, ``description`` and the time taken on ``stream``
    (default stderr), erased when the block ends. Nothing at all when the stream is not a terminal (a pipe, CI)
    or when not ``shown`` (the command prints machine-readable output, ``--json``/``--jsonl``: a script runs it,
    even with stderr on a terminal): what the command prints is the same either way."""
    stream = stream if stream is not None else sys.stderr
    if not shown or not _is_terminal(stream):
        yield
        return
    lock = threading.Lock()
    state: dict[str, object] = {}

    def show() -> None:
        with lock:
            if not state.get("done"):
                state["bar"] = _start_spinner(stream, description)

    timer = threading.Timer(BUSY_AFTER_SECONDS, show)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            bar = state.get("bar")
        if bar is not None:
            bar.stop()


def _start_spinner(stream, description: str):
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                   console=Console(file=stream), transient=True)
    bar.add_task(description, total=None)
    bar.start()
    return bar
