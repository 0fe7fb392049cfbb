"""``briefing sync DIR...`` and ``briefing add FILE...`` with a shared index (PostgreSQL).

Both add articles to the desk's shared corpus from any machine: every article under the folders
named (``sync``) or the files and folders named (``add``). An article already there (the same bytes,
whoever added them) is counted, never added twice; several people may run them at once. A file
added before from the same path on this machine whose content changed replaces its old version;
``sync --delete`` also removes what came from the folder and is gone; ``briefing remove ID...``
removes members by source id. The summary goes to stdout
(``added N, updated M, removed K, already there L``), problems to stderr, one line each.
Exit status: 0 done (even when some files could not be read: they are listed), 1 when nothing at all
could be added, 2 for a usage error or an index that cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing_tui.safety import one_line

NOTHING_ADDED = 1
UNUSABLE = 2


def add_sync_parser(add, common) -> None:
    """The options of ``briefing sync``."""
    p = add("sync", help="add every article under DIR to the shared index (PostgreSQL)",
            description="Add every article file under the folders named to the shared corpus of a PostgreSQL "
                        "index (--index postgresql://... or BRIEFING_INDEX_URL). Articles already there are "
                        "skipped, whoever added them; several machines may sync at once. A file synced before "
                        "from the same path on this machine whose content changed replaces its old version. "
                        "Without --delete nothing is ever removed.")
    p.add_argument("folders", nargs="+", metavar="DIR", help="a folder (or file) of articles")
    p.add_argument("--delete", action="store_true",
                   help="also remove from the shared corpus the articles synced from under DIR on this machine "
                        "whose file is gone (without it, nothing is removed)")
    common(p)


def add_remove_parser(add, common) -> None:
    """The options of ``briefing remove``."""
    p = add("remove", help="remove articles from the shared index (PostgreSQL) by source id",
            description="Remove articles from the shared corpus of a PostgreSQL index, by the ids "
                        "`briefing sources` lists for it. A role that may only read is refused.")
    p.add_argument("ids", nargs="+", metavar="ID", help="a source id, as `briefing sources` lists it")
    common(p)


def shared_index_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL this command runs against (``--index``, else ``BRIEFING_INDEX_URL``), if any."""
    from briefing_tui.store.address import index_url_from_environment, is_postgres_url

    index = getattr(args, "index", None)
    if index is not None:
        return index if is_postgres_url(index) else None
    found = index_url_from_environment()
    return found if found and is_postgres_url(found) and not getattr(args, "no_cache", False) else None


def required_shared_url(args: argparse.Namespace, doing: str) -> str | None:
    """The shared index's address, or None after saying on stderr that ``doing`` needs one."""
    url = shared_index_url(args)
    if url is None:
        print(f"briefing: {doing} a shared index: give --index postgresql://... or set BRIEFING_INDEX_URL",
              file=sys.stderr)
    return url


def run_sync(args: argparse.Namespace) -> int:
    """``briefing sync DIR...``."""
    url = required_shared_url(args, "sync adds to")
    if url is None:
        return UNUSABLE
    return add_paths(url, [Path(f).expanduser() for f in args.folders], getattr(args, "follow_links", False),
                     delete=getattr(args, "delete", False))


def add_paths(url: str, paths: list[Path], follow_links: bool = False, delete: bool = False) -> int:
    """Add the articles under ``paths`` to the shared corpus at ``url``; print the summary."""
    from briefing_tui.commands.progress import ingest_progress

    index = _open(url)
    if index is None:
        return UNUSABLE
    try:
        with ingest_progress() as progress:
            added = index.add(paths, progress, follow_links, delete)
    except _driver_error() as exc:
        _refused(url, exc, "nothing more added")
        return UNUSABLE
    finally:
        index.close()
    from briefing_tui.commands.common import write

    for problem in added.problems:
        print(f"briefing: {one_line(problem.path)}: {one_line(problem.reason)}", file=sys.stderr)
    write(f"added {added.new}, updated {added.updated}, removed {added.removed}, already there {added.known}")
    return 0 if added.new or added.known or added.updated or added.removed else NOTHING_ADDED


