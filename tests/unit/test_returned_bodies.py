"""The dead whose bodies were handed to their families are a kind of the dead of their own, "returned dead"
(compare/returned_bodies.py; issue 11: one outlet's "identified and handed over" was the identified dead, another's
"handed over" the toll). The sentences are invented."""

from __future__ import annotations

from briefing_tui.compare.measure_kinds import measures_differ
from tests.compare_helpers import read


def _measures(text: str) -> list[str | None]:
    return [f.measure for f in read(text) if f.kind == "count"]


def test_bodies_handed_to_their_families_in_several_languages():
    assert _measures("So far 30 bodies have been handed over to their families.") == ["returned dead"]
    assert _measures("Las autoridades confirmaron que 30 cuerpos ya fueron identificados y entregados a las familias.") \
        == ["returned dead"]
    assert _measures("Os corpos de 30 vítimas foram entregues às suas famílias.") == ["returned dead"]
    assert _measures("30 corps ont été rendus aux familles.") == ["returned dead"]
    assert _measures("30 Leichen wurden den Angehörigen übergeben.") == ["returned dead"]


def test_returned_dead_are_not_the_toll_and_other_counts_stay():
    assert measures_differ("returned dead", "dead") and measures_differ("returned dead", "identified dead")
    assert _measures("So far 30 bodies have been identified.") == ["identified dead"]
    assert _measures("The fire killed 30 people, and their families were told on Monday.") == ["dead"]
