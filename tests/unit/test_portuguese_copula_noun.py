"""Issue 11: the Portuguese copula "é" (is) is a function word, never the noun a count counts: in "a contagem total
de 600 milhões é esperada" the count names no noun, its unit is not "é". Invented sentences; fails on int18
(3e1629aa)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("sentence", [
    "A meta oficial de 600 milhões é ambiciosa para o festival.",
    "O número de visitantes previsto, 45 milhões é recorde.",
])
def test_the_copula_e_is_no_counted_noun(sentence):
    figures = [f for f in read(sentence, language="pt") if f.kind == "count"]
    assert figures and all(f.unit != "é" and f.measure != "é" for f in figures), [(f.text, f.unit) for f in figures]
