"""A prison term bounded by "up to" is the most a charge carries, in every language ("a prison sentence of up to 30
years", "una pena de prisión de hasta 30 años", "bis zu 30 Jahre Haft", "até 30 anos de prisão"); a term after a verb
of sentencing or asked for by a party is read as before. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize(("text", "language"), [
    ("The fraud charge alone could have carried a prison sentence of up to 20 years.", None),
    ("El cargo de fraude podría haber resultado en una pena de prisión de hasta 20 años.", "es"),
    ("Dem Bankier drohen bis zu 20 Jahre Haft.", "de"),
    ("O banqueiro pode pegar até 20 anos de prisão.", "pt"),
])
def test_an_up_to_prison_term_is_the_maximum(text, language):
    assert [f.measure for f in read(text, language=language) if f.kind == "period"] == ["maximum sentence"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors asked for up to 10 years in prison.", "requested sentence"),
    ("The storm lasted up to 3 days.", None),
])
def test_requests_and_other_periods_stay_as_they_were(text, expected):
    assert [f.measure for f in read(text) if f.kind == "period"] == [expected]


def test_the_maximum_does_not_contradict_the_sentence():
    claims = compared("Dem Bankier drohen bis zu 20 Jahre Haft.",
                      "The banker was sentenced to five years in prison on Friday.")
    assert not [c for c in claims if c.verdict == "disagree"]
