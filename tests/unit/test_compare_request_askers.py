"""A term a party asks a judge for is a request, never the sentence imposed: the party may be named with a few
words after it ("lawyers for the banker are asking"), and the judge or court asked may carry an article and an
adjective ("asking a federal judge"). Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize("text", [
    "Lawyers for the banker are asking the judge to sentence him to 30 months in prison.",
    "An attorney for Tom Vance is asking a federal judge to sentence him to 30 months in prison.",
    "His attorneys asked a district court to sentence him to 30 months in prison.",
])
def test_a_term_asked_of_a_judge_is_the_requested_sentence(text):
    assert [(f.text, f.measure, f.subject) for f in read(text)] == [("30 months", "requested sentence", "defence")]


def test_the_term_imposed_is_still_the_sentence():
    found = read("The judge sentenced him to 30 months in prison after lawyers asked for leniency.")
    assert [(f.text, f.measure) for f in found] == [("30 months", "prison sentence")]


def test_the_defence_request_does_not_contradict_the_sentence():
    claims = compared(
        "An attorney for Tom Vance is asking a federal judge to sentence him to 18 months in prison.",
        "Tom Vance was sentenced to 57 months in prison on Thursday.",
        "A court sentenced Tom Vance to 57 months in prison for fraud.")
    assert not [c for c in claims if c.verdict == "disagree"]


@pytest.mark.parametrize(("text", "language"), [
    # the prosecutor's title in a court of the canon-law tradition
    ("Il promotore di giustizia Marco Bellini aveva chiesto la condanna a nove anni e due mesi di reclusione.", "it"),
    ("Le promoteur de justice avait requis 9 ans de prison contre l'évêque.", "fr"),
    # Portuguese "defendia": the term the prosecution argued for
    ("O bispo foi condenado a quatro anos, sendo que a procuradoria do tribunal defendia uma pena de nove anos e dois "
     "meses de prisão.", "pt"),
])
def test_a_term_the_prosecutor_argued_for_is_the_requested_sentence(text, language):
    found = [(f.measure, f.subject) for f in read(text, language=language) if f.kind == "period" and f.low >= 9]
    assert found == [("requested sentence", "prosecution")]
