"""A German age written as an adjective before its noun ("des 68-jährigen Schauspielers Karl Brenner") is the
person's age, as "der 68-Jährige" is (issue 11: two pages giving one person's age). Sentences are made up."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "value", "person"), [
    ("Das Haus des bekannten 68-jährigen Schauspielers Karl Brenner brannte ab.", 68, "Karl Brenner"),
    ("Die Rede des 52-jährigen deutschen Trainers Hans Vogel war kurz.", 52, "Hans Vogel"),
])
def test_an_age_adjective_before_a_noun_is_the_named_persons_age(text, value, person):
    ages = [(f.low, f.subject) for f in read(text) if f.measure == "age"]
    assert ages == [(value, person)]


def test_the_age_after_its_noun_is_read_as_before():
    assert [(f.low, f.measure) for f in read("Der 61-jährige Kandidat gewann die Wahl.")] == [(61, "age")]
