"""Issue 11: a country as French, Spanish, German, Italian or Portuguese copy names it is the country its English
name names ("Tailandia", "Thaïlande", "Kambodscha", "Filipinas"): one subject, hence one claim of its counts.
Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.extract.gazetteer import shipped_gazetteer
from tests.compare_helpers import article, holding


@pytest.mark.parametrize("written, country", [
    ("Tailandia", "Thailand"), ("Thaïlande", "Thailand"), ("Kambodscha", "Cambodia"), ("Camboja", "Cambodia"),
    ("Filipinas", "Philippines"), ("Nouvelle-Zélande", "New Zealand"), ("Äthiopien", "Ethiopia"),
    ("Ouzbékistan", "Uzbekistan"), ("Perú", "Peru"),
])
def test_the_gazetteer_knows_a_country_as_other_languages_write_it(written, country):
    assert shipped_gazetteer().lookup(written) == (country, "place")
    assert same_subject(written, country)


def test_counts_of_one_country_named_in_two_languages_are_one_claim():
    sources = [
        article("o1", "2024-05-02", "Floods hit the north of the Philippines on Monday. Philippines counted 31 dead on Tuesday."),
        article("o2", "2024-05-02", "Las inundaciones azotaron el norte de Filipinas el lunes. Filipinas contó 38 muertos el martes."),
    ]
    claims = holding(compare(sources), "31 dead", "38 muertos")
    assert len(claims) == 1 and claims[0].verdict == "disagree", [(c.title, c.verdict) for c in claims]
