"""Issue 11: a person named after a kin or tie of another ("Reed's wife Ada Cole", "Reeds mitangeklagte Ehefrau Ada
Cole", "la moglie di Reed, Ada Cole,") is whose prison term it is, never the one whose wife she is; a German kin noun
before a name ("Ehefrau Ada Cole") is no part of it. Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from briefing_tui.compare.kin_names import is_kin_word, kin_person
from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Reeds mitangeklagte Ehefrau Ada Cole erhielt sieben Jahre Haft.", "de"),
    ("Die Ehefrau von Reed, Ada Cole, erhielt sieben Jahre Haft.", "de"),
    ("Reed's wife Ada Cole received seven years in prison.", "en"),
    ("Reed's wife, Ada Cole, was sentenced to seven years in prison.", "en"),
])
def test_the_term_is_the_kins_not_the_possessors(text, language):
    found = [(f.low, f.measure, f.subject) for f in read(text, language=language) if f.kind == "period"]
    assert found == [(7.0, "prison sentence", "Ada Cole")], found


def test_a_kin_phrase_needs_a_possessor_or_of():
    assert kin_person("la moglie di Reed, Ada Cole, è stata").group("person") == "Ada Cole"
    assert kin_person("Reed and his wife Ada Cole were") is None  # (both named: Reed first)
    assert is_kin_word("Ehefrau") and is_kin_word("wife") and not is_kin_word("Cole")

