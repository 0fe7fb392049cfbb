"""Reported speech of other languages: in a "wie X sagte" aside the channel or paper spoken on ("wie dessen Anwalt im
Fernsehsender Kanal Sieben sagte") is not the speaker, the name opening the aside still is; after "Según X," a role
given to X ("portavoz del partido,") is no part of the reported clause."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus

PAGE = ("Bürgermeister verurteilt\n\n"
        "Der frühere Bürgermeister Jan Berger ist wegen Untreue zu drei Jahren Haft verurteilt worden. Der Politiker "
        "will dagegen in Berufung gehen, wie dessen Anwalt im Fernsehsender Kanal Sieben nach dem Urteil sagte. Die "
        "Partei will dagegen vorgehen, wie Parteichefin Anna Roth am Abend mitteilte.\n")


def test_the_channel_spoken_on_is_no_speaker(tmp_path: Path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    found = [(q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]
    assert all(speaker != "Kanal Sieben" for speaker, _ in found), found
    assert ("Anna Roth", "Die Partei will dagegen vorgehen") in found


SPANISH = ("Alcalde condenado\n\n"
           "Un tribunal condenó este viernes al exalcalde Juan Pérez a cinco años de prisión. Según Marta Gil, portavoz "
           "del partido, la sentencia fue anunciada en la cárcel de la ciudad.\n")


def test_a_role_given_after_the_name_is_no_part_of_the_reported_clause(tmp_path: Path):
    (tmp_path / "a.txt").write_text(SPANISH, encoding="utf-8")
    found = [(q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]
    assert found == [("Marta Gil", "la sentencia fue anunciada en la cárcel de la ciudad")], found
