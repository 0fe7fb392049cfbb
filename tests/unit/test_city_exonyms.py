"""A capital written in another language's form is the same place ("Peking", "Pechino", "Pequim": Beijing)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def test_beijing_in_german_italian_and_portuguese_is_one_place(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Trade talks resume\n\nNegotiators met in Beijing on Monday to discuss tariffs.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Gespräche in China\n\nDie Unterhändler trafen sich am Montag in Peking.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Colloqui in Cina\n\nI negoziatori si sono incontrati lunedì a Pechino.\n",
                                    encoding="utf-8")
    (tmp_path / "d.txt").write_text("Negociações na China\n\nOs negociadores reuniram-se na segunda-feira em Pequim.\n",
                                    encoding="utf-8")
    places = {e.name for e in load_corpus([tmp_path], cache=False).entities if e.type == "place"}
    assert "Beijing" in places
    assert not {"Peking", "Pechino", "Pequim"} & places
