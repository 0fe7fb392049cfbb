"""A term asked for whose party follows its verb, or is a pronoun for a party named earlier, or comes before a
relative clause, is the party's request, never the term imposed (issue 11: on tests/gold_new59, a study set, the
prosecution's eight years and two months, asked for in four such ways, were joined with the three years imposed, and
the fine asked for with the fine imposed). Invented sentences; each test fails on the code before these rules."""

from __future__ import annotations

import pytest

from briefing_tui.compare.court_measures import REQUESTED_TERM
from briefing_tui.compare.fines import REQUESTED_FINE
from tests.compare_helpers import compared, read


def measured(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text, language=language) if f.kind in ("period", "money")]


@pytest.mark.parametrize(("text", "language", "term"), [
    # the verb first, the party after it (German word order after an adverb; Spanish inversion)
    ("Immerhin forderte die Staatsanwaltschaft sechs Jahre Haft für den Manager.", "de", "sechs Jahre"),
    ("Durante meses reclamaba la Fiscalía cinco años de cárcel para el empresario.", "es", "cinco años"),
    # the party, a comma and a relative clause whose verb asks ("la Fiscalía, que inicialmente solicitaba")
    ("El acuerdo llega tras semanas de negociación con la Fiscalía, que inicialmente solicitaba cinco años de cárcel.",
     "es", "cinco años"),
    # the imperfect of asking ("reclamaba", "réclamait")
    ("Antes del pacto, la Fiscalía reclamaba para el empresario una condena a seis años de prisión.", "es", "seis años"),
    ("Le parquet réclamait une peine de six ans de prison contre le banquier.", "fr", "six ans"),
    # a pronoun for the party named in an earlier sentence
    ("Le parquet accusait le banquier de fraude. Il avait requis une peine de six ans de prison.", "fr", "six ans"),
    # a verb-last request listing several penalties before its participle
    ("Die Anklage hatte für den Manager sechs Jahre Haft und eine hohe Geldstrafe gefordert.", "de", "sechs Jahre"),
])
def test_a_term_asked_for_with_the_party_after_its_verb_or_as_a_pronoun_is_the_prosecutions(text, language, term):
    assert (term, REQUESTED_TERM, "prosecution") in measured(text, language)


def test_a_fine_listed_after_such_a_request_is_asked_for_too():
    assert ("9,4 millones de euros", REQUESTED_FINE, None) in measured(
        "Antes del pacto, la Fiscalía reclamaba una condena a seis años de prisión y una multa de 9,4 millones de euros.",
        "es")
    assert ("9,4 millions d'euros", REQUESTED_FINE, None) in measured(
        "Le parquet accusait le banquier de fraude. Il avait requis six ans de prison et une amende de 9,4 millions "
        "d'euros.", "fr")


def test_a_pronoun_asking_for_no_penalty_and_a_term_imposed_stay_as_they_were():
    # no penalty's noun after the pronoun's verb: not a request
    assert measured("Le parquet a fait appel. Ils voulaient rester deux ans à Paris.", "fr")[0][1] != REQUESTED_TERM
    # the term imposed is the sentence
    assert measured("Der Richter verurteilte den Manager zu drei Jahren Haft.", "de")[0][1] == "prison sentence"


def test_the_request_and_the_sentence_are_two_claims_without_disagreement():
    claims = compared(
        "The banker was sentenced to three years in prison on Monday. Prosecutors had sought six years.",
        "Der Bankier wurde am Montag zu drei Jahren Haft verurteilt. Immerhin forderte die Staatsanwaltschaft sechs "
        "Jahre Haft.")
    terms = [c for c in claims if c.measure in ("prison sentence", REQUESTED_TERM)]
    assert sorted((c.measure, c.verdict) for c in terms) == [("prison sentence", "agree"), (REQUESTED_TERM, "agree")]


def test_a_french_pronoun_that_requis_a_term_is_the_prosecution_even_with_no_party_in_reach():
    assert measured("Il avait requis une peine de six ans de prison.", "fr")[0] == ("six ans", REQUESTED_TERM,
                                                                                    "prosecution")


def test_a_verb_last_request_listing_a_decimal_sum_is_the_partys_and_so_is_the_fine_listed():
    # a decimal number among the words before the participle ("9,6 Millionen Euro gefordert")
    assert [m[:2] for m in measured("Die Staatsanwaltschaft hatte sechs Jahre Haft und eine Geldstrafe von 9,6 "
                                    "Millionen Euro gefordert.", "de")] == [("sechs Jahre", REQUESTED_TERM),
                                                                            ("9,6 Millionen Euro", REQUESTED_FINE)]

