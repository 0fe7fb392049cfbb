"""``briefing sources --explain ID`` in a pipe is laid out as the tables are: ``COLUMNS`` wide when set, else 80."""

from __future__ import annotations

import json

import pytest

from briefing_tui.cli import main
from briefing_tui.paths import seeds_dir

SEED = "003"  # the Geo Indo Pacific seed: a long title, long menu lines and long paragraphs


def explain(capsys, *extra: str) -> list[str]:
    assert main(["sources", "--corpus", str(seeds_dir()), "--no-cache", "--explain", SEED, *extra]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_pipe_gets_80_columns(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    lines = explain(capsys)
    assert max(map(len, lines)) == 80
    assert lines[1] == "  title     ‘Japan is back’ in Central Asia with new summit on AI, minerals and"
    assert lines[2] == "            transport  [text at 294-371]"
    assert "-   15  dropped: summary repeated below  • ‘Japan is back’ in Central Asia with…" in lines


@pytest.mark.parametrize("columns", [40, 120])
def test_columns_sets_the_width(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = explain(capsys)
    assert max(map(len, lines)) == columns
    assert sum(line.startswith(("+", "-", "~")) for line in lines) > 20  # every line of the source still listed


def test_json_is_not_laid_out(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    data = json.loads("\n".join(explain(capsys, "--json")))
    assert data["metadata"]["title"]["value"] == "‘Japan is back’ in Central Asia with new summit on AI, minerals and transport"


def test_the_files_path_is_wrapped_only_after_a_slash(capsys, monkeypatch, tmp_path):
    # a new user at 80 columns saw ".../site-packages/b" and "riefing_tui/seeds/..." on two lines
    folder = tmp_path / "a_rather_long_folder_name" / "another_long_folder_name_here"
    folder.mkdir(parents=True)
    (folder / "a_long_article_file_name.txt").write_text("The mayor said the bridge would reopen in May.\n")
    monkeypatch.setenv("COLUMNS", "50")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["sources", "--corpus", str(folder), "--no-cache", "--explain", "a_long"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = lines[:next(k for k, line in enumerate(lines) if line.startswith("  title"))]  # the header's rows
    assert len(rows) > 1 and all(row.endswith("/") for row in rows[:-1])
    written = rows[0].split("(", 1)[1] + "".join(row.strip() for row in rows[1:])
    assert written == f"{folder / 'a_long_article_file_name.txt'})"
