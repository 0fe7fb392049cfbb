"""Issue 11, claims aligned by what they measure: a rank set ("among the five most destructive fires") is a ranking,
never a count of the event's things, and a count of others ("two other fires", "deux autres incendies") counts things
besides those named, never all of them (the Los Angeles fires' "Fire: 5" joined a ranking with "Five fires continued
to burn", and "Fire: 2" joined "the two fires" with "deux autres incendies"). Invented sentences; each test fails on
int15 (7b4b2bb7)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


def _counts(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text) if f.kind == "count"]


@pytest.mark.parametrize(("text", "counts"), [
    ("The blaze now ranks among the five most destructive wildfires in the province's history.",
     [("five most destructive wildfires", "ranking")]),
    ("It was one of the three largest floods ever recorded in the valley.", [("three largest floods", "ranking")]),
    ("The quake was among the top ten in the country since records began.", [("ten", "ranking")]),
    ("Le séisme se classe parmi les 20 plus meurtriers de l'histoire du pays.", [("20", "ranking")]),
    ("Ce sont les cinq incendies les plus meurtriers de la décennie.", [("cinq incendies", "ranking")]),
    ("Es uno de los cinco incendios más destructivos de la historia de la provincia.",
     [("cinco incendios", "ranking")]),
    ("Das Beben war eines der fünf schwersten Beben in der Geschichte des Landes.", [("fünf schwersten", "ranking")]),
    ("È tra i cinque incendi più distruttivi mai registrati nella regione.", [("cinque incendi", "ranking")]),
])
def test_a_rank_set_is_a_ranking_not_a_count(text, counts):
    assert _counts(text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    ("Officials warned that the toll could top 10,000.", [("could top 10,000", "dead")]),  # "top", the verb
    ("The pact links four of the largest economies in the region.", [("four", "economy")]),  # a part of a rank set
    ("Les pompiers luttent contre cinq incendies plus petits dans la vallée.", [("cinq incendies", "fire")]),
    ("Los bomberos apagaron cinco incendios más pequeños en la zona.", [("cinco incendios", "fire")]),  # comparatives
])
def test_a_comparative_a_part_and_a_verb_are_no_rank_set(text, counts):
    assert _counts(text) == counts


def test_a_word_ending_as_a_german_superlative_ranks_nothing_without_a_german_article():
    assert [m for _, m in _counts("La compagnia sta elaborando più di 176.000 richieste di rimborso.")] != ["ranking"]


@pytest.mark.parametrize(("text", "counts"), [
    ("Three other fires, the Ridge and Pine fires among them, were still burning.",
     [("Three other fires", "other fire")]),
    ("Deux autres incendies brûlent toujours au nord de la ville.", [("Deux autres incendies", "other fire")]),
    ("Los bomberos combaten otros tres incendios en la provincia.", [("tres incendios", "other fire")]),
    ("Zwei weitere Brände wüten noch im Norden der Stadt.", [("Zwei weitere Brände", "other fire")]),
])
def test_a_count_of_others_is_of_the_other_kind(text, counts):
    assert _counts(text) == counts


@pytest.mark.parametrize(("text", "counts"), [
    # others than the dead: all the injured, all the missing
    ("The bus crash killed four people and injured 30 others.", [("four people", "dead"), ("30 others", "injured")]),
    ("Bei dem Brand starben zwölf Menschen, weitere 51 Personen wurden verletzt.",
     [("zwölf Menschen", "dead"), ("51 Personen", "injured")]),
    ("Cuatro personas murieron y otros 16 desaparecidos siguen sin ser hallados.",
     [("Cuatro personas", "dead"), ("16 desaparecidos", "missing")]),
    # one more item of a list; co-defendants are others beside one already
    ("The storm destroyed 800 homes in the north and another 1,200 homes were damaged in the south.",
     [("800 homes", "homes"), ("1,200 homes", "homes")]),
    ("The mayor and 14 other co-defendants were convicted on Monday.", [("14 other co-defendants", "co-defendants")]),
])
def test_others_of_another_fate_another_item_and_co_defendants_keep_their_measure(text, counts):
    assert _counts(text) == counts


def test_a_ranking_and_a_count_of_others_join_no_count_of_the_event():
    claims = compared(
        "Both blazes are now among the five most destructive wildfires in the province's history. "
        "Crews fought the two wildfires through the night.",
        "Five wildfires continued to burn into a third night. "
        "Deux autres incendies brûlent toujours au nord de la ville.")
    assert not holding(claims, "five most destructive", "Five wildfires continued")
    assert not holding(claims, "the two wildfires", "Deux autres incendies")
