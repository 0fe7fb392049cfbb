"""A full stop glued to the next sentence, as pages that lost the space after it print it ("erklärte.Die Stadt"),
ends a sentence; a domain's, an address's or an abbreviation's dot does not."""

from __future__ import annotations

import pytest

from briefing_tui.ingest.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Rat stimmte am Montag zu, wie die Stadt erklärte.Die Arbeiten beginnen im Mai.",
     ["Der Rat stimmte am Montag zu, wie die Stadt erklärte.", "Die Arbeiten beginnen im Mai."]),
    ("Le conseil a voté lundi.Le chantier commence en mai.",
     ["Le conseil a voté lundi.", "Le chantier commence en mai."]),
])
def test_a_glued_full_stop_ends_a_sentence(text, expected):
    assert _split(text) == expected


@pytest.mark.parametrize("text", [
    "Read more on www.Example.com before the vote.",
    "Write to press@harbour.Org for the report.",
    "The U.S.Army unit left the base on Monday.",
])
def test_a_dot_inside_a_name_or_abbreviation_ends_no_sentence(text):
    assert _split(text) == [text]
