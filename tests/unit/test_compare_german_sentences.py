"""German and Dutch prison terms in verb-last clauses ("Sarkozy wurde zu fünf Jahren Haft verurteilt", "zu einer
fünfjährigen Haftstrafe verurteilt", "tot vijf jaar cel veroordeeld") are prison sentences (the Sarkozy verdict,
tests/gold_new26, where the German article's term was no figure at all)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


@pytest.mark.parametrize(("text", "language", "written", "who"), [
    ("Sarkozy wurde am Donnerstag in Paris zu fünf Jahren Haft verurteilt.", "de", "fünf Jahren", "Sarkozy"),
    ("Sarkozy wurde zu einer Haftstrafe von fünf Jahren verurteilt.", "de", "fünf Jahren", "Sarkozy"),
    ("Frankreichs früherer Präsident Nicolas Sarkozy ist zu einer fünfjährigen Haftstrafe verurteilt worden.", "de",
     "fünfjährigen", None),
    ("Der Ex-Präsident wurde am Donnerstag zu fünf Jahren Haft verurteilt.", "de", "fünf Jahren", None),
    ("Hij werd tot vijf jaar cel veroordeeld.", "nl", "vijf jaar", None),
])
def test_a_term_before_the_participle_of_sentencing_is_a_prison_sentence(text, language, written, who):
    terms = [f for f in read(text, language=language) if f.kind == "period"]
    assert [(f.text, f.low, f.measure) for f in terms] == [(written, 5.0, "prison sentence")]
    if who is not None:
        assert terms[0].subject == who


def test_a_sentence_adjective_before_a_request_is_the_requested_term():
    terms = read("Die Staatsanwaltschaft hatte eine siebenjährige Haftstrafe gefordert.", language="de")
    assert [(f.text, f.low, f.measure, f.subject) for f in terms] == [
        ("siebenjährige", 7.0, "requested sentence", "prosecution")]


def test_an_adjective_between_still_names_the_noun():
    assert [f.measure for f in read("Eine dreitägige nationale Trauer wurde ausgerufen.", language="de")] == [
        "mourning period"]


def test_the_german_term_agrees_with_the_french_one():
    claims = compared("Nicolas Sarkozy a été condamné à cinq ans de prison par le tribunal de Paris.",
                      "Nicolas Sarkozy ist vom Pariser Gericht zu einer fünfjährigen Haftstrafe verurteilt worden.")
    assert one_holding(claims, "cinq ans", "fünfjährigen").verdict == "agree"
