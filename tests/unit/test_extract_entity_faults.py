"""Entity faults a new user met (ents2): a role ends on a whole word and is never a reported clause; names
written with a hyphen or a space, an apostrophe form or accents are one entity; a place inside an
organisation's name is no mention of the place; an acronym written as a name is an organisation. Each
article is written as news copy, with invented names."""

from __future__ import annotations

from tests.entity_helpers import corpus_entities


# ---- roles ---------------------------------------------------------------------------------------------


def test_a_long_apposition_gives_a_role_ending_on_a_whole_word(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Summit\n\nBoris Valentov, a professor of international relations and director of special "
                 "programme for Central Eurasia at the University of Tsukuba, said the summit mattered.\n\n"
                 "Irina Polsky, a professor of Central Eurasian studies at Hokkaido University’s "
                 "Slavic-Eurasian Research Centre, said ties had stagnated.\n",
    })
    assert ents["Boris Valentov"].roles == ["a professor of international relations and director"]
    assert ents["Irina Polsky"].roles == ["a professor of Central Eurasian studies"]


def test_what_follows_according_to_a_name_is_no_role(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Investment\n\nTajik analyst Sobir Kazanov believes the summit matters. He notes that Japan is "
                 "interested in the region.\n\n"
                 "According to Kazanov, Japan does not aim to outspend its rivals but instead focuses on "
                 "investment quality.\n",
    })
    assert ents["Sobir Kazanov"].roles == ["analyst"]


def test_a_role_ends_before_its_relative_clause(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Clinic\n\nMarta Oleksin, a surgeon who has worked in the valley for years, said supplies "
                 "were short.\n",
    })
    assert ents["Marta Oleksin"].roles == ["a surgeon"]


# ---- spelling variants ---------------------------------------------------------------------------------


def test_a_place_written_with_a_hyphen_after_an_elision_is_the_place_written_with_a_space(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Quake\n\nMost of the deaths were in Oued Tassa province, the ministry said. Rescuers reached "
                 "Oued Tassa on Sunday.\n",
        "b.txt": "Séisme\n\nLe tremblement de terre a frappé vendredi soir la région d'Oued-Tassa. Son épicentre se "
                 "situait dans la province d'Oued-Tassa.\n",
    })
    place = ents["Oued Tassa"]
    assert place.type == "place"
    assert sorted(place.aliases) == ["Oued Tassa", "Oued-Tassa"]
    assert sorted({m.source for m in place.mentions}) == ["a", "b"]
    assert "Oued-Tassa" not in ents


def test_names_differing_by_accents_hyphens_or_apostrophes_are_one_entity(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Relief\n\nAid arrived in Aït Imlil, officials said. Jean-Marc Dulac, a doctor, said "
                 "supplies were short. The road to Tizi N’Test was cut.\n",
        "b.txt": "Relief\n\nTrucks reached Ait Imlil at dawn. Jean Marc Dulac, a surgeon, said the clinic was "
                 "full. Rocks fell in Tizi N'Test.\n",
    })
    assert sorted(m.source for m in ents["Aït Imlil"].mentions) == ["a", "b"]
    assert sorted(m.source for m in ents["Jean-Marc Dulac"].mentions) == ["a", "b"]
    assert sorted(ents["Jean-Marc Dulac"].aliases) == ["Jean Marc Dulac", "Jean-Marc Dulac"]
    pass_names = [name for name in ents if name.startswith("Tizi")]
    assert len(pass_names) == 1 and sorted(m.source for m in ents[pass_names[0]].mentions) == ["a", "b"]
    assert not {"Ait Imlil", "Jean Marc Dulac"} & ents.keys()


def test_a_hyphened_given_name_is_not_merged_with_a_shorter_one(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Clinic\n\nMarie-Anne Colin, a doctor, said supplies were short.\n",
        "b.txt": "Clinic\n\nMarie Colin, a nurse, said the clinic was full.\n",
    })
    assert ents["Marie-Anne Colin"].type == ents["Marie Colin"].type == "person"
    assert [m.source for m in ents["Marie-Anne Colin"].mentions] == ["a"]


# ---- organisations: a place inside the name, acronyms --------------------------------------------------


def test_a_place_opening_an_organisations_name_is_no_mention_of_the_place(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Quake\n\nThe quake struck late on Friday, according to the U.S. Geological Survey. Rescuers "
                 "searched the rubble.\n",
        "b.txt": "Séisme\n\nLa secousse, de magnitude 6,8 selon l'institut américain de géophysique (USGS), s'est "
                 "produite à 23 h 11.\n",
    })
    survey = ents["U.S. Geological Survey"]
    assert survey.type == "organization"
    assert sorted(survey.aliases) == ["U.S. Geological Survey", "USGS"]
    assert sorted(m.source for m in survey.mentions) == ["a", "b"]
    assert "United States" not in ents


def test_an_acronym_defined_in_brackets_names_an_organisation(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Séisme\n\nLa secousse, de magnitude 7 selon le Centre national pour la recherche scientifique "
                 "et technique (CNRST) marocain, a frappé vendredi. Le CNRST a publié un bilan.\n",
    })
    centre = ents["Centre national pour la recherche scientifique et technique"]
    assert centre.type == "organization"
    assert sorted(centre.aliases) == ["CNRST", "Centre national pour la recherche scientifique et technique"]


def test_an_acronym_written_as_a_word_after_an_elision_is_the_organisation(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Séisme\n\nDans la vieille ville, classée au patrimoine mondial de l'Unesco, des maisons se sont "
                 "effondrées.\n",
        "b.txt": "Séisme\n\nL'Unesco a indiqué que des dégâts importants avaient été constatés.\n",
    })
    unesco = ents["UNESCO"]
    assert unesco.type == "organization"
    assert sorted(m.source for m in unesco.mentions) == ["a", "b"]


def test_an_acronym_another_article_defines_is_the_organisation_named_in_full(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Vote\n\nTouting the Solar Workers Party’s (SWP) record, its leader said the vote mattered.\n",
        "b.txt": "Vote\n\nSWP candidates campaigned on Monday. Voters backed SWP lists.\n",
    })
    party = ents["Solar Workers Party"]
    assert party.type == "organization"
    assert sorted(party.aliases) == ["SWP", "Solar Workers Party"]
    assert sorted(m.source for m in party.mentions) == ["a", "a", "b", "b"]
    assert "SWP" not in ents and "Workers Party" not in ents


def test_an_apposition_opened_by_who_is_gives_the_role_after_it(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Clinic\n\nMarta Oleksin, who is a surgeon at the regional hospital, said supplies were short.\n",
    })
    assert ents["Marta Oleksin"].roles == ["a surgeon at the regional hospital"]


def test_a_french_lawyers_honorific_is_no_part_of_the_name(tmp_path):
    found = corpus_entities(tmp_path, {
        "a.txt": "Le chanteur a été condamné mardi. Son avocat, Me Paul Lenoir, a annoncé qu'il ferait appel.\n",
        "b.txt": "The singer was convicted on Tuesday. His lawyer Paul Lenoir said he would appeal.\n"})
    assert "Paul Lenoir" in found and len(found["Paul Lenoir"].mentions) == 2
    assert not [name for name in found if name.startswith("Me ")]
