"""The gunmen of an armed attack are one measure whatever the outlet's word or language ("five gunmen", "four
assailants", "vier Bewaffnete", "cinco hombres armados", "trois hommes armés", "three armed men", "dont trois armés":
data/counted_names.yaml ``attacker``, compare/count_phrases.py for a noun with its adjective), so the outlets' counts
of them meet in one claim (issue 11: on tests/gold_new60, a study set, the four or five gunmen of the Crocus City Hall
attack were four claims of four nouns, "gunmen", "Bewaffnete", "people" and "armé"). The sentences are invented."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, holding, read


@pytest.mark.parametrize(("text", "language"), [
    ("Witnesses said at least six gunmen stormed the stadium.", "en"),
    ("Three armed men opened fire on the wedding guests.", "en"),
    ("Two assailants fled in a stolen van.", "en"),
    ("Sechs Bewaffnete stürmten das Stadion.", "de"),
    ("Seis hombres armados irrumpieron en el estadio.", "es"),
    ("Six hommes armés ont pris d'assaut le stade.", "fr"),
    ("Une vidéo montre six individus, dont cinq armés, dans le hall.", "fr"),
])
def test_a_count_of_gunmen_is_the_attackers_in_any_word(text, language):
    assert "attacker" in [f.measure for f in read(text, language=language) if f.kind == "count"]


def test_the_victims_and_the_arrested_keep_their_own_measures():
    measures = [f.measure for f in read("The gunmen killed 12 people and wounded 30 others; police arrested 7 men.")
                if f.kind == "count"]
    assert measures == ["dead", "injured", "arrested"]
    assert [f.measure for f in read("Seis hombres fueron detenidos por la policía.", language="es")
            if f.kind == "count"] != ["attacker"]


def test_two_outlets_counts_of_the_gunmen_meet_in_one_claim():
    claims = compared(
        "Gunmen attacked a stadium in Vakaria on Friday. Witnesses said at least six gunmen stormed the stands.",
        "Bewaffnete griffen am Freitag ein Stadion in Vakaria an. Vier Bewaffnete stürmten die Tribüne.",
    )
    joined = holding(claims, "six gunmen", "Vier Bewaffnete")
    assert len(joined) == 1 and joined[0].verdict == "disagree"


@pytest.mark.parametrize("text", [
    "Secondo i testimoni, cinque uomini armati hanno fatto irruzione nello stadio.",
    "Tre uomini armati sono fuggiti su un furgone rubato.",
])
def test_italian_armed_men_are_the_attackers(text):
    # (reading23: "uomini" is an irregular plural, once no head of a phrase; "uomini armati" counted "people")
    assert "attacker" in [f.measure for f in read(text, language="it") if f.kind == "count"]


def test_italian_men_with_no_adjective_of_arms_are_no_attackers():
    assert "attacker" not in [f.measure for f in read("Tre uomini sono stati arrestati.", language="it")
                              if f.kind == "count"]
