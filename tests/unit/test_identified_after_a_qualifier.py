"""The dead identified, a qualifier between the verb or noun of identifying and the count (compare/count_scopes.py
``_IDENTIFIED_QUALIFIER``): "the identities of at least 12 victims", "of all 40 victims", "identifizierte mindestens
12 Opfer" count the identified dead, a count that lags the toll, as "the identities of 12 victims" does; without it
the identified count took the toll's measure and was weighed against the toll (or split it)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("The coroner confirmed the identities of at least 12 victims.", "en"),
    ("Officials have now confirmed the identities of all 40 victims.", "en"),
    ("La fiscalía confirmó la identidad de al menos 12 víctimas.", "es"),
    ("La police a identifié au moins 12 victimes.", "fr"),
    ("La procura ha identificato almeno 12 vittime.", "it"),
    ("Die Polizei identifizierte mindestens 12 Opfer.", "de"),
    ("A polícia identificou pelo menos 12 vítimas.", "pt"),
])
def test_the_dead_identified_after_a_qualifier(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == ["identified dead"]


@pytest.mark.parametrize(("text", "language"), [
    ("The coroner confirmed the deaths of at least 12 victims.", "en"),
    ("La fiscalía confirmó la muerte de al menos 12 víctimas.", "es"),
])
def test_a_qualified_toll_without_identifying_stays_the_dead(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == ["dead"]
