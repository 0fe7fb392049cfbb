"""Issue 11 (measure25, b1: a figure with no measure on one side): a term named by going or being sent into prison
for it ("was sent to prison for 12 years", "muss für 12 Jahre ins Gefängnis", "irá a prisión durante 12 años", "ira en
prison pour 12 ans", "andrà in carcere per 12 anni", "vai para a prisão por 12 anos", "moet 12 jaar de cel in") is a
prison sentence, as "sentenced to 12 years" is; time spent in prison ("spent 12 years in prison", "saß 12 Jahre hinter
Gittern", "pasó 12 años en la cárcel") and a remand stay unnamed. Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read

PRISON = "prison sentence"


def periods(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "written"), [
    ("Mark Olden was sent to prison for 12 years.", "en", "for 12 years"),
    ("Mark Olden will go to jail for 12 years.", "en", "for 12 years"),
    ("Wegen Betrugs muss Olden für 12 Jahre ins Gefängnis.", "de", "12 Jahre"),
    ("Wegen Betrugs muss er 12 Jahre hinter Gitter.", "de", "12 Jahre"),
    ("Wegen Betrugs muss er für 12 Jahre in den Knast.", "de", "12 Jahre"),
    ("Mark Olden irá a prisión durante 12 años.", "es", "12 años"),
    ("Mark Olden irá a la cárcel por 12 años.", "es", "12 años"),
    ("Mark Olden ira en prison pour 12 ans.", "fr", "12 ans"),
    ("Mark Olden andrà in carcere per 12 anni.", "it", "12 anni"),
    ("Mark Olden vai para a prisão por 12 anos.", "pt", "12 anos"),
    ("Mark Olden moet 12 jaar de cel in.", "nl", "12 jaar"),
])
def test_a_stay_someone_goes_to_prison_for_is_a_prison_sentence(text, language, written):
    assert periods(text, language) == [(written, PRISON)]


@pytest.mark.parametrize(("text", "language"), [
    ("Mark Olden spent 12 years in prison.", "en"),
    ("Mark Olden was sent to prison 12 years ago.", "en"),
    ("The judge remanded Mark Olden to jail for 14 days.", "en"),
    ("Mark Olden saß 12 Jahre hinter Gittern.", "de"),
    ("Mark Olden saß 12 Jahre im Gefängnis.", "de"),
    ("Mark Olden pasó 12 años en la cárcel.", "es"),
    ("Mark Olden a passé 12 ans en prison.", "fr"),
])
def test_time_spent_in_prison_is_no_sentence(text, language):
    assert [m for _, m in periods(text, language)] == [None]


def test_the_subject_of_a_verb_of_going_is_who_is_sentenced():
    assert [(f.measure, f.subject) for f in read("Mark Olden was sent to prison for 12 years.", language="en")
            if f.kind == "period"] == [(PRISON, "Mark Olden")]


def test_two_outlets_terms_make_one_claim():
    claims = compared("A court in Leeds sentenced Mark Olden to 12 years in prison for the fraud.",
                      "Wegen des Betrugs muss Mark Olden für 12 Jahre ins Gefängnis, entschied ein Gericht in Leeds.")
    assert len(holding(claims, "sentenced Mark Olden to 12 years", "für 12 Jahre ins Gefängnis")) == 1
