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

TOP_VALUED = {"--corpus": "corpus", "--index": "index", "--theme": "theme"}
"""The top-level options that take a value, by destination (``--corpus`` appends)."""
COMMON_VALUED = {"--corpus": "corpus_after", "--index": "index"}
"""The options every lookup command takes after its name that take a value (``--corpus`` appends)."""
FLAGS = {"--no-cache": "no_cache", "--follow-links": "follow_links"}
"""The flags taken before and after the command (absent from the namespace unless given)."""
JSON_FLAGS = {"--json": "json", "--jsonl": "jsonl"}
"""The output flags (absent unless given; one of them at most)."""
APPENDED = frozenset({"corpus", "corpus_after"})
"""The destinations a repeated option adds to (``action="append"``) rather than replaces."""

COMMAND_VALUED = {
    "quotes": {"--speaker": "speaker", "--source": "source", "--story": "story"},
    "sources": {"--explain": "explain"},
    "diff": {"--story": "story"},
    "stories": {},
    "entities": {"--type": "type"},
}
"""The commands read here (cli.LEAN_COMMANDS) and their own options that take a value (default None)."""
COMMAND_SWITCHES = {"diff": {"--disagreements": "disagreements", "--shared": "shared"}}
"""Each command's own flags (default False), which it refuses together (plain dicts rather than a class per
command: making a class is a measurable part of this module's import)."""
QUERY_COMMANDS = frozenset({"quotes"})
"""The commands that take one optional positional, ``query``."""


def read_quick_line(argv: list[str]) -> dict[str, object] | None:
    """The parsed arguments of a plain quick-lookup line (what the full parser's namespace holds), or None
    when the line is anything else and the parser must read it."""
    values: dict[str, object] = {"corpus": None, "theme": None}
    command: str | None = None
    own_valued: dict[str, str] = {}
    switches: dict[str, str] = {}
    at, given = 0, set()
    while at < len(argv):
        word = argv[at]
        at += 1
        if not word.startswith("-"):
            if command is None:
                if word not in COMMAND_VALUED:
                    return None
                command = word
                own_valued, switches = COMMAND_VALUED[word], COMMAND_SWITCHES.get(word, {})
                values["command"] = word
                values.update(dict.fromkeys(own_valued.values()))
                values.update(dict.fromkeys(switches.values(), False))
                if word in QUERY_COMMANDS:
                    values["query"] = None
                continue
            if command not in QUERY_COMMANDS or "query" in given:
                return None
            values["query"] = word
            given.add("query")
            continue
        name, equals, value = word.partition("=")
        valued = TOP_VALUED if command is None else {**COMMON_VALUED, **own_valued}
        flags = FLAGS if command is None else {**FLAGS, **JSON_FLAGS, **switches}
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
    if command is None or {"json", "jsonl"} <= given or (len(switches) > 1 and set(switches.values()) <= given):
        return None
    return values
