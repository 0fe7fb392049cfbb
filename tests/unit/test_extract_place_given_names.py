"""A place that is also a given name opens a person's name before a surname the article also writes alone
("Jordan Bardella ... Bardella said" was the place Jordan and a person "Bardella"); alone, or before a word
that names a place, an organisation or a common noun, it stays the place. Articles are news copy with
invented names."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.model import Entity


def _entities(tmp_path: Path, text: str) -> dict[str, Entity]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    return {e.name: e for e in corpus.entities}


def test_a_place_given_name_before_a_surname_used_alone_is_a_person(tmp_path):
    ents = _entities(tmp_path, (
        "Party leader speaks\n\nJordan Morvella, the president of the National Rally, said on Monday that the "
        "party would win. \"We are ready to govern,\" Morvella told reporters in Paris.\n\n"
        "Defence minister Israel Kantorek also spoke. Mr Kantorek said the army was ready. King Abdullah of "
        "Jordan visited Paris.\n"))
    assert ents["Jordan Morvella"].type == "person"
    assert "Morvella" in ents["Jordan Morvella"].aliases
    assert ents["Israel Kantorek"].type == "person"
    assert ents["Jordan"].type == "place"
    assert len(ents["Jordan"].mentions) == 1
    assert "Israel" not in ents and "Morvella" not in ents


def test_a_place_before_a_common_word_or_a_group_stays_a_place(tmp_path):
    ents = _entities(tmp_path, (
        "Valley talks\n\nTalks on the Jordan Valley resumed, India Today reported. The report of today was "
        "short.\n\nThe Paris Rangers lost again, and the Rangers' coach resigned.\n"))
    assert ents["Jordan Valley"].type == "place"
    assert not any(e.type == "person" for e in ents.values()), sorted(ents)
