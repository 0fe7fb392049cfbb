"""Issue 11: a noun after "all" ("in allen Bezirken", "en todos los Estados") names every place of a kind, so it is
no one's figure: the count of votes is the candidate's. A real report's "González habe in allen Bundesstaaten
gewonnen und über 6,2 Millionen Stimmen erhalten" gave the count to "Bundesstaaten". Invented sentences; fails on the
code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Kovač habe in allen Bezirken gewonnen und 1,4 Millionen Stimmen erhalten.", "de"),
    ("Kovač gewann in allen Landkreisen 1,4 Millionen Stimmen.", "de"),
    ("Kovač ganó en todos los Estados con 1,4 millones de votos.", "es"),
])
def test_a_noun_after_all_is_no_subject(text, language):
    found = [(f.low, f.subject) for f in read(text, language=language) if f.measure == "votes"]
    assert found == [(1_400_000.0, "Kovač")], found
