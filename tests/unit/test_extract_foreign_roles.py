"""People named in French, Spanish, Italian or Portuguese copy with no verb of saying: a role in an apposition after
the name ("Claude Guéant, ancien secrétaire général de l'Élysée,"), a role and its adjective before it ("l'avocat
malaisien X"), an elided article and a noun that open the sentence ("L'intermédiaire X a été condamné"). Before,
a French verdict story named only its main defendant. Invented names, in the way French and Spanish news write."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.corpus import load_corpus

FRENCH = ("Le tribunal correctionnel a rendu son verdict jeudi, prononçant la condamnation de six personnes.\n\n"
          "Parmi les autres condamnés, Marcel Ternaux, ancien secrétaire général de la préfecture, a écopé de six ans "
          "de prison. Hervé Lachaume, ancien ministre, a été condamné à deux ans de prison.\n\n"
          "L’intermédiaire Gaspard Moulinet a été condamné à six ans de prison et 3 millions d’euros d’amende.\n\n"
          "Enfin, l’avocat malaisien Ravi Sundaresan a été condamné à dix-huit mois de prison.\n")
SPANISH = ("El tribunal dictó sentencia el jueves.\n\n"
           "Julián Arrieta, el exministro del Interior, fue condenado a cuatro años de cárcel, mientras que la "
           "jueza federal Marta Quiroga leyó el fallo.\n")


def _people(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return {e.name for e in load_corpus([tmp_path], cache=False).entities if e.type == "person"}


def test_french_roles_around_a_name_make_it_a_person(tmp_path):
    assert _people(tmp_path, FRENCH) == {"Marcel Ternaux", "Hervé Lachaume", "Gaspard Moulinet", "Ravi Sundaresan"}


def test_spanish_roles_around_a_name_make_it_a_person(tmp_path):
    assert _people(tmp_path, SPANISH) == {"Julián Arrieta", "Marta Quiroga"}
