"""Companies named without a legal form are organisations, not people: described as one ("technology company,
Brannock,"), named as another company's parent ("Sorell parent Veltrix"), traded ("Shares of Veltrix dipped",
"Brannock shares fell"), or named elsewhere with their legal form ("Quillon Inc." beside "Quillon’s")."""

from __future__ import annotations

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.extract.organisation_keys import bare_company_name

ARTICLES = {
    "a.txt": "---\ntitle: Veltrix agrees to buy Norsa\noutlet: Test Wire\npublished: 2025-03-18\n---\n"
             "Sorell parent Veltrix announced on Tuesday that it will buy the security startup Norsa for $12 billion.\n\n"
             "Shares of Veltrix dipped 3% in New York trading after the news.\n\n"
             "\"We are delighted,\" Veltrix said in a statement.\n",
    "b.txt": "---\ntitle: Brannock unveils a chip\noutlet: Test Post\npublished: 2025-03-19\n---\n"
             "American multinational technology company, Brannock, announced a new chip on Wednesday.\n\n"
             "Brannock shares fell 4% after the news, and its parent company, Haldane, said nothing.\n",
    "c.txt": "---\ntitle: Quillon results\noutlet: Test Daily\npublished: 2025-03-20\n---\n"
             "Quillon Inc. reported higher revenue on Thursday, helped by its cloud business.\n",
    "d.txt": "---\ntitle: Cloud growth\noutlet: Test Herald\npublished: 2025-03-21\n---\n"
             "Investors cheered as Quillon’s cloud unit grew faster than expected in the quarter.\n",
    "e.txt": "---\ntitle: A parent speaks\noutlet: Test Local\npublished: 2025-03-22\n---\n"
             "\"The school listened,\" said parent Maria Lindqvist, who shares her worries with the board.\n",
}


@pytest.fixture(scope="module")
def entities(tmp_path_factory):
    folder = tmp_path_factory.mktemp("companies")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([folder], cache=False)
    return {e.name: e for e in corpus.entities}


def test_a_company_that_speaks_is_still_a_company(entities):
    veltrix = entities["Veltrix"]
    assert (veltrix.type, len(veltrix.mentions)) == ("organization", 3)  # parent of, shares of, and "Veltrix said"


def test_described_traded_or_a_parent_company(entities):
    assert entities["Brannock"].type == "organization"
    assert len(entities["Brannock"].mentions) == 2
    assert entities["Haldane"].type == "organization"  # "its parent company, Haldane,"


def test_a_legal_form_names_the_company_without_it_elsewhere(entities):
    quillon = entities["Quillon Inc"]
    assert quillon.type == "organization"
    assert (len(quillon.mentions), sorted(quillon.aliases)) == (2, ["Quillon", "Quillon Inc"])


def test_people_stay_people(entities):
    assert entities["Maria Lindqvist"].type == "person"
    assert {e.name for e in entities.values() if e.type == "person"} == {"Maria Lindqvist"}


@pytest.mark.parametrize(("name", "bare"), [
    ("Alphabet Inc", "Alphabet"), ("Sony Corporation", "Sony"), ("Toyota Motor Co., Ltd.", "Toyota Motor Co."),
    ("Reliance Industries Limited", "Reliance Industries"), ("Walt Disney Company", None), ("Inc", None),
    ("Nippon Steel", None)])
def test_bare_company_name(name, bare):
    assert bare_company_name(name) == bare
