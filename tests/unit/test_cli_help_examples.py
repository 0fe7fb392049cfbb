"""The help's example of a quote lookup finds quotes on the embedded seeds: a new user ran it first and got none."""

from __future__ import annotations

import shlex

from briefing_tui.cli import main
from briefing_tui.commands.help import EPILOG


def test_the_quote_example_finds_quotes_on_the_seeds(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    line = next(line for line in EPILOG.splitlines() if line.strip().startswith("briefing quotes"))
    args = shlex.split(line.strip())[1:]
    assert main([*args, "--json"]) == 0
    assert '"speaker":' in capsys.readouterr().out
