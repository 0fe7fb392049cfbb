"""People counted as the object of an evacuation ("l'évacuation de 3 000 habitants", "la evacuación de alrededor de
88.000 residentes") and evacuations counted in other languages than English ("180 000 évacuations", "9.000
Evakuierungen") are the displaced, as English "evacuations" are; a town's residents stay its population. Invented
sentences (issue 11: a French and a Spanish count of the evacuated were two claims of their own)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article, holding


def _measures(body: str) -> list[str | None]:
    source = article("o1", "2025-03-04", body)
    return [f.measure for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_the_object_of_an_evacuation_is_displaced():
    assert _measures("Le préfet a ordonné l'évacuation de 3 000 habitants.") == ["displaced"]
    assert _measures("El fuego obligó a la evacuación de alrededor de 41.000 residentes.") == ["displaced"]
    assert _measures("The police ordered the evacuation of more than 4,000 residents.") == ["displaced"]


def test_evacuations_counted_in_other_languages_are_displaced():
    assert _measures("Le bilan fait état de 180 000 évacuations.") == ["displaced"]
    assert _measures("Die Feuerwehr meldete 9.000 Evakuierungen.") == ["displaced"]


def test_a_towns_residents_stay_its_population():
    assert _measures("The town of 3,000 residents was spared by the flames.") == ["residents"]


def test_the_evacuated_are_one_claim_across_languages():
    claims = compare([
        article("o1", "2025-03-04", "Schools are closed. Mandatory evacuations for more than 40,000 people remain in "
                                    "place."),
        article("o2", "2025-03-05", "Las escuelas siguen cerradas. El fuego obligó a la evacuación de alrededor de "
                                    "61.000 residentes."),
        article("o3", "2025-03-05", "Les écoles restent fermées. Le bilan fait état de 55 000 évacuations."),
    ])
    (claim,) = holding(claims, "61.000 residentes")
    assert {s.source for s in claim.statements} == {"o1", "o2", "o3"}
    assert claim.verdict == "disagree"
