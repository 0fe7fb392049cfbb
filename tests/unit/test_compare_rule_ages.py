"""The age a rule sets (issue 11): "the retirement age from 62 to 64" in five languages is one figure, the rule's new
age (the old one its previous value), nobody's own age and no period; a change "by two years" is no age. Sentences of
the study gold tests/gold_new24 (France's pension reform, 7 March 2023)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def ages(text: str, language: str | None = None) -> list[tuple]:
    return [(f.kind, f.low, f.measure, f.role) for f in read(text, language=language) if f.kind in ("count", "period")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Nationwide demonstrations take place against Macron's plan to push the retirement age from 62 to 64.", "en",
     [("count", 62.0, "statutory age", "previous"), ("count", 64.0, "statutory age", "current")]),
    ("The reform increases the retirement age from 62 to 64 years.", "en", [("count", 64.0, "statutory age", "current")]),
    ("La réforme poursuit son chemin avec le report de l'âge légal de la retraite à 64 ans.", "fr",
     [("count", 64.0, "statutory age", "current")]),
    ("El plan de Gobierno plantea aumentar la edad de jubilación de 62 a 64 años.", "es",
     [("count", 64.0, "statutory age", "current")]),
    ("Die Regierung will das Renteneintrittsalter von 62 auf 64 Jahre erhöhen.", "de",
     [("count", 62.0, "statutory age", "previous"), ("count", 64.0, "statutory age", "current")]),
])
def test_a_rules_age_is_one_figure_in_any_language(text, language, expected):
    assert ages(text, language) == expected


def test_a_change_by_years_is_no_age():
    assert ages("His government hopes the plan to raise the pension age by two years will pass.") == [
        ("period", 2.0, None, "current")]


def test_a_persons_age_is_still_theirs():
    assert [f.measure for f in read("Le président, âgé de 45 ans, a parlé.", language="fr")] == ["age"]
