"""The dead identified, told with the verb or noun of identifying before the count (compare/count_scopes.py): "the
identities of 12 victims", "a identifié 12 victimes", "la identidad de 12 víctimas" count the identified dead, a
count that lags the toll, not the toll."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("The coroner confirmed the identities of 12 victims.", "en"),
    ("La fiscalía confirmó la identidad de 12 víctimas.", "es"),
    ("La police a identifié 12 victimes.", "fr"),
    ("La procura ha identificato 12 vittime.", "it"),
])
def test_the_dead_identified_before_the_count(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "count"] == ["identified dead"]


def test_the_toll_without_identifying_stays_the_dead():
    assert [f.measure for f in read("The coroner confirmed the deaths of 12 victims.", language="en")
            if f.kind == "count"] == ["dead"]
