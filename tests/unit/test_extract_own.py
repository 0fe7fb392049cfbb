"""The same rules on articles written for the purpose in other shapes (wire, Q&A, colon quotes,
pronoun chains, split and multi-paragraph quotes, guillemets and corner brackets, shared surnames)."""

from __future__ import annotations

import pytest

from briefing_tui.corpus import load_corpus
from tests.conftest import ARTICLES, load_yaml
from tests.gold_eval import evaluate

GOLD = load_yaml("gold_quotes_own.yaml")


@pytest.fixture(scope="module")
def corpus():
    return load_corpus([ARTICLES / "extract"])


def _quote(corpus, source, start_of_text):
    return next(q for q in corpus.quotes if (q.source == source or source in q.sources)
                and q.text.startswith(start_of_text))


def test_the_bar_on_our_own_articles(corpus):
    score = evaluate(corpus, GOLD)
    assert score.precision >= 0.9, score.errors
    assert score.recall >= 0.85, score.errors
    assert score.speaker_accuracy >= 0.9, score.errors
    assert score.term_as_speech == 0


@pytest.mark.parametrize("folder,gold", [("extract_holdout", "gold_quotes_holdout.yaml"),
                                         ("extract_holdout2", "gold_quotes_holdout2.yaml"),
                                         ("extract_holdout3", "gold_quotes_holdout3.yaml")])
def test_the_bar_on_each_holdout_set(folder, gold):
    score = evaluate(load_corpus([ARTICLES / folder]), load_yaml(gold))
    assert score.precision >= 0.9, score.errors
    assert score.recall >= 0.85, score.errors
    assert score.speaker_accuracy >= 0.9, score.errors
    assert score.term_as_speech == 0


def test_names_of_the_first_holdout():
    corpus = load_corpus([ARTICLES / "extract_holdout"])
    people = {e.name for e in corpus.entities if e.type == "person"}
    assert {"Gen Nakatani", "Rain Newton-Smith", "Tom Gallagher", "Sugiono", "Yoshimasa Hayashi"} <= people
    assert not people & {"Industry", "Nakatani", "Chancellor", "Treasury", "Commons"}
    assert ("KCNA", "organization") in {(e.name, e.type) for e in corpus.entities}


def test_names_of_the_second_holdout():
    corpus = load_corpus([ARTICLES / "extract_holdout2"])
    types = {e.name: e.type for e in corpus.entities}
    assert types["Lumen Semiconductor"] == types["Morgan Stanley"] == "organization"
    assert "Lumen" in next(e for e in corpus.entities if e.name == "Lumen Semiconductor").aliases
    assert types["Arizona"] == types["Aleppo"] == "place"
    assert types["Eleanor Park"] == types["Karim"] == types["Erling Haaland"] == "person"
    assert "Prosecutors" not in types and "Haaland" not in types


def test_affiliations_and_acronyms_are_organisations(corpus):
    types = {e.name: e.type for e in corpus.entities}
    assert types["Nomura Securities"] == types["JAXA"] == types["CNES"] == "organization"
    assert types["Al-Farabi Kazakh National University"] == "organization"
    assert types["Almaty"] == types["Tokyo"] == "place"
    assert "Analysts" not in types


def test_a_name_given_later_and_organisations_that_speak():
    corpus = load_corpus([ARTICLES / "extract_holdout3"])
    types = {e.name: e.type for e in corpus.entities}
    assert types["Nino"] == types["Liu Wei"] == types["Mark Elder"] == "person"
    assert types["Northwind Energy"] == types["ERCOT"] == types["Peking University"] == "organization"
    nino = next(q for q in corpus.quotes if q.text.startswith("We are tired"))
    assert nino.speaker == "Nino"
    jobs = next(q for q in corpus.quotes if q.text.startswith("Construction will create"))
    assert (jobs.kind, jobs.speaker) == ("reported", "Northwind Energy")


def test_interview_answers_go_to_the_interviewee_and_questions_are_not_quotes(corpus):
    quotes = [q for q in corpus.quotes if q.source == "02_interview_water"]
    assert [q.speaker for q in quotes] == ["Dinara Seitkali"] * 4
    assert not any(q.text.endswith("?") for q in quotes)


def test_colon_transcript_line(corpus):
    q = _quote(corpus, "03_colon_port", "The contract was reviewed")
    assert (q.speaker, q.cue) == ("Arman Dzhaksybekov", "colon")
    assert q.text.endswith("There is nothing hidden in it.")


def test_pronouns_follow_gender(corpus):
    assert _quote(corpus, "04_pronouns_pension", "This is not ideology").speaker == "Helen Marsh"
    assert _quote(corpus, "04_pronouns_pension", "You sell when").speaker == "David Okafor"
    # "David" inside the quote is not the antecedent of "she"
    assert _quote(corpus, "04_pronouns_pension", "David has had six years").speaker == "Helen Marsh"


def test_split_quote_and_letter_read_out(corpus):
    assert _quote(corpus, "05_split_seawall", "If we do nothing").speaker == "Maria Lindqvist"
    assert _quote(corpus, "05_split_seawall", "the wall will not survive").speaker == "Maria Lindqvist"
    letter = [q for q in corpus.quotes
              if q.source == "05_split_seawall" and q.text.startswith(("We have", "We are not asking"))]
    assert [q.speaker for q in letter] == [None, None]


def test_guillemets_and_corner_brackets(corpus):
    assert _quote(corpus, "06_marks_space", "C'est une étape historique").speaker == "Philippe Baptiste"
    assert _quote(corpus, "06_marks_space", "We will share the data").speaker == "Hiroshi Yamakawa"
    assert not any(q.text == "Lune Commune" for q in corpus.quotes)


def test_two_people_with_one_surname_stay_apart(corpus):
    people = {e.name: e for e in corpus.entities if e.type == "person"}
    assert {"Igor Petrov", "Sergei Petrov", "Valentina Petrova"} <= set(people)
    assert "Igor" in people["Igor Petrov"].aliases and "Sergei" in people["Sergei Petrov"].aliases
    assert _quote(corpus, "07_surname_mine", "The company has not raised").speaker == "Igor Petrov"
    assert _quote(corpus, "07_surname_mine", "If the mine closes").speaker == "Sergei Petrov"


def test_same_quote_in_two_sources_is_one_quote(corpus):
    q = _quote(corpus, "01_wire_refinery", "We cannot keep running")
    assert q.source == "01_wire_refinery" and q.sources == ["01_wire_refinery", "08_wire_refinery_b"]
    assert q.speaker == "Kenji Morita"
    tanaka = _quote(corpus, "01_wire_refinery", "Demand is not coming back")
    assert tanaka.sources == ["01_wire_refinery", "08_wire_refinery_b"]
    assert sum(1 for q in corpus.quotes if q.text.startswith("Demand is not coming back")) == 1
