"""A full stop a page lost the space after (issue 11): "del governo.Nel dettaglio" ends a sentence between a
lower-case word and a capitalised one, while initials, abbreviations, web addresses and quoted words stay
whole. Invented sentences."""

from __future__ import annotations

import pytest

from briefing_tui.ingest.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Il bilancio cresce rispetto al piano precedente.Nel dettaglio la sanità riceve 12 miliardi.",
     ["Il bilancio cresce rispetto al piano precedente.", "Nel dettaglio la sanità riceve 12 miliardi."]),
    ("The council approved the plan.Officials said it costs £4m.",
     ["The council approved the plan.", "Officials said it costs £4m."]),
    ("Le conseil a voté le budget.Les élus ont applaudi.", ["Le conseil a voté le budget.", "Les élus ont applaudi."]),
])
def test_glued_full_stop_ends_a_sentence(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    "She moved to St.Louis in May.",
    "Read more at www.example.Com now.",
    "He holds a Ph.D.Degree from Leeds.",
    'He called it "finished.Done" and left.',
])
def test_glued_stop_kept_whole(text):
    assert _sentences(text) == [text]
