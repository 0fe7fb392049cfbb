"""A name opening with an accented capital ("Ölpartei", "ÖDP", "Élan") is a figure's subject as any other name is:
its seats are its own, not a figure without a subject that any claim may take."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def subjects(body: str) -> list[str | None]:
    source = article("o1", "2025-02-14", body)
    return [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_a_name_with_an_accented_capital_holds_its_seats():
    assert subjects("Die ÖDP kommt auf 14 Sitze, die Union auf 33.") == ["ÖDP", "Union"]
    assert subjects("Die Ölpartei erhält 21 Mandate.") == ["Ölpartei"]
    assert subjects("Élan Vital obtient 12 sièges au conseil.") == ["Élan Vital"]


def test_a_plain_capital_is_read_as_before():
    assert subjects("Die Union kommt auf 52 Sitze.") == ["Union"]
