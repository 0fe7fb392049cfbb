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


def test_mecca_in_german_french_and_spanish_is_one_place(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Pilgrims arrive\n\nThousands of pilgrims reached Mecca on Friday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pilger in Saudi-Arabien\n\nTausende Pilger erreichten am Freitag Mekka.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Arrivée des pèlerins\n\nDes milliers de pèlerins sont arrivés vendredi à La Mecque.\n",
                                    encoding="utf-8")
    (tmp_path / "d.txt").write_text("Llegan los peregrinos\n\nMiles de peregrinos llegaron el viernes a La Meca.\n",
                                    encoding="utf-8")
    places = {e.name for e in load_corpus([tmp_path], cache=False).entities if e.type == "place"}
    assert "Mecca" in places
    assert not {"Mekka", "La Mecque", "La Meca", "Mecque", "Meca"} & places


def test_european_capitals_in_other_languages_are_one_place(tmp_path: Path):
    # (issue 11: "Athènes", "Athen", "Atene" were three places beside "Athens")
    (tmp_path / "a.txt").write_text("Ferry strike ends\n\nDock workers in Athens returned to work on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fin de la grève\n\nLes dockers d'Athènes ont repris le travail lundi, comme à "
                                    "Lisbonne et à Varsovie.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Streik beendet\n\nDie Hafenarbeiter in Athen nahmen am Montag die Arbeit wieder "
                                    "auf, wie zuvor in Wien.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Sciopero finito\n\nI portuali di Atene sono tornati al lavoro lunedì.\n",
                                    encoding="utf-8")
    places = {e.name for e in load_corpus([tmp_path], cache=False).entities if e.type == "place"}
    assert "Athens" in places
    assert not {"Athènes", "Athen", "Atene", "Lisbonne", "Varsovie", "Wien"} & places
