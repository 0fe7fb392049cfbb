"""Issue 11: a seat of power or a sea named in another language ("la Maison Blanche", "la Casa Blanca", "das Weiße
Haus", "el Golfo de México") is the one entity, never a person nor the country. Invented news copy."""

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


def test_the_gulf_of_mexico_is_one_sea_not_the_country(tmp_path):
    ents = corpus_entities(tmp_path, {
        "a.txt": "Storm\n\nA fisherman was found floating in the Gulf of Mexico on Thursday, the coast guard said.\n",
        "b.txt": "Tormenta\n\nLa tormenta se fortaleció sobre el Golfo de México antes de tocar tierra el miércoles.\n",
    })
    gulf = ents["Gulf of Mexico"]
    assert gulf.type == "place"
    assert sorted({m.source for m in gulf.mentions}) == ["a", "b"]
    assert "Mexico" not in ents
