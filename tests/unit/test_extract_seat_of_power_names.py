"""Issue 11: a seat of power named in another language ("la Maison Blanche", "la Casa Blanca", "das Weiße
Haus") is the one organisation, never a person. Invented news copy."""

from __future__ import annotations

from tests.entity_helpers import corpus_entities


def test_the_white_house_in_other_languages_is_one_organisation(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Storm\n\nThe White House promised federal help on Friday as crews cleared the roads.\n",
        "b.txt": "Tempête\n\nLa Maison Blanche a promis l'aide du gouvernement vendredi, alors que les routes "
                 "restaient fermées.\n",
        "c.txt": "Tormenta\n\nLa Casa Blanca prometió ayuda federal el viernes mientras las carreteras seguían "
                 "cerradas.\n",
    })
    house = ents["White House"]
    assert house.type == "organization"
    assert sorted({m.source for m in house.mentions}) == ["a", "b", "c"]
    assert "Maison Blanche" not in ents and "Casa Blanca" not in ents
