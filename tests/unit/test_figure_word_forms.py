"""Figures said in words or beside clock times (issue 11): a time of day told in hours is no period ("a las 12:33
horas"), a period said with an article ("for an hour", "half an hour later"), "half" as a share, a word number with
a scale and no noun ("nearly one lakh"), and the span of "millions". Sentences are shaped like those of the study
figure gold (tests/gold_fig_a: Spanish, British and Indian pages)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def figures(text: str, language: str | None = None) -> list[tuple]:
    return [(f.kind, f.text, round(f.low, 6), f.unit, f.qualifier) for f in read(text, language=language)
            if f.kind != "date"]


@pytest.mark.parametrize("text", [
    "Según fuentes de Moncloa, el apagón se produjo a las 12:33 horas del lunes.",
    "El consumo se ha venido abajo después de que a las 12.30 horas se haya producido el apagón.",
    "El último dato del Ministerio, de las 6.00 horas, recogió la potencia de generación del país.",
    "La demanda se había restablecido a las 05:00 horas de este martes.",
    "El tren salió a las 18 horas.",
])
def test_a_time_of_day_told_in_hours_is_no_figure(text):
    assert figures(text, "es") == []


@pytest.mark.parametrize(("text", "language"), [
    # the French hour and minutes written with "h": "23 h" was 23 of a measure "h", and "11" a magnitude
    ("Le séisme, d'une magnitude de 6,8, a frappé vendredi à 23 h 11 la région d'Al-Haouz.", "fr"),
    ("Le séisme a frappé à 23h11 heure locale.", "fr"),
    ("Les secours sont arrivés à 9 h 30.", "fr"),
    ("L'alerte a été levée a les 5.00 h del matí.", "ca"),
])
def test_a_time_of_day_written_with_h_is_no_figure(text, language):
    assert [f for f in figures(text, language) if f[0] != "count" or f[3] != "magnitude"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # "48 h" was a count of a measure "h", its subject the preposition opening the sentence ("Pendant")
    ("Pendant plus de 48 h, les secours ont cherché des survivants.", ("period", "plus de 48 h", 48.0, "hour",
                                                                       "more_than")),
    ("Die Suche dauerte 24 Std. in den Trümmern.", ("period", "24 Std", 24.0, "hour", None)),
])
def test_an_abbreviated_length_of_hours_is_a_period(text, expected):
    (found,) = figures(text)
    assert found == expected


def test_a_preposition_opening_a_sentence_is_no_subject():
    # French and Spanish prepositions of time were read as the subject of the figure after them ("Pendant")
    for text in ("Pendant plus de 48 heures, les secours ont cherché.", "Durante más de 48 horas, los rescatistas "
                 "buscaron."):
        assert [f.subject for f in read(text) if f.kind != "date"] == [None]


def test_countries_counted_in_other_languages():
    assert [f.measure for f in read("Marruecos aceptó la ayuda de cuatro países.", language="es")
            if f.kind != "date"] == ["country"]
    assert [f.measure for f in read("Die Hilfe aus vier Ländern kam am Sonntag an.", language="de")
            if f.kind != "date"] == ["country"]


def test_a_length_of_hours_is_still_a_period():
    assert figures("El operador eléctrico ha resuelto en 18 horas la crisis energética.", "es") == [
        ("period", "18 horas", 18.0, "hour", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("For an hour, he sat on the train, the doors closed.", [("period", "an hour", 1.0, "hour", None)]),
    ("Half an hour later, passengers left.", [("period", "Half an hour", 0.5, "hour", None)]),
    ("The blackout lasted over a day in parts of Portugal.", [("period", "over a day", round(1 / 365, 6), "year",
                                                               "more_than")]),
    ("The dam had been neglected for nearly a decade.", [("period", "nearly a decade", 10.0, "year", "nearly")]),
    ("Repairs will take a year and a half.", []),  # (no word that makes it a length: "take" is not read)
    ("Rebuilding could last a year and a half, officials said.", []),
    ("Within a year and a half, the town was rebuilt.", [("period", "a year and a half", 1.5, "year", None)]),
])
def test_a_period_said_with_an_article(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Patients take the drug twice a day.",
    "Workers earn $5 a day.",
    "Maui wildfire kills at least 93, deadliest in US in a century",
    "It was a day of mourning across the country.",
])
def test_an_article_and_a_unit_that_are_no_period(text):
    assert [f for f in figures(text) if f[0] == "period"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sanchez said more than half of the power being consumed at the time suddenly disappeared.",
     [("percent", "more than half", 50.0, "%", "more_than")]),
    ("Nearly half the homes in the valley were destroyed.", [("percent", "Nearly half", 50.0, "%", "nearly")]),
    ("Output fell in the second half of the year.", []),
    ("The other half of the budget goes to defence.", []),
])
def test_half_is_a_share(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("He said a crowd of nearly one lakh at Vidhana Soudha was manageable.", 100_000.0),
    ("A crowd of nearly one million at the stadium cheered.", 1_000_000.0),
])
def test_a_word_number_with_a_scale_counts_without_a_noun(text, value):
    (found,) = figures(text)
    assert found[0] == "count" and found[2] == value and found[4] == "nearly"


def test_millions_and_tens_of_millions_are_ranges_of_their_own():
    (millions,) = read("Millions saw their phone coverage die.")
    assert (millions.low, millions.high, millions.qualifier) == (2_000_000, 9_999_999, "range")
    (tens,) = read("Tens of millions lost power across the peninsula.")
    assert (tens.low, tens.high) == (20_000_000, 99_999_999)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Podemos cifrar la demanda repuesta del orden de 9.200 MW, lo que supone aproximadamente un 35% de la demanda.",
     "es", [("count", "del orden de 9.200 MW", 9.2, "GW", "about"),  # (megawatts are power in GW)
            ("percent", "aproximadamente un 35%", 35.0, "%", "about")]),
    ("Il partito ha ottenuto circa il 30% dei voti.", "it", [("percent", "circa il 30%", 30.0, "%", "about")]),
    ("The firm faces a 10% tariff under a new rule.", None, [("percent", "10%", 10.0, "%", None)]),
])
def test_a_qualifier_before_an_article_and_its_figure(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Damage is put at between 650 and 800 million dollars.", None,
     [("money", "650 and 800 million dollars", 650e6, "USD", "range")]),
    ("Les dégâts sont estimés entre 650 et 800 millions d’euros.", "fr",
     [("money", "650 et 800 millions d’euros", 650e6, "EUR", "range")]),
    ("Il y aurait entre 100 000 à 200 000 personnes sans abri.", "fr",
     [("count", "100 000 à 200 000 personnes", 100e3, "personne", "range")]),
    ("Se calcula que hubo entre 4.000 y 5.000 muertos.", "es", [("count", "4.000 y 5.000 muertos", 4e3, "muerto", "range")]),
    ("Growth is seen between 5 and 6% this year.", None, [("percent", "5 and 6%", 5.0, "%", "range")]),
])
def test_a_range_whose_second_number_carries_the_scale_and_unit(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Cases rose from 30 to 33 on Tuesday.", None),  # (a change: two values)
    ("The vote was 59-41 in favour.", None),  # (a tally)
])
def test_no_range_from_a_change_or_a_tally(text, language):
    assert all(f[4] != "range" for f in figures(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Au moins la moitié du montant sera prise en charge.", "fr", [("percent", "Au moins la moitié", 50.0, "%", "at_least")]),
    ("Soit plus de la moitié des véhicules assurés.", "fr", [("percent", "plus de la moitié", 50.0, "%", "more_than")]),
    ("Die Hälfte der Häuser wurde zerstört.", "de", [("percent", "Die Hälfte", 50.0, "%", None)]),
    ("Un quart d'heure plus tard, le toit s'est effondré.", "fr", []),
    ('Le préfet craint "plusieurs centaines, voire quelques milliers" de morts.', "fr",
     [("count", "plusieurs centaines", 200.0, None, "range"), ("count", "quelques milliers", 2000.0, None, "range")]),
])
def test_fractions_and_words_for_many_of_other_languages(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Paslon nomor urut 1, Anies Baswedan, meraih 40.971.906 suara.", "id",
     [("count", "40.971.906 suara", 40971906.0, "suara", None)]),
    ("The candidate number 2 won 12,000 votes.", None, [("count", "12,000 votes", 12000.0, "vote", None)]),
])
def test_a_number_after_a_word_for_number_is_a_label(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the step of a scale or an alert after "level" is no count of the noun before it
    ("Des secousses de niveau 3 sur l'échelle locale ont été ressenties dans 12 villages.", "fr",
     [("count", "12 villages", 12.0, "village", None)]),
    ("Tremors of level 4 on the local scale shook 35 towns.", None, [("count", "35 towns", 35.0, "town", None)]),
    ("Las réplicas de nivel 2 afectaron a 40 casas.", "es", [("count", "40 casas", 40.0, "casa", None)]),
    ("Die Behörde rief die Stufe 2 aus.", "de", []),
])
def test_a_number_after_a_word_for_level_is_a_label(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The budget is Sh4.29 trillion, up from last year.", None,
     [("money", "Sh4.29 trillion", 4.29e12, "KES", None)]),
    ("Treasury set aside Ksh.58.5 billion for roads.", None, [("money", "Ksh.58.5 billion", 58.5e9, "KES", None)]),
    ("The VAT rise would raise R28bn this year.", None, [("money", "R28bn", 28e9, "ZAR", None)]),
    ("Each family gets a R1,500 grant.", None, [("money", "R1,500", 1500.0, "ZAR", None)]),
    ("The P545.6 billion flood-control budget was flagged.", None, [("money", "P545.6 billion", 545.6e9, "PHP", None)]),
    ("Trương Mỹ Lan bị cáo buộc chiếm đoạt hơn 30.000 tỷ đồng.", "vi",
     [("money", "hơn 30.000 tỷ đồng", 30e12, "VND", "more_than")]),
    ("Số tiền khoảng 4,5 tỷ USD đã được chuyển ra nước ngoài.", "vi",
     [("money", "khoảng 4,5 tỷ USD", 4.5e9, "USD", "about")]),
])
def test_money_as_national_presses_write_it(text, language, expected):
    assert [f for f in figures(text, language) if f[0] == "money"] == expected


@pytest.mark.parametrize("text", ["Take the R2 road north.", "Nurses wore N95 masks.", "She sat the P5 exam."])
def test_a_letter_and_a_number_alone_are_no_money(text):
    assert [f for f in figures(text) if f[0] == "money"] == []


def test_percentage_points_are_a_share_figure():
    # (a change in points has its own unit, never weighed against a share in per cent)
    assert figures("The bank raised rates by 0.5 percentage points.") == [
        ("percent", "0.5 percentage points", 0.5, "pp", None)]
    assert figures("VAT rises by half a percentage point.") == [
        ("percent", "half a percentage point", 0.5, "pp", None)]


@pytest.mark.parametrize("text", ["Chiều 17/10, tòa tuyên án.", "The shop is open 24/7.", "the 9/11 attacks"])
def test_a_number_against_another_by_a_slash_is_no_count(text):
    assert [f for f in figures(text) if f[0] == "count"] == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Trente-neuf morts, et un peu plus de 4 000 blessés.", "fr",
     [("count", "Trente-neuf morts", 39.0, "mort", None), ("count", "plus de 4 000 blessés", 4000.0, "blessé", "more_than")]),
    ("Murieron treinta y nueve personas en el incendio.", "es", [("count", "treinta y nueve personas", 39.0, "persona", None)]),
    ("KPU menetapkan delapan partai dari delapan belas peserta Pemilu.", "id",
     [("count", "delapan partai", 8.0, "partai", None), ("count", "delapan belas peserta", 18.0, "peserta", None)]),
])
def test_compound_number_words_of_other_languages(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # teens and hundreds are one number, not their first word ("dix" of "dix-huit", "deux" of "deux cents")
    ("Dix-huit manifestants ont été interpellés, deux cents policiers ont été déployés.", "fr",
     [("count", "Dix-huit manifestants", 18.0, "manifestant", None), ("count", "deux cents policiers", 200.0, "policier", None)]),
    ("La tempête a fait soixante-quinze morts.", "fr", [("count", "soixante-quinze morts", 75.0, "mort", None)]),
    # Spanish twenties are one word
    ("Veintitrés mineros quedaron atrapados y trescientos vecinos fueron evacuados.", "es",
     [("count", "Veintitrés mineros", 23.0, "minero", None), ("count", "trescientos vecinos", 300.0, "vecino", None)]),
    # German says the unit first, joined by "und"
    ("Bei dem Brand wurden zweiundzwanzig Feuerwehrleute verletzt.", "de",
     [("count", "zweiundzwanzig Feuerwehrleute", 22.0, "feuerwehrleute", None)]),
    ("Achtzehn Bergleute wurden gerettet.", "de", [("count", "Achtzehn Bergleute", 18.0, "bergleute", None)]),
    # Italian joins ten and unit, dropping the ten's vowel before a vowel
    ("Ventitré operai e trentotto passeggeri sono rimasti feriti.", "it",
     [("count", "Ventitré operai", 23.0, "operai", None), ("count", "trentotto passeggeri", 38.0, "passeggeri", None)]),
    ("Dezoito bombeiros e quinhentos soldados foram enviados.", "pt",
     [("count", "Dezoito bombeiros", 18.0, "bombeiro", None), ("count", "quinhentos soldados", 500.0, "soldado", None)]),
])
def test_teens_twenties_and_hundreds_in_words(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "language", "low", "unit"), [
    ("Il governo stanzia €7,4 mld per la ricostruzione.", "it", 7.4e9, "EUR"),
    ("O banco lucrou 14 bilhoes de reais no ano.", "pt", 14e9, "BRL"),
    ("A dívida pública europeia supera 13 biliões de euros.", "pt", 13e12, "EUR"),
    # Brazil's trillion is "trilhão" (Portugal's "bilião"), Dutch "biljoen"
    ("O governo vai emitir 2,7 trilhões de reais em títulos.", "pt", 2.7e12, "BRL"),
    ("A estatal captou 1,5 trilhão de yuans no mercado.", "pt", 1.5e12, "CNY"),
    ("De staatsschuld steeg tot 3 biljoen euro.", "nl", 3e12, "EUR"),
    ("The state set aside Rs 450 cr for flood relief.", "en", 4.5e9, "INR"),
    ("La région investit 3 Mds d'euros dans le rail.", "fr", 3e9, "EUR"),
])
def test_scale_abbreviations_and_unaccented_scales(text, language, low, unit):
    money = [f for f in read(text, language=language) if f.kind == "money"]
    assert [(round(f.low), f.unit) for f in money] == [(round(low), unit)]


def test_a_sector_named_in_lower_case_is_its_figures_subject():
    from briefing_tui.compare.claims import build_claims
    from compare_helpers import article

    assert [f.subject for f in read(
        "The health sector has been allocated Sh133.4 billion, with funding directed towards hospitals.")] == ["health sector"]
    assert [f.subject for f in read("The education ministry received $2 billion.")] == ["education ministry"]
    assert [f.subject for f in read("The ministry of health received $2 billion.")] == [None]
    a = article("Outlet A", "2025-06-12", "The National Security was allocated KSh 464.9b this year. "
                "The health sector has been allocated Sh133.4 billion, with funding directed towards hospitals.")
    b = article("Outlet B", "2025-06-12", "The health sector has been allocated Ksh 141.2 billion to strengthen "
                "universal health coverage.")
    claims = [c for c in build_claims([a, b]) if c.measure and len({s.source for s in c.statements}) > 1]
    assert [(c.topic.split(":")[0], c.verdict) for c in claims] == [("Budget (health sector)", "disagree")]


@pytest.mark.parametrize(("text", "expected"), [
    # English hundreds in words are one number, not the unit word counting "hundred"
    ("Two hundred volunteers searched the forest.", [("count", "Two hundred volunteers", 200.0, "volunteer", None)]),
    ("Nine hundred thousand voters stayed home.", [("count", "Nine hundred thousand voters", 900000.0, "voter", None)]),
    # thousands grouped by a space where the grouping is sure (a group starting with zero), whatever the style
    ("Nearly 250 000 fans packed the streets.", [("count", "Nearly 250 000 fans", 250000.0, "fan", "nearly")]),
    ("On Jan. 7 126 workers were laid off.", [("count", "126 workers", 126.0, "worker", None)]),
    # a scale abbreviation glued to the number
    ("The region is home to 2.5mn residents.", [("count", "2.5mn residents", 2500000.0, "resident", None)]),
    ("About 1bn viewers watched the final.", [("count", "About 1bn viewers", 1e9, "viewer", "about")]),
])
def test_english_hundreds_spaced_thousands_and_glued_scales(text, expected):
    assert figures(text, "en") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Une centaine de manifestants ont été interpellés.", "fr",
     [("count", "Une centaine de manifestants", 100.0, "manifestant", "about")]),
    ("Une vingtaine d'enfants ont été évacués.", "fr", [("count", "Une vingtaine d'enfants", 20.0, "enfant", "about")]),
    ("Una decena de heridos fueron trasladados al hospital.", "es",
     [("count", "Una decena de heridos", 10.0, "herido", "about")]),
    ("Un centinaio di sfollati ha trovato riparo.", "it", [("count", "Un centinaio di sfollati", 100.0, "sfollati", "about")]),
])
def test_nouns_of_about_a_round_number(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rund 1,2 Mio. Menschen sind ohne Strom.", [("count", "Rund 1,2 Mio. Menschen", 1.2e6, "menschen", "about")]),
    ("Der Dienst hat 3 Mrd. Nutzer.", [("count", "3 Mrd. Nutzer", 3e9, "nutzer", None)]),
])
def test_abbreviated_scale_with_its_dot_before_the_counted_noun(text, expected):
    assert figures(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a small "m" glued to a number before what a count counts is a million (British style)
    ("Nearly 2m people lost power.", [("count", "Nearly 2m people", 2e6, "people", "nearly")]),
    ("The flood reached 1.2m households.", [("count", "1.2m households", 1.2e6, "household", None)]),
    # (a length stays a metre in the same sentence)
    ("About 3m voters turned out and a 1.2m wall fell.",
     [("count", "About 3m voters", 3e6, "voter", "about"), ("count", "1.2m", 1.2, "m", None)]),
])
def test_small_m_glued_before_a_counted_noun_is_a_million(text, expected):
    assert figures(text, "en") == expected


def test_a_counted_noun_in_devanagari_keeps_its_vowel_signs():
    # (Python's \w leaves out the combining vowel signs: the noun was cut at its first letter)
    assert [(f.text, f.low, f.unit) for f in read("बाढ़ में १८ मकान बह गए और 40 लोगों को बचाया गया।", language="hi")
            if f.kind == "count"] == [("१८ मकान", 18.0, "मकान"), ("40 लोगों", 40.0, "लोगों")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Spanish "dos" and Italian "due" are numbers before a scale word only (else Portuguese "of the", English "due")
    ("Unos dos millones de personas fueron evacuadas ayer.", "es",
     [("count", "Unos dos millones de personas", 2e6, "persona", "about")]),
    ("Due milioni di persone sono state evacuate.", "it", [("count", "Due milioni di persone", 2e6, "persone", None)]),
    ("Llegaron dos personas al refugio.", "es", []),
    ("The rent is due on Friday.", None, []),
])
def test_two_said_in_a_word_of_another_meaning_before_a_scale_word(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a French noun after an elided "d'" heads its phrase; the adjective after it names nothing
    ("La région promet 1,2 million d'emplois industriels d'ici 2030.", ("1,2 million d'emplois", "jobs")),
    ("Le plan prévoit 3 millions d'emplois verts.", ("3 millions d'emplois", "jobs")),
])
def test_french_noun_after_elided_article_heads_the_count(text, expected):
    counts = [(f.text, f.measure) for f in read(text, language="fr") if f.kind == "count"]
    assert counts == [expected]
