"""The ``briefing`` command: quick lookups for scripts and SSH sessions, or the TUI.

Only the standard library is imported at module level so that ``briefing quotes ...``
starts fast (argparse only for lines that are not plain quick lookups); Textual is imported only when the
TUI is opened.
"""

from __future__ import annotations

import errno
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import argparse


def parse_command_line(argv: Sequence[str] | None = None
                       ) -> tuple[argparse.Namespace | SimpleNamespace, argparse.ArgumentParser | None]:
    """The parsed arguments, and the parser that read them (None when the app parser read the line or the
    line is a plain quick lookup).

    A plain quick lookup's line is read without argparse
    (:func:`~briefing_tui.commands.quick_line.read_quick_line`): a ``SimpleNamespace`` with the attributes
    the full parser's namespace would have. A line of top-level options only (``briefing``,
    ``briefing --corpus X --theme Y``) is read by a parser of those options alone, with the same result as
    the full parser's (``command`` None); any other line by the parsers of
    :mod:`briefing_tui.commands.arguments` (a quick lookup's first by a parser of its command alone). A line
    where :func:`_command_word` finds a command is not tried on the app parser, which reads no command.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    from briefing_tui.commands.quick_line import read_quick_line

    quick = read_quick_line(argv)
    if quick is not None:  # a plain quick lookup: the parser's namespace, neither argparse nor a parser
        return SimpleNamespace(**quick), None
    from briefing_tui.commands.arguments import read_with_parsers

    return read_with_parsers(argv, _command_word(argv), LEAN_COMMANDS)


_COMMAND_MODULES = {"quotes": "briefing_tui.commands.quotes", "sources": "briefing_tui.commands.sources",
                    "entities": "briefing_tui.commands.entities", "stories": "briefing_tui.commands.stories",
                    "diff": "briefing_tui.commands.diff"}
"""The module of each quick lookup, imported before the collector is turned on (its imports allocate some
ten thousand long-lived objects, no garbage)."""

COLLECTOR_OFF_COMMANDS = frozenset({"quotes"})
"""Commands run with the cyclic garbage collector off to the end (``main`` turns it back on after): a quote
lookup builds only acyclic data (the stored values it decodes, its JSON or table), and the store already pauses
the collector for what it parses, analyses and decodes. With it on, its passes over the start's objects and
the decoded quotes were ~15 ms of a 10k-article lookup (gc callbacks: a gen-0 pass over the imports', a gen-1
pass while a quote's 1,700 occurrences were decoded)."""

LEAN_COMMANDS = frozenset({"sources", "diff", "quotes", "stories", "entities"})
"""Commands whose line is first read by a parser of that command alone (``arguments.build_parser`` ``only``):
the full parser imports the desk commands' modules and builds a dozen subcommands (~30 ms of a quick
lookup). Help and errors are always the full parser's."""
CORPUS_READERS = frozenset({None, "sources", "diff", "quotes", "stories", "entities", "serve", "export"})
"""The commands (None: the app) that read ``--corpus``: a path there that does not exist is refused (exit 2)
before anything loads. ``add`` makes its folder; ``sync`` and ``remove`` name their own."""
_VALUED_TOP_OPTIONS = ("--corpus", "--index", "--theme")  # top-level options that take the next word


def _command_word(argv: list[str]) -> str | None:
    """The word that names the command, as the full parser would read it; None when unsure (help asked for,
    anywhere: the help printed is the full parser's; an abbreviated option whose value could be taken for
    the command)."""
    skip = False
    for at, word in enumerate(argv):
        if skip:
            skip = False
            continue
        if word in ("-h", "--") or word.startswith("--h"):
            return None
        if word in _VALUED_TOP_OPTIONS:
            skip = True
            continue
        if word.startswith("-"):
            if "=" not in word and word not in ("--no-cache", "--follow-links"):
                return None  # an abbreviation or a mistake: the full parser reads it
            continue
        rest = argv[at + 1:]
        rest = rest[:rest.index("--")] if "--" in rest else rest
        return None if any(w.startswith(("-h", "--h")) for w in rest) else word
    return None


def _merge_global_options(args: argparse.Namespace) -> str:
    """Join --corpus given before and after the subcommand; fill what is not given from config.yaml.

    Returns where the corpus paths come from: "--corpus", the config file's path, or "" (the seeds)."""
    after = getattr(args, "corpus_after", None)
    if after:
        args.corpus = [*(args.corpus or []), *after]
    if hasattr(args, "corpus_after"):
        del args.corpus_after
    given = bool(getattr(args, "corpus", None))
    from briefing_tui.store.address import index_url_from_environment

    shared = index_url_from_environment()  # BRIEFING_INDEX_URL: after --index, before config.yaml
    if shared and not hasattr(args, "index") and not getattr(args, "no_cache", False):
        args.index = shared
    from briefing_tui.config import apply_config, config_path

    apply_config(args)
    if given:
        return "--corpus"
    return str(config_path()) if getattr(args, "corpus", None) else ""


def run_app(args: argparse.Namespace, resume_gc: bool = False) -> int:
    """Open the terminal app (the sources table instead when stdout is not a terminal).

    Under ``briefing serve`` (or ``textual serve``) Textual is given a driver (``TEXTUAL_DRIVER``) that talks
    to the browser over pipes: the app opens then, pipes or not. ``resume_gc``: the caller paused the garbage
    collector for the start; the app turns it on after its first frame.
    """
    served = bool(os.environ.get("TEXTUAL_DRIVER"))
    if not served and not (sys.stdin.isatty() and sys.stdout.isatty()):
        from briefing_tui.commands.sources import run_sources

        if resume_gc:
            gc.enable()
        print("briefing: not a terminal, printing the sources table (see `briefing --help`)", file=sys.stderr)
        return run_sources(args)
    from briefing_tui.commands.common import corpus_has_files, load_options, report_file_problems

    if not corpus_has_files(args.corpus):
        return 1
    from briefing_tui.ui.app import make_app

    messages = _screen_on_stdout() if not served and _stderr_sent_away() else sys.stderr
    app = make_app(args.corpus, theme=args.theme, freeze_gc=True, load_options=load_options(args), resume_gc=resume_gc)
    app.run()
    if app.corpus is not None:  # every problem met reading files, where the list stays after the app is gone
        report_file_problems(app.corpus.problems, messages)
    return app.return_code or 0


def _stderr_sent_away() -> bool:
    """Whether stdout's descriptor is a terminal and stderr's is not (``briefing 2>errors.log``)."""
    try:
        return os.isatty(sys.stdout.fileno()) and not os.isatty(sys.stderr.fileno())
    except (AttributeError, OSError, ValueError):  # (a stream with no descriptor: a test's capture)
        return False


def _screen_on_stdout():
    """Textual draws on stderr (fd 2): with stderr sent to a file, the whole screen would be written into it and the
    terminal left blank. Point fd 2 at the terminal stdout is on, where the app then draws, and give back a stream
    on the file stderr was sent to, for briefing's own messages (the problems met reading files)."""
    sys.stderr.flush()
    kept = os.fdopen(os.dup(2), "w", encoding="utf-8", errors="replace", buffering=1)
    os.dup2(sys.stdout.fileno(), 2)
    return kept


def refused_index(args: argparse.Namespace) -> str | None:
    """Why the ``--index`` given cannot be used (one line naming the path), or None when it can."""
    index = getattr(args, "index", None)
    if index is None:
        return None
    from briefing_tui.safety import one_line
    from briefing_tui.store.database import IndexRefused, check_index_path
    from briefing_tui.store.address import is_postgres_url

    if is_postgres_url(index):
        return None  # a shared index: opened (or refused, the password masked) when the corpus loads
    try:
        check_index_path(index)
    except IndexRefused as exc:
        return f"briefing: --index {one_line(index)}: {one_line(str(exc))}"
    return None


def run() -> None:
    """The ``briefing`` console script and ``python -m briefing_tui``: :func:`main`, then the process ends (a quick
    lookup without the interpreter's teardown: quick_exit.py)."""
    from briefing_tui.quick_exit import exit_process

    outcome = execute()
    exit_process(outcome.command, outcome.code)


class Outcome(NamedTuple):
    """What :func:`execute` ran (None: the app, or no command parsed) and its exit status."""

    command: str | None
    code: int


def main(argv: Sequence[str] | None = None) -> int:
    """The exit status of running the command line ``argv`` (see :func:`execute`)."""
    return execute(argv).code


def execute(argv: Sequence[str] | None = None) -> Outcome:
    """Run the command line ``argv`` (the process's arguments if None): the command it named and its exit status.

    The cyclic garbage collector is off while the program starts: importing the CLI, Textual and the app
    allocates some hundred thousand long-lived objects and next to no garbage, and the collector would walk
    them all again and again (a third of the time to the app's first frame). Every command turns it back on
    before its work; the app does after its first frame (``make_app(resume_gc=...)``).
    """
    resume_gc = gc.isenabled()
    gc.disable()
    command = None
    try:
        args, parser = parse_command_line(argv)
        command = args.command
        return Outcome(command, _run(args, parser, resume_gc))
    except OSError as exc:  # (the help or the version, written as the command line is read)
        if exc.errno not in _DEVICE_ERRORS:
            raise
        return Outcome(command, _device_error(exc))
    finally:
        if resume_gc:
            gc.enable()


def _run(args: argparse.Namespace | SimpleNamespace, parser: argparse.ArgumentParser | None, resume_gc: bool) -> int:
    corpus_origin = _merge_global_options(args)
    command = args.command
    if command is not None and resume_gc:
        if command in _COMMAND_MODULES:  # importing the command's code is still the start: no collector
            importlib.import_module(_COMMAND_MODULES[command])
        if command not in COLLECTOR_OFF_COMMANDS:
            gc.enable()
    from briefing_tui.store.address import SharedIndexError

    refusal = refused_index(args)
    if refusal is not None:  # before anything could write there
        print(refusal, file=sys.stderr)
        return 2
    if command in CORPUS_READERS and corpus_origin:
        from briefing_tui.commands.common import missing_corpus_paths

        missing = missing_corpus_paths(args.corpus, corpus_origin)
        if missing:  # a usage error, said once by every command (the app never opens on it)
            print("\n".join(missing), file=sys.stderr)
            return 2
    try:
        if command is None:
            return run_app(args, resume_gc)
        if command == "sources":
            from briefing_tui.commands.sources import run_sources

            return run_sources(args)
        if command == "diff":
            from briefing_tui.commands.diff import run_diff

            return run_diff(args)
        if command == "quotes":
            from briefing_tui.commands.quotes import run_quotes

            return run_quotes(args)
        if command == "stories":
            from briefing_tui.commands.stories import run_stories

            return run_stories(args)
        if command == "serve":
            from briefing_tui.commands.common import corpus_has_files

            if not corpus_has_files(args.corpus):  # said as the CLI says it; the served app never opens empty
                return 1
            from briefing_tui.ui.serve import run_serve

            return run_serve(args)
        if command == "entities":
            from briefing_tui.commands.entities import run_entities

            return run_entities(args)
        from briefing_tui.commands.parsers import run_desk_command

        code = run_desk_command(command, args, parser)
        if code is not None:
            return code
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except SharedIndexError as exc:  # the message names the server with its password masked
        from briefing_tui.safety import one_line

        print(f"briefing: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        if exc.errno not in _DEVICE_ERRORS:
            return _internal_error(exc)
        return _device_error(exc)
    except Exception as exc:  # noqa: BLE001 (a bug of ours: one line, not a traceback over the user's terminal)
        return _internal_error(exc)
    parser.error(f"unknown command {command!r}")
    return 2


TRACEBACK_VARIABLE = "BRIEFING_TRACEBACK"
"""Set (to anything) to see an internal error's traceback instead of its one line (the tests set it)."""
EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE of sysexits.h: the program failed, not the input nor the usage


EXIT_IO_ERROR = 74  # EX_IOERR of sysexits.h: an input or output device failed
_DEVICE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})
"""A full disk or quota, a failing device, a read-only file system: the machine's state, not a bug of ours."""


def _device_error(exc: OSError) -> int:
    """Say in one line that writing failed because of the device (the output, the cache or a named file)."""
    from briefing_tui.safety import one_line

    where = str(exc.filename) if exc.filename else "the output"
    print(f"briefing: cannot write {one_line(where)}: {one_line(exc.strerror or str(exc))}", file=sys.stderr)
    return EXIT_IO_ERROR


def _internal_error(exc: Exception) -> int:
    """Say an unexpected error in one line (its traceback when ``TRACEBACK_VARIABLE`` is set): the input
    that met a bug is the user's, and the rest of the terminal is theirs too."""
    if os.environ.get(TRACEBACK_VARIABLE):
        raise exc
    from briefing_tui.safety import one_line

    print(f"briefing: internal error: {one_line(f'{type(exc).__name__}: {exc}')} (a bug in briefing-tui: "
          f"{TRACEBACK_VARIABLE}=1 shows where)", file=sys.stderr)
    return EXIT_INTERNAL_ERROR
