"""A day or month written right after a verb of saying dates the statement; it never names who made it ("prison
authorities said Monday"). A name after the verb still speaks. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare.voice import sentence_voices
from briefing_tui.ingest.parse import parse_text


def _voice(text: str):
    source = parse_text(f"A headline\n\n{text}\n", "a", "a.txt")
    sentence = next(s for s in source.sentences if s.text == text)
    return sentence_voices([sentence])[sentence.index]


@pytest.mark.parametrize("text", [
    "Tom Vance is now in a federal prison, prison officials said Monday, after his sentencing in May.",
    "The bridge will stay closed until the spring, engineers said Tuesday.",
    "The plant will reopen in March, the company said Thursday night.",
])
def test_a_day_after_the_verb_is_no_speaker(text):
    voice = _voice(text)
    assert (voice.kind, voice.speaker) == ("reported", None)


def test_a_name_after_the_verb_still_speaks():
    voice = _voice("The bridge will stay closed until the spring, said Anna Berg, the city's chief engineer.")
    assert voice.speaker == "Anna Berg"
