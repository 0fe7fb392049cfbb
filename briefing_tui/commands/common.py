"""What every CLI subcommand shares: loading the corpus and reporting problems."""

from __future__ import annotations

import os
import sys

from typing import TYPE_CHECKING

from briefing_tui.model import LoadOptions
from briefing_tui.safety import one_line

if TYPE_CHECKING:
    import argparse

    from briefing_tui.corpus import Corpus


def load_options(args: argparse.Namespace) -> LoadOptions:
    """The loading options given on the command line (``--index``, ``--no-cache``, ``--follow-links``)."""
    return LoadOptions(index=getattr(args, "index", None), cache=not getattr(args, "no_cache", False),
                       follow_links=getattr(args, "follow_links", False))


def load_for_cli(args: argparse.Namespace, analysed: bool = False) -> Corpus | None:
    """Load the corpus named on the command line; print one line per problem on stderr. ``analysed``: extract
    its names and quotes too (a spinner on stderr tells a long extraction: a large article takes a while).

    Returns None (after a clear message) when nothing at all could be loaded.
    """
    from briefing_tui.commands.output import wants_json
    from briefing_tui.commands.progress import busy, ingest_progress
    from briefing_tui.corpus import load_corpus

    options = load_options(args)
    shown = not wants_json(args)  # no progress for a script reading JSON, even with stderr on a terminal
    with ingest_progress(shown=shown) as progress:
        corpus = load_corpus(getattr(args, "corpus", None), progress, index=options.index, cache=options.cache,
                             follow_links=options.follow_links)
    if not corpus.source_count:
        report_nothing_loaded(corpus.roots, corpus.problems)
        return None
    report_file_problems(corpus.problems)
    if analysed:
        from briefing_tui.wording import counted

        with busy(f"finding the names and quotes of {counted(corpus.source_count, 'article')}", shown=shown):
            corpus.analysis
    return corpus


def report_nothing_loaded(roots, problems) -> None:
    """Every problem, then "no article could be loaded from ..." on stderr (the CLI's and the app's words);
    with no problem to tell, why: no article file was found there."""
    report_file_problems(problems)
    names = ", ".join(one_line(str(p)) for p in roots)
    why = "" if problems else f" (no {article_kinds()} file in it)"
    print(f"briefing: no article could be loaded from {names}{why}", file=sys.stderr)


def report_file_problems(problems, stream=None) -> None:
    """One line per problem met reading files on ``stream`` (stderr): ``briefing: PATH: REASON``."""
    for problem in problems:
        print(f"briefing: {one_line(problem.path)}: {one_line(problem.reason)}", file=stream or sys.stderr)


def article_kinds() -> str:
    """The endings of the article files a corpus folder is read for, as a person names them."""
    from briefing_tui.ingest.discover import ARTICLE_SUFFIXES

    return ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]


def missing_corpus_paths(paths, origin: str) -> list[str]:
    """One line per corpus path that is not there (or cannot be reached), naming it, where it was given
    (``origin``: "--corpus" or the config file) and why; [] when every path is there.

    Checked before anything is loaded: a mistyped path is a usage error (exit 2, as a refused ``--index``),
    not an empty corpus (exit 1)."""
    import os

    lines = []
    for path in paths or []:
        shown = one_line(str(path))
        try:
            os.stat(os.path.expanduser(str(path)))
        except (FileNotFoundError, NotADirectoryError):
            dangling = os.path.islink(os.path.expanduser(str(path)))
            reason = "a symbolic link to nothing" if dangling else "no such file or folder"
        except OSError as exc:
            reason = one_line(exc.strerror or str(exc)).lower()
        except ValueError as exc:  # a NUL byte in the path
            reason = one_line(str(exc))
        else:
            continue
        where = f"--corpus {shown}" if origin == "--corpus" else f"corpus {shown} (set in {one_line(origin)})"
        lines.append(f"briefing: {where}: {reason}")
    return lines


