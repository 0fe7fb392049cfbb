"""Issue 11: the subject of a claim read right in French, Spanish, Portuguese, Italian and German copy. A sentence
adverb or connective opening the sentence ("Enfin", "Además", "Inoltre", "Além disso") is no subject; an elided
article glued to a common noun ("L’intermédiaire", "L’ancien") is no part of the name; in "<role> of <place>, <Name>"
the person is the subject, not the place; a share fronted with "with" is the subject's after it; one name written
with or without accents, an elided article, a title, or as a surname alone is one subject. Invented sentences; each
test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.same_subject import same_name, same_subject
from tests.compare_helpers import read


def _subject(text: str, figure: str, language: str | None = None) -> str | None:
    return next(f.subject for f in read(text, language=language) if f.text == figure)


def test_a_connective_opening_the_sentence_is_no_subject():
    assert _subject("Enfin, l’avocat malaisien Jean Dupont a été condamné à dix-huit mois de prison.",
                    "dix-huit mois") == "Jean Dupont"
    assert _subject("Inoltre ha ottenuto il 20,8% dei voti.", "20,8%") is None
    assert _subject("Além disso, ele foi condenado a 6 anos de prisão.", "6 anos") is None
    assert _subject("Toutefois, Marie Curie, candidate du parti vert, a remporté 12,5 % des voix.",
                    "12,5 %") == "Marie Curie"


def test_an_elided_article_is_no_part_of_the_name():
    assert _subject("L’intermédiaire Paul Martin a été condamné à six ans de prison.", "six ans") == "Paul Martin"


def test_the_person_set_beside_a_role_of_a_place_is_the_subject():
    assert _subject("El expresidente de Portugal, Rui Almeida, ha sido condenado a 4 años de cárcel.",
                    "4 años") == "Rui Almeida"
    assert _subject("L’ancien ministre de la Défense, Pierre Lebrun, a été condamné à trois ans de prison.",
                    "trois ans") == "Pierre Lebrun"
    assert _subject("Der frühere Chef von Acme, Hans Weber, wurde zu vier Jahren Haft verurteilt.",
                    "vier Jahren") == "Hans Weber"
    assert _subject("El expresidente de Chile, Mario Rojas, deberá pagar una multa de 50.000 euros.",
                    "50.000 euros") == "Mario Rojas"  # (any figure's: the clause after the person is the person's)
    # (a place's noun is no role: the city set beside it is no person)
    assert _subject("La capitale de la province, Santa Maria, compte 3 millions d’habitants.",
                    "3 millions d’habitants") is None


def test_a_share_fronted_with_with_is_the_subject_after_it():
    assert _subject("Con el 31% de los votos, el PNV ganó en Bilbao.", "31%") == "PNV"
    assert _subject("With 41.2% of the vote, the Greens came first.", "41.2%") == "Greens"


def test_one_name_however_written_is_one_subject():
    assert same_subject("L’Espagne", "Espagne") is True
    assert same_subject("M. Dupont", "Jean Dupont") is True
    assert same_name("Sarkozy", "Nicolás Sarkozy") and same_name("nicolás sarkozy", "nicolas sarkozy")
    assert not same_name("Mexico", "New Mexico")  # (a place's last word is another place)
    assert not same_name("Texas", "Texas and New Mexico")


def test_a_preposition_opening_the_sentence_is_no_subject():
    # was "Parmi" (the sentence's first capitalised word)
    assert _subject("Parmi les autres condamnés, Paul Martin, ancien ministre, a écopé de six ans de prison.",
                    "six ans") == "Paul Martin"
    assert _subject("Malgré la crise, le gouvernement a versé 20 millions d’euros.", "20 millions d’euros") is None
