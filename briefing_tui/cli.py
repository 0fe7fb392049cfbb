"""The ``briefing`` command: quick lookups for scripts and SSH sessions, or the TUI.

Only the standard library is imported at module level so that ``briefing quotes ...``
starts fast; Textual is imported only when the TUI is opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


class BriefingParser(argparse.ArgumentParser):
    """argparse, but arguments echoed in an error message are shown inert (they may be pasted article text)."""

    def error(self, message: str):  # type: ignore[override]
        from briefing_tui.safety import inert

        super().error(inert(message, keep_newlines=False))


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", action="append", metavar="PATH",
                        help="article file or folder (repeatable; default: the embedded seeds)")
    parser.add_argument("--index", metavar="PATH", default=argparse.SUPPRESS,
                        help="the index file to cache parses in (default: one per corpus in the user cache folder)")
    parser.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS,
                        help="parse every file and write no index")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = BriefingParser(prog="briefing", description=(
        "Read several outlets' coverage of one event side by side. "
        "With no command, opens the terminal app."))
    _common(parser)
    parser.add_argument("--theme", metavar="NAME",
                        help="theme of the terminal app (briefing-dark, briefing-light, briefing-contrast or your own)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("sources", help="list the parsed sources")
    _common(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("diff", help="compare the sources claim by claim (agree / disagree / single)",
                       description="Align what the sources say and show where they agree and disagree. "
                                   "Money is compared in US dollars at the ECB reference rate of each article's date "
                                   "(briefing_tui/data/rates.yaml for currencies the ECB does not quote); a rates.yaml "
                                   "of the same shape in the user config folder overrides both for the currencies it names.")
    _common(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--disagreements", action="store_true", help="only claims the sources disagree on")
    shown.add_argument("--shared", action="store_true", help="only claims made by two or more sources")

    p = sub.add_parser("quotes", help="who said what (direct and reported speech)")
    p.add_argument("query", nargs="?", help="fuzzy search over the quoted words and the speaker")
    _common(p)
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (any spelling)")
    p.add_argument("--source", metavar="ID", help="only quotes found in this source")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("entities", help="people, organisations and places named in the sources")
    _common(p)
    p.add_argument("--type", metavar="TYPE", help="person, organization or place")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def run_app(args: argparse.Namespace) -> int:
    """Open the terminal app (the sources table instead when stdout is not a terminal)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from briefing_tui.commands.sources import run_sources

        print("briefing: not a terminal, printing the sources table (see `briefing --help`)", file=sys.stderr)
        return run_sources(args)
    from briefing_tui.ui.app import make_app

    app = make_app(args.corpus, theme=args.theme, freeze_gc=True)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command
    try:
        if command is None:
            return run_app(args)
        if command == "sources":
            from briefing_tui.commands.sources import run_sources

            return run_sources(args)
        if command == "diff":
            from briefing_tui.commands.diff import run_diff

            return run_diff(args)
        if command == "quotes":
            from briefing_tui.commands.quotes import run_quotes

            return run_quotes(args)
        if command == "entities":
            from briefing_tui.commands.entities import run_entities

            return run_entities(args)
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    parser.error(f"unknown command {command!r}")
    return 2
