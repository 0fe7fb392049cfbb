"""Issue 11: a count after a vague part ("trapped many of the 238 guests", "some of the 50 workers were killed",
"muchos de los 120 pasajeros") is the whole the part is taken from, not the part's fate: read as a toll or as the
trapped, it was weighed against the real toll. "All of the 12 victims" is the whole itself and keeps its fate.
Invented sentences; each vague-part case fails on int14 (44850bfd)."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, read


@pytest.mark.parametrize(("text", "needle"), [
    ("The blaze trapped many of the registered 140 guests inside.", "140 guests"),
    ("The explosion killed some of the 50 workers on the site.", "50 workers"),
    ("Most of the 300 passengers were rescued by fishing boats.", "300 passengers"),
    ("Muchos de los 120 pasajeros resultaron heridos.", "120 pasajeros"),
])
def test_the_whole_of_a_vague_part_is_people(text, needle):
    assert [f.measure for f in read(text) if f.text == needle] == ["people"]


@pytest.mark.parametrize(("text", "needle", "measure"), [
    ("The flood trapped 40 people in the valley.", "40 people", "trapped"),
    ("All of the 12 victims were identified.", "12 victims", "identified dead"),
])
def test_a_whole_with_its_own_fate_keeps_it(text, needle, measure):
    assert [f.measure for f in read(text) if f.text == needle] == [measure]


def test_the_whole_is_no_second_toll():
    claims = compare([article("o1", "2024-03-08", "The explosion killed 7 workers at the plant."),
                      article("o2", "2024-03-08", "The explosion killed some of the 50 workers at the plant.")])
    assert not [c for c in claims if c.verdict == "disagree"], [(c.topic, c.verdict) for c in claims]
