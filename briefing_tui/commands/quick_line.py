"""A quick lookup's plain command line, read without building an argument parser.

``briefing quotes "japan is back" --corpus DIR --json`` is the line scripts type most. Building even the
lean parser of one command (argparse asks gettext for each parser's headings, which imports ``locale``
and compiles its regular expressions, and makes a formatter for every argument) was ~3 ms of such a
lookup. A line made only of the exact option names below, their values and the query gives here the
namespace the parser would give; anything else (an abbreviation, a short option, ``--``, a value or
query starting with ``-``, two options the parser refuses together, help) is left to the parser, so
that its errors, help and abbreviations stay its own. tests/unit/test_cli_quick_line.py checks these
tables against the parser's own and the namespaces against its results.
"""

from __future__ import annotations

from typing import NamedTuple

TOP_VALUED = {"--corpus": "corpus", "--index": "index", "--theme": "theme"}
"""The top-level options that take a value, by destination (``--corpus`` appends)."""
COMMON_VALUED = {"--corpus": "corpus_after", "--index": "index"}
"""The options every lookup command takes after its name that take a value (``--corpus`` appends)."""
FLAGS = {"--no-cache": "no_cache", "--follow-links": "follow_links"}
"""The flags taken before and after the command (absent from the namespace unless given)."""
JSON_FLAGS = {"--json": "json", "--jsonl": "jsonl"}
"""The output flags (absent unless given; one of them at most)."""
APPENDED = frozenset({"corpus", "corpus_after"})


class QuickCommand(NamedTuple):
    """What one lookup command reads after its name besides the common options and the output flags."""

    valued: dict[str, str]  # option -> destination, default None
    switches: dict[str, str]  # store_true options -> destination, default False
    query: bool = False  # one optional positional, ``query``
    exclusive: tuple[str, ...] = ()  # switches that may not be given together


COMMANDS = {
    "quotes": QuickCommand({"--speaker": "speaker", "--source": "source", "--story": "story"}, {}, query=True),
    "sources": QuickCommand({"--explain": "explain"}, {}),
    "diff": QuickCommand({"--story": "story"}, {"--disagreements": "disagreements", "--shared": "shared"},
                         exclusive=("disagreements", "shared")),
    "stories": QuickCommand({}, {}),
    "entities": QuickCommand({"--type": "type"}, {}),
}
"""The commands read here (cli.LEAN_COMMANDS) and their own options."""


def read_quick_line(argv: list[str]) -> dict[str, object] | None:
    """The parsed arguments of a plain quick-lookup line (what the full parser's namespace holds), or None
    when the line is anything else and the parser must read it."""
    values: dict[str, object] = {"corpus": None, "theme": None}
    command: QuickCommand | None = None
    at, given = 0, set()
    while at < len(argv):
        word = argv[at]
        at += 1
        if not word.startswith("-"):
            if command is None:
                command = COMMANDS.get(word)
                if command is None:
                    return None
                values["command"] = word
                values.update(dict.fromkeys(command.valued.values()))
                values.update(dict.fromkeys(command.switches.values(), False))
                if command.query:
                    values["query"] = None
                continue
            if not command.query or "query" in given:
                return None
            values["query"] = word
            given.add("query")
            continue
        name, equals, value = word.partition("=")
        valued = TOP_VALUED if command is None else {**COMMON_VALUED, **command.valued}
        flags = FLAGS if command is None else {**FLAGS, **JSON_FLAGS, **command.switches}
        if name in flags and not equals:
            dest = flags[name]
            values[dest] = True
            given.add(dest)
            continue
        if name not in valued:
            return None
        if not equals:
            if at == len(argv):
                return None
            value = argv[at]
            at += 1
        if value.startswith("-"):
            return None
        dest = valued[name]
        if dest in APPENDED:
            values[dest] = [*(values.get(dest) or []), value]
        else:
            values[dest] = value
    if command is None or {"json", "jsonl"} <= given or (command.exclusive and set(command.exclusive) <= given):
        return None
    return values
