"""A speaker the text describes and does not name ("at least one analyst noted that ...") is not the person whose
name opens the next sentence when the article named that person before; an "as ... reported" aside before a
speaker ("Wie der Sender meldete, erklärte X: ...") is not that speaker's words: invented articles (issue 11)."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, text) of every quote of one article."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return [(q.kind, q.speaker, q.text) for q in load_corpus([tmp_path], cache=False).quotes]


def test_a_described_speaker_is_not_a_person_named_before_and_again_next(tmp_path):
    quotes = _quotes(tmp_path, "Keller wins the vote\n\n"
                     "Following the election, many leaders congratulated the leader of the PDN, Thomas Keller, while "
                     "others focused on the gains of the far-right NFP. At least one analyst noted that almost two "
                     "thirds of the voters had backed other parties.\n\n"
                     "Thomas Keller will now start talks with the Greens about a coalition. He has promised to cut "
                     "taxes.\n")
    speakers = [speaker for kind, speaker, text in quotes if "two thirds" in text]
    assert speakers == ["analyst"]
    assert ("reported", "Thomas Keller", "to cut taxes") in quotes  # (his own words stay his)


def test_an_as_aside_before_the_speaker_is_no_reported_speech(tmp_path):
    quotes = _quotes(tmp_path, "Die Partei gewinnt die Wahl in Nordstadt\n\n"
                     "Die Blaue Partei hat die Wahl in Nordstadt deutlich gewonnen und kommt auf 31 Prozent der "
                     "Stimmen. Wie der Sender meldete, erklärte Parteichef Thomas Keller am Abend: \"Die Wähler "
                     "wollen einen Neuanfang und den wird es mit uns geben.\" Die Grünen erreichten 12 Prozent, "
                     "die Linke kam auf neun Prozent der Stimmen.\n")
    assert [(kind, speaker) for kind, speaker, _ in quotes] == [("direct", "Thomas Keller")]
