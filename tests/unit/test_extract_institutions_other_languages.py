"""Organisations named in other languages (issue 11): an institution noun inside a name ("Ministerio de ...",
"Alleanza ..."), a German compound that ends in one ("Landshuter Verwaltungsgericht"), a name the text presents as a
medium ("le site X", "el diario francés X", "the website X"); and a German common noun after "in" is no place
("in Haft?"). Each article is invented news copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.extract.institution_words import common_lead, common_noun, is_institution, media_before
from briefing_tui.model import Entity


def _entities(tmp_path: Path, text: str) -> dict[str, Entity]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus([tmp_path], cache=False)
    return {e.name: e for e in corpus.entities}


def test_a_german_court_compound_that_convicts_is_an_organisation(tmp_path):
    ents = _entities(tmp_path, (
        "Urteil gegen den Unternehmer\n\n"
        "Der frühere Unternehmer Johann Markwart ist zu einer dreijährigen Haftstrafe verurteilt worden. Das Landshuter "
        "Verwaltungsgericht sprach den 61-Jährigen schuldig, Gelder veruntreut zu haben. Die Verteidigung will "
        "Berufung einlegen, teilte sein Anwalt mit. Muss er nun in Haft? Die Entscheidung liegt beim "
        "Bundesgerichtshof, sagte der Anwalt Peter Lohmeyer.\n"))
    assert ents["Landshuter Verwaltungsgericht"].type == "organization"
    assert "Haft" not in ents


def test_a_spanish_ministry_and_an_italian_party_are_organisations(tmp_path):
    ents = _entities(tmp_path, (
        "Ayudas tras el terremoto\n\n"
        "El Ministerio de Gestión de Riesgos informó este martes de que la cifra de heridos asciende a 40, "
        "dijo Marta Quiroga, portavoz del organismo. Alleanza Civica criticó la respuesta, según el diario.\n"))
    assert ents["Ministerio de Gestión de Riesgos"].type == "organization"
    assert ents["Alleanza Civica"].type == "organization"
    assert ents["Marta Quiroga"].type == "person"


def test_a_name_presented_as_a_medium_is_an_organisation(tmp_path):
    ents = _entities(tmp_path, (
        "Financement\n\n"
        "Les soupçons ont pris de l'ampleur lorsque le site d'information Veritap a publié une note, a déclaré "
        "l'avocat Paul Orsini. Selon lui, le document est un faux.\n\n"
        "The scandal grew when investigative website Lumorio claimed it had a second note.\n"))
    assert ents["Veritap"].type == "organization"
    assert ents["Lumorio"].type == "organization"
    assert ents["Paul Orsini"].type == "person"


@pytest.mark.parametrize(("texts", "language", "expected"), [
    (["Pariser", "Strafgericht"], "de", True),
    (["Bundesgerichtshof"], "de", True),
    (["Gericht"], "de", False),  # the noun alone, no compound: any court
    (["Familienkonzern", "Mars"], "de", False),  # the compound is the name's description, not its end
    (["US-Regierung"], "de", False),  # a hyphened compound: "US" is a name of its own
    (["Strafgericht"], "en", False),  # only in a language that writes compounds
    (["Banco", "Central"], "es", True),
    (["Supremo", "Tribunal", "Federal"], "pt", True),
    (["Kim", "Moon-soo", "du", "Parti"], "fr", False),  # the noun late in the run: a person's, then a party
    (["Tribunal"], "fr", False),
    (["El", "Gobierno", "de", "Francia"], "es", False),  # an article opens the run: not the name's own word
])
def test_institution_names(texts, language, expected):
    assert is_institution(texts, language) is expected


@pytest.mark.parametrize(("before", "language", "expected"), [
    ("lorsque le site ", "fr", True),
    ("selon le site d'information ", "fr", True),
    ("publicó el diario francés ", "es", True),
    ("berichtete das Enthüllungsportal ", "de", True),
    ("French investigative website ", "en", True),
    ("told the newspaper ", "en", True),
    ("a website run by ", "en", False),  # a preposition last: its object, not the medium
    ("la radio pública, dijo ", "es", False),  # punctuation between the noun and the name
    ("ein 500 Milliarden Euro umfassender ", "de", False),  # an adjective ending like "Sender" is none
    ("the newspaper reported ", "en", False),  # English puts no words between
    ("laut ", "de", False),
    ("visited the crash site ", "en", False),  # English "site" is a place's
])
def test_media_before(before, language, expected):
    assert media_before(before, language) is expected


def test_a_common_noun_is_one_the_text_writes_as_a_compound_head():
    body = "Kommt er in Haft? Er wurde zu einer Haftstrafe verurteilt. Das Pariser Gericht tagt in Paris."
    assert common_noun("Haft", body) is True
    assert common_noun("Paris", body) is False  # "Pariser" inflects the name


def test_countries_as_other_languages_name_them_are_the_same_places(tmp_path):
    ents = _entities(tmp_path, (
        "Wahl in Asien\n\n"
        "Die Wahlkommission von Corée du Sud a annoncé mercredi les résultats. Frankreichs Regierung und "
        "Estados Unidos reagierten, sagte der Sprecher Tomas Wendl.\n"))
    assert ents["South Korea"].type == "place"
    assert ents["France"].type == "place"
    assert ents["United States"].type == "place"
    assert "Corée du Sud" not in ents


def test_common_nouns_joined_by_an_article_are_nobody_in_german(tmp_path):
    ents = _entities(tmp_path, (
        "Abstimmung im Landtag\n\n"
        "Wie Landtagspräsidentin Greta Hollmann nach Prüfung der Stimmzettel mitteilte, wurde die Mehrheit "
        "erreicht. Die Kommissionschefin Ursula von der Brelen sagte, das sei ein guter Tag.\n"))
    assert "Prüfung der Stimmzettel" not in ents
    assert ents["Greta Hollmann"].type == "person"


def test_a_name_followed_by_a_relative_of_place_is_no_speaker(tmp_path):
    ents = _entities(tmp_path, (
        "Inundaciones\n\n"
        "Las lluvias han afectado sobre todo a la Ribera Baixa, donde están la mayor parte de los daños, han "
        "informado fuentes oficiales.\n"))
    assert "Ribera Baixa" not in ents or ents["Ribera Baixa"].type != "person"


def test_international_bodies_as_other_languages_name_them(tmp_path):
    ents = _entities(tmp_path, (
        "Acuerdo\n\n"
        "El Fondo Monetario Internacional aprobó el préstamo, dijo la ministra Clara Veiga. La Unión Europea y el "
        "Banco Mundial lo celebraron.\n"))
    assert ents["International Monetary Fund"].type == "organization"
    assert ents["European Union"].type == "organization"
    assert ents["World Bank"].type == "organization"


def test_german_common_nouns_before_von_are_no_part_of_the_name(tmp_path):
    ents = _entities(tmp_path, (
        "Bundestag\n\n"
        "Der Antrag von Grünfeld Bank scheiterte. Nach der Verurteilung von Karl Brendel sagte die "
        "Ministerin Ursula von der Brelen, das Urteil sei richtig.\n"))
    assert not [name for name in ents if name.startswith(("Antrag", "Verurteilung"))]
    assert ents["Grünfeld Bank"].type == "organization"


@pytest.mark.parametrize(("texts", "language", "expected"), [
    (["Schuldenpaket", "von", "Union"], "de", 2),
    (["den", "Reihen", "von", "Union"], "de", 3),
    (["Ursula", "von", "der", "Leyen"], "de", 0),  # a given name opens it: one name
    (["Bank", "von", "England"], "de", 0),  # an organisation's keyword opens it
    (["Schuldenpaket", "von", "Union"], "en", 0),  # only in a language that capitalises nouns
])
def test_common_lead(texts, language, expected):
    assert common_lead(texts, language, lambda w: w == "Ursula") == expected


def test_a_listed_german_noun_after_in_is_no_place_even_before_punctuation():
    assert common_noun("Gefahr", "Die Bewohner sind nicht mehr in Gefahr.") is True
    assert common_noun("Oberlandia", "Der Besuch in Oberlandia.") is False


def test_a_german_medium_noun_opening_the_run_makes_the_name_a_medium(tmp_path):
    ents = _entities(tmp_path, (
        "Affäre\n\n"
        "Laut der Zeitung Lumorio ist die Notiz gefälscht, sagte der Anwalt Paul Orsini. Das französische "
        "Enthüllungsportal Veritap berichtete zuerst darüber.\n"))
    assert ents["Lumorio"].type == "organization"
    assert ents["Veritap"].type == "organization"
    assert not [name for name in ents if name.startswith(("Zeitung", "Enthüllungsportal"))]
