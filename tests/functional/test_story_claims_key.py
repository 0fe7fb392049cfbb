"""A story's stored claims are keyed by what the rates and alias tables hold, not by where they lie: the same
tables read from another folder read the claims back, a changed table compares every story again, and ``diff``
prints what a cold run (``--no-cache``) prints at every step."""

from __future__ import annotations

import shutil
from pathlib import Path

import briefing_tui.stories.cached as cached_module
from briefing_tui.cli import main
from briefing_tui.compare.rates import RATES_FILE
from briefing_tui.paths import data_dir
from tests.counting import count_calls
from tests.store_helpers import age, indexed_like_cold

EVENTS = Path(__file__).resolve().parents[1] / "gold" / "events"
FOLDERS = ("myanmar_quake", "german_election_2025")
STORIES = 2  # (the two events' stories: each compared when its claims are not read back)


def _config(folder: Path, monkeypatch) -> Path:
    """A config folder holding the user's rates table (a copy of the shipped one), used from now on."""
    folder.mkdir()
    shutil.copyfile(data_dir() / RATES_FILE, folder / RATES_FILE)
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(folder))
    return folder / RATES_FILE


def test_the_same_rates_table_in_another_folder_reads_the_stories_claims_back(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    for name in FOLDERS:
        shutil.copytree(EVENTS / name, corpus / name)
    age(p for p in corpus.rglob("*") if p.is_file())
    index = tmp_path / "index.sqlite3"
    compared = count_calls(monkeypatch, stories=(cached_module, "_compared"))

    _config(tmp_path / "config_a", monkeypatch)
    assert indexed_like_cold(main, capsys, [("diff", "--json")], corpus, index, compared) == {"stories": STORIES}

    # The same table in another config folder: every story's claims read back, none compared again.
    moved = _config(tmp_path / "config_b", monkeypatch)
    assert indexed_like_cold(main, capsys, [("diff", "--json")], corpus, index, compared) == {"stories": 0}

    # What the table holds changed: every story compared again.
    moved.write_text(moved.read_text(encoding="utf-8") + "\n# a note of the desk\n", encoding="utf-8")
    assert indexed_like_cold(main, capsys, [("diff", "--json")], corpus, index, compared) == {"stories": STORIES}
