"""Issue 11: the measures of a court case (compare/court_measures.py). A term asked for by the prosecution, by the
defence or the maximum is never the term imposed; forfeiture, restitution and money taken from victims are money
measures of their own; "convicted on N counts" in any language is one count; an appeal made is the intention to
appeal carried out. Constructed sentences; each test fails on the code before these rules."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.intentions import intentions
from tests.compare_helpers import article, holding, read


def measured(text: str, kind: str, **kw) -> list[tuple[str, float, float, str | None, str | None]]:
    return [(f.text, round(f.low, 3), round(f.high, 3), f.measure, f.subject) for f in read(text, **kw)
            if f.kind == kind]


def test_a_term_asked_for_is_the_asking_partys_not_the_sentence():
    assert measured("Prosecutors had demanded a sentence of as much as 30 years, while the banker's lawyers had "
                    "asked for just 4 1/2 years.", "period") == [
        ("as much as 30 years", 30.0, 30.0, "requested sentence", "prosecution"),
        ("4 1/2 years", 4.5, 4.5, "requested sentence", "defence")]
    assert measured("The judge imposed a term longer than the 3- to 5-year range that the defence had sought.",
                    "period") == [("3- to 5-year", 3.0, 5.0, "requested sentence", "defence")]
    assert measured("Die Richterin blieb unter den von der Staatsanwaltschaft geforderten zwölf bis 15 Jahren.",
                    "period", language="de") == [("zwölf bis 15 Jahren", 12.0, 15.0, "requested sentence", "prosecution")]
    assert measured("Das liegt über den drei Jahren, die von seinen Anwälten vorgeschlagen wurden.", "period",
                    language="de") == [("drei Jahren", 3.0, 3.0, "requested sentence", "defence")]
    # the term imposed stays the sentenced person's
    assert measured("A judge sentenced John Roe to 9 years in prison.", "period") == [
        ("9 years", 9.0, 9.0, "prison sentence", "John Roe")]
    assert measured("Roe faces up to 40 years in prison.", "period")[0][3] == "maximum sentence"


def test_a_named_requester_takes_the_party_the_article_gives_them():
    text = ("Defence attorney Anna Berg spoke after the hearing. The term was far above the 2-1/2 years that Berg "
            "had recommended.")
    found = [f for f in read(text) if f.kind == "period"]
    assert [(f.text, f.low, f.measure, f.subject) for f in found] == [("2-1/2 years", 2.5, "requested sentence", "defence")]
    # a name the article gives no party is no requester
    assert [f.measure for f in read("It was above the 7 years that Berg had recommended.") if f.kind == "period"] == [None]


def test_the_requests_of_each_party_are_one_claim_apart_from_the_sentence():
    claims = compare([
        article("a", "2024-03-28", "A judge sentenced Carl Vance to 12 years in prison. Prosecutors had sought 20 "
                "years, while Vance's lawyers had asked for five years."),
        article("b", "2024-03-28", "Carl Vance was sentenced to 12 years in prison. Prosecutors had asked for a "
                "prison sentence of 20 years, while his lawyers had requested a six-year term."),
    ])
    defence = holding(claims, "five years", "six-year term")
    assert len(defence) == 1 and defence[0].verdict == "disagree"
    prosecution = holding(claims, "sought 20", "sentence of 20 years")
    assert len(prosecution) == 1 and prosecution[0].verdict == "agree"
    assert not holding(claims, "five years", "sought 20")


def test_forfeiture_and_money_taken_from_victims_are_measures_of_their_own():
    assert [m[3] for m in measured("She was ordered to forfeit $3 billion in assets.", "money")] == ["forfeiture"]
    assert [m[3] for m in measured("He must pay $40 million in restitution.", "money")] == ["restitution"]
    assert [m[3] for m in measured("The scheme siphoned $2 billion from depositors.", "money")] == ["taken from victims"]
    assert [m[3] for m in measured("The fraud swindled about $3 billion from depositors, banks and insurers.",
                                   "money")] == ["taken from several kinds of victims"]
    assert [m[3] for m in measured("Er ist für den Verlust von 2 Milliarden US-Dollar an Kundengeldern "
                                   "verantwortlich.", "money", language="de")] == ["taken from victims"]
    # a firm's loss is no money taken
    assert [m[3] for m in measured("Der Konzern meldete einen Verlust von 2 Milliarden US-Dollar im Quartal.",
                                   "money", language="de")] != ["taken from victims"]


def test_counts_of_a_conviction_are_one_measure_in_every_language():
    assert [m[3] for m in measured("She was convicted on four counts of wire fraud.", "count")] == ["counts of conviction"]
    assert [m[3] for m in measured("A jury found him guilty of four charges.", "count")] == ["counts of conviction"]
    assert [m[3] for m in measured("Die Geschworenen verurteilten sie wegen vier Straftaten.", "count",
                                   language="de")] == ["counts of conviction"]
    assert [m[3] for m in measured("He was indicted on four counts.", "count")] == ["counts charged"]
    claims = compare([
        article("a", "2024-03-28", "Jana Holt was convicted in May on four counts of fraud."),
        article("b", "2024-03-28", "Die Geschworenen verurteilten Jana Holt wegen vier Straftaten. Das Urteil wurde "
                "am Donnerstag in New York verkündet, und die Anwälte der Frau wollen es prüfen."),
    ])
    found = holding(claims, "four counts", "vier Straftaten")
    assert len(found) == 1 and found[0].verdict == "agree"


def test_an_appeal_made_or_continued_is_the_intention_to_appeal():
    assert [i[2:] for i in intentions("On May 3 the firm appealed its conviction and fine.")] == [("appeal", True)]
    assert [i[2:] for i in intentions("His lawyers said they will continue to appeal the verdict.")] == [("appeal", True)]
    assert [i[2:] for i in intentions("Sie legte gegen das Urteil Berufung ein.")] == [("appeal", True)]
    assert [i[2:] for i in intentions("The company is appealing the ruling.")] == [("appeal", True)]
    assert [i[2:] for i in intentions("Her lawyers filed a notice of appeal on Friday.")] == [("appeal", True)]
    assert intentions("It is an appealing offer.") == []
    assert intentions("The mayor appealed for calm.") == []
    assert intentions("Le maire a fait appel à des experts.") == []


def test_a_fine_is_on_the_party_it_is_against_after_the_amount():
    assert [m[3:] for m in measured("Die Behörde hat eine Strafe in Höhe von 1,2 Milliarden Euro gegen Nordbank "
                                    "verhängt.", "money", language="de")] == [("fine", "Nordbank")]
    assert [m[3:] for m in measured("Le régulateur a infligé une amende de 300 millions d'euros contre Nordbank.",
                                    "money", language="fr")] == [("fine", "Nordbank")]


def test_a_term_after_a_verb_of_sentencing_is_imposed_unless_a_party_asked_for_it():
    assert measured("The judge sentenced him to 25 years that prosecutors had called lenient.", "period") == [
        ("25 years", 25.0, 25.0, "prison sentence", None)]
    assert measured("Prosecutors asked the judge to sentence him to 50 years.", "period") == [
        ("50 years", 50.0, 50.0, "requested sentence", "prosecution")]


def test_a_request_in_a_verb_last_clause_or_another_language_is_the_partys():
    assert measured("Die Staatsanwaltschaft hatte zwölf Jahre Haft gefordert.", "period", language="de") == [
        ("zwölf Jahre", 12.0, 12.0, "requested sentence", "prosecution")]
    assert measured("Le parquet avait requis 12 ans de prison.", "period", language="fr") == [
        ("12 ans", 12.0, 12.0, "requested sentence", "prosecution")]
    assert measured("La defensa pidió cinco años.", "period", language="es") == [
        ("cinco años", 5.0, 5.0, "requested sentence", "defence")]


def test_and_a_half_makes_one_period_and_the_whole_of_the_counts_is_the_charges():
    assert measured("The mayor was sentenced to 14 and a half years in prison.", "period") == [
        ("14 and a half years", 14.5, 14.5, "prison sentence", None)]
    assert [m[0::3] for m in measured("The founder was convicted on three of 12 counts.", "count")] == [
        ("three", "counts of conviction"), ("12 counts", "counts charged")]


def test_how_long_a_ban_runs_is_a_sentence_of_its_own_not_the_prison_term():
    assert [m[3:] for m in measured("The court sentenced Anna Holt to three years in prison and barred Anna Holt from "
                                    "public office for five years.", "period")] == [
        ("prison sentence", "Anna Holt"), ("ban sentence", "Anna Holt")]
    assert [m[3] for m in measured("Anna Holt a été déclarée inéligible pendant cinq ans.", "period",
                                   language="fr")] == ["ban sentence"]


def test_a_term_handed_to_someone_or_written_as_the_sentences_adjective_is_the_prison_term():
    assert [m[3] for m in measured("The court handed him seven years in prison.", "period")] == ["prison sentence"]
    assert [m[3] for m in measured("The judge gave her four years.", "period")] == ["prison sentence"]
    assert [m[3] for m in measured("The banker was handed a nine-year sentence on Friday.", "period")] == [
        "prison sentence"]
    # (a term of office, a contract's length are no prison terms)
    assert [m[3] for m in measured("He got a four-year contract.", "period")] == [None]


def test_terms_listed_after_the_first_are_the_prison_terms_of_the_people_named_before_them():
    assert [m[3:] for m in measured("The court sentenced Bardet to nine years, Colin to four years and Maury to two "
                                    "years.", "period")] == [
        ("prison sentence", "Bardet"), ("prison sentence", "Colin"), ("prison sentence", "Maury")]
    assert [m[3:] for m in measured("Bardet foi condenado a nove anos, Colin a quatro anos e Maury a dois anos.",
                                    "period", language="pt")] == [
        ("prison sentence", "Bardet"), ("prison sentence", "Colin"), ("prison sentence", "Maury")]
    # (a later period that is no term of the list keeps its reading)
    assert [m[3] for m in measured("He was sentenced to nine years in 2019 and released after two years.",
                                   "period")] == ["prison sentence", None]


def test_the_person_sentenced_is_named_after_a_colon_or_a_fronted_clause():
    from briefing_tui.compare.prison_terms import prison_term
    assert prison_term("Le tribunal correctionnel de Lyon a tranché : Marc Vidal est condamné à ", " de prison.") == (
        "prison sentence", "Marc Vidal")
    assert prison_term("La saison est finie.Alors que s'ouvre le Festival de Venise, Marc Vidal a été condamné à ",
                       " de prison.") == ("prison sentence", "Marc Vidal")


def test_a_term_asked_for_with_a_participle_or_by_the_italian_accusa_is_the_prosecutions():
    # Spanish and Portuguese participles after an auxiliary, a French feminine participle, Italian "l'accusa"
    assert measured("La Fiscalía había pedido una pena de 7 años para el cantante.", "period", language="es") == [
        ("7 años", 7.0, 7.0, "requested sentence", "prosecution")]
    assert measured("O Ministério Público tinha solicitado uma pena de 6 anos.", "period", language="pt") == [
        ("6 anos", 6.0, 6.0, "requested sentence", "prosecution")]
    assert measured("La peine reste loin des 8 ans de prison requise par le parquet.", "period", language="fr") == [
        ("8 ans", 8.0, 8.0, "requested sentence", "prosecution")]
    assert measured("L’accusa aveva chiesto una condanna a 5 anni di carcere.", "period", language="it") == [
        ("5 anni", 5.0, 5.0, "requested sentence", "prosecution")]
    # the charge ("con l'accusa di") is no party
    assert measured("Il cantante è stato arrestato con l’accusa di frode e condannato a 3 anni di carcere.", "period",
                    language="it")[0][3] == "prison sentence"


def test_a_term_the_victims_lawyers_asked_for_is_the_accusers_not_the_defences():
    assert measured("Prosecutors had sought 8 years, while the victim’s lawyers wanted 11 years.", "period") == [
        ("8 years", 8.0, 8.0, "requested sentence", "prosecution"),
        ("11 years", 11.0, 11.0, "requested sentence", "accuser")]
    assert measured("Lawyers for the woman had asked for 9 years.", "period")[0][3:] == ("requested sentence", "accuser")
    assert measured("His lawyers had asked for 2 years.", "period")[0][3:] == ("requested sentence", "defence")
    assert measured("Les avocats de la plaignante avaient requis 10 ans de prison.", "period", language="fr") == [
        ("10 ans", 10.0, 10.0, "requested sentence", "accuser")]
    assert measured("Die Anwälte der Klägerin hatten 10 Jahre Haft gefordert.", "period", language="de") == [
        ("10 Jahre", 10.0, 10.0, "requested sentence", "accuser")]
    assert measured("La acusación particular había pedido 10 años de prisión.", "period", language="es") == [
        ("10 años", 10.0, 10.0, "requested sentence", "accuser")]


def test_a_romance_maximum_penalty_before_a_term_is_the_maximum_sentence():
    assert [m[3] for m in measured("Los delitos acarrean una pena máxima de 12 años de prisión.", "period",
                                   language="es")] == ["maximum sentence"]
    assert [m[3] for m in measured("I reati prevedono una pena massima di 12 anni di carcere.", "period",
                                   language="it")] == ["maximum sentence"]


def test_a_fine_of_up_to_a_sum_is_a_maximum_and_one_for_each_charge_is_its_own():
    assert [m[3] for m in measured("He must pay a fine of up to $40,000.", "money")] == ["maximum fine"]
    assert [m[3] for m in measured("Deberá pagar una multa de hasta 40.000 dólares por cada uno de los cargos.",
                                   "money", language="es")] == ["maximum per-charge fine"]
    assert [m[3] for m in measured("Per ognuno dei reati è prevista una multa massima di 90mila euro.", "money",
                                   language="it")] == ["maximum per-charge fine"]


def test_two_caps_of_each_charge_disagree_when_one_is_written_with_up_to():
    claims = compare([
        article("a", "2024-03-28", "Carl Vance was convicted of two charges. He must pay a fine of up to $40,000 "
                "for each count."),
        article("b", "2024-03-28", "Carl Vance was convicted of two charges. Each count carries a maximum fine of "
                "$90,000."),
    ])
    fines = holding(claims, "$40,000", "$90,000")
    assert len(fines) == 1 and fines[0].verdict == "disagree"
