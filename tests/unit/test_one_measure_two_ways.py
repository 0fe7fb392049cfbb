"""One measure written two ways (issue 11, missed disagreements of the cause "measures differ"): the dead on the
ground named in other languages ("au sol", "en tierra", "am Boden", "em terra", "a terra") and counted as a part of
a toll told aboard; one person counted by a singular noun ("1 personne", "1 persona"); users counted in a German
dative plural ("von 20 Millionen Nutzern"). The sentences are invented."""

from __future__ import annotations

from briefing_tui.compare.people_measures import people_measures
from tests.compare_helpers import read


def _measures(text: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each count of ``text``, read as the statements read a sentence's figures."""
    from briefing_tui.compare.ground_tolls import ground_tolls

    return [(f.text, f.measure) for f in ground_tolls(people_measures(read(text), text, 0)) if f.kind == "count"]


def test_the_ground_in_other_languages_scopes_a_toll():
    # (read as a figure is read: compare/count_scopes.py)
    assert ("al menos tres vecinos muertos", "dead ground") in [(f.text, f.measure) for f in read(
        "A los 60 fallecidos del avión hay que sumar al menos tres vecinos muertos en tierra.")]
    assert ("1 personne", "injured ground") in [(f.text, f.measure) for f in read(
        "Il y avait 55 passagers à bord et 1 personne au sol a été blessée.")]
    assert ("tre persone", "people ground") in [(f.text, f.measure) for f in read(
        "L'aereo trasportava 60 persone a bordo e tre persone a terra lo hanno visto cadere.")]


def test_people_on_the_ground_after_a_toll_aboard_are_its_dead_on_the_ground():
    assert _measures("Le bilan fait état de 57 morts : 55 à bord et 2 personnes au sol.") == [
        ("57 morts", "dead"), ("55", "dead aboard"), ("2 personnes", "dead ground")]
    assert _measures("El balance es de 56 muertos: 55 a bordo y 1 persona en tierra.") == [
        ("56 muertos", "dead"), ("55", "dead aboard"), ("1 persona", "dead ground")]
    assert _measures("Der Absturz tötete 60 Menschen an Bord und drei Menschen am Boden.") == [
        ("60 Menschen", "dead aboard"), ("drei Menschen", "dead ground")]
    assert _measures("O acidente matou 60 pessoas a bordo e três pessoas em terra.") == [
        ("60 pessoas", "dead aboard"), ("três pessoas", "dead ground")]
    assert _measures("The crash killed 60 people on board and 3 people on the ground.") == [
        ("60 people", "dead aboard"), ("3 people", "dead ground")]


def test_people_on_the_ground_with_no_toll_before_stay_people():
    # (those on the ground are no toll's part when nothing aboard died: witnesses, a crowd)
    assert _measures("Das Flugzeug landete sicher, während 300 Menschen am Boden zusahen.") == [
        ("300 Menschen", "people ground")]
    assert ("55 passagers", "people aboard") in _measures("Il y avait 55 passagers à bord et 2 personnes au sol.")
    assert ("2 personnes", "people ground") in _measures("Il y avait 55 passagers à bord et 2 personnes au sol.")


def test_a_german_dative_plural_is_its_plural_s_noun():
    from briefing_tui.compare.people_measures import own_noun

    assert own_noun("nutzern") == own_noun("nutzer") == own_noun("users") == "users"
    assert own_noun("gästen") == own_noun("guests")
    assert own_noun("verbrauchern") == own_noun("consumers")
    assert own_noun("menschen") is None and own_noun("region") is None and own_noun(None) is None
    text = "Die Börse verwaltet die Konten von mehr als 20 Millionen Nutzern."
    assert [f.measure for f in people_measures(read(text), text, 0)] == ["users"]
    text = "La plataforma cuenta con más de 20 millones de usuarios."
    assert [f.measure for f in people_measures(read(text), text, 0)] == ["users"]
