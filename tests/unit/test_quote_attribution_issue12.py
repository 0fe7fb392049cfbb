"""Who said what (issue 12): reported speech in its many shapes, speakers of every kind, speakers named
elsewhere in the article, and names that are not people. Each article is written the way news copy is."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus


def _quotes(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, speaker type, text) of every quote of one article."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    return [(q.kind, q.speaker, q.speaker_type, q.text) for q in corpus.quotes]


def _entities(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return {e.name: e.type for e in load_corpus([tmp_path], cache=False).entities}


def test_organisations_speak_and_the_ministry_is_the_one_named(tmp_path):
    quotes = _quotes(tmp_path, "Flood warning issued\n\n"
                     "The Ministry of Health said in a statement that 40 people had been admitted to hospital. "
                     "The ministry added that more cases were expected.\n\n"
                     "The youth council stated in July it opposed the new curfew.\n")
    assert ("reported", "Ministry of Health", "organization", "40 people had been admitted to hospital") in quotes
    assert ("reported", "Ministry of Health", "organization", "more cases were expected") in quotes
    assert ("reported", "youth council", "organization", "it opposed the new curfew") in quotes


def test_reported_speech_in_its_usual_shapes(tmp_path):
    quotes = _quotes(tmp_path, "Budget row deepens\n\n"
                     "Prime Minister Anthony Albanese told reporters in Canberra that the government would act. "
                     "He said the package would cost $2 billion, adding that it would be paid for by savings.\n\n"
                     "Witness Mary Smith told the jury she had seen the defendant at the station.\n\n"
                     "The death toll rose to 33, according to the Public Safety Department.\n")
    assert [(k, s, t) for k, s, _, t in quotes] == [
        ("reported", "Anthony Albanese", "the government would act"),
        ("reported", "Anthony Albanese", "the package would cost $2 billion"),
        ("reported", "Anthony Albanese", "it would be paid for by savings"),
        ("reported", "Mary Smith", "she had seen the defendant at the station"),
        ("reported", "Public Safety Department", "The death toll rose to 33"),
    ]


def test_thinking_is_not_speech_and_a_fragment_belongs_to_the_reported_clause(tmp_path):
    quotes = _quotes(tmp_path, "Deal in doubt\n\n"
                     "The White House thought the deal was off.\n\n"
                     "Senator John Doe said the plan was \"a political stunt\" and would fail.\n")
    assert quotes == [("reported", "John Doe", "person", 'the plan was "a political stunt" and would fail')]


def test_a_role_after_the_verb_is_the_person_the_article_names(tmp_path):
    quotes = _quotes(tmp_path, "Summit opens\n\n"
                     "Kazakh President Kassym-Jomart Tokayev arrived in Tokyo on Friday for two days of talks "
                     "with the leaders of the five Central Asian states and Japan's prime minister.\n\n"
                     "“We are ready to work with every partner,” said the Kazakh president.\n")
    assert quotes == [("direct", "Kassym-Jomart Tokayev", "person", "We are ready to work with every partner")]


def test_a_pronoun_is_the_last_speaker_not_a_person_named_mid_sentence(tmp_path):
    quotes = _quotes(tmp_path, "Farm aid\n\n"
                     "Agriculture Minister Rajiv Menon said farmers would be paid within a month.\n\n"
                     "The scheme was launched after Prime Minister Arun Das ordered a review. "
                     "He noted that prices had doubled since the spring.\n")
    assert quotes[-1] == ("reported", "Rajiv Menon", "person", "prices had doubled since the spring")


def test_titles_and_honorifics_are_not_part_of_the_name(tmp_path):
    quotes = _quotes(tmp_path, "Budget day\n\n"
                     "Datuk Seri Anwar Ibrahim presented the budget on Friday.\n\n"
                     "Anwar said the deficit would fall to 3.8 per cent.\n\n"
                     "Lt Gen Inam Haider Malik briefed reporters. Lt Gen Malik said 210,000 people had been moved.\n")
    assert ("reported", "Anwar Ibrahim", "person", "the deficit would fall to 3.8 per cent") in quotes
    assert ("reported", "Inam Haider Malik", "person", "210,000 people had been moved") in quotes


def test_credits_outlets_and_documents_are_not_people(tmp_path):
    names = _entities(tmp_path, "Storm damage\n\n"
                      "Getty Images Kevin Vickers\n\n"
                      "The Declaration says all states must act. Bernama reported that the roads were closed.\n\n"
                      "Charles Okafor\u200b said the bridge would reopen on Monday.\n")
    assert names.get("Bernama") == "organization"
    assert names.get("Charles Okafor") == "person"
    assert "Kevin Vickers" not in names and "Declaration" not in names


@pytest.mark.parametrize("text,speaker", [
    ("“The trains will run again by Monday,” she said.", "Anna Berg"),
    ("The trains will run again by Monday, she said.", "Anna Berg"),
])
def test_a_pronoun_reaches_back_past_captions_to_the_speaker(tmp_path, text, speaker):
    quotes = _quotes(tmp_path, "Rail strike\n\n"
                     "Transport Minister Anna Berg said the strike had cost millions.\n\n"
                     "Pickets outside the depot\n\nCommuters waited\n\nThe depot in winter\n\n" + text + "\n")
    assert quotes[-1][1] == speaker
