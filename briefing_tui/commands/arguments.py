"""The command line's argparse parsers: the full parser (help, errors, every command), a parser of the app's
options alone, and a lean parser of one quick-lookup command.

Imported only when a line is not a plain quick lookup (:mod:`briefing_tui.commands.quick_line` reads those
without argparse): importing argparse and gettext was ~3 ms of every lookup.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


class BriefingParser(argparse.ArgumentParser):
    """argparse, but arguments echoed in an error message are shown inert (they may be pasted article text),
    and a mistyped command or option is answered with the nearest one ("did you mean 'quotes'?")."""

    def error(self, message: str):  # type: ignore[override]
        from briefing_tui.commands.help import did_you_mean
        from briefing_tui.safety import inert

        super().error(inert(message + did_you_mean(message, self), keep_newlines=False))


class WrappedHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs wrapped to the help's width line by line: a long line becomes a paragraph that
    fits, a line break written stays one, and an indented line (an example command, an exit status) is kept
    whole as written (argparse's raw formatter would keep every line as long as it was written)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        lines = []
        for line in text.splitlines():
            if not line.strip() or line[:1].isspace() or len(indent + line) <= width:
                lines.append(indent + line if line.strip() else "")
            else:
                lines.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent,
                                           break_on_hyphens=False, break_long_words=False))
        return "\n".join(lines)


class NotTheAppLine(Exception):
    """The command line is not one the app parser reads: the full parser reads it (and reports any error)."""


UNSHOWN_WIDTH = 80
"""Line width of the help formatter of a parser that never prints (the app and lean parsers: help and errors
are the full parser's). argparse makes a formatter for every argument added, and one without a width asks
``shutil`` for the terminal's, importing it (with bz2, lzma, fnmatch) on every quick lookup."""


class _SilentParser(BriefingParser):
    """A parser whose help is never shown: anything it cannot read goes to the full parser."""

    def error(self, message: str):  # type: ignore[override]
        raise NotTheAppLine(message)

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=UNSHOWN_WIDTH)


class AppParser(_SilentParser):
    """The top-level options alone (what ``briefing [--corpus ...] [--theme ...]`` takes to open the app).

    Opening the app is the common case and the one a user waits on: this parser skips building every
    subcommand and importing their modules. Anything it does not read (a command, ``--help``,
    ``--version``, a mistake) is handed to the full parser, so help, errors and abbreviations stay its own.
    """


def _common(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # The same options on the top parser and on every subcommand, so they work before or after it.
    # A subcommand's defaults are SUPPRESSed (or kept apart, for --corpus) so they never undo what was
    # given before the subcommand: `briefing --corpus X sources` reads X.
    parser.add_argument("--corpus", action="append", metavar="PATH", dest="corpus" if top else "corpus_after",
                        default=None if top else argparse.SUPPRESS,
                        help="article file or folder (repeatable; default: the config's corpus, else the embedded seeds)")
    parser.add_argument("--index", metavar="PATH", default=argparse.SUPPRESS,
                        help="the index file to cache parses in (default: one per corpus in the user cache folder)")
    parser.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS,
                        help="parse every file and write no index")
    parser.add_argument("--follow-links", action="store_true", default=argparse.SUPPRESS,
                        help="also follow symbolic links whose target lies outside the corpus folders")


def _json_flags(parser: argparse.ArgumentParser) -> None:
    from briefing_tui.paths import json_fields_doc

    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help=f"print one JSON document (compact when not on a terminal; every field is described "
                            f"in {json_fields_doc()})")
    shape.add_argument("--jsonl", action="store_true", default=argparse.SUPPRESS,
                       help="print JSON Lines: one record per line")


def _top_options(parser: argparse.ArgumentParser) -> None:
    _common(parser, top=True)
    parser.add_argument("--theme", metavar="NAME",
                        help="theme of the terminal app (briefing-dark, briefing-light, briefing-contrast or your own)")


class LeanParser(_SilentParser):
    """A parser of one command (and the top-level options): anything it cannot read goes to the full parser."""


class _Unbuilt:
    """Stands in for the parser of a command a lean parser leaves out: what is added to it goes nowhere.

    Building the other commands' parsers only to drop them was most of reading a quick lookup's line
    (each parser asks gettext for its headings and makes a formatter for every argument)."""

    def add_argument(self, *args: object, **kwargs: object) -> None:
        """Nothing: the option is not read by this parser."""

    def add_mutually_exclusive_group(self, **kwargs: object) -> _Unbuilt:
        """Itself: its options go nowhere either."""
        return self


