"""A conjunction right after a bare count opens the next clause and never names what the figure counts (issue 11):
"the protesters numbered 107,000 whereas students put the turnout at 800,000" counts no "whereas" (tests/gold_new68,
the Belgrade rally of March 2025, read "107,000 whereas" as a count of "wherea"s, a claim of its own). The sentences
are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


@pytest.mark.parametrize("text", [
    "The police said the marchers numbered 42,000 whereas the organisers spoke of twice as many.",
    "The police said the marchers numbered 42,000 although the rain kept many at home.",
    "The police said the marchers numbered 42,000 though many left early.",
    "The police said the marchers numbered 42,000 because the rain kept many at home.",
    "The police said the marchers numbered 42,000 whilst the unions gave no figure.",
])
def test_the_conjunction_is_no_counted_noun(text):
    assert [(f.text, f.unit) for f in read(text, language="en") if f.kind == "count"] == [("42,000", None)]


def test_the_count_before_a_conjunction_meets_the_same_count_of_another_outlet():
    claims = compared("Thousands marched in Lyon on Saturday against the water tariffs. The police said the marchers "
                      "numbered 42,000 whereas the organisers spoke of twice as many.",
                      "Thousands marched in Lyon on Saturday against the water tariffs. The police said the marchers "
                      "numbered 42,000.")
    assert [c.verdict for c in holding(claims, "numbered 42,000 whereas", "numbered 42,000.")] == ["agree"]
