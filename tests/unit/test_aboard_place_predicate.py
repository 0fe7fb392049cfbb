"""Issue 11: "no false disagreement appears". "wurden 241 Menschen an Bord getötet, ein britischer Passagier
überlebte" was read as the people aboard, not the dead aboard, and weighed against "242 people on board": the
passing over of a place phrase and a set-off phrase after it ("aboard the ferry, including a former minister,")
compared two slices of the text by identity, which never holds, so a place phrase followed by a comma and another
clause lost its own predicate. Invented sentences; the first tests fail on the code before the fix."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _measure(text: str, figure: str, language: str | None = None) -> str | None:
    return next(f.measure for f in read(text, None, language) if f.text == figure)


@pytest.mark.parametrize(("text", "figure", "language"), [
    ("Laut der Reederei wurden 64 Menschen an Bord getötet, ein Passagier überlebte.", "64 Menschen", "de"),
    ("All 64 passengers aboard the ferry died, one crew member survived.", "64 passengers", None),
])
def test_a_place_phrase_then_a_comma_keeps_its_own_predicate(text, figure, language):
    assert _measure(text, figure, language) == "dead aboard"


def test_a_set_off_phrase_after_the_place_is_still_passed_over():
    text = "All 64 passengers aboard the ferry, including a former minister, lost their lives."
    assert _measure(text, "64 passengers") == "dead aboard"
