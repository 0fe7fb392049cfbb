"""Claims across languages (issue 11): the measure words, function words, weekdays and titles of German, French,
Spanish, Italian, Portuguese and Dutch news (briefing_tui/data/measure_words.yaml, compare/foreign_words.py,
compare/titles.py). Constructed sentences, not copied from the gold articles."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.language_words import language_words
from tests.compare_helpers import article, holding, read


def facts(text: str, **kw) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, measure, subject) of each figure that is no date."""
    return [(f.text, f.kind, f.measure, f.subject) for f in read(text, **kw) if f.kind != "date"]


def test_people_aboard_and_nationals_are_counted_as_people_in_every_language():
    # "Passagiere", "passeggeri", "pasajeros", "cittadini" count people, as "passengers" and "nationals" do in English
    # ("an Bord" scopes them as "on board" does: the people aboard)
    assert facts("Sie hatte 180 Passagiere an Bord.", language="de") == [("180 Passagiere", "count", "people aboard", None)]
    # (a verb of carrying scopes them too, as "carrying" does in English: compare/count_scopes.py)
    assert facts("Il volo trasportava 180 passeggeri.", language="it")[0][2] == "people aboard"
    assert facts("El avión llevaba 180 pasajeros.", language="es")[0][2] == "people aboard"
    assert facts("A bordo c'erano 95 cittadini francesi.", language="it")[0][2] == "people"
    # ...and a predicate of another language says what happened to them ("ums Leben gekommen": died)
    assert facts("Dabei sind 180 Passagiere ums Leben gekommen.", language="de")[0][2] == "dead"


def test_function_words_are_never_what_a_number_counts_nor_its_subject():
    # "Flug 302 mit 180 Passagieren": "mit" (with) is no counted noun; "Höhe" of "in Höhe von" (amounting to) no subject
    found = facts("Der Flug 302 mit 180 Passagieren an Bord stürzte ab.", language="de")
    assert all(measure != "mit" for _, _, measure, _ in found)
    assert ("180 Passagieren", "count", "people aboard") in [f[:3] for f in found]
    fine = facts("Die Behörde verhängte eine Strafe in Höhe von 1,2 Milliarden Euro.", language="de")
    assert [f[:3] for f in fine] == [("1,2 Milliarden Euro", "money", "fine")] and fine[0][3] != "Höhe"
    assert {"mit", "aus", "höhe", "avec", "sowie", "uit"} <= language_words().not_names


def test_money_measures_of_other_languages():
    # fines, budgets and loans in German, French, Spanish, Italian and Dutch name the English measure
    assert facts("Die Kommission verhängte eine Geldbuße von 500 Millionen Euro.", language="de")[0][2] == "fine"
    assert facts("Bruxelles inflige une amende de 500 millions d'euros.", language="fr")[0][1:3] == ("money", "fine")
    assert facts("El gobierno aprobó un presupuesto de 300 millones de euros.", language="es")[0][2] == "budget"
    assert facts("La banca ha concesso un prestito di 300 milioni di euro.", language="it")[0][2] == "loan"
    assert facts("Het bedrijf kreeg een boete van 80 miljoen euro.", language="nl")[0][1:3] == ("money", "fine")


def test_casualty_words_of_italian_and_dutch_and_victims_of_every_language():
    assert [m for _, _, m, _ in facts("Il bilancio è di 40 morti e 120 feriti, 12 dispersi.", language="it")] == [
        "dead", "injured", "missing"]
    assert [m for _, _, m, _ in facts("Er vielen 40 doden en 120 gewonden.", language="nl")] == ["dead", "injured"]
    assert facts("Las autoridades confirmaron 40 víctimas.", language="es")[0][2] == "dead"


def test_number_and_scale_words_of_other_languages():
    # "elf Milliarden Dollar" is 11 billion; Italian "mila", Dutch "miljard"
    assert [(f.kind, f.low) for f in read("Das Paket umfasst elf Milliarden Dollar.", language="de")] == [
        ("money", 11e9)]
    assert [f.low for f in read("Sono stati evacuati 20 mila residenti.", language="it") if f.kind == "count"] == [20000]
    assert [(f.kind, f.low) for f in read("Het plan kost 3 miljard euro.", language="nl")] == [("money", 3e9)]


