"""Entity recall across the articles of a corpus (entfix): a name one article establishes is a mention
wherever another article writes it; a middle initial is part of a name; a word that begins a county of
the article is not folded into an organisation named after it. Each article is written as news copy."""

from __future__ import annotations

from tests.entity_helpers import corpus_entities


def test_a_place_typed_in_one_article_is_a_mention_in_the_others(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Fire sweeps coast\n\nFlames destroyed hundreds of homes in Qarvelo. "
                 "Residents fled by boat, officials said.\n",
        "b.txt": "Island fire\n\nHundreds of homes burned as wind drove the blaze. Qarvelo was a whaling port.\n\n"
                 "Rescuers searched Qarvelo through the night.\n",
    })
    town = ents["Qarvelo"]
    assert town.type == "place"
    assert len(town.mentions) == 3 and len({m.source for m in town.mentions}) == 2


def test_a_person_confirmed_in_one_article_is_found_in_another_that_gives_no_cue(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Trial ends\n\nThe founder Ivo Draskovan said he regretted the losses. Draskovan was convicted.\n",
        "b.txt": "Verdict\n\nIvo Draskovan faces years in prison. Draskovan plans an appeal.\n",
    })
    person = ents["Ivo Draskovan"]
    assert person.type == "person"
    assert sorted(m.source for m in person.mentions) == ["a", "a", "b", "b"]


def test_a_surname_is_not_spread_into_an_article_naming_another_person_with_it(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Trial ends\n\nThe founder Ivo Draskovan said he regretted the losses.\n",
        "b.txt": "Profile\n\nHis cousin, Mara Draskovan, said the family was shaken. Draskovan lives abroad.\n",
    })
    assert [m.source for m in ents["Ivo Draskovan"].mentions] == ["a"]


def test_a_capitalised_common_word_is_not_spread(tmp_path):
    # "the Government" is a place nowhere; a word the corpus also writes in lower case is not looked for
    ents = corpus_entities(tmp_path, {
        "a.txt": "Budget\n\nThe minister said the Government in Wellington would act. Wellington agreed.\n",
        "b.txt": "Budget\n\nGovernment sources said the plan was ready. The government declined to comment.\n",
    })
    assert "Government" not in ents


def test_a_middle_initial_is_part_of_the_name(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Sentence\n\nUS District Judge Lewis A. Kaplan delivered the sentence. Kaplan said the "
                 "defendant had shown no remorse.\n",
    })
    judge = ents["Lewis Kaplan"]
    assert judge.type == "person" and "Lewis A. Kaplan" in judge.aliases
    assert not any(name.startswith("Lewis A") and name != "Lewis Kaplan" for name in ents)


def test_an_initial_that_ends_a_sentence_is_not_a_middle_initial(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Plans\n\nOfficials chose Plan B. The Ministry of Health said it was ready.\n",
    })
    assert "Ministry of Health" in ents


def test_a_word_that_begins_a_county_is_not_folded_into_a_police_force(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Fires\n\nThe fires on Maroa killed dozens. Maroa County officials said 20 people were missing, "
                 "and the Maroa County Police Department said searches went on.\n",
    })
    assert all("Maroa" not in e.aliases for e in ents.values() if e.type == "organization")


def test_an_organisation_name_runs_through_for_up_to_a_title(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Crypto\n\nThe ruling matters, Solar Council for Innovation CEO Dana Whitfield told reporters.\n",
    })
    assert ents["Solar Council for Innovation"].type == "organization"
    assert "Solar Council" not in ents and ents["Dana Whitfield"].type == "person"


def test_a_district_judge_is_no_district_place(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Sentence\n\nU.S. District Judge Lewis Kaplan said the fraud was vast. Kaplan spoke for an hour.\n",
    })
    assert not any("District" in name for name in ents)
    assert ents["Lewis Kaplan"].roles == ["District Judge"]


def test_all_capitals_company_with_staff_or_a_company_noun_is_an_organisation(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Collapse\n\nThe QZX founder was jailed. Savings vanished when the QZX exchange collapsed, "
                 "and Varnhold Research lost billions too.\n",
    })
    assert ents["QZX"].type == "organization" and len(ents["QZX"].mentions) == 2
    assert ents["Varnhold Research"].type == "organization"


def test_a_name_before_magazine_is_an_organisation_and_a_client_is_a_person(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Fortune\n\nHe was worth $26 billion at 30, Trelby magazine estimated. A lawyer whose client "
                 "Bertil Oxhamn died in prison spoke too.\n",
    })
    assert ents["Trelby"].type == "organization"
    assert ents["Bertil Oxhamn"].type == "person"


def test_a_german_noun_after_in_is_no_place(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Urteil\n\nDer Richter sagte, dass er für eine lange Zeit in Haft sein sollte. Das Gesetz soll "
                 "bald in Kraft treten. Die Wahl in Südkorea. Der Besuch in Oberlandia.\n",
    })
    assert "Haft" not in ents and "Kraft" not in ents
    assert ents["South Korea"].type == "place"  # (the gazetteer knows the German name)
    assert ents["Oberlandia"].type == "place"


def test_a_known_given_name_makes_a_person_but_not_of_a_county_and_not_of_a_cut_off_initial(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Fire\n\nABC's Melissa Varga has the latest. Crews from Travis County joined the search. The case "
                 "was compared with that of Bernard M",
    })
    assert ents["Melissa Varga"].type == "person"
    assert ents["Travis County"].type == "place"
    assert not any(name.startswith("Bernard") for name in ents)


def test_a_name_after_a_sentence_opening_in_is_a_place_not_a_person_described_by_the_clause(tmp_path):
    # "In Qarvelo, AFP journalists saw": the clause after the comma is no apposition of a person named Qarvelo
    ents = corpus_entities(tmp_path, {
        "a.txt": "Quake hits coast\n\nThe quake struck at noon. In Qarvelo, AFP journalists saw a pagoda reduced "
                 "to rubble. Rescuers worked through the night.\n",
    })
    assert ents["Qarvelo"].type == "place"
