"""A plain quick-lookup line is read without a parser, into the namespace the full parser makes of it; any line the
quick reader takes is one the parser reads alike, and its tables are the parser's own options."""

import argparse
import itertools
import random

import pytest

from briefing_tui.cli import LEAN_COMMANDS, parse_command_line
from briefing_tui.commands.arguments import build_parser
from briefing_tui.commands import quick_line
from briefing_tui.commands.quick_line import read_quick_line


FULL = build_parser()


def _parsed(argv):
    try:
        return vars(FULL.parse_args(argv))
    except SystemExit:
        return None


def _options(parser):
    """{option: (dest, takes a value, default)} of a parser's own actions (help and the subcommands left out)."""
    out = {}
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)) or not action.option_strings:
            continue
        for option in action.option_strings:
            out[option] = (action.dest, action.nargs != 0, action.default)
    return out


def test_the_tables_are_the_parsers_options():
    parser = build_parser(only="quotes")
    top = _options(parser)
    assert set(quick_line.COMMAND_VALUED) == set(LEAN_COMMANDS)
    assert {o: d for o, (d, valued, _) in top.items() if valued} == quick_line.TOP_VALUED
    assert {o: d for o, (d, valued, _) in top.items() if not valued} == quick_line.FLAGS
    for name, valued_options in quick_line.COMMAND_VALUED.items():
        switches = quick_line.COMMAND_SWITCHES.get(name, {})
        sub = next(a for a in build_parser(only=name)._actions if isinstance(a, argparse._SubParsersAction))
        own = _options(sub.choices[name])
        common = {**quick_line.COMMON_VALUED, **quick_line.FLAGS, **quick_line.JSON_FLAGS}
        assert {o: d for o, (d, _, _) in own.items() if o in common} == common
        assert {o: d for o, (d, valued, default) in own.items() if valued and o not in common} == valued_options
        assert all(own[o][2] is None for o in valued_options)
        assert {o: d for o, (d, valued, _) in own.items() if not valued and o not in common} == switches
        assert all(own[o][2] is False for o in switches)
        positionals = [a.dest for a in sub.choices[name]._actions if not a.option_strings]
        assert positionals == (["query"] if name in quick_line.QUERY_COMMANDS else [])


COMMON_LINES = [
    ["quotes", "japan is back", "--corpus", "/news", "--index", "/tmp/i.sqlite3", "--json"],
    ["quotes", "--speaker", "Takaichi", "--jsonl"],
    ["--corpus", "a", "--no-cache", "quotes", "x", "--source", "s1", "--story", "st"],
    ["--corpus=a", "--index=i", "--theme", "t", "--follow-links", "entities", "--type", "person", "--json"],
    ["sources", "--explain", "s1"],
    ["diff", "--disagreements", "--json", "--corpus", "b", "--corpus", "c"],
    ["stories", "--jsonl", "--no-cache"],
    ["quotes", "", "--json"],
    ["quotes", "a b", "--speaker="],
]


@pytest.mark.parametrize("argv", COMMON_LINES)
def test_a_plain_line_is_read_as_the_parser_reads_it_without_a_parser(argv):
    assert read_quick_line(argv) == _parsed(argv)
    args, parser = parse_command_line(argv)
    assert parser is None and vars(args) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["quotes", "--spe", "x"], ["quotes", "-h"], ["quotes", "x", "--help"], ["quotes", "--json", "--jsonl"],
    ["diff", "--shared", "--disagreements"], ["quotes", "a", "b"], ["quotes", "--speaker"], ["quotes", "--speaker", "-x"],
    ["quotes", "-5"], ["quotes", "--", "x"], ["quotes", "--json=1"], ["quotes", "x", "--theme", "t"],
    ["--json", "quotes"], ["export", "--format", "md"], ["nope"], [], ["--corpus", "a"], ["entities", "x"],
    ["quotes", "--story=-s"], ["--cor", "a", "quotes"], ["quotes", "-"],
])
def test_anything_else_is_left_to_the_parser(argv):
    assert read_quick_line(argv) is None


def test_every_line_it_reads_the_parser_reads_alike():
    """Lines made of the commands' words in many orders: whatever the quick reader takes, the parser reads alike."""
    words = ["quotes", "diff", "sources", "stories", "entities", "x", "", "a b", "-y", "--", "--json", "--jsonl",
             "--corpus", "--corpus=c", "--index", "--index=", "--theme", "--no-cache", "--follow-links", "--speaker",
             "--source", "--story", "--explain", "--type", "--disagreements", "--shared", "--shared=1", "--spe", "-h"]
    rng = random.Random(15)
    lines = [list(p) for n in (1, 2, 3) for p in itertools.product(["quotes", "diff", "x", "--corpus", "--json"],
                                                                    repeat=n)]
    lines += [[rng.choice(words) for _ in range(rng.randint(1, 8))] for _ in range(6000)]
    values = ["v", "", "a b", "-v", "quotes", "--json"]
    for _ in range(4000):  # shaped like real lines: top options, the command, its options and values, a query
        line = []
        for _ in range(rng.randint(0, 2)):
            option = rng.choice([*quick_line.TOP_VALUED, *quick_line.FLAGS, "--json"])
            line += [option] + ([rng.choice(values)] if option in quick_line.TOP_VALUED else [])
        name = rng.choice([*quick_line.COMMAND_VALUED, "export"])
        line.append(name)
        own_valued = quick_line.COMMAND_VALUED.get(name, quick_line.COMMAND_VALUED["quotes"])
        switches = quick_line.COMMAND_SWITCHES.get(name, {})
        for _ in range(rng.randint(0, 4)):
            option = rng.choice([*quick_line.COMMON_VALUED, *quick_line.FLAGS, *quick_line.JSON_FLAGS, *own_valued,
                                 *switches, "--theme", "query"])
            if option == "query":
                line.append(rng.choice(values[:3]))
            elif option in quick_line.FLAGS or option in quick_line.JSON_FLAGS or option in switches:
                line.append(option)
            elif rng.random() < 0.3:
                line.append(f"{option}={rng.choice(values)}")
            else:
                line += [option, rng.choice(values)]
        lines.append(line)
    read = 0
    for argv in lines:
        quick = read_quick_line(argv)
        if quick is not None:
            read += 1
            assert quick == _parsed(argv), argv
    assert read > 1000  # the reader does take most plain lines


def test_a_plain_lookup_imports_no_argparse():
    import subprocess
    import sys

    code = ("import sys; from briefing_tui.cli import parse_command_line, _merge_global_options; "
            "args, parser = parse_command_line(['quotes', 'x', '--corpus', '.', '--json']); _merge_global_options(args); "
            "import briefing_tui.commands.quotes; print(parser, 'argparse' in sys.modules, 'gettext' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "False", "False"]