def test_weekdays_of_other_languages_are_days_unless_part_of_a_name():
    from briefing_tui.compare.foreign_words import foreign_weekdays  # (new module: imported here)

    assert foreign_weekdays("nach dem Start am Donnerstag über dem Meer") == ((18, 28, "thursday"),)
    assert [name for *_, name in foreign_weekdays("le jeudi et le vendredi")] == ["thursday", "friday"]
    assert [name for *_, name in foreign_weekdays("giovedì sera, na quinta-feira")] == ["thursday", "thursday"]
    assert foreign_weekdays("Plácido Domingo cantó en Madrid") == ()  # a word of a name
    assert foreign_weekdays("on Thursday") == ()  # English weekdays are read elsewhere
    # a weekday in a dated article is that week's day
    dates = [(f.text, f.date_low) for f in read("Das Flugzeug stürzte am Donnerstag ab.", published="2025-06-13",
                                                language="de") if f.kind == "date"]
    assert dates == [("Donnerstag", "2025-06-12")]


def test_a_claim_with_english_members_takes_its_title_from_them_and_a_foreign_one_never_a_fragment():
    en1 = article("Outlet A", "2025-06-13", "The airline said the plane was carrying passengers to London when it "
                                            "came down in a residential district of the city on Thursday.")
    de = article("Outlet B", "2025-06-13", "Die Fluggesellschaft teilte mit, dass die Maschine nach dem Start über "
                                           "einem Wohngebiet der Stadt abgestürzt sei.")
    claims = compare([en1, de])
    german = [c.topic for c in claims if all(s.source == de.id for s in c.statements)]
    assert german == ["Die Fluggesellschaft teilte mit…"]  # its sentence's opening, not a run of words inside it
    fine = article("Outlet C", "2025-09-05", "Die Kommission verhängte eine Geldbuße von 500 Millionen Euro gegen "
                                             "den Konzern.")
    [claim] = holding(compare([fine]), "Geldbuße")
    assert claim.topic.startswith("Kommission's fine: €500 million ≈ $")  # as a claim by measure is titled


def test_what_a_share_of_another_language_is_of_and_abbreviated_scales():
    # "por ciento de los votos", "procent van de stemmen": votes, like "percent of the votes"
    shares = [(t, m) for lang, t in (("es", "El partido obtuvo el 31,2 por ciento de los votos."),
                                     ("nl", "De partij kreeg 31,2 procent van de stemmen."))
              for f in read(t, language=lang) if f.kind == "percent" for m in [f.measure]]
    assert [m for _, m in shares] == ["votes", "votes"]
    # "1,4 Mrd. Euro": an amount in euros, its scale abbreviated
    assert [(f.kind, f.unit, f.low) for f in read("Die Kosten liegen bei 1,4 Mrd. Euro.", language="de")] == [
        ("money", "EUR", 1.4e9)]


def test_prison_terms_of_italian_and_dutch_courts():
    for lang, text in (("it", "Il tribunale lo ha condannato a 12 anni di carcere."),
                       ("nl", "De rechter heeft hem veroordeeld tot 12 jaar cel.")):
        assert [(f.kind, f.measure, f.low) for f in read(text, language=lang)] == [("period", "prison sentence", 12)]


def test_a_date_told_in_three_languages_is_one_claim_of_the_event():
    # "crashed on Thursday", "der Absturz am Donnerstag", "si è schiantato giovedì": one date of the crash
    a = article("Outlet A", "2025-06-13", "A passenger plane crashed on Thursday near the airport, the airline said.")
    b = article("Outlet B", "2025-06-13", "Nach dem Absturz am Donnerstag in der Nähe des Flughafens suchen Helfer.")
    c = article("Outlet C", "2025-06-14", "Un aereo passeggeri si è schiantato giovedì vicino all'aeroporto.")
    dated = [x for x in compare([a, b, c]) if x.topic.startswith("Date of the crash")]
    assert [(x.verdict, sorted({s.source for s in x.statements})) for x in dated] == [
        ("agree", [a.id, b.id, c.id])]
    assert "Thu 12 Jun" in dated[0].topic


def test_a_count_of_nationals_is_a_count_of_people_of_that_nationality_in_every_language():
    # "169 Inder", "53 britannici", "12 ressortissants français", "7 Portuguese": people, with the English adjective
    cases = [("de", "An Bord waren 169 Inder und 53 Briten."),
             ("it", "A bordo c'erano 169 cittadini indiani e 53 britannici."),
             ("fr", "Parmi les victimes figurent 12 ressortissants français."),
             ("en", "The passengers included 7 Portuguese and one Canadian.")]
    found = [[(f.measure, f.subject) for f in read(text, language=lang) if f.kind == "count"] for lang, text in cases]
    assert found == [[("people", "Indian"), ("people", "British")], [("people", "Indian"), ("people", "British")],
                     [("dead", "French")], [("people", "Portuguese"), ("people", "Canadian")]]


