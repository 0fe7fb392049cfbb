"""The news thesaurus (compare/concepts.py): a concept of a phrase is evoked by the phrase, never by one of its
words alone. "Called off" is a cancellation; "called" and "off" alone are none ("was called a hero", "took off"):
before, every "call" read as a cancellation and joined unrelated statements. The two "called" sentences fail on the
code before; the rest are guards."""

from __future__ import annotations

import pytest

from briefing_tui.compare.concepts import concepts
from briefing_tui.compare.terms import content_words


def _concepts(text: str) -> set[str]:
    return concepts({s for s, _ in content_words(text)}, text)


@pytest.mark.parametrize("text", [
    "The union called off the strike at the port.",
    "Organisers called the march off after the storm warning.",
    "The summit was postponed until March.",
])
def test_a_cancellation_however_worded(text):
    assert "~cancel" in _concepts(text)


@pytest.mark.parametrize("text", [
    "Residents called the rescue workers heroes.",
    "The plane took off from Bangkok at 8.30 pm.",
    "Police called for calm as shops stayed closed.",
])
def test_call_and_off_alone_are_no_cancellation(text):
    assert "~cancel" not in _concepts(text)
