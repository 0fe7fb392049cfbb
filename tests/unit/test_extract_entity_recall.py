"""Entity recall across the articles of a corpus (entfix): a name one article establishes is a mention
wherever another article writes it; a middle initial is part of a name; a word that begins a county of
the article is not folded into an organisation named after it. Each article is written as news copy."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus
from briefing_tui.model import Entity


def _entities(tmp_path: Path, articles: dict[str, str]) -> dict[str, Entity]:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    for e in corpus.entities:
        for m in e.mentions:
            assert corpus.source(m.source).raw[m.start:m.end] == m.text
    return {e.name: e for e in corpus.entities}


def test_a_place_typed_in_one_article_is_a_mention_in_the_others(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Fire sweeps coast\n\nFlames destroyed hundreds of homes in Qarvelo. "
                 "Residents fled by boat, officials said.\n",
        "b.txt": "Island fire\n\nHundreds of homes burned as wind drove the blaze. Qarvelo was a whaling port.\n\n"
                 "Rescuers searched Qarvelo through the night.\n",
    })
    town = ents["Qarvelo"]
    assert town.type == "place"
    assert len(town.mentions) == 3 and len({m.source for m in town.mentions}) == 2


def test_a_person_confirmed_in_one_article_is_found_in_another_that_gives_no_cue(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Trial ends\n\nThe founder Ivo Draskovan said he regretted the losses. Draskovan was convicted.\n",
        "b.txt": "Verdict\n\nIvo Draskovan faces years in prison. Draskovan plans an appeal.\n",
    })
    person = ents["Ivo Draskovan"]
    assert person.type == "person"
    assert sorted(m.source for m in person.mentions) == ["a", "a", "b", "b"]


def test_a_surname_is_not_spread_into_an_article_naming_another_person_with_it(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Trial ends\n\nThe founder Ivo Draskovan said he regretted the losses.\n",
        "b.txt": "Profile\n\nHis cousin, Mara Draskovan, said the family was shaken. Draskovan lives abroad.\n",
    })
    assert [m.source for m in ents["Ivo Draskovan"].mentions] == ["a"]


def test_a_capitalised_common_word_is_not_spread(tmp_path):
    # "the Government" is a place nowhere; a word the corpus also writes in lower case is not looked for
    ents = _entities(tmp_path, {
        "a.txt": "Budget\n\nThe minister said the Government in Wellington would act. Wellington agreed.\n",
        "b.txt": "Budget\n\nGovernment sources said the plan was ready. The government declined to comment.\n",
    })
    assert "Government" not in ents


def test_a_middle_initial_is_part_of_the_name(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Sentence\n\nUS District Judge Lewis A. Kaplan delivered the sentence. Kaplan said the "
                 "defendant had shown no remorse.\n",
    })
    judge = ents["Lewis Kaplan"]
    assert judge.type == "person" and "Lewis A. Kaplan" in judge.aliases
    assert not any(name.startswith("Lewis A") and name != "Lewis Kaplan" for name in ents)


def test_an_initial_that_ends_a_sentence_is_not_a_middle_initial(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Plans\n\nOfficials chose Plan B. The Ministry of Health said it was ready.\n",
    })
    assert "Ministry of Health" in ents


def test_a_word_that_begins_a_county_is_not_folded_into_a_police_force(tmp_path):
    ents = _entities(tmp_path, {
        "a.txt": "Fires\n\nThe fires on Maroa killed dozens. Maroa County officials said 20 people were missing, "
                 "and the Maroa County Police Department said searches went on.\n",
    })
    assert all("Maroa" not in e.aliases for e in ents.values() if e.type == "organization")
