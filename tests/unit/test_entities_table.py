"""The ``briefing entities`` table at a terminal's width: its "also written" column wraps between aliases
(or between the words of one), never before the comma that follows an alias."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefing_tui.cli import main
from briefing_tui.commands import entities as entities_command
from briefing_tui.model import Entity


def _table_lines(capsys, monkeypatch, found: list[Entity], columns: int) -> list[str]:
    """The lines ``briefing entities`` prints for these entities at this width."""
    monkeypatch.setenv("COLUMNS", str(columns))
    corpus = SimpleNamespace(entities=found, analysis=None)
    monkeypatch.setattr(entities_command, "load_for_cli", lambda args, analysed=True: corpus)
    monkeypatch.setattr(entities_command, "report_problems", lambda analysis: None)
    assert main(["entities", "--no-cache"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("columns", [80, 100])
def test_an_alias_list_never_wraps_before_its_comma(capsys, monkeypatch, columns):
    found = [Entity("person:timur-dadabaev", "Timur Dadabaev", "person",
                    ["Timur Dadabaev", "Dadabaev", "Timour Dadabayev", "Dadabayev"]),
             Entity("organization:slavic-eurasian-research-centre", "Slavic-Eurasian Research Centre",
                    "organization", ["Slavic-Eurasian Research Centre"])]
    lines = _table_lines(capsys, monkeypatch, found, columns)
    cells = [line.split("│")[-2].strip() for line in lines if line.startswith("│")]
    assert not any(cell.startswith(",") for cell in cells), cells
    # the aliases, read back across the wrapped lines, are whole and in order
    assert " ".join(c for c in cells if c) == "Dadabaev, Timour Dadabayev, Dadabayev"


def test_the_alias_column_keeps_its_longest_word_and_comma():
    assert entities_command.alias_column_width([["Dadabaev", "Timour Dadabayev"], []]) == len("Dadabayev,")
    assert entities_command.alias_column_width([[], []]) is None
    assert entities_command.alias_column_width([["x" * 80]]) == entities_command.ALIAS_WORD_WIDTH_CAP
