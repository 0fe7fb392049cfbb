"""The stored links record after an edit: only the vectors weighed again are packed into it, the others' columns
are copied from the record read, and the record's bytes are those of one packed whole; ``stories``, ``diff`` and
``quotes`` print what a cold run (``--no-cache``) prints, byte for byte, at every step."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

import briefing_tui.stories.frequency_update as frequency_update_module
import briefing_tui.stories.stored_links as stored_links_module
from briefing_tui.cli import main
from briefing_tui.stories import links_record
from tests.counting import count_calls
from tests.store_helpers import age, indexed_like_cold

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "tests" / "gold" / "events"
FOLDERS = ("myanmar_quake", "german_election_2025", "us_japan_trade_deal")
COMMANDS = (("stories", "--json"), ("diff", "--json"), ("quotes", "--json"))


@pytest.fixture
def records(monkeypatch):
    """Each links record written: (what it was encoded from, the record)."""
    written: list[tuple[tuple, links_record.Encoded]] = []
    original = stored_links_module.encode_record

    def keeping(*args):
        record = original(*args)
        written.append((args, record))
        return record

    monkeypatch.setattr(stored_links_module, "encode_record", keeping)
    return written


def _packed_whole(args: tuple) -> bytes:
    """The record of the same grouping with every vector packed from its features (none copied)."""
    *head, weighed, joins = args
    if weighed is not None and weighed.held is not None:
        weighed = dataclasses.replace(weighed, held=dataclasses.replace(weighed.held, vectors={}))
    return links_record.encode_record(*head, weighed, joins).blob


def _step(capsys, corpus: Path, index: Path, records: list, weighed: dict[str, int]) -> tuple[int, int]:
    """The indexed runs print a cold run's output; the one record they wrote is checked against one packed whole.
    Returns how many vectors it packed and how many the indexed runs weighed."""
    records.clear()
    done = indexed_like_cold(main, capsys, COMMANDS, corpus, index, weighed)
    assert len(records) == 1, "the record is written once, by the first command that groups"
    args, record = records[0]
    assert record.blob == _packed_whole(args)
    return record.repacked, done["weighed"] + done["weighed_from_changes"]


def _repeat_a_paragraph(path: Path) -> None:
    """The article's longest paragraph ends with its own first half again: its counts change, not which features
    it has (no feature's document frequency moves)."""
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    k = max(range(len(paragraphs)), key=lambda i: (len(paragraphs[i]), -i))
    words = paragraphs[k].split()
    paragraphs[k] += " And again: " + " ".join(words[: len(words) // 2]) + "."
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_after_an_edit_only_the_vectors_weighed_again_are_packed_into_the_links_record(tmp_path, capsys, records,
                                                                                       monkeypatch):
    weighed = count_calls(monkeypatch, weighed=(stored_links_module, "unit_vector"),
                          weighed_from_changes=(frequency_update_module, "unit_vector"))
    corpus = tmp_path / "corpus"
    for name in FOLDERS:
        shutil.copytree(EVENTS / name, corpus / name)
    files = sorted(corpus.rglob("*.txt"))
    age(files)
    index = tmp_path / "index.sqlite3"
    assert _step(capsys, corpus, index, records, weighed) == (len(files), len(files))  # (nothing stored yet)

    # One article's paragraph repeated: its vector alone is weighed again (no idf moves), and it alone is packed;
    # the other vectors' columns are copied from the record read.
    edited = files[4]
    original = edited.read_text(encoding="utf-8")
    _repeat_a_paragraph(edited)
    age([edited])
    assert _step(capsys, corpus, index, records, weighed) == (1, 1)

    # An article quotes another's longest paragraph: the rounded frequencies of some of its features move, and
    # the vectors of the sources holding them are weighed again and packed; the others are copied.
    quoting, quoted = files[2], files[len(files) // 2]
    longest = max(quoted.read_text(encoding="utf-8").split("\n\n"), key=len)
    quoting.write_text(quoting.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + longest + "\n", encoding="utf-8")
    age([quoting])
    packed, moved = _step(capsys, corpus, index, records, weighed)
    assert packed == moved and 1 < moved < len(files)

    # The first edit undone: the record read is one made from copied columns, and the grouping is a cold run's.
    edited.write_text(original, encoding="utf-8")
    age([edited])
    assert _step(capsys, corpus, index, records, weighed) == (1, 1)
