"""Names real pages broke, met on events tried as a desk would (written here as invented news copy): a nickname in
quotation marks inside a name ("Marcus “Bulldog” Hale") is one person with the plain name, in every source and
however the marks are written, and the later surname alone is that person; "The Lakeside Times and The Harbour Post"
are two organisations; a company named in Spanish or Portuguese is an organisation; a German article after a full
stop glued to it, or a preposition opening a sentence, is no name."""

from __future__ import annotations

from tests.entity_helpers import corpus_entities


def test_a_quoted_nickname_inside_a_name_is_one_person_across_sources(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Verdict\n\nA jury found boxing promoter Marcus “Bulldog” Hale guilty on two counts on Monday. "
                 "Hale will be sentenced in October.\n",
        "b.txt": "Trial ends\n\nJurors acquitted Marcus \"Bulldog\" Hale of the most serious charge. "
                 "Hale's lawyers called it a victory.\n",
    })
    hale = ents["Marcus Hale"]
    assert hale.type == "person"
    assert sorted((m.source, m.text) for m in hale.mentions) == [
        ("a", "Hale"), ("a", "Marcus “Bulldog” Hale"), ("b", "Hale"), ("b", 'Marcus "Bulldog" Hale')]
    assert not any(name.startswith("Marcus") and name != "Marcus Hale" for name in ents)


def test_a_quoted_title_after_a_name_is_no_nickname(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Premiere\n\nDirector Anna Ruiz said “Long Night” Premieres in Madrid on Friday.\n",
    })
    assert "Anna Ruiz" in ents
    assert not any("Premieres" in name for name in ents)


def test_two_newspapers_joined_by_and_are_two_organisations(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Report\n\nThe minister resigned on Friday, according to The Lakeside Times and The Harbour Post.\n",
    })
    assert "Lakeside Times" in ents and "Harbour Post" in ents
    assert not any(" and " in name for name in ents)


def test_a_company_named_in_spanish_or_portuguese_is_an_organisation(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Outage\n\nRed Eléctrica, the national grid operator, reported that power had returned on Tuesday.\n\n"
                 "In Lisbon, Redes Energéticas Nacionais said supply was stable.\n",
    })
    assert ents["Red Eléctrica"].type == "organization"
    assert ents["Redes Energéticas Nacionais"].type == "organization"


def test_a_german_article_after_a_glued_full_stop_and_a_preposition_are_no_names(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Urteil\n\nDas Verfassungsgericht hat dem Antrag gegen die Ministerin Anna Berger einstimmig "
                 "stattgegeben.Das Gericht teilte am Freitag mit, dass die Entscheidung endgültig sei. Berger "
                 "verliert damit ihr Amt. Gemäß Verfassung muss innerhalb von 60 Tagen gewählt werden. Die "
                 "Regierung teilte mit, dass sie das Urteil respektiere.\n",
    })
    assert "Anna Berger" in ents
    assert not any(name.startswith(("Das ", "Gemäß")) for name in ents)


def test_a_name_one_outlet_writes_with_a_second_surname_is_one_person(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Vote\n\nCandidate Lucía Morales Vega, 51, led the count on Sunday, officials said.\n",
        "b.txt": "Run-off\n\nCandidate Lucía Morales will face a run-off in October, she said.\n",
    })
    people = [e for e in ents.values() if e.type == "person"]
    assert len(people) == 1
    assert sorted(m.text for m in people[0].mentions) == ["Lucía Morales", "Lucía Morales Vega"]


def test_two_longer_names_or_a_generation_keep_people_apart(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Vote\n\nCandidate Lucía Morales Vega said she would win. Candidate Lucía Morales Soto said the "
                 "count was slow.\n",
        "b.txt": "Run-off\n\nCandidate Lucía Morales said she was confident.\n",
    })
    people = {e.name for e in ents.values() if e.type == "person"}
    assert {"Lucía Morales Vega", "Lucía Morales Soto", "Lucía Morales"} <= people


def test_a_generation_after_a_name_is_another_person():
    from briefing_tui.extract.bridged_names import extensions

    groups = {("peter", "vance"): 0, ("peter", "vance", "jr"): 1, ("ana", "ruiz"): 2, ("ana", "ruiz", "soto"): 3}
    forms = [(n, words) for words, n in groups.items()]
    assert extensions(forms, groups) == [(3, 2)]
