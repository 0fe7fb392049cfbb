"""Issue 11: the second of two candidates' counts of votes, given "for his rival, former diplomat NAME", is the
rival's, not the first candidate's (a real election report's "2.75 million votes for Maduro and 6.27 million for his
rival, former diplomat Edmundo Gonzalez" gave both counts to Maduro). Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The recount gave 1.9 million votes for Harlow and 2.4 million for his rival, former mayor Jane Ostrova.", "en",
     [(1_900_000.0, "Harlow"), (2_400_000.0, "Jane Ostrova")]),
    ("The count showed 310,000 votes for Okafor and 295,000 for her opponent Mensah.", "en",
     [(310_000.0, "Okafor"), (295_000.0, "Mensah")]),
    ("El recuento dio 1,2 millones de votos para Pérez y 900.000 para su rival, el exalcalde Gómez.", "es",
     [(1_200_000.0, "Pérez"), (900_000.0, "Gómez")]),
])
def test_a_count_for_the_rival_is_the_rivals(text, language, expected):
    found = [(f.low, f.subject) for f in read(text, language=language) if f.measure == "votes"]
    assert found == expected, found
