"""Issue 11 (b2, one measure named two ways): the people at work at a disaster, counted by one outlet as its
rescuers or firemen ("300 brigadistas", "300 sapeurs-pompiers") and by another as every emergency service sent
("mehr als 300 Einsatzkräfte"), are one count (compare/measure_families.py, the responders'
family), unless a source gives the firemen and all the services their own values (two groups). Invented sentences;
the joined counts fail on the code before the family (each name was its own claim)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def test_rescuers_and_every_emergency_service_are_one_count_across_languages():
    claims = compare([
        article("a", "2026-03-04", "Más de 300 brigadistas buscaban sobrevivientes entre los escombros del hotel."),
        article("b", "2026-03-04", "Nach Überlebenden suchen mehr als 300 Einsatzkräfte in den Trümmern des Hotels."),
        article("c", "2026-03-04", "Plus de 350 sapeurs-pompiers fouillaient les décombres de l'hôtel."),
    ])
    found = holding(claims, "Más de 300 brigadistas", "mehr als 300 Einsatzkräfte", "Plus de 350 sapeurs-pompiers")
    assert len(found) == 1 and found[0].measure == "firefighters" and found[0].verdict == "agree"


def test_spanish_efectivos_stay_their_own_count():
    # (a force's men, as often troops or police officers as rescuers: no rescuers' count. Scored with them in the
    # family, the held sets gained a false disagreement)
    claims = compare([
        article("a", "2026-07-19", "About 450 rescuers were searching the mud for survivors on Sunday."),
        article("b", "2026-07-19", "Unos 2.000 efectivos patrullaban el domingo las calles de la ciudad."),
        article("c", "2026-07-19", "Rund 450 Rettungskräfte suchten am Sonntag im Schlamm nach Überlebenden."),
    ])
    assert not holding(claims, "About 450 rescuers", "Unos 2.000 efectivos")
    assert len(holding(claims, "About 450 rescuers", "Rund 450 Rettungskräfte")) == 1


def test_a_dative_count_of_the_services_joins_too():
    claims = compare([
        article("a", "2026-01-22", "Die Feuerwehr war mit 180 Einsatzkräften vor Ort."),
        article("b", "2026-01-22", "Some 180 firefighters fought the blaze through the night."),
    ])
    found = holding(claims, "180 Einsatzkräften", "Some 180 firefighters")
    assert len(found) == 1 and found[0].measure == "firefighters"


def test_the_french_and_dutch_names_of_firemen_are_firefighters():
    assert [f.measure for f in read("Plus de 300 sapeurs-pompiers fouillaient les décombres.")] == ["firefighters"]
    assert [f.measure for f in read("Ruim 150 brandweerlieden bestreden het vuur.")] == ["firefighters"]


def test_a_source_giving_the_firemen_and_all_the_services_keeps_them_two_counts():
    # (the guard of the family: 120 firemen among 400 people of every service are two groups, in every source)
    claims = compare([
        article("a", "2026-09-02", "Im Einsatz waren 120 Feuerwehrleute und insgesamt 400 Einsatzkräfte."),
        article("b", "2026-09-02", "Más de 120 bomberos combatían el fuego el martes."),
        article("c", "2026-09-02", "Rund 400 Einsatzkräfte waren am Dienstag vor Ort."),
    ])
    assert not holding(claims, "Más de 120 bomberos", "Rund 400 Einsatzkräfte")
    assert len(holding(claims, "Más de 120 bomberos", "120 Feuerwehrleute")) == 1
