"""Issue 11: claims about when something happens, in the languages besides English (fr es de pt it): dates without
a day ("im Dezember", "en décembre dernier", "gestern", "la semana pasada"), their future tense ("a partir del
lunes", "permitirá"), the words naming the event ("prêté serment", "Ausrufung des Kriegsrechts"), and what tells two
events apart (no foreign article, month or German noun). Each checked to fail on main (febbaab)."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article


def dates(text: str, published: str = "2025-06-04") -> list[tuple[str, str | None, str | None]]:
    from briefing_tui.compare.date_figures import dates_in

    return [(text[f.start:f.end], f.fields.get("date_low"), f.fields.get("date_high")) for f in dates_in(text, published)]


def kind(sentence: str, needle: str) -> str | None:
    from briefing_tui.compare.event_words import event_of

    at = sentence.index(needle)
    found = event_of(sentence, at, at + len(needle))
    return found and found.kind and found.kind.name


def test_dates_of_other_languages_without_a_day_are_read():
    assert dates("wegen der kurzzeitigen Ausrufung des Kriegsrechts im Dezember") == [
        ("Dezember", "2024-12-01", "2024-12-31")]
    assert dates("a brusquement déclaré la loi martiale en décembre dernier") == [
        ("décembre dernier", "2024-12-01", "2024-12-31")]
    assert dates("Offiziell soll die Entscheidung Anfang März bekanntgegeben werden", "2025-02-20") == [
        ("März", "2025-03-01", "2025-03-31")]
    assert dates("o julgamento começou em março de 2024") == [("março de 2024", "2024-03-01", "2024-03-31")]
    assert dates("der Prozess begann gestern") == [("gestern", "2025-06-03", "2025-06-03")]
    assert dates("el juicio se reanudó la semana pasada") == [("semana pasada", "2025-05-26", "2025-06-01")]
    assert dates("il mese scorso") == [("mese scorso", "2025-05-01", "2025-05-31")]
    assert dates("kommt in der nächsten Woche zusammen") == [("nächsten Woche", "2025-06-09", "2025-06-15")]
    # (a day with its month is read once; a month after another word, a possessive "mes", is no date)
    assert dates("el juicio comenzó el 6 de enero") == [("6 de enero", "2025-01-06", "2025-01-06")]
    assert dates("Mars est une planète") == [] and dates("mes derniers jours") == []


def test_a_future_of_another_language_puts_a_weekday_ahead():
    saturday = "2025-04-12"
    text = "el ministro confirmó que esta nueva etapa permitirá, a partir del lunes, levantar el cepo cambiario."
    assert dates(text, saturday) == [("lunes", "2025-04-14", "2025-04-14")]
    assert dates("Les nouvelles règles s'appliqueront dès lundi.", saturday) == [("lundi", "2025-04-14", "2025-04-14")]
    assert dates("El lunes, el ministro confirmó el acuerdo.", saturday) == [("lunes", "2025-04-07", "2025-04-07")]


def test_events_named_in_five_more_languages():
    assert kind("Il a prêté serment lundi.", "lundi") == "office"
    assert kind("Prestó juramento el lunes como presidente.", "lunes") == "office"
    assert kind("Tomou posse na segunda-feira.", "segunda-feira") == "office"
    assert kind("wegen der kurzzeitigen Ausrufung des Kriegsrechts im Dezember", "Dezember") == "emergency"
    assert kind("Yoon was impeached after briefly declaring martial law in December.", "December") == "emergency"
    assert kind("A school-age child died of measles in Texas last month.", "last month") == "death"
    assert kind("Este viernes, el Fondo Monetario Internacional aprobó un nuevo acuerdo.", "viernes") == "vote"
    assert kind("esta nueva etapa permitirá, a partir del lunes, levantar el cepo", "lunes") == "effect"
    assert kind("He was sentenced to death on Friday.", "Friday") == "sentencing"  # (no noun of death)


def test_foreign_articles_and_german_nouns_tell_no_events_apart():
    from briefing_tui.compare.event_words import different_events

    fr, de = "Le procès s'est ouvert le 6 janvier.", "Der Prozess begann am 6. Januar gegen den Ex-Präsidenten."
    assert not different_events(fr, (fr.index("6 janvier"), fr.index("6 janvier") + 9),
                                de, (de.index("6. Januar"), de.index("6. Januar") + 9))
    es = "Prestó juramento el lunes como presidente."
    pt = "Tomou posse na segunda-feira como presidente."
    assert not different_events(es, (es.index("lunes"), es.index("lunes") + 5),
                                pt, (pt.index("segunda-feira"), pt.index("segunda-feira") + 13))


def test_one_earlier_event_dated_by_its_month_and_its_day_in_three_languages_is_one_claim():
    sources = [
        article("a", "2025-06-04", "Lee won after his predecessor Yoon Suk Yeol was removed for briefly declaring "
                                   "martial law in December."),
        article("b", "2025-06-04", "His victory answered Yoon Suk Yeol's short-lived declaration of martial law on "
                                   "Dec. 3 last year."),
        article("c", "2025-06-04", "Yoon Suk-yeol a brusquement déclaré la loi martiale en décembre dernier."),
        article("d", "2025-06-03", "Die Wahl war wegen der kurzzeitigen Ausrufung des Kriegsrechts durch Yoon im "
                                   "Dezember nötig geworden."),
    ]
    claims = [c for c in compare(sources) if c.topic.startswith("Date of martial law")]
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert sorted({s.source for s in claims[0].statements}) == ["a", "b", "c", "d"]


def test_an_event_said_to_be_due_is_dated_as_itself():
    # ("the verdict is due on 25 September" and "le verdict sera rendu le 25 septembre" date one verdict)
    assert kind("The verdict is due on 25 September.", "25 September") == "verdict"
    assert kind("Le verdict sera rendu le 25 septembre.", "25 septembre") == "verdict"
    assert kind("The new tariffs are due Saturday, the trade office said.", "Saturday") == "deadline"


def test_a_start_or_happening_verb_of_another_language_times_its_subject():
    assert kind("La audiencia comenzó el 6 de enero.", "6 de enero") == "trial"
    assert kind("Die Anhörung begann am 6. Januar.", "6. Januar") == "trial"
    assert kind("La sesión, que empezó el lunes, terminó sin acuerdo.", "lunes") == "meeting"


def test_a_date_before_the_object_of_its_verb_times_the_event_named_after_its_article():
    """Issue 11 (gold_new62): "perdió este lunes la moción de confianza", "verlor am Donnerstag die von ihm gestellte
    Vertrauensabstimmung": the event's noun stands after an article (and in German after an attribute), not right
    after the date; a confidence vote's own names are words of a vote. Invented sentences."""
    from briefing_tui.compare.event_words import event_of

    for sentence, date in (("El primer ministro Moreau perdió este lunes la moción de confianza.", "lunes"),
                           ("Premier Moreau verlor am Donnerstag die von ihm gestellte Vertrauensabstimmung im "
                            "Parlament.", "Donnerstag"),
                           ("Le Premier ministre a perdu lundi le vote de confiance.", "lundi")):
        at = sentence.index(date)
        found = event_of(sentence, at, at + len(date))
        assert found is not None and found.kind.name == "vote", sentence
    # no article: the word after the date is still the only one read ("el lunes en Madrid ... la votación" is not)
    sentence = "El ministro viajó el lunes a Madrid para la votación."
    at = sentence.index("lunes")
    assert event_of(sentence, at, at + len("lunes")) is None
    claims = compare([
        article("herald", "2025-03-11", "Prime Minister Moreau lost the confidence vote in parliament on Monday, "
                                        "his office said."),
        article("zeitung", "2025-03-11", "Premier Moreau verlor am Donnerstag die von ihm gestellte "
                                         "Vertrauensabstimmung im Parlament."),
        article("diario", "2025-03-11", "El primer ministro Moreau perdió este lunes la moción de confianza en el "
                                        "Parlamento."),
    ])
    dated = [c for c in claims if c.measure == "date of the vote"]
    assert [(c.verdict, sorted(s.source for s in c.statements)) for c in dated] == [
        ("disagree", ["diario", "herald", "zeitung"])]
