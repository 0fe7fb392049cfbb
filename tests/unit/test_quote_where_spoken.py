"""In a "wie X sagte" aside the name of the channel or paper the speaker spoke on or to ("wie dessen Anwalt im
Fernsehsender Kanal Sieben sagte") is not the speaker; the name opening the aside still is."""

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
