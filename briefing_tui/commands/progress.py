"""A progress bar on stderr while a large folder is parsed (only on a terminal, only when slow)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SHOW_AFTER_SECONDS = 0.3
"""Warm starts finish before this: they never pay for importing Rich's progress machinery."""


@contextmanager
def ingest_progress(stream=None) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a ``progress(done, total)`` callback drawing a Rich bar on ``stream`` (default stderr).

    Yields None when the stream is not a terminal, so piped output stays clean.
    """
    stream = stream if stream is not None else sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
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
