"""A quick lookup's command line is read by a parser of that command alone, with the full parser's result."""

import subprocess
import sys

import pytest

from briefing_tui.cli import parse_command_line
from briefing_tui.commands.arguments import build_parser
from briefing_tui.commands.quick_line import read_quick_line

READ = [
    ["quotes", "japan is back", "--corpus", "x", "--json"],
    ["--corpus", "a", "quotes", "x", "--speaker", "Takaichi"],
    ["--cor", "a", "quotes", "x"],
    ["--corpus=a", "--no-cache", "sources", "--explain", "s1"],
    ["diff", "--disagreements", "--story", "s1", "--index", "i"],
    ["--follow-links", "entities", "--type", "person", "--jsonl"],
    ["stories", "--json"],
    ["quotes", "--source", "a", "--story", "b", "q", "--corpus", "c"],
    ["export", "--format", "md"],
    ["quotes", "--json", "--", "-h"],
]


@pytest.mark.parametrize("argv", READ)
def test_a_commands_line_reads_as_the_full_parser_reads_it(argv):
    args, parser = parse_command_line(argv)
    assert vars(args) == vars(build_parser().parse_args(argv))
    assert (parser is None) == (read_quick_line(argv) is not None)  # a plain lookup's line builds no parser


@pytest.mark.parametrize("argv", [
    ["quotes", "--bogus"], ["quotes", "--speaker"], ["quotes", "--json", "--jsonl"], ["quotes", "-h"],
    ["quotes", "--help"], ["--help", "quotes"], ["quotes", "x", "--json", "-h"], ["entities", "--type", "person", "--he"],
    ["quotes", "-hx"], ["diff", "--shared", "--disagreements"], ["quotes", "a", "b"],
    ["entities", "--type"], ["--version", "quotes"], ["--corpus", "a", "quotes", "--corpus"],
    # before any command (the app's line)
    ["--help"], ["-h"], ["--version"], ["--corpus"], ["--bogus"], ["nope"], [""],
])
def test_help_and_mistakes_after_a_command_are_the_full_parsers(argv, capsys):
    with pytest.raises(SystemExit) as ours:
        parse_command_line(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as full:
        build_parser().parse_args(argv)
    assert (ours.value.code, said) == (full.value.code, capsys.readouterr())


def test_reading_a_quotes_line_builds_no_desk_command():
    code = ("import sys; from briefing_tui.cli import parse_command_line; "
            "parse_command_line(['quotes', 'x', '--json']); "
            "print(sorted(m for m in ('briefing_tui.commands.parsers', 'briefing_tui.commands.export', "
            "'briefing_tui.commands.completion', 'briefing_tui.commands.add') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_quotes_lookup_runs_without_the_collector_and_main_turns_it_back_on(monkeypatch):
    import gc

    import briefing_tui.commands.quotes as quotes
    from briefing_tui.cli import main

    states = []
    monkeypatch.setattr(quotes, "run_quotes", lambda args: states.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert main(["quotes", "x", "--no-cache"]) == 0
    assert states == [False] and gc.isenabled()


@pytest.mark.parametrize("argv", [["quotes", "x", "--json"], ["--corpus", "a", "--no-cache", "entities"],
                                  ["--corpus=a", "diff", "--shared"], ["export", "--format", "md"]])
def test_a_line_naming_a_command_is_not_tried_on_the_app_parser(argv, monkeypatch):
    import briefing_tui.commands.arguments as arguments

    expected = vars(build_parser().parse_args(argv))

    def refuse(*args, **kwargs):
        raise AssertionError("the app parser was built for a command's line")

    monkeypatch.setattr(arguments, "AppParser", refuse)
    args, _parser = parse_command_line(argv)
    assert vars(args) == expected
