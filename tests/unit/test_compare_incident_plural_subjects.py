"""A plural noun of disasters opening a sentence ("Wildfires have killed at least 40 people") is what happened, never
whose a count is; a place written with accents its gazetteer entry lacks ("Los Ángeles", "São Paolo" aside) is read
as the place, whole ("en Los Ángeles": Los Ángeles's count, not "Ángeles"'s). Invented sentences (issue 11: the
Los Angeles fires' tolls were three claims, of "Wildfires", "Los Angeles" and "Ángeles")."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article, holding


def _subjects(body: str) -> list[str | None]:
    source = article("o1", "2025-03-04", body)
    return [f.subject for s in source.sentences for f in figures_in_text(s.text, source, s.start) if f.kind == "count"]


def test_a_plural_disaster_noun_opening_a_sentence_is_no_subject():
    assert _subjects("Wildfires have killed at least 31 people across the hills this week.") == [None]
    assert _subjects("Floods have killed 12 people in the lowlands since Monday.") == [None]
    assert _subjects("Landslides buried 14 people overnight.") == [None]


def test_a_name_ending_with_a_disaster_noun_stays_and_a_singular_one_too():
    assert _subjects("The Ridge Fire killed 14 people.") == ["Ridge Fire"]
    assert _subjects("Fire authorities have recovered 63 bodies from the site.") == ["Fire"]


def test_an_accented_place_is_whole():
    assert _subjects("El número de fallecidos en Los Ángeles asciende a 31.") == ["Los Ángeles"]


def test_the_tolls_of_one_city_are_one_claim_across_accents_and_wording():
    claims = compare([
        article("o1", "2025-03-04", "Wildfires have killed at least 31 people in Los Angeles. Schools are closed."),
        article("o2", "2025-03-06", "Las escuelas siguen cerradas. El número de fallecidos por los incendios en Los "
                                    "Ángeles asciende a 38."),
        article("o3", "2025-03-05", "Les écoles restent fermées. Le bilan des incendies de Los Angeles s'élève à 33 "
                                    "morts."),
    ])
    (claim,) = holding(claims, "asciende a 38")
    assert {s.source for s in claim.statements} == {"o1", "o2", "o3"}
    assert claim.verdict == "disagree"
