"""A verb whose object is part of what was said ("accused X of ...") with no object after it is a participle, not
speech: "a regime accused of widespread human rights abuses" was a reported quote of "the regime". The active
form still reports. News copy with invented names."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus

TEXT = ("Revelations\n\n"
        "The revelations came shortly before General Omar Valdari was overthrown, ending his four decades at the "
        "helm of a regime accused of widespread human rights abuses.\n\n"
        "Opposition leader Maria Lopes accused the government of rigging the vote.\n")


def test_a_participle_accused_of_is_no_speech_but_the_active_verb_reports(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    quotes = [(q.speaker, q.kind, q.text) for q in load_corpus([tmp_path], cache=False).quotes]
    assert not any("human rights" in text for _, _, text in quotes), quotes
    assert ("Maria Lopes", "reported") in {(speaker, kind) for speaker, kind, _ in quotes}, quotes
