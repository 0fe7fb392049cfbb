"""A German noun naming a country or state by its kind ("in dem südasiatischen Land mit mehr als 240 Millionen
Einwohnern") is never a figure's subject: "Land's residents" is no title."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def subjects(body: str) -> list[str | None]:
    source = article("o1", "2025-02-14", body)
    return [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_a_country_by_its_kind_is_no_subject():
    assert subjects("Immer wieder werden Regierungschefs in dem kleinen Land mit mehr als 9 Millionen Einwohnern "
                    "vorzeitig abgesetzt.") == [None]
    assert subjects("In dem armen Staat mit rund 12 Millionen Einwohnern wird im Mai gewählt.") == [None]


def test_a_noun_after_an_indefinite_article_is_no_subject():
    # "eine Mehrheit von 54,3 Prozent": the German noun is capitalised but no name; the share is Novak's
    source = article("o1", "2025-02-14", "Laut der Wahlbehörde erhielt Novak eine Mehrheit von 54,3 Prozent der "
                     "Stimmen.")
    assert [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "percent"] == ["Novak"]