def build_parser(only: str | None = None, parser_class: type[BriefingParser] = BriefingParser) -> argparse.ArgumentParser:
    """The argument parser for every subcommand; with ``only``, of that one command (one of cli.LEAN_COMMANDS:
    the others are not built, the desk commands not at all) and without ``--help``/``--version``, the
    epilog and the examples (it never prints), every parser of ``parser_class``."""
    parser = parser_class(prog="briefing", description=(
        "Read several outlets' coverage of one event side by side. "
        "With no command, opens the terminal app."), formatter_class=WrappedHelpFormatter,
        add_help=only is None)
    examples: dict[str, str] = {}
    if only is None:
        from briefing_tui.commands.help import EPILOG, EXAMPLES, VersionAction

        parser.epilog, examples = EPILOG, EXAMPLES
        parser.add_argument("--version", action=VersionAction, help="print the version and exit")
    _top_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)

    def add(name: str, **kw) -> argparse.ArgumentParser:
        if only is not None and name != only:
            return _Unbuilt()  # type: ignore[return-value]  # not built: its options go nowhere
        return sub.add_parser(name, epilog=examples.get(name), formatter_class=WrappedHelpFormatter, **kw)

    p = add("sources", help="list the parsed sources")
    _common(p)
    _json_flags(p)
    p.add_argument("--explain", metavar="ID", help="show every line of one source (id or unique id prefix), "
                                                    "kept or dropped and why, and where each metadata field came from")

    p = add("diff", help="compare the sources claim by claim (agree / disagree / single)",
                       description="Align what the sources say and show where they agree and disagree. "
                                   "Money is compared in US dollars at the ECB reference rate of each article's date "
                                   "(briefing_tui/data/rates.yaml for currencies the ECB does not quote); a rates.yaml "
                                   "of the same shape in the user config folder overrides both for the currencies it names.")
    _common(p)
    _json_flags(p)
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--disagreements", action="store_true", help="only claims the sources disagree on")
    shown.add_argument("--shared", action="store_true", help="only claims made by two or more sources")
    p.add_argument("--story", metavar="ID", help="compare within this story only (id or unique id prefix; "
                                                 "see `briefing stories`)")

    p = add("quotes", help="who said what (direct and reported speech)")
    p.add_argument("query", nargs="?", help="fuzzy search over the quoted words and the speaker")
    _common(p)
    p.add_argument("--speaker", metavar="NAME", help="only quotes by this speaker (any spelling)")
    p.add_argument("--source", metavar="ID", help="only quotes found in this source")
    p.add_argument("--story", metavar="ID", help="only quotes found in this story's sources (see `briefing stories`)")
    _json_flags(p)

    p = add("stories", help="the sources grouped by the event they report")
    _common(p)
    _json_flags(p)

    p = add("serve", help="serve the app to a web browser (textual-serve)",
            description="Serve the terminal app to web browsers: open http://HOST:PORT.")
    _common(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")

    p = add("entities", help="people, organisations and places named in the sources")
    _common(p)
    p.add_argument("--type", metavar="TYPE", help="person, organization or place")
    _json_flags(p)

    if only is None:
        from briefing_tui.commands.parsers import add_desk_commands

        add_desk_commands(add, _common)
    return parser


def read_with_parsers(argv: list[str], command: str | None, lean_commands: Sequence[str]
                      ) -> tuple[argparse.Namespace, argparse.ArgumentParser | None]:
    """The arguments of ``argv`` and the parser that read them (None: the app parser). ``command`` is the word
    naming the command (cli._command_word; None when there is none or it is unsure): a line naming one is
    never the app's, and a quick lookup's is read first by a parser of its command alone."""
    if command is None:
        app_parser = AppParser(prog="briefing", add_help=False)
        _top_options(app_parser)
        app_parser.set_defaults(command=None)
        try:
            return app_parser.parse_args(argv), None
        except NotTheAppLine:
            pass
    if command in lean_commands:
        lean = build_parser(only=command, parser_class=LeanParser)
        try:
            return lean.parse_args(argv), lean
        except NotTheAppLine:
            pass
    parser = build_parser()
    return parser.parse_args(argv), parser
