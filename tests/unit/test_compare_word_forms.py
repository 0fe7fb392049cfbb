"""A measure's word in another language names it in every form and compound, and the word families of the main
measures reach all six languages of the news (issue 11, claims split because their sides name one measure
differently): "uccise", "disperse", "Hochwassertoten", "Erdbebenopfer", "mandats", "invertirá"."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from briefing_tui.compare.measures import measure_of_word
from briefing_tui.compare.word_forms import compound_measure, sibling_forms
from briefing_tui.model import Sentence, Source


def measures(text: str, language: str | None = None) -> list[str | None]:
    source = Source(id="s", path="s.txt", raw=text, language=language, sentences=[Sentence(0, 0, len(text), text, 0)])
    return [f.measure for f in figures_in_text(text, source, 0) if f.kind not in ("date", "year")]


def test_a_participle_stands_for_its_other_genders_numbers_and_cases():
    assert sibling_forms("heridos") == {"herido", "herida", "heridos", "heridas"}
    assert sibling_forms("feriti") == {"ferito", "ferita", "feriti", "ferite"}
    assert sibling_forms("blessés") == {"blessé", "blessée", "blessés", "blessées"}
    assert sibling_forms("verletzte") == {"verletzte", "verletzten", "verletzter"}
    assert sibling_forms("people") == {"people"}
    assert sibling_forms("matou") == {"matou"}  # (a Portuguese past, "killed": no French participle)


def test_the_listed_forms_of_a_fate_give_the_other_forms_their_measure():
    assert [measure_of_word(w) for w in ("uccise", "ucciso", "disperse", "disparues", "evacuada", "sfollate",
                                         "Verletzter", "Toter", "rescapées", "detenida")] == \
        ["dead", "dead", "missing", "missing", "displaced", "displaced", "injured", "dead", "survivors", "arrested"]
    assert measures("Almeno 45 persone sono state uccise.") == ["dead"]
    assert measures("Almeno 70 persone risultano disperse.") == ["missing"]
    assert measures("Au moins 70 personnes sont portées disparues.") == ["missing"]


def test_a_german_compound_takes_its_head_nouns_measure():
    heads = {"tote": "dead", "toten": "dead", "opfer": "dead"}
    assert [compound_measure(w, heads) for w in ("hochwassertoten", "corona-tote", "erdbebenopfer", "opfer", "quote")] \
        == ["dead", "dead", "dead", None, None]
    assert measures("Die Zahl der Hochwassertoten stieg auf 62.") == ["dead"]
    assert measures("Es gibt 12 Erdbebenopfer.") == ["dead"]
    assert measures("Die Flut verursachte Sachschäden von 3 Milliarden Euro.") == ["damage"]
    # (a head whose compounds name other things heads none: "Haftstrafe" is a prison term, "Krankenhäuser" hospitals)
    assert measure_of_word("Haftstrafe") is None and measure_of_word("Krankenhäuser") is None


def test_the_families_words_in_six_languages():
    assert measures("Sono stati recuperati 30 corpi.") == ["dead"]
    assert measures("El sismo mató a 45 personas.") == ["dead"]
    assert measures("Das Beben tötete 45 Menschen.") == ["dead"]
    assert measures("Mehr als 3.000 Wohnhäuser wurden beschädigt.") == ["homes"]
    assert measures("Le parti a obtenu 143 mandats.") == ["seats"]
    assert measures("El partido obtuvo 137 bancas.") == ["seats"]
    assert measures("La empresa invertirá 10.000 millones de dólares.") == ["investment"]
    assert measures("L'azienda investirà 10 miliardi di euro.") == ["investment"]
    assert measures("Los socorristas rescataron a 50 personas.") == ["rescued"]
    assert measures("La empresa fue sancionada con 500 millones de euros.") == ["fine"]
    assert measures("Ci sono stati 300 arresti.") == ["arrested"]


def test_people_who_had_to_leave_their_homes_are_the_displaced_in_each_language():
    assert measures("Más de 20.000 personas tuvieron que abandonar sus hogares.") == ["displaced"]
    assert measures("Mehr als 20.000 Menschen mussten ihre Häuser verlassen.") == ["displaced"]
    assert measures("Mais de 20 mil pessoas tiveram que deixar suas casas.") == ["displaced"]


def test_counts_of_police_and_candidates_are_one_measure_across_languages():
    assert measures("26 officers were injured.") + measures("26 policiers ont été blessés.") \
        + measures("26 Polizisten wurden verletzt.") + measures("26 policías resultaron heridos.") == ["officer injured"] * 4
    assert measures("Es gibt 12 Kandidaten.") + measures("Hay 12 candidatos.") + measures("There are 12 candidates.") \
        == ["candidate"] * 3
