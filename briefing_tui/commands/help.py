"""The words of ``briefing --help``: examples for each command, the exit codes, ``--version``, and the
"did you mean" that follows a mistyped command or option."""

from __future__ import annotations

import argparse
import re
import sys

from briefing_tui.lazy_pattern import lazy_compile

EXIT_CODES = """\
exit status (like grep):
  0    something was found (or written)
  1    nothing was found: no match, or no article could be loaded
  2    usage error (a bad option or value, an id that names nothing or several,
       an output file that exists without --force)
  70   internal error: a bug met some input (BRIEFING_TRACEBACK=1 shows where)
  130  interrupted (Ctrl+C)"""

EPILOG = f"""\
examples:
  briefing                                      open the terminal app on the embedded seed articles
  briefing --corpus ~/news/summit               ... or on your own folder of articles
  briefing sources --corpus ~/news/summit --json
  briefing quotes "central asia" --speaker Dadabaev
  briefing diff --disagreements
  briefing export --format md --output briefing.md
  briefing add --corpus ~/news/summit --outlet "Kyodo" --date 2025-12-20 < pasted.txt
  briefing add --corpus ~/news/summit https://example.com/story.html
  briefing completion bash > ~/.local/share/bash-completion/completions/briefing

Global options (--corpus, --index, --no-cache) work before or after the command.
Defaults for the corpus, theme and index can be set in config.yaml in the user config folder.

{EXIT_CODES}"""

EXAMPLES = {
    "sources": "examples:\n  briefing sources\n  briefing sources --corpus ~/news/summit --jsonl | jq -r .title",
    "diff": ("examples:\n  briefing diff --disagreements\n  briefing diff --json > claims.json\n"
             "  briefing diff --story s5a994837                 the seeds' story (ids: briefing stories)"),
    "stories": "examples:\n  briefing stories --corpus ~/news\n  briefing stories --jsonl | jq -r .title",
    "quotes": ("examples:\n  briefing quotes \"japan is back\"\n  briefing quotes --speaker Dadabaev --json\n"
               "  briefing quotes --source 004_d8b58f788d07b44f --jsonl"),
    "entities": "examples:\n  briefing entities --type person\n  briefing entities --jsonl | jq -r .name",
    "export": ("examples:\n  briefing export                                  Markdown on stdout\n"
               "  briefing export --format html --output briefing.html\n"
               "  briefing export --format csv --output statements.csv --force"),
    "add": ("examples:\n  briefing add --corpus ~/news/summit article.txt --outlet Kyodo --date 2025-12-20\n"
            "  pbpaste | briefing add --corpus ~/news/summit - --title \"Summit opens\"\n"
            "  briefing add --corpus ~/news/summit https://example.com/story.html"),
    "completion": ("examples:\n  briefing completion bash > ~/.local/share/bash-completion/completions/briefing\n"
                   "  briefing completion zsh > ~/.zfunc/_briefing\n"
                   "  briefing completion fish > ~/.config/fish/completions/briefing.fish"),
}
"""Shown under each subcommand's ``--help``."""


def version() -> str:
    """The installed version (the package's own when it is run from a source tree)."""
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed

        return installed("briefing-tui")
    except PackageNotFoundError:
        from briefing_tui import __version__

        return __version__


class VersionAction(argparse.Action):
    """``--version``: print ``briefing <version>`` and exit 0 (the version is looked up only then)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        sys.stdout.write(f"briefing {version()}\n")
        sys.stdout.flush()
        parser.exit(0)


# argparse's words for a command it does not know and for options it did not read.
_INVALID_CHOICE = lazy_compile(r"invalid choice: '(?P<typed>[^']{1,80})' \(choose from (?P<choices>[^)]{1,400})\)")
_UNRECOGNIZED = lazy_compile(r"unrecognized arguments: (?P<typed>--[\w-]{1,40})")
CLOSE_ENOUGH = 0.6
"""difflib's similarity a known command or option needs to be suggested ("qoutes" -> "quotes" is 0.83)."""


def did_you_mean(message: str, parser: argparse.ArgumentParser) -> str:
    """``; did you mean 'quotes'?`` for a mistyped command or option, else nothing."""
    import difflib

    if m := _INVALID_CHOICE.search(message):
        typed, known = m.group("typed"), re.findall(r"'([^']{1,40})'", m.group("choices"))
    elif m := _UNRECOGNIZED.search(message):
        typed = m.group("typed")
        known = [o for action in parser._actions for o in action.option_strings if o.startswith("--")]
        known += [o for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                  for sub in action.choices.values() for a in sub._actions for o in a.option_strings
                  if o.startswith("--")]
    else:
        return ""
    close = difflib.get_close_matches(typed, sorted(set(known)), n=1, cutoff=CLOSE_ENOUGH)
    return f"; did you mean '{close[0]}'?" if close else ""
