"""Issue 11: figures that follow "respectively", as Romance languages write it, take the names of the list before it
in order, a list joined by the language's own "and" ("Maduro e Gonzalez hanno ricevuto rispettivamente più di 2,7
milioni e circa 6,2 milioni di voti", found on a real election's report: both counts were set to both names).
Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Nel ballottaggio Rossi e Bianchi hanno ottenuto rispettivamente 1,3 milioni e circa 900mila voti.", "it",
     [(1_300_000.0, "Rossi"), (900_000.0, "Bianchi")]),
    ("En la segunda vuelta, López y Ramírez obtuvieron, respectivamente, 41% y 38% de los votos.", "es",
     [(41.0, "López"), (38.0, "Ramírez")]),
    ("Na segunda volta, Silva e Costa receberam respetivamente 52% e 45% dos votos.", "pt",
     [(52.0, "Silva"), (45.0, "Costa")]),
])
def test_figures_after_respectively_take_the_names_in_order(text, language, expected):
    found = [(f.low, f.subject) for f in read(text, language=language) if f.kind in ("count", "percent")]
    assert found == expected, found


def test_figures_before_respectively_still_take_them():
    found = [(f.low, f.subject) for f in read("The Tories and the Liberals won 31% and 27% respectively.")
             if f.kind == "percent"]
    assert found == [(31.0, "Tories"), (27.0, "Liberals")], found
