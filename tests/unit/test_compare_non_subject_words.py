"""Words that are nobody's figure: a German scale word ("Millionen", capitalised as every German noun), a
demonstrative standing for someone named before ("Dieser"), the teller's "nach Worten der", French "Seuls" (only)
and Italian "Hanno" opening a clause (issue 11: such words made subjects of their own and split or mixed claims).
Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "word"), [
    ("Dieser kam mit mehr als 7 Millionen Stimmen auf 41,2 Prozent.", "Millionen"),
    ("Dieser kam mit mehr als 7 Millionen Stimmen auf 41,2 Prozent.", "Dieser"),
    ("Die Beteiligung lag nach Worten der Kommission bei 51,3 Prozent.", "Worten"),
    ("Die Beteiligung lag nach Worten der Kommission bei 51,3 Prozent.", "Kommission"),
    ("Seuls 37% des électeurs ont voté aux municipales.", "Seuls"),
    ("Hanno votato circa 12.345.678 elettori.", "Hanno"),
])
def test_the_word_is_no_subject(text, word):
    figures = [f for f in read(text) if f.kind in ("count", "percent")]
    assert figures and all(word not in (f.subject or "") for f in figures)

