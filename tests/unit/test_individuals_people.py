"""Other languages' words for "individuals" count people, as English "individuals" does: what befell them says the
measure (issue 11: "coinvolgendo circa 11.000 individui" was a count of "individui", no measure, beside the other
outlets' 11,000 people told to leave)."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.model import Sentence, Source


def read(text: str, language: str):
    source = Source(id="s", path="s.txt", raw=text, language=language, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.low, f.measure) for f in figures_in_text(text, source, 0) if f.kind == "count"]


def test_italian_spanish_and_french_individuals_evacuated_are_displaced():
    assert read("La protezione civile ha evacuato circa 4.500 individui dalla valle.", "it") == [(4500.0, "displaced")]
    assert read("Los bomberos evacuaron a 650 individuos de las urbanizaciones cercanas.", "es") == [(650.0, "displaced")]
    assert read("Les gendarmes ont évacué 320 individus du camping.", "fr") == [(320.0, "displaced")]


def test_a_portuguese_count_of_injured_individuals_is_injured():
    assert read("A explosão deixou 14 indivíduos feridos no mercado.", "pt") == [(14.0, "injured")]
