"""Issue 11: whom a prison term is of. Found on a real verdict reported in six languages: "condamné jeudi par un
tribunal de Barcelone à quatre ans" was Barcelona's term, and "Former Brazil and Barcelona footballer X has been
sentenced" too, so one sentence made two claims (invented sentences; fails on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _term_subject(text: str) -> str | None:
    return next(f.subject for f in read(text) if f.measure == "prison sentence")


@pytest.mark.parametrize("text", [
    "Le footballeur Tomás Ferrer a été condamné jeudi par un tribunal de Séville à six ans de prison.",
    "Former Chile and Sevilla midfielder Tomás Ferrer has been sentenced to six years in prison.",
    "Tomás Ferrer, former star of Sevilla and Porto, was sentenced to six years in prison.",
    "El futbolista Tomás Ferrer fue condenado el jueves por la Audiencia de Sevilla a seis años de prisión.",
])
def test_the_one_sentenced_is_the_verbs_subject_not_the_court_or_an_apposition(text):
    assert _term_subject(text) == "Tomás Ferrer"


def test_the_object_of_an_active_verb_stays_the_one_sentenced():
    assert _term_subject("A court in Madrid sentenced former minister Carlos Ruiz to six years in prison.") == "Carlos Ruiz"
    assert _term_subject("On Monday, Sam Ortiz was sentenced to 12 years in prison.") == "Sam Ortiz"
