"""Lengths of time measured by the thing they belong to (compare/span_measures.py): a programme's duration, a grace
period, a repayment period, a mourning, a truce, a deadline; one claim across sources and languages with the right
verdict, and two things' lengths never one claim. Every sentence is made up for the test; each test fails on main
66a9cd9."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import filled_articles, holding, read


def periods(text: str, language: str | None = None) -> list[tuple[str, float, str | None]]:
    return [(f.text, round(f.low, 4), f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "measure"), [
    ("The lender agreed a $7 billion four-year loan arrangement with the country.", None, "duration"),
    ("The programme will have a duration of three years, the minister said.", None, "duration"),
    ("El programa tendrá una duración de tres años, según el banco central.", "es", "duration"),
    ("Le programme aura une durée de trois ans, selon la banque centrale.", "fr", "duration"),
    ("The fund granted the country a grace period of three years on the principal.", None, "grace period"),
    ("El préstamo prevé un plazo de diez años para la devolución del capital.", "es", "repayment period"),
    ("Le roi a décrété un deuil national de trois jours dans tout le pays.", "fr", "mourning period"),
    ("The president declared a three-day state of mourning across the country.", None, "mourning period"),
    ("Las partes acordaron una tregua de tres días en la región.", "es", "truce period"),
    ("The regulator gave the company a five-month deadline to comply.", None, "deadline"),
    ("El regulador otorgó a la empresa un plazo de cinco meses para cumplir.", "es", "deadline"),
    ("The company was ordered to suspend the transfers within five months.", None, "deadline"),
])
def test_a_period_measures_the_thing_its_noun_names(text, language, measure):
    assert [m for _, _, m in periods(text, language)] == [measure]


@pytest.mark.parametrize("text", [
    "The 10-year bond yield rose to a record on Monday.",  # a bond's name, not a length of the event's thing
    "The company grew quickly within five months of its launch.",  # no order: no deadline
    "The mayor was given a four-year term to repay the loan.",  # a term, not the loan's length
])
def test_a_period_of_another_noun_measures_nothing_of_these(text):
    assert all(m not in {"duration", "deadline", "repayment period"} for _, _, m in periods(text))


def test_a_programme_length_is_one_claim_in_months_and_years_across_languages():
    claims = compare(filled_articles(
        "2025-04-09",
        "The lender approved a $7 billion four-year loan arrangement for the country.",
        "Este entendimiento tiene una duración de 48 meses, informó el banco central.",
        "El programa tendrá una duración de cuatro años, según el ministro."))
    found = holding(claims, "four-year")
    claim = next(c for c in found if c.measure == "duration")
    assert claim.verdict == "agree" and len({s.source for s in claim.statements}) == 3
    assert claim.topic == "Duration: 4 years"


def test_one_deadline_each_joins_only_where_it_agrees():
    # an article giving one deadline may give either of two acts' deadlines: it never makes a disagreement
    claims = compare(filled_articles(
        "2023-05-22",
        "The regulator gave the company a five-month deadline to comply with the order.",
        "El regulador otorgó a la empresa un plazo de cinco meses para cumplir con la orden.",
        "The company was ordered to stop the transfers within three months, the regulator said."))
    found = [c for c in claims if c.measure == "deadline"]
    assert [(c.verdict, c.topic, len(c.statements)) for c in found] == [("agree", "Deadline: 5 months", 2)]


DEADLINES_OF_TWO_ACTS = (
    ("2023-05-22", "The company was directed to suspend the transfers within five months and told to delete the data "
                   "within six months."),
    (None, "L'entreprise doit suspendre les transferts d'ici le 12 octobre et supprimer les données avant le 12 novembre."),
    (None, "The regulator has given the company a deadline, until 22 October, to suspend the transfers."),
)


def test_deadlines_as_lengths_and_dates_are_weighed_through_the_article_date():
    from tests.compare_helpers import article

    claims = compare([article(f"o{k}", published, body) for k, (published, body) in enumerate(DEADLINES_OF_TWO_ACTS, 1)])
    found = sorted((c for c in claims if c.measure == "deadline"), key=lambda c: c.topic)
    assert [(c.topic, c.verdict, sorted(s.text for s in c.statements)) for c in found] == [
        ("Deadline: 5 months · 12 Oct · 22 Oct", "disagree", ["12 octobre", "22 October", "within five months"]),
        ("Deadline: 6 months · 12 Nov", "disagree", ["12 novembre", "within six months"])]
    assert "'within five months' from its article's date 2023-05-22 ends on 22 Oct 2023, '12 octobre' is 10 days " \
           "before it (±3 days): different" in found[0].evidence


def test_a_length_of_an_undated_article_is_not_weighed_against_a_date():
    from tests.compare_helpers import article

    claims = compare([article("o1", None, "The company was ordered to suspend the transfers within five months."),
                      article("o2", None, "The company has a deadline, until 12 October, to suspend the transfers.")])
    found = [c for c in claims if c.measure == "deadline"]
    assert [c.verdict for c in found] == ["agree"]


def test_a_grace_period_is_not_the_programme_length():
    claims = compare(filled_articles(
        "2025-04-09",
        "The programme will have a duration of four years and a grace period of four and a half years.",
        "El programa tendrá una duración de cuatro años, con un período de gracia de cuatro años y medio."))
    durations = [c for c in claims if c.measure == "duration"]
    graces = [c for c in claims if c.measure == "grace period"]
    assert [c.verdict for c in durations] == ["agree"] and [c.verdict for c in graces] == ["agree"]


@pytest.mark.parametrize(("text", "language", "written", "value"), [
    ("El fondo concedió un período de gracia de cuatro años y medio.", "es", "cuatro años y medio", 4.5),
    ("Le fonds accorde un délai de grâce de trois ans et demi.", "fr", "trois ans et demi", 3.5),
    ("O fundo concedeu uma carência de dois anos e meio.", "pt", "dois anos e meio", 2.5),
])
def test_a_half_after_the_unit_is_part_of_the_period(text, language, written, value):
    assert [(w, v) for w, v, _ in periods(text, language)] == [(written, value)]


@pytest.mark.parametrize(("text", "written", "value", "measure"), [
    ("Die Regierung ordnete eine dreitägige Staatstrauer an.", "dreitägige", 0.0082, "mourning period"),
    ("Der Konzern erhielt eine fünfmonatige Frist.", "fünfmonatige", 0.4167, "deadline"),
    ("Der Fonds billigte ein vierjähriges Kreditprogramm.", "vierjähriges", 4.0, "duration"),
])
def test_a_german_adjective_of_time_before_its_noun_is_a_period(text, written, value, measure):
    assert periods(text, "de") == [(written, value, measure)]


def test_a_german_adjective_of_years_before_a_person_stays_an_age():
    assert [m for _, _, m in periods("Der 61-jährige Präsident sprach.", "de")] in ([], ["age"])
    assert periods("Ein fünfjähriger Junge starb.", "de") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Il governo ha proclamato il lutto nazionale di tre giorni.", "it"),
    ("Meta doit suspendre les transferts sous trois mois.", "fr"),
])
def test_italian_three_and_french_within(text, language):
    assert [(round(v * 365) if v < 0.1 else round(v * 12), m) for _, v, m in periods(text, language)] in (
        [(3, "mourning period")], [(3, "deadline")])


def test_a_number_and_a_half_before_a_lengths_noun_takes_the_unit_written_before():
    text = "El préstamo prevé un plazo de diez años para la devolución, con cuatro y medio de gracia sobre el capital."
    assert periods(text, "es") == [("diez años", 10.0, "repayment period"), ("cuatro y medio", 4.5, "grace period")]


def test_deadlines_in_hours_are_one_claim():
    claims = compare(filled_articles(
        "2024-03-02",
        "The army gave the residents a 48-hour deadline to leave the city.",
        "L'armée a donné aux habitants un délai de 48 heures pour quitter la ville."))
    found = [c for c in claims if c.measure == "deadline"]
    assert [(c.verdict, c.topic) for c in found] == [("agree", "Deadline: 48 hours")]


def test_the_first_days_of_a_truce_are_not_its_length():
    assert [m for _, _, m in periods("During the first three days of the truce, 50 trucks entered.")] == [None]


def test_an_article_listing_two_deadlines_in_another_order_is_no_disagreement():
    from tests.compare_helpers import article

    claims = compare([
        article("o1", "2023-05-22", "The company was ordered to suspend the transfers within five months and to delete "
                                    "the data within six months."),
        article("o2", "2023-05-22", "The company must delete the data within six months and suspend the transfers "
                                    "within five months."),
        article("o3", None, "The company has until 22 October to suspend the transfers.")])
    found = sorted((c for c in claims if c.measure == "deadline"), key=lambda c: c.topic)
    assert [(c.topic, c.verdict, len(c.statements)) for c in found] == [
        ("Deadline: 5 months · 22 Oct", "agree", 3), ("Deadline: 6 months", "agree", 2)]


@pytest.mark.parametrize(("text", "language", "written"), [
    ("Meta has six months to suspend the transfers.", None, "six months"),
    ("The company was given five months to comply.", None, "five months"),
    ("The company had 12 months in which to respond.", None, "12 months"),
    ("Meta dispose de six mois pour se conformer.", "fr", "six mois"),
    ("Meta a six mois pour suspendre les transferts.", "fr", "six mois"),
    ("Meta tiene seis meses para cumplir.", "es", "seis meses"),
    ("Meta hat sechs Monate Zeit, um die Übertragungen auszusetzen.", "de", "sechs Monate"),
    ("A Meta tem seis meses para cumprir a decisão.", "pt", "seis meses"),
])
def test_a_time_had_or_given_to_act_is_a_deadline(text, language, written):
    # "has six months to suspend" named no deadline: only "within", "deadline" and "plazo" did, so a deadline given as
    # a party's time to act stood apart from the same deadline written "a five-month deadline"
    assert [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"] == [(written, "deadline")]


@pytest.mark.parametrize(("text", "language"), [
    ("He has 20 years of experience.", None),
    ("Il a 45 ans pour la première fois.", "fr"),
    ("Tiene 45 años para su edad.", "es"),
    ("Ele tem 45 anos.", "pt"),
    ("Er hat 20 Jahre lang gearbeitet.", "de"),
])
def test_a_time_had_for_no_act_is_no_deadline(text, language):
    # an age or an experience: no infinitive of an act after the period
    assert all(f.measure != "deadline" for f in read(text, language=language))