def run_remove(args: argparse.Namespace) -> int:
    """``briefing remove ID...``: remove members of the shared corpus; exit 1 when an id names none."""
    url = required_shared_url(args, "remove changes")
    if url is None:
        return UNUSABLE
    index = _open(url)
    if index is None:
        return UNUSABLE
    try:
        removed, unknown = index.remove(args.ids)
    except _driver_error() as exc:
        _refused(url, exc, "nothing removed")
        return UNUSABLE
    finally:
        index.close()
    from briefing_tui.commands.common import write

    for sid in unknown:
        print(f"briefing: {one_line(sid)}: no such source in the shared corpus (see `briefing sources`)", file=sys.stderr)
    write(f"removed {len(removed)}")
    return NOTHING_ADDED if unknown else 0


def _open(url: str):
    """The shared index at ``url``, or None after one line on stderr saying why it cannot be opened."""
    from briefing_tui.store.postgres import SharedIndexError, open_shared

    try:
        return open_shared(url)
    except SharedIndexError as exc:
        print(f"briefing: {one_line(str(exc))}", file=sys.stderr)
        return None


def _refused(url: str, exc: BaseException, what: str) -> None:
    """One line on stderr for a failed write (a read-only role named as such), the password masked."""
    from briefing_tui.store.postgres import masked
    from briefing_tui.store.postgres.connection import driver
    from briefing_tui.store.postgres.url import scrub

    text = scrub(str(exc), url).strip()
    reason = one_line(text.splitlines()[0] if text else type(exc).__name__)
    if isinstance(exc, driver().errors.InsufficientPrivilege):
        reason = f"this role may not change the shared corpus: {reason}"
    print(f"briefing: {one_line(masked(url))}: {what} ({reason})", file=sys.stderr)


def add_to_shared(args: argparse.Namespace, inputs: list[str], url: str) -> int:
    """``briefing add FILE...`` with a shared index: files and folders go in as they are; pasted text
    (``-``), a URL, or metadata options go through the usual ``add`` into a private temporary folder
    first (one input at a time), then in."""
    import contextlib
    import io
    import tempfile

    from briefing_tui.ingest.fetch import is_url

    plain = [i for i in inputs if i != "-" and not is_url(i)]
    metadata = any(getattr(args, k, None) for k in ("outlet", "date", "url", "title", "author"))
    if len(plain) == len(inputs) and not metadata:
        return add_paths(url, [Path(i).expanduser() for i in inputs])
    if len(inputs) != 1:
        print("briefing: with standard input, a URL or metadata options, add one article at a time",
              file=sys.stderr)
        return UNUSABLE
    from briefing_tui.commands.add import store_one

    with tempfile.TemporaryDirectory(prefix="briefing-add-") as folder:
        with contextlib.redirect_stdout(io.StringIO()):  # the temporary file's path means nothing to a script
            code = store_one(args, inputs[0], Path(folder))
        if code:
            return code
        return add_paths(url, [Path(folder)])


def _driver_error() -> type[BaseException]:
    from briefing_tui.store.postgres.connection import driver

    return driver().Error


SUGGESTED_SPEAKERS = 5
"""At most this many "did you mean" speakers after a ``--speaker`` that matched nothing."""


def suggest_speakers(corpus, name: str) -> None:
    """After ``quotes --speaker NAME`` found nothing on a shared index: the speakers spelt like NAME
    (pg_trgm similarity over the stored quote rows), on stderr. Nothing on an SQLite index."""
    finder = getattr(corpus.index, "similar_speakers", None)
    if finder is None:
        return
    try:
        found = finder(name)[:SUGGESTED_SPEAKERS]
    except _driver_error():
        return
    if found:
        print(f"briefing: no speaker matches {one_line(name)!r}; did you mean: "
              f"{', '.join(one_line(s) for s in found)}?", file=sys.stderr)
