"""Ending a quick lookup without the interpreter's teardown.

When ``briefing quotes`` has printed its answer, a normal exit still frees every object the process made, one by
one: at 10,000 articles (the manifest's columns, the quotes' search strings, the stored analysis's parts) that is
~35 million instructions, 6% of a warm lookup. :func:`exit_process` ends a lookup that finished with
``os._exit`` instead, after doing what the teardown would do that anyone can see:

- stdout and stderr are flushed (should either fail, as a closed pipe does, the normal exit runs, as before);
- every index the process opened is closed (store/database.py), so its files end as a normal exit leaves them
  (the last connection's close checkpoints SQLite's write-ahead log and removes it).

It does so only for the commands in ``QUICK_EXIT_COMMANDS`` (lookups that write to stdout and stderr alone; never
the app, whose terminal must be restored, nor a command that writes files), and only when nothing else waits for
the teardown: no ``atexit`` callback registered (logging, a coverage tool, a finalizer), no thread left that is
not a daemon, no shared index's connection (PostgreSQL is told goodbye by the teardown). Otherwise, and for a
Python that cannot say how many ``atexit`` callbacks it holds, the exit is the normal one.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

QUICK_EXIT_COMMANDS = frozenset({"quotes", "entities", "sources"})
"""The commands that end without the teardown (see the module docstring)."""
SHARED_INDEX_DRIVER = "psycopg"
"""The PostgreSQL driver's module: a process that loaded it exits normally (its connection closed politely)."""


def exit_process(command: str | None, code: int) -> NoReturn:
    """End the process with ``code`` after ``command`` ran: without the teardown when it is safe (see the module
    docstring), else by ``SystemExit`` as before."""
    if command in QUICK_EXIT_COMMANDS and not _teardown_awaited():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):  # (a closed pipe, a closed file, no stream at all)
            raise SystemExit(code) from None
        database = sys.modules.get("briefing_tui.store.database")
        if database is not None:
            database.close_every_index()
        os._exit(code)
    raise SystemExit(code)


def _teardown_awaited() -> bool:
    """Whether anything registered to run at exit, a thread that is not a daemon or a shared index's connection
    waits for the normal exit (True too when this Python cannot tell)."""
    import atexit

    callbacks = getattr(atexit, "_ncallbacks", None)
    if callbacks is None or callbacks():
        return True
    threading = sys.modules.get("threading")
    if threading is not None and any(t is not threading.main_thread() and not t.daemon for t in threading.enumerate()):
        return True
    return SHARED_INDEX_DRIVER in sys.modules
