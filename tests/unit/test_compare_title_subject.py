"""Issue 11: a claim's title names whose measure it is only when a value it shows is told of them. Found trying the
app on a developing disaster story: one county's figure, joined to the story's unnamed tolls, named the claim
"Death toll (Kerr County): 24 · 84 · 91 · 52" though no value shown was the county's (invented articles; fails on
the code before)."""

from __future__ import annotations

from briefing_tui.compare.claims import _measured_claim
from briefing_tui.compare.measured_types import MeasuredGroup, MeasuredStatement
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from tests.compare_helpers import article

SOURCES = [article("o1", "2025-07-05", "The floods have killed 24 people, officials said."),
           article("o2", "2025-07-06", "The floods have killed 52 people, the authorities said."),
           article("o3", "2025-07-07", "Hale County has confirmed 12 deaths, the sheriff said.")]
PUBLISHED = {s.id: s.published for s in SOURCES}


def _claim(subject: str, texts: tuple[str, ...]):
    units = build_units(SOURCES, (), (), default_rate_table())
    members = [MeasuredStatement(u, f) for u in units for f in u.figures if f.text in texts]
    group = MeasuredGroup("dead", subject, members)
    return _measured_claim(group, PUBLISHED, default_rate_table(), {"o1": 0, "o2": 1, "o3": 2},
                           {s.id: s.id for s in SOURCES})


def test_a_subject_no_shown_value_is_told_of_stays_out_of_the_title():
    claim = _claim("Hale County", ("24 people", "52 people"))
    assert claim.topic == "Death toll: 24 · 52"
    assert "Hale County" not in claim.evidence


def test_a_subject_a_shown_value_is_told_of_names_the_title():
    claim = _claim("Hale County", ("24 people", "12 deaths"))
    assert [f.subject for s in claim.statements for f in s.figures if f.text == "12 deaths"] == ["Hale County"]
    assert claim.topic.startswith("Death toll (Hale County)")