def test_function_words_of_another_language_never_say_two_dates_time_one_event():
    # "ha sacudido este viernes" and "un balance emitido este sábado" share only "este" (this): the quake's day and the
    # report's day, no disagreement (a guard for the weekdays of other languages read above: without the function
    # words' check in verdict._event_words this pair disagrees)
    a = article("Outlet A", "2025-03-28", "Un fuerte terremoto de magnitud 7,7 ha sacudido este viernes el norte del país.")
    b = article("Outlet B", "2025-03-29", "El fuerte terremoto de magnitud 7,7 ocurrido el viernes en el norte del país "
                                          "dejó 300 muertos, según un balance emitido este sábado.")
    both = [c for c in compare([a, b]) if {s.source for s in c.statements} == {a.id, b.id}]
    assert both and all(c.verdict == "agree" for c in both), [(c.topic, c.verdict) for c in both]


def test_less_than_and_at_most_of_other_languages_and_their_survivors():
    # "menos de", "moins de", "kurang dari" are "less than", "höchstens" is "at most", German "fast" is "nearly"
    assert [(f.qualifier, f.measure) for f in read("Menos de 30 personas resultaron heridas.", language="es")] == [
        ("less_than", "injured")]
    assert [f.qualifier for f in read("On compte moins de 200 blessés.", language="fr")] == ["less_than"]
    assert [f.qualifier for f in read("Kurang dari 30 orang tewas.", language="id")] == ["less_than"]
    assert [f.qualifier for f in read("Es gab höchstens 50 Verletzte.", language="de")] == ["at_most"]
    assert [f.qualifier for f in read("Es gab fast 50 Verletzte.", language="de")] == ["nearly"]
    # "Überlebende" are the English "survivors" (one measure, not "survivor")
    assert [f.measure for f in read("Es gab nur zwölf Überlebende.", language="de")] == ["survivors"]


def test_indonesian_votes_and_shares_and_money_measures_of_every_language():
    # "suara" are votes, "persen" is per cent; "Kosten", "deuda", "fondo" are cost, debt, fund
    assert [(f.kind, f.measure) for f in read("Kandidat itu meraih 96.214.691 suara atau 58,59 persen.",
                                               language="id")] == [("count", "votes"), ("percent", "votes")]
    assert [f.measure for f in read("Die Kosten belaufen sich auf 3 Milliarden Euro.", language="de")] == ["cost"]
    assert [f.measure for f in read("La deuda pública alcanzó 1,6 billones de euros.", language="es")] == ["debt"]
    assert [f.measure for f in read("Il governo ha creato un fondo di 500 milioni di euro.", language="it")] == ["fund"]


def test_pilgrims_and_more_nationalities_of_other_languages_are_counted_people():
    # "pèlerins", "peregrinos", "pellegrini", "Pilger" count people, whose nationality may follow them; "Tunesier",
    # "Marokkaner", "Jordaniens" count nationals: a predicate says what befell them
    cases = [("fr", "Au moins 41 pèlerins tunisiens sont décédés pendant le voyage."),
             ("es", "Ayer murieron al menos 17 peregrinos egipcios en el desierto."),
             ("it", "Almeno 230 pellegrini indonesiani sono morti durante il viaggio."),
             ("de", "Mindestens 12 Tunesier sind ums Leben gekommen."),
             ("de", "Dabei starben 8 Marokkaner."),
             ("fr", "Au moins 75 Jordaniens sont également morts.")]
    found = [[(f.measure, f.subject) for f in read(text, language=lang) if f.kind == "count"] for lang, text in cases]
    assert found == [[("dead", "Tunisian")], [("dead", "Egyptian")], [("dead", "Indonesian")],
                     [("dead", "Tunisian")], [("dead", "Moroccan")], [("dead", "Jordanian")]]


def test_the_predicate_of_a_count_of_nationals_is_read_past_their_adjective_and_an_insertion():
    # "peregrinos tunecinos (del total) murieron": the nationality's adjective and the brackets stand between the
    # count and its verb, which still says what befell them
    found = [(f.measure, f.subject) for f in read("Dijo que 48 peregrinos tunecinos (del total) murieron ayer.",
                                                  language="es") if f.kind == "count"]
    assert found == [("dead", "Tunisian")]
