"""A count of staff a firm lays off is the jobs it cuts, whatever noun counts them ("lay off 4,200 employees",
"despedirá a 4.200 trabajadores", "entlässt 4.200 Mitarbeiter"): one layoff, one claim, never weighed against the
firm's whole staff ("Acme has 61,000 employees")."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


@pytest.mark.parametrize("text", [
    "Acme will lay off 4,200 employees next year.",
    "Acme laid off about 4,200 workers in March.",
    "Acme is shedding 4,200 staff across Europe.",
    "Acme despedirá a 4.200 trabajadores este año.",
    "Acme entlässt rund 4.200 Mitarbeiter in Deutschland.",
    "Acme va licencier 4\u00a0200 salariés en France.",
    "Acme licenzierà 4.200 dipendenti in Italia.",
    "Acme vai demitir 4.200 funcionários no Brasil.",
    "Acme taglierà 4.200 posti di lavoro.",
])
def test_a_count_laid_off_is_jobs_cut(text):
    (figure,) = [f for f in read(text, "2024-08-02") if f.kind == "count"]
    assert figure.measure == "jobs"


@pytest.mark.parametrize(("text", "measure"), [
    ("Acme has 61,000 employees worldwide.", "employees"),
    ("The blaze killed 15 people on Tuesday.", "dead"),
])
def test_a_staff_or_people_count_with_no_layoff_keeps_its_measure(text, measure):
    (figure,) = [f for f in read(text, "2024-08-02") if f.kind == "count"]
    assert figure.measure == measure


def test_one_layoff_told_with_two_nouns_is_one_claim_apart_from_the_staff():
    claims = compared("Acme said on Thursday it would cut 4,200 jobs. Acme has 61,000 employees worldwide.",
                      "Acme announced on Thursday that it would lay off about 4,500 workers by the end of the year.")
    (cut,) = holding(claims, "cut 4,200 jobs", "lay off about 4,500 workers")
    assert cut.verdict == "disagree"
    assert not holding(claims, "61,000 employees", "4,500 workers")


@pytest.mark.parametrize("text", [
    "Acme is reducing its global workforce by around 4,200 employees.",
    "Some 4,200 people will lose their jobs at Acme.",
    "Chez Acme, quelque 4\u00a0200 personnes devraient perdre leur travail.",
])
def test_staff_a_firm_is_reduced_by_or_who_lose_their_jobs_are_jobs_cut(text):
    (figure,) = [f for f in read(text, "2024-08-02") if f.kind == "count"]
    assert figure.measure == "jobs"
