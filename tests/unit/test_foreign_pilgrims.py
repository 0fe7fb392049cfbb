"""Issue 11: pilgrims are a gathering's participants in every language, as English "pilgrims" is: a French, Spanish
or German count of them with no fate is the attendance (it was read as "people"); their dead stay the toll, with
their nationality. Invented sentences."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _counts(text: str, language: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.low, f.measure, f.subject) for f in read(text, "2025-01-01", language) if f.kind == "count"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 25,000 pilgrims gathered at the shrine on Friday."),
    ("fr", "Quelque 25 000 pèlerins se sont rassemblés au sanctuaire."),
    ("es", "Unos 25.000 peregrinos se reunieron en el santuario."),
    ("de", "Rund 25.000 Pilger versammelten sich am Schrein."),
])
def test_a_count_of_pilgrims_is_the_attendance_in_every_language(language, text):
    assert _counts(text, language) == [(25000.0, "attendance", None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au moins 17 pèlerins marocains sont morts de chaleur."),
    ("es", "Al menos 17 peregrinos marroquíes murieron por el calor."),
])
def test_dead_pilgrims_stay_the_toll_of_their_nationality(language, text):
    assert _counts(text, language) == [(17.0, "dead", "Moroccan")]