def corpus_has_files(paths) -> bool:
    """Whether ``--corpus`` names at least one article file; when not, says why as the CLI does (no parsing:
    the app checks this before it starts, so a wrong path never opens an empty app)."""
    from briefing_tui.paths import corpus_paths
    from briefing_tui.ingest.discover import first_article

    roots = corpus_paths(paths)
    found, problems = first_article(roots)
    if found:
        return True
    report_nothing_loaded(roots, problems)
    return False


def write(text: str) -> None:
    """Write to stdout (UTF-8 whatever the locale), ending with a newline."""
    out = sys.stdout
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:
        out.buffer.write((text + "\n").encode("utf-8", "replace"))
    out.flush()


PIPE_WIDTH = 80  # the width of text output written to a pipe or a file, unless COLUMNS says otherwise


MAX_ID_WIDTH = 32
"""The widest a table's id column grows: an id is shown whole up to this (it is what ``--source`` takes)."""
ALSO_WIDTH = 4
"""Room after a quote's source id for how many other sources say it too (" +3")."""


def id_width(ids) -> int:
    """The width that shows every one of ``ids`` whole (at most ``MAX_ID_WIDTH``)."""
    return min(max((len(i) for i in ids), default=2), MAX_ID_WIDTH)


def output_width() -> int:
    """The width text output is laid out to: the terminal's when stdout is one; else ``COLUMNS`` when set, else
    80, whatever terminal stdin or stderr may be (a pipe gives the same lines in a shell and in CI)."""
    if sys.stdout.isatty():
        import shutil  # (here: its archive imports, bz2 and lzma, are ~2 ms of every lookup's start)

        return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    columns = os.environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH


def console():
    """A Rich console for tables (imported lazily: JSON output never pays for Rich), as wide as
    :func:`output_width` says (Rich alone would take a terminal's width from stdin or stderr in a pipe)."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else output_width())


def no_match(noun: str, given: dict[str, str | None]) -> str:
    """The one line a text table is replaced with when nothing matched: what was asked, in the user's words
    ("no quote matches query 'zzz', speaker 'Lagarde'"; "no quote found" when nothing narrowed it)."""
    asked = ", ".join(f"{name} {one_line(value)!r}" for name, value in given.items() if value)
    return f"no {noun} matches {asked}" if asked else f"no {noun} found"


USAGE_ERROR = 2
"""The exit status of a usage error (README's table): a bad option or value, an id that names nothing or several."""
SHOWN_CANDIDATES = 8  # an ambiguous --source lists at most this many of the ids it could mean


class IdChoiceError(ValueError):
    """An id given on the command line names nothing, or several things: the message names the candidates."""


class SourceChoiceError(IdChoiceError):
    """``--source`` (or ``--explain``) names no source, or several."""


def resolve_id(ids: list[str], wanted: str, option: str, kind: tuple[str, str], listing: str,
               error: type[IdChoiceError] = IdChoiceError) -> str:
    """The one of ``ids`` that is ``wanted`` or starts with it (the tables cut ids short); else ``error`` naming
    the candidates: the ones it could mean, or the first ids there are. ``option`` is the option that named it,
    ``kind`` the thing's name (singular, plural), ``listing`` the command that lists them all."""
    if wanted in ids:
        return wanted
    matches = [i for i in ids if i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    pool = matches or ids
    shown = ", ".join(one_line(i) for i in pool[:SHOWN_CANDIDATES])
    more = f" and {len(pool) - SHOWN_CANDIDATES} more" if len(pool) > SHOWN_CANDIDATES else ""
    if matches:
        raise error(f"{option} {one_line(wanted)!r} matches {len(matches)} {kind[1]}: {shown}{more}; "
                    "give more of the id")
    raise error(f"no {kind[0]} id starts with {one_line(wanted)!r}; the {kind[1]} are {shown}{more} "
                f"(see `{listing}`)")


def resolve_source(corpus: Corpus, wanted: str, option: str = "--source") -> str:
    """The id of the one source whose id is ``wanted`` or starts with it; ``option``: the option that named it."""
    return resolve_id([s.id for s in corpus.sources], wanted, option, ("source", "sources"), "briefing sources",
                      SourceChoiceError)
