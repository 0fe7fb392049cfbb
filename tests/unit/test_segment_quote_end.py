"""A sentence whose full stop sits inside the closing mark of a quoted fragment ends there (issue 12)."""

from __future__ import annotations

from briefing_tui.ingest.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_fragment_closed_after_its_full_stop_ends_the_sentence():
    assert _split('Cooper called it "historic." She then left.') == ['Cooper called it "historic."', "She then left."]
    assert _split("He called the claim “false.” Jones agreed.") == ["He called the claim “false.”", "Jones agreed."]


def test_a_whole_quoted_sentence_and_inner_stops_stay_together():
    assert _split("“It was historic.” Smith said.") == ["“It was historic.” Smith said."]
    assert _split("“We will go. We are ready,” he said.") == ["“We will go. We are ready,” he said."]
