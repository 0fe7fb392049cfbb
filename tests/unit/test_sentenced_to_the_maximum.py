"""Issue 11 (measure25, b2: one measure named two ways): a term a court sentenced someone to is that person's prison
sentence even when the article calls it the maximum ("sentenced X to the maximum penalty of 12 years", "condamné à la
peine maximale de 12 ans", "condenado a la pena máxima de 12 años", "condannato alla pena massima di 12 anni",
"condenado à pena máxima de 12 anos"): it was read as the most the charges carry (the "maximum sentence") and split
from the other outlets' "sentenced to 12 years". The most a charge carries, with no verb of sentencing ("faced a
maximum penalty of", "carry a maximum sentence of", "acarrean una pena máxima de"), stays the maximum.
Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def terms(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(f.measure, f.subject) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language"), [
    ("A court sentenced Mark Olden to the maximum penalty of 12 years in prison.", "en"),
    ("Mark Olden was sentenced to the maximum sentence of 12 years.", "en"),
    ("Mark Olden a été condamné à la peine maximale de 12 ans de réclusion criminelle.", "fr"),
    ("Mark Olden fue condenado a la pena máxima de 12 años de cárcel.", "es"),
    ("Mark Olden è stato condannato alla pena massima di 12 anni.", "it"),
    ("Mark Olden foi condenado à pena máxima de 12 anos de prisão.", "pt"),
])
def test_a_maximum_a_court_sentenced_someone_to_is_their_prison_sentence(text, language):
    assert terms(text, language) == [("prison sentence", "Mark Olden")]


@pytest.mark.parametrize(("text", "language"), [
    ("Mark Olden faced a maximum penalty of 12 years in prison.", "en"),
    ("The charges carry a maximum sentence of 12 years.", "en"),
    ("Los delitos acarrean una pena máxima de 12 años de prisión.", "es"),
    ("Mark Olden could be sentenced to a maximum of 12 years.", "en"),
])
def test_the_most_a_charge_carries_stays_the_maximum(text, language):
    assert [m for m, _ in terms(text, language)] == ["maximum sentence"]
