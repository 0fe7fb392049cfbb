"""Figures of a flood's running reports in several languages (issue 11): the vague "des centaines de milliers de"
(hundreds of thousands, never hundreds of "milliers"), a number word reached past a qualifier ("auf mindestens elf",
"à au moins douze"), an adverb after a bare number that opens its predicate ("eight still remain missing"), and a
French participle agreeing with the counted noun ("personnes portées disparues" count the missing)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


@pytest.mark.parametrize(("text", "language"), [
    ("Des centaines de milliers de foyers sont privés de courant depuis lundi.", "fr"),
    ("Selon la préfecture, plusieurs centaines de milliers de foyers restent sans courant.", "fr"),
    ("Varios cientos de miles de hogares siguen sin luz en la provincia.", "es"),
])
def test_hundreds_of_thousands_after_a_determiner(text, language):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [(f.low, f.high) for f in counts] == [(200_000.0, 999_999.0)]


@pytest.mark.parametrize(("text", "language", "value", "measure"), [
    ("Nach Angaben der Behörden ist die Zahl der Toten auf mindestens elf gestiegen.", "de", 11.0, "dead"),
    ("Die Zahl der Verletzten stieg am Abend auf mehr als zwölf.", "de", 12.0, "injured"),
    ("Le bilan des morts est passé à au moins douze dans la vallée.", "fr", 12.0, "dead"),
    ("La cifra de muertos subió a al menos doce en la comarca.", "es", 12.0, "dead"),
])
def test_a_number_word_reached_past_a_qualifier_is_the_toll(text, language, value, measure):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [(f.low, f.measure) for f in counts] == [(value, measure)]
    assert counts[0].qualifier in ("at_least", "more_than")


def test_a_number_word_past_a_qualifier_with_no_measure_of_people_stays_unread():
    assert [f.low for f in read("Der Zug fährt auf mindestens acht Gleisen.", language="de")
            if f.kind == "count" and f.measure == "dead"] == []


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Rescuers said four people had died and nine still remain missing in the valley.", 9.0, "missing"),
    ("The mayor said twelve are now confirmed dead.", 12.0, "dead"),
])
def test_an_adverb_after_a_bare_number_opens_its_predicate(text, value, measure):
    counts = [f for f in read(text, language="en") if f.kind == "count"]
    assert (value, measure) in [(f.low, f.measure) for f in counts]
    assert not any(f.measure in ("still", "now") for f in counts)


@pytest.mark.parametrize(("text", "measure"), [
    ("Une vingtaine de randonneurs et des dizaines de personnes portées disparues restent introuvables.", "missing"),
    ("Onze personnes portées disparues ont été retrouvées vivantes.", "missing"),
])
def test_a_french_participle_after_the_counted_people_is_not_their_noun(text, measure):
    counts = [f for f in read(text, language="fr") if f.kind == "count"]
    assert counts[-1].measure == measure
    assert "portées" not in counts[-1].text


@pytest.mark.parametrize(("text", "title"), [
    # (the one told is no teller: the speaker named before "told", past a description between commas)
    ("“We lost everything in one night,” Maria Lenz, who runs a bakery by the river, told the regional broadcaster "
     "WDR.", "Lenz: We lost everything in one night"),
    ("The levee could still give way, Anna Berg, a hydrologist at the institute, told the newspaper Kurier.",
     "Berg: The levee could still give way"),
    # (a platform after "said on" is no teller)
    ("If the rain goes on, the relief fund will be doubled, he said on ‘Y’.", "The relief fund will be doubled"),
])
def test_the_listener_or_the_platform_is_never_the_titles_teller(text, title):
    from briefing_tui.compare.clause_titles import clause_title

    assert clause_title(text) == title


@pytest.mark.parametrize(("text", "language"), [
    ("Des milliers de foyers sont encore privés d'électricité dans la vallée.", "fr"),
    ("Unos 40.000 hogares quedaron privados de luz tras la tormenta.", "es"),
    ("Rund 8.000 Haushalte sind seit Sonntag ohne Strom.", "de"),
])
def test_homes_without_power_are_their_own_measure(text, language):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [f.measure for f in counts] == ["homes without power"]


def test_homes_without_power_never_disagree_with_the_homes_damaged():
    from tests.compare_helpers import compared, one_holding

    claims = compared("Des centaines de milliers de foyers sont privés d'électricité dans le pays.",
                      "Unas 5.000 viviendas resultaron dañadas en la provincia.")
    assert one_holding(claims, "foyers").verdict != "disagree"


@pytest.mark.parametrize("text", [
    "Au total, au moins 12 personnes sont mortes, dont 5 rien qu'en Slovaquie, région la plus touchée.",
    "Au moins 12 personnes sont mortes, dont 5 seulement en Slovaquie.",
])
def test_a_french_word_for_alone_is_never_the_counted_noun(text):
    part = [f for f in read(text, language="fr") if f.kind == "count"][-1]
    assert (part.low, part.measure, part.subject) == (5.0, "part dead", "Slovaquie")


@pytest.mark.parametrize(("text", "language"), [
    ("Las lluvias dejaron sin electricidad a 18.000 personas en la provincia.", "es"),
    ("La tormenta dejó sin luz a más de 40.000 personas.", "es"),
    ("La tempête a privé d'électricité 8 000 personnes dans le département.", "fr"),
])
def test_people_left_without_power_by_the_words_before_them(text, language):
    counts = [f for f in read(text, language=language) if f.kind == "count"]
    assert [f.measure for f in counts] == ["outage"]


def test_a_count_after_another_clause_with_power_is_not_cut_off():
    counts = [f for f in read("The storm knocked out power and killed 25 people.", language="en") if f.kind == "count"]
    assert [f.measure for f in counts] == ["dead"]


@pytest.mark.parametrize(("text", "title"), [
    # (a pronoun set inside the words names nobody and is left out)
    ("The worst damage, she said, is in the northern valleys.", "The worst damage is in the northern valleys"),
    # (an adverb between the teller and the verb)
    ("Interior Minister Karl Brandt also said the army was ready to help the villages.",
     "Brandt: the army was ready to help the villages"),
    # (the teller's role before the name, set off by commas)
    ("The head of the regional water agency, Jane Roe, said the dam was safe.", "Roe: the dam was safe"),
])
def test_the_teller_is_read_past_a_pronoun_an_adverb_or_a_role(text, title):
    from briefing_tui.compare.clause_titles import clause_title

    assert clause_title(text) == title


@pytest.mark.parametrize(("text", "language", "mm"), [
    ("In the hills, 312 mm of rain fell in four days.", "en", 312.0),
    ("Im Bergland fielen seit Donnerstag 312 mm Regen.", "de", 312.0),
    ("Certaines communes ont reçu 31 cm de pluie en deux jours.", "fr", 310.0),
    ("Parts of the county got 12 inches of rain overnight.", "en", 304.8),
])
def test_rain_in_millimetres_centimetres_or_inches_is_the_rainfall(text, language, mm):
    rain = [f for f in read(text, language=language) if f.measure == "rainfall"]
    assert [round(f.low, 1) for f in rain] == [mm]


def test_a_height_in_centimetres_is_a_height_not_a_count_of_centimetres():
    heights = [f for f in read("The canal held only 40 cm of water last week.", language="en") if f.kind == "count"]
    assert [(f.low, f.measure) for f in heights] == [(400.0, "height")]


def test_rainfall_in_centimetres_agrees_with_its_inches():
    from tests.compare_helpers import compared, one_holding

    claims = compared("The hills received 30 centimeters (12 in.) of rain since Thursday.",
                      "Some 300 mm of rain fell on the hills since Thursday.")
    assert one_holding(claims, "centimeters", "300 mm").verdict == "agree"


def test_a_quantitys_title_shows_its_unit():
    from tests.compare_helpers import compared, one_holding

    claims = compared("The tremor struck at a depth of 10 km under the bay.",
                      "The tremor struck at a depth of 35 km under the bay.")
    assert one_holding(claims, "10 km", "35 km").topic == "Depth: 10 km · 35 km"


def test_a_sentence_whose_clauses_shared_claims_hold_is_no_single_claim_of_its_own():
    from tests.compare_helpers import compared

    claims = compared("Quattro persone risultano disperse in Val Rossa, dove circa 3.000 persone sono state evacuate.",
                      "In Val Rossa four people are missing. About 3,000 people were evacuated from the valley.")
    assert [c.verdict for c in claims] == ["agree", "agree"]


def test_a_sentence_saying_more_than_its_shared_clause_keeps_its_single_claim():
    from tests.compare_helpers import compared

    claims = compared("Au moins 15 personnes sont mortes, dont 6 rien qu'en Roumanie, pays le plus touché.",
                      "At least 15 people have died in the floods.")
    assert "single" in [c.verdict for c in claims]
