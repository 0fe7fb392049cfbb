"""Issue 11: a Portuguese plural in "-ões" ("subestações", "ligações") is read to its singular in "-ão", so that a
count's measure (and its claim's title) is a word ("Subestação: 85"), not a clipped plural ("Subestaçõe").
Constructed sentences; each test fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.compare.measures import singular
from tests.compare_helpers import read


def test_oes_plurals_read_to_their_singular():
    assert singular("subestações") == "subestação"
    assert singular("Ligações") == "ligação"
    assert singular("countries") == "country" and singular("stones") == "stone"  # (English as before)


def test_a_count_of_an_oes_plural_has_the_singular_as_its_measure():
    found = [(f.text, f.measure) for f in read("Até à noite foram religadas 85 subestações no norte.", language="pt")
             if f.kind == "count"]
    assert found == [("85 subestações", "subestação")]


def test_agent_noun_plurals_read_to_their_singular():
    assert singular("consumidores") == "consumidor" and singular("eleitores") == "eleitor"
    assert singular("stores") == "store" and singular("restores") == "restore"  # (English as before)
    found = [(f.text, f.measure) for f in read("Existem cerca de 6,5 milhões de consumidores no país.", language="pt")
             if f.kind == "count"]
    assert [m for _, m in found] == ["consumidor"]
