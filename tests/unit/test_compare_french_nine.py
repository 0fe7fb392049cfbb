"""Issue 11: French "neuf" (nine, and "new") counts only right before a count's noun: "Neuf personnes ont été
arrêtées" are nine arrested, nobody's, while "un immeuble neuf" holds no figure. Invented sentences; the counts fail
on int14 (44850bfd), where "neuf" was never read as nine."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "measure"), [
    ("Neuf personnes ont été arrêtées après l'incendie.", "arrested"),
    ("La police a interpellé neuf personnes samedi.", "arrested"),
    ("L'accident a fait neuf morts.", "dead"),
    ("On compte neuf blessés.", "injured"),
])
def test_nine_before_a_count_noun_is_nine(text, measure):
    counts = [f for f in read(text) if f.kind == "count"]
    assert [(f.low, f.measure, f.subject) for f in counts] == [(9, measure, None)]


def test_new_is_no_figure():
    assert read("Ils ont acheté un immeuble neuf près du port.") == []
