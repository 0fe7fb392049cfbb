"""A mourning period with an adjective between "of" and the noun (compare/span_measures.py): "three days of public
mourning", "three days of official mourning" are the mourning period "tres días de luto oficial" gives."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize("text", [
    "The governor declared three days of public mourning.",
    "The president ordered three days of official mourning across the province.",
    "The city observed three days of state mourning.",
])
def test_days_of_mourning_with_an_adjective(text):
    assert [f.measure for f in read(text, language="en") if f.kind == "period"] == ["mourning period"]
