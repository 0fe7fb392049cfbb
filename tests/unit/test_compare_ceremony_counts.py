"""Who attends a ceremony or a summit is counted for what they are, in any language, so that the sources' counts of one
of them meet in one claim: "224 cardinals" / "224 Kardinäle", "130 delegaciones internacionales" / "130 délégations",
"12 monarcas reinantes" / "ein Dutzend regierende Monarchen", "55 jefes de Estado" / "50 heads of state" /
"50 Staatsoberhäupter" (issue 11: counts of a funeral's guests read as "internacionale", "reinante", "jefe")."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.key_figures import is_key_figure
from briefing_tui.model import Sentence, Source
from tests.compare_helpers import compared, holding


def read(text: str):
    source = Source(id="s", path="s.txt", raw=text, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [(f.text, f.measure, f.low) for f in figures_in_text(text, source, 0) if f.kind not in ("date", "year")]


def test_a_head_of_state_is_one_name_in_every_language():
    assert read("Some 40 heads of state flew in for the summit.") == [("Some 40 heads of state", "head-of-state", 40.0)]
    assert read("Llegaron 40 jefes de Estado a la cumbre.") == [("40 jefes de Estado", "head-of-state", 40.0)]
    assert read("Quelque 40 chefs d'État sont attendus.") == [("Quelque 40 chefs d'État", "head-of-state", 40.0)]
    assert read("Zum Gipfel kamen 40 Staatsoberhäupter.") == [("40 Staatsoberhäupter", "head-of-state", 40.0)]
    # (a noun with another complement is no head of state)
    assert read("The farm sold 40 heads of cattle.")[0][1] != "head-of-state"


def test_a_spanish_adjective_of_one_plural_form_is_not_what_is_counted():
    assert read("Asistieron 80 delegaciones internacionales.") == [("80 delegaciones", "delegation", 80.0)]
    assert read("Estuvieron presentes 9 monarcas reinantes.") == [("9 monarcas", "monarch", 9.0)]
    assert read("Se cancelaron 40 vuelos nacionales.") == [("40 vuelos", "flight", 40.0)]


def test_a_german_dozen_and_an_adjective_before_the_noun():
    assert read("Es kamen ein Dutzend Monarchen.") == [("ein Dutzend Monarchen", "monarch", 12.0)]
    assert read("Es kamen 80 ausländische Delegationen.") == [("80 ausländische Delegationen", "delegation", 80.0)]
    assert read("Es wurden zwölf neue Häuser gebaut.")[0][1] == "homes"


def test_guests_of_a_ceremony_are_key_figures_and_meet_across_languages():
    texts = ["The synod opened with 180 cardinals.", "Die Synode begann mit 180 Kardinälen.",
             "Le synode s'est ouvert avec 180 cardinaux.", "Más de 90.000 fieles asistieron a la misa."]
    found = [read(t)[0] for t in texts]
    assert [m for _, m, _ in found] == ["cardinal", "cardinal", "cardinal", "faithful"]
    source = Source(id="s", path="s.txt", raw=texts[0], sentences=[Sentence(0, 0, len(texts[0]), texts[0], 0)])
    assert is_key_figure(figures_in_text(texts[0], source, 0)[0])


def test_two_outlets_counting_heads_of_state_differently_disagree():
    claims = compared("The summit in the capital drew 55 heads of state on Saturday.",
                      "Zum Gipfel in der Hauptstadt kamen am Samstag 50 Staatsoberhäupter.")
    found = holding(claims, "55 heads of state", "50 Staatsoberhäupter")
    assert found and found[0].verdict == "disagree"
