"""The shared index on PostgreSQL (psycopg 3): a desk's corpus as rows on one server.

Chosen with ``--index postgresql://...`` or ``BRIEFING_INDEX_URL``; SQLite stays the embedded
default. See :mod:`.index` for reading and adding, :mod:`.schema` for the tables, :mod:`.url` for
how credentials are (not) handled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing_tui.model import Problem
from briefing_tui.store.postgres.connection import SharedIndexError
from briefing_tui.store.postgres.url import INDEX_URL_VARIABLE, index_url_from_environment, is_postgres_url, masked

__all__ = ["INDEX_URL_VARIABLE", "SharedIndexError", "index_url_from_environment", "is_postgres_url", "load_shared",
           "masked", "open_shared"]


def open_shared(url: str):
    """A :class:`~briefing_tui.store.postgres.index.PgIndex` on ``url`` (SharedIndexError when it cannot be used)."""
    from briefing_tui.store.postgres.index import PgIndex

    return PgIndex(url)


def load_shared(url: str, roots: list[Path], progress: Callable[[int, int], None] | None = None,
                follow_links: bool = False):
    """(synced, problems, index): the shared corpus when ``roots`` is empty, else the files under ``roots``
    with their parses shared through the server. Raises SharedIndexError when the server cannot be used."""
    from briefing_tui.gcpause import paused_gc

    driver_error = _driver_errors()
    index = open_shared(url)
    try:
        with paused_gc():
            synced = index.sync(roots, progress, follow_links) if roots else index.shared(progress)
    except driver_error as exc:
        index.close()
        from briefing_tui.store.postgres.url import scrub

        raise SharedIndexError(f"{masked(url)}: {scrub(str(exc), url).strip().splitlines()[0]}") from None
    problems = list(synced.problems)
    if not roots and not synced.count:
        problems.append(Problem(masked(url), "the shared corpus is empty (add articles with `briefing sync DIR` "
                                             "or `briefing add FILE...`)"))
    return synced, problems, index


def _driver_errors() -> type[BaseException]:
    from briefing_tui.store.postgres.connection import driver

    return driver().Error
