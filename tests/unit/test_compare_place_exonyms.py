"""One place as other languages write it (issue 11): the counts of a city or a country named in two languages'
spellings ("Brasil" and "Brazil", "Daca" and "Dacca", both Dhaka) are one subject's, hence one claim."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.same_subject import same_subject
from briefing_tui.extract.gazetteer import shipped_gazetteer
from tests.compare_helpers import article, holding


def test_the_gazetteer_knows_a_city_and_a_country_as_other_languages_write_them():
    gazetteer = shipped_gazetteer()
    assert gazetteer.lookup("Dacca") == ("Dhaka", "place")
    assert gazetteer.lookup("Daca") == ("Dhaka", "place")
    assert gazetteer.lookup("Bangladeschs") == ("Bangladesh", "place")


def test_two_spellings_of_one_place_are_one_subject():
    assert same_subject("Brasil", "Brazil")
    assert same_subject("Daca", "Dacca")
    assert not same_subject("Austria", "Australia")


def test_counts_of_one_city_spelt_in_two_languages_are_one_claim():
    sources = [
        article("o1", "2024-03-08", "A ferry capsized near Dhaka on Monday. The death toll rose to 12 on Tuesday."),
        article("o2", "2024-03-08", "Un ferry volcó cerca de Daca el lunes. La cifra de muertos subió a 15 en Daca."),
        article("o3", "2024-03-08", "Un ferry a chaviré près de Dacca lundi. Le bilan s'élève à 14 morts à Dacca."),
    ]
    claims = holding(compare(sources), "subió a 15", "14 morts")
    assert len(claims) == 1 and claims[0].verdict == "disagree"


def test_the_caribbean_and_grenada_as_other_languages_write_them():
    gazetteer = shipped_gazetteer()
    assert gazetteer.lookup("Karibik") == ("Caribbean", "place")
    assert gazetteer.lookup("Caribe") == ("Caribbean", "place")
    assert gazetteer.lookup("Grenade") == ("Grenada", "place")
    assert same_subject("Karibikregion", "Caraïbes")

