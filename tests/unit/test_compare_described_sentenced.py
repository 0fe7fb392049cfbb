"""Issue 11: a person sentenced who is described by a name and a role word ("the ABC founder was sentenced", "with
the ABC founder being sentenced") is nobody's by name: never the party or firm named (ABC), nor another name of the
sentence taken as a guess; a role word before the person's own name ("Acme founder Tom Reed") keeps the person.
Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "subject"), [
    ("The ABC founder was sentenced to 9 years in prison.", None),
    ("Former mayor Tom Reed and his partner Ada Cole were convicted on Friday in the fraud case with the ABC founder "
     "being sentenced to 9 years in prison.", None),
    ("Acme founder Tom Reed has been sentenced to nine years in prison.", "Tom Reed"),
    ("Tom Reed, the ABC founder, was sentenced to 9 years in prison.", "Tom Reed"),
    # (a possessive before a kin is no name described: hers is the person set beside it)
    ("Her husband, Erik Lund, received a 9-year prison term.", "Erik Lund"),
])
def test_a_described_person_is_not_the_party_named(text, subject):
    found = [(f.low, f.measure, f.subject) for f in read(text) if f.kind == "period"]
    assert found == [(9.0, "prison sentence", subject)], found
