"""Issue 11: an indefinite described speaker ("An official said", "A coast guard official said") brings in someone
the text does not name: never the person who spoke last (whose words came a paragraph before). Invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus


def _speaker_of(tmp_path: Path, text: str, needle: str) -> str | None:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    found = [q.speaker for q in load_corpus([tmp_path], cache=False).quotes if needle in q.text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("opening", ["An official", "A coast guard official", "A spokesman"])
def test_an_indefinite_speaker_is_not_the_last_named_speaker(tmp_path, opening):
    text = ("Ferry sinks off the island\n\n"
            "Maria Lopez, who lives in Spain, said she last heard from her son two days ago.\n\n"
            f"{opening} said six men were arrested over the sinking.\n")
    assert _speaker_of(tmp_path, text, "six men were arrested") != "Maria Lopez"


def test_the_named_speakers_own_words_stay_hers(tmp_path):
    text = ("Ferry sinks off the island\n\n"
            "Maria Lopez, who lives in Spain, said she last heard from her son two days ago.\n\n"
            "An official said six men were arrested over the sinking.\n")
    assert _speaker_of(tmp_path, text, "she last heard") == "Maria Lopez"
