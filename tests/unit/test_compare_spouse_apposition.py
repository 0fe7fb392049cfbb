"""A spouse set beside a name ("A mulher de Khan, Bushra Bibi, foi condenada"): the figure is the spouse's, and the
two names are no place in a place (issue 11; gold_new37). Invented sentences."""

from briefing_tui.compare.same_subject import place_links
from briefing_tui.compare.subjects import subject_of


def test_person_after_a_name_is_no_place_in_a_place():
    links = place_links(["A mulher de Moreira, Laila Santos, foi ouvida pelo tribunal.",
                         "The husband of Lindqvist, Peter Haas, paid the bail."])
    assert "moreira" not in links and "laila" not in links
    assert "lindqvist" not in links and "peter" not in links


def test_place_in_place_still_linked():
    links = place_links(["A skyscraper in Bangkok, Thailand, collapsed.",
                         "Floods reached Mandalay, Myanmar Airways said."])
    assert "thailand" in links["bangkok"]
    assert "myanmar" in links["mandalay"]  # (a known place, though a capitalised word follows)


def test_spouse_beside_a_name_owns_the_figure():
    assert subject_of("seis anos", "A mulher de Moreira, Laila Santos, foi condenada a ", " de prisão",
                      people=False) == "Laila Santos"
    assert subject_of("nueve años", "La esposa de Ferrer, Marta Quiroga, fue condenada a ", " de cárcel",
                      people=False) == "Marta Quiroga"
    assert subject_of("$40,000", "The husband of Lindqvist, Peter Haas, was fined ", ".", people=False,
                      money=True) == "Peter Haas"
    # a role of a place, as before
    assert subject_of("cinco años", "El exgobernador de Salta, Julio Romero, fue condenado a ", " de prisión",
                      people=False) == "Julio Romero"
