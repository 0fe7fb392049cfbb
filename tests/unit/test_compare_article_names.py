"""A known place whose name opens with a Romance article (issue 11): "Los Angeles", "El Salvador" inside a sentence
are the whole name, not "Angeles" (a claim was titled "Angeles' death toll"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "subject"), [
    ("Le bilan des inondations de Los Angeles s'élève à 14 morts.", "fr", "Los Angeles"),
    ("The death toll in El Salvador rose to 14 on Friday.", "en", "El Salvador"),
    ("O número de mortos em Los Angeles subiu para 14.", "pt", "Los Angeles"),
])
def test_a_capitalised_article_inside_a_sentence_is_part_of_the_place(text, language, subject):
    (toll,) = [f for f in read(text, "2026-02-03", language) if f.low == 14]
    assert (toll.measure, toll.subject) == ("dead", subject)
