"""A German noun naming a year or a period ("im laufenden Jahr", "im Folgejahr", "im Geschäftsjahr") is capitalised
like a name but is nobody: a figure's subject is never such a word."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def subjects(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.subject) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "percent"]


def test_a_period_noun_is_no_subject():
    assert subjects("Die Wirtschaft dürfte im laufenden Jahr um 1,5 Prozent wachsen.") == [("1,5 Prozent", "Wirtschaft")]
    assert subjects("Im Folgejahr werden 2,1 Prozent erwartet.") == [("2,1 Prozent", None)]
    assert subjects("Im Fiskaljahr stiegen die Preise um 4 Prozent.") == [("4 Prozent", "Preise")]
    assert subjects("Im Vorjahr waren es 3 Prozent.") == [("3 Prozent", None)]
