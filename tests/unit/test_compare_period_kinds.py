"""Periods that know what they measure (issue 11): the length of a prison term, of a ban (a restraining order apart
from a ban from office), of house arrest, of a detention; the suspended part of a term; a request listed after a
requested term; number words read only before a unit of time. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding, read


def periods(text: str, language: str | None = None) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.low, 4), f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # number words no general reading takes, read before a unit of time of their language
    ("Le maire a été condamné à sept ans de prison.", "fr", [("sept ans", 7, "prison sentence")]),
    ("Il sindaco è stato condannato a due anni.", "it", [("due anni", 2, "prison sentence")]),
    ("Il sindaco è stato condannato a sei anni di reclusione.", "it", [("sei anni", 6, "prison sentence")]),
    ("El alcalde fue condenado a dos años de prisión.", "es", [("dos años", 2, "prison sentence")]),
    ("O prefeito foi condenado a um ano de prisão.", "pt", [("um ano", 1, "prison sentence")]),
    # a verb of sentencing or receiving with the sentence's noun between it and the term
    ("Le maire a été condamné à une peine de quatre ans de prison.", "fr", [("quatre ans", 4, "prison sentence")]),
    ("Le maire a écopé de quatre ans de prison.", "fr", [("quatre ans", 4, "prison sentence")]),
    ("The mayor received a sentence of four years in prison.", None, [("four years", 4, "prison sentence")]),
    ("The mayor was jailed for four years.", None, [("for four years", 4, "prison sentence")]),
    ("Le impusieron al alcalde cuatro años de prisión.", "es", [("cuatro años", 4, "prison sentence")]),
    # a restraining order is a ban of its own kind
    ("El juez impuso al vecino una orden de alejamiento de un año.", "es", [("un año", 1, "contact-ban sentence")]),
    ("Das Gericht verhängte gegen den Nachbarn ein Kontaktverbot für ein Jahr.", "de",
     [("ein Jahr", 1, "contact-ban sentence")]),
    ("The neighbour was banned from contacting the family for two years.", None,
     [("for two years", 2, "contact-ban sentence")]),
    ("The neighbour got a two-year restraining order and a five-year ban from driving.", None,
     [("two-year", 2, "contact-ban sentence"), ("five-year", 5, "ban sentence")]),
    # other bans by their noun or verb
    ("Le maire est condamné à cinq ans d'interdiction de toute fonction publique.", "fr", [("cinq ans", 5, "ban sentence")]),
    ("Il sindaco è condannato all'interdizione dai pubblici uffici per tre anni.", "it", [("tre anni", 3, "ban sentence")]),
    ("The sprinter was suspended for two years.", None, [("for two years", 2, "ban sentence")]),
    # house arrest, detention, probation
    ("The mayor was sentenced to two years under house arrest.", None, [("two years", 2, "house-arrest sentence")]),
    ("Le maire a été condamné à deux ans sous bracelet électronique.", "fr", [("deux ans", 2, "house-arrest sentence")]),
    ("The mayor spent 18 months in pre-trial detention.", None, [("18 months", 1.5, "detention period")]),
    ("Le maire a été placé en détention provisoire pendant deux ans.", "fr", [("deux ans", 2, "detention period")]),
    ("The mayor was given a suspended sentence of six months.", None, [("six months", 0.5, "suspended sentence")]),
    ("The mayor was placed on probation for three years.", None, [("for three years", 3, "suspended sentence")]),
])
def test_a_period_measures_what_its_noun_or_verb_names(text, language, expected):
    assert periods(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Le maire a été condamné à cinq ans de prison dont deux avec sursis.", "fr"),
    ("Der Bürgermeister wurde zu fünf Jahren Haft verurteilt, davon zwei auf Bewährung.", "de"),
    ("Il sindaco è stato condannato a cinque anni, di cui due sospesi.", "it"),
])
def test_a_suspended_part_in_words_is_two_years_of_the_term(text, language):
    assert [(v, m) for _, v, m in periods(text, language)] == [(5, "prison sentence"), (2, "suspended sentence")]


def test_a_ban_whose_unit_is_left_out_is_counted_in_the_term_before():
    found = periods("El alcalde fue condenado a 4 años de cárcel y otros 6 de inhabilitación.", "es")
    assert [(v, m) for _, v, m in found] == [(4, "prison sentence"), (6, "ban sentence")]
    # (an article before a ban's noun is no number of it)
    assert periods("Le maire a été condamné à deux ans de prison et à une interdiction d'exercer.", "fr") == [
        ("deux ans", 2, "prison sentence")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le parquet avait requis une peine de sept ans de prison, 300.000 euros d'amende et cinq ans d'inéligibilité.", "fr",
     [("period", "requested sentence", "prosecution"), ("money", "requested fine", None),
      ("period", "requested ban sentence", "prosecution")]),
    ("Prosecutors sought four years in prison, a €200,000 fine and a three-year ban.", None,
     [("period", "requested sentence", "prosecution"), ("money", "requested fine", None),
      ("period", "requested ban sentence", "prosecution")]),
])
def test_penalties_listed_after_a_request_are_requested(text, language, expected):
    assert [(f.kind, f.measure, f.subject) for f in read(text, language=language)] == expected
    # (a penalty after "but" is the one imposed)
    found = read("Prosecutors sought four years in prison, but the judge imposed a €200,000 fine.")
    assert [f.measure for f in found] == ["requested sentence", "fine"]


def test_a_restraining_order_and_a_ban_from_office_stay_apart():
    claims = compared("The court banned the mayor from public office for five years.",
                      "The judge also gave the mayor a one-year restraining order.",
                      "The mayor was barred from office for five years and must keep away from the family for a year.")
    order = one_holding(claims, "a one-year restraining order", "keep away from the family for a year")
    assert order.verdict == "agree" and order.measure == "contact-ban sentence"
    assert not any("public office" in s.text for s in order.statements)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le maire a été condamné à dix-huit mois de prison.", "fr", [("dix-huit mois", 1.5, "prison sentence")]),
    ("Le maire a été condamné à dix-sept ans de réclusion.", "fr", [("dix-sept ans", 17, "prison sentence")]),
    ("Il sindaco è stato condannato a quindici anni.", "it", [("quindici anni", 15, "prison sentence")]),
])
def test_teens_in_words_are_one_number(text, language, expected):
    assert periods(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The new aid programme runs over five years.", None, [("over five years", 5, "duration")]),
    ("The ceasefire in the north will last 60 days.", None, [("last 60 days", round(60 / 365, 4), "truce period")]),
    ("Le nouveau plan s'étale sur cinq ans.", "fr", [("cinq ans", 5, "duration")]),
    ("El nuevo programa se extenderá durante cuatro años.", "es", [("cuatro años", 4, "duration")]),
])
def test_a_verb_of_running_gives_the_programme_its_length(text, language, expected):
    assert periods(text, language) == expected


def test_a_request_list_runs_on_past_a_suspended_part_and_a_conversion():
    found = read("The prosecutor had sought six years, including three suspended; a €200,000 ($216,000) fine and "
                 "ineligibility to run for office for four years.")
    assert [(f.text, f.measure) for f in found if f.kind != "count"] == [
        ("six years", "requested sentence"), ("€200,000", "requested fine"), ("$216,000", "requested fine"),
        ("for four years", "requested ban sentence")]
    assert read("Prosecutors sought four years, and the court fined him €200,000.")[1].measure == "fine"


def test_a_french_qualifier_elided_before_the_article_bounds_the_period():
    found = [(f.text, f.low, f.measure, f.qualifier) for f in read("Le maire a été condamné à plus d'un an de prison.",
                                                                   language="fr") if f.kind == "period"]
    assert found == [("plus d'un an", 1.0, "prison sentence", "more_than")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La procura aveva chiesto due anni con un periodo di 4 anni di libertà vigilata.", "it",
     [("due anni", 2, "requested sentence"), ("4 anni", 4, "probation period")]),
    ("Die Staatsanwaltschaft forderte zwei Jahre auf Bewährung und eine Bewährungszeit von vier Jahren.", "de",
     [("zwei Jahre", 2, "suspended sentence"), ("vier Jahren", 4, "probation period")]),
    ("The mayor got two years suspended, with a probation period of four years.", None,
     [("two years", 2, "suspended sentence"), ("four years", 4, "probation period")]),
])
def test_a_probation_period_is_no_term(text, language, expected):
    assert periods(text, language) == expected


def test_a_requested_probation_period_does_not_contradict_the_requested_term():
    claims = compared("Le parquet avait requis deux ans de prison avec sursis contre le maire.",
                      "La procura aveva chiesto per il sindaco un periodo di 4 anni di libertà vigilata.")
    assert not [c for c in claims if c.verdict == "disagree"]


def test_a_sentence_in_whole_years_is_titled_with_its_unit():
    claims = compared("The court banned the mayor from public office for five years.",
                      "Le maire a été condamné à cinq ans d'inéligibilité.")
    ban = one_holding(claims, "for five years", "cinq ans")
    assert ban.topic.endswith(": 5 years")


def test_a_term_a_party_says_someone_should_get_is_a_request():
    # invented: the prosecutor's "should get" is what she asked for, not the sentence the court gave (the same value)
    from briefing_tui.compare.court_measures import requested_term

    assert requested_term("The prosecutor said that Varga should get ", "12 years in prison.") == \
        ("requested sentence", "prosecution")
    assert requested_term("Prosecutors argued that he deserves a life sentence – ", "25 years in Norway.") == \
        ("requested sentence", "prosecution")
    assert requested_term("The court sentenced Varga to ", "12 years in prison.", imposed=True) is None


def test_a_fine_listed_with_a_prison_term_is_the_sentenced_persons():
    # invented verdict: each defendant's term and fine in one clause; the fine names no one but is the term's
    from dataclasses import replace

    from briefing_tui.compare.sentence_partners import fines_of_sentenced
    from briefing_tui.model import Figure

    class _Unit:  # (a sentence with its figures: the only fields the rule reads)
        start = 0

    def read(text: str) -> _Unit:
        unit, t, f = _Unit(), text.index("trois ans"), text.index("80 000 euros")
        unit.text = text
        unit.figures = [Figure("period", "trois ans", "o1", t, t + 9, 3.0, measure="prison sentence",
                               subject="Oskar Lindqvist"),
                        Figure("money", "80 000 euros", "o1", f, f + 12, 80000.0, unit="EUR", measure="fine")]
        return unit

    unit = read("Enfin, le banquier Oskar Lindqvist a été condamné à trois ans de prison et 80 000 euros d'amende.")
    fine = unit.figures[1]
    fines_of_sentenced([unit])
    assert unit.figures[1] == replace(fine, subject="Oskar Lindqvist")
    unit = read("Oskar Lindqvist a été condamné à trois ans de prison. Son associé paiera 80 000 euros d'amende.")
    fines_of_sentenced([unit])
    assert unit.figures[1].subject is None  # (another sentence's fine, another person's)
