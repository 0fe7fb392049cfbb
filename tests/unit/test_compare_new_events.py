"""General rules found on the held-out events texas_floods_2025 and bolsonaro_verdict_2025 (tests/gold_new):
each on a constructed example and a verbatim excerpt of a real article."""

from __future__ import annotations

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def periods(text: str, **kw) -> list[tuple[str, float]]:
    return [(f.text, round(f.low, 3)) for f in read(text, **kw) if f.kind == "period"]


def test_units_of_time_in_other_languages_make_periods():
    assert periods("Er wurde zu 48 Stunden Haft und 3 Monaten verurteilt.", language="de") == [
        ("48 Stunden", 48.0), ("3 Monaten", 0.25)]
    assert periods("Il a été condamné à 5 ans de prison.", language="fr") == [("5 ans", 5.0)]
    # bolsonaro_verdict_2025/07 (O Metropolitano)
    found = read("A Primeira Turma do Supremo Tribunal Federal (STF) condenou o ex-presidente Jair Bolsonaro a 27 anos "
                 "e 3 meses de prisão em regime fechado, em decisão inédita.", language="pt")
    assert [(f.kind, f.text, round(f.low, 3)) for f in found if "anos" in f.text] == [
        ("period", "27 anos e 3 meses", 27.25)]
    assert not [f for f in found if f.kind == "count"]


def test_a_sentence_in_another_language_joins_the_claim_of_its_period():
    a = article("a", "2025-09-11", "A panel of Brazil's Supreme Court sentenced Jair Bolsonaro to 27 years and three "
                "months in prison on Thursday.")
    b = article("b", "2025-09-11", "O STF condenou o ex-presidente Jair Bolsonaro a 27 anos e 3 meses de prisão em regime "
                "fechado.")
    claims = compare([a, b])
    assert holding(claims, "27 years", "27 anos")


def terms(text: str, **kw) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, round(f.low, 3), f.measure, f.subject) for f in read(text, **kw) if f.kind == "period"]


def test_a_term_in_two_units_is_one_period():
    assert terms("The contract runs for two years and six months.") == [
        ("for two years and six months", 2.5, None, None)]
    # bolsonaro_verdict_2025/07: "24 anos e 9 meses"
    assert [t[:2] for t in terms("| Walter Braga Netto | Ex-ministro da Casa Civil e General | 24 anos e 9 meses |",
                                 language="pt")] == [("24 anos e 9 meses", 24.75)]


def test_a_prison_term_is_the_sentenced_persons():
    assert terms("A judge sentenced John Smith to 12 years in prison, and his partner Mary Jones got eight years.") == [
        ("12 years", 12.0, "prison sentence", "John Smith"), ("eight years", 8.0, "prison sentence", "Mary Jones")]
    assert terms("The deal will run for 12 years and the bank received two years of data.")[0][2] == "duration"  # (no term)
    # bolsonaro_verdict_2025/01 (AP via New Indian Express)
    assert terms("Admiral Almir Garnier got 24 years.") == [("24 years", 24.0, "prison sentence", "Almir Garnier")]
    assert terms("Gen. Augusto Heleno received 21 years and Gen. Paulo Sérgio Nogueira got 19 years.") == [
        ("21 years", 21.0, "prison sentence", "Augusto Heleno"),
        ("19 years", 19.0, "prison sentence", "Paulo Sérgio Nogueira")]
    assert terms("BRASILIA: A panel of Brazilian Supreme Court justices sentenced former president Jair Bolsonaro to "
                 "27 years and three months in prison Thursday after convicting him of attempting a coup.") == [
        ("27 years and three months", 27.25, "prison sentence", "Jair Bolsonaro")]
    # bolsonaro_verdict_2025/04: the passive
    assert terms("Former Brazilian President Jair Bolsonaro has been sentenced to 27 years and three months in prison "
                 "after being found guilty of plotting a coup.")[0][2:] == ("prison sentence", "Jair Bolsonaro")


TABLE = """A Primeira Turma do Supremo Tribunal Federal condenou o ex-presidente e outros sete réus por tentativa de golpe de Estado, em decisão inédita após as eleições de 2022.
Além do ex-presidente, generais e ex-ministros do seu governo foram condenados pelos mesmos crimes, segundo a decisão da corte.
Quem são os condenados e suas penas
| Nome | Cargo/Perfil | Pena (anos, meses) |
| Jair Bolsonaro | Ex-presidente da República | 27 anos e 3 meses |
| Almir Garnier | Ex-comandante da Marinha | 22 anos |
| Mauro Cid | Ex-ajudante de ordens, delator | 20 anos |
Contexto das condenações
Os condenados participaram de uma trama golpista que visava manter Jair Bolsonaro no poder após a derrota eleitoral."""


def test_a_table_row_is_a_statement_of_its_name_measured_by_its_column():
    src = article("pt", "2025-09-12", TABLE)
    assert "| Almir Garnier | Ex-comandante da Marinha | 22 anos |" in [s.text for s in src.sentences]
    assert not any(s.text.startswith("| Nome") for s in src.sentences)  # the header stays a heading
    a = article("en", "2025-09-12", "A panel of judges sentenced former president Jair Bolsonaro to 27 years and three "
                "months in prison. Admiral Almir Garnier got 24 years. Lieutenant Colonel Mauro Cid, who cooperated "
                "with investigations, was given two years under an open regime.")
    claims = compare([a, src])
    garnier = holding(claims, "Almir Garnier got 24 years", "| Almir Garnier |")
    assert garnier and garnier[0].verdict == "disagree"
    assert holding(claims, "to 27 years and three months", "| Jair Bolsonaro |")
    assert not holding(claims, "Almir Garnier got", "| Mauro Cid |")
    assert not holding(claims, "Almir Garnier got", "| Jair Bolsonaro |")


def counts(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.low, f.measure, f.subject) for f in read(text) if f.kind == "count"]


def test_a_number_after_a_places_name_is_no_age():
    assert counts("The number of dead in Harris County, 52, is expected to rise.")[0][:3] == ("52", 52.0, "dead")
    assert counts("Dillon Angulo, 27, survived.")[0][2] == "age"  # (a person's name still takes an age)
    # texas_floods_2025/06 (WBHM, AP copy)
    assert counts("The death toll in Kerr County, 107, held steady for much of this week even as the intensive search "
                  "continued.")[0][:3] == ("107", 107.0, "dead")


def test_a_part_of_a_whole_counts_the_wholes_noun():
    assert [c[:3] for c in counts("Three of the 12 jurors voted to acquit.")] == [
        ("Three", 3.0, "juror"), ("12 jurors", 12.0, "juror")]
    assert counts("One of the five suspects fled.")[0][0] == "five suspects"  # (one of them: no count)
    # bolsonaro_verdict_2025/02 (Hindustan Times) and /03 (Leadership)
    assert [c[:3] for c in counts("Brazil's Supreme Court on Thursday sentenced him after four out of five judges voted "
                                  "to convict him.")] == [("four", 4.0, "judges"), ("five judges", 5.0, "total judges")]
    assert counts("Four out of the justices found the former Brazilian leader guilty.")[0][:3] == (
        "Four", 4.0, "judges")


def years(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.measure, f.subject) for f in read(text) if f.kind == "year"]


def test_a_year_after_a_ban_until_is_when_the_ban_ends():
    assert years("The league banned Carlos Ruiz from coaching until 2031.") == [("2031", "ineligible until", "Carlos Ruiz")]
    assert years("The talks lasted until 2031.") == [("2031", None, None)]
    # bolsonaro_verdict_2025/03 (Leadership) and /05 (SeeNews): a ban already in force is an earlier one
    assert years("The jury also barred Bolsonaro from running for public office until 2033, after he was ordered to be "
                 "put under house arrest.") == [("2033", "ineligible until", "Bolsonaro")]
    assert years("The former president, already banned from running for office until 2030, has been under house "
                 "arrest.")[0][1] == "earlier ineligible until"


def test_two_bans_until_different_years_disagree_and_an_earlier_ban_stays_apart():
    a = article("a", "2025-09-12", "The court also barred Bolsonaro from holding public office until 2060, effectively "
                "ending his political career.")
    b = article("b", "2025-09-12", "The jury also barred Bolsonaro from running for public office until 2033, after he "
                "was ordered to be put under house arrest.")
    c = article("c", "2025-09-12", "The former president, already banned from running for office until 2030, has been "
                "under house arrest in Brasília since early August.")
    claims = compare([a, b, c])
    bans = holding(claims, "until 2060", "until 2033")
    assert bans and bans[0].verdict == "disagree"
    assert not holding(claims, "until 2033", "until 2030")


def test_a_number_and_a_half_of_a_unit():
    assert [c[:2] for c in counts("The tide rose to 3 and a half metres.")] == [("3 and a half metres", 3.5)]
    # (in metres: 29.5 feet)
    # texas_floods_2025/01 (Dayton Daily News, AP copy)
    assert counts("Fogarty said the gauge failed after recording a level of 29 and a half feet (9 meters).")[0][:2] == (
        "29 and a half feet", 29.5 * 0.3048)


def test_a_previous_value_after_down_from_an_adjective():
    found = [f for f in read("Unemployment claims fell to 40 claims, down from a staggering 97 claims in May.")
             if f.kind == "count"]
    assert [(f.text, f.role) for f in found] == [("40 claims", "current"), ("97 claims", "previous")]
    # texas_floods_2025/07 (The JR Voice)
    found = read("The number of people still unaccounted for in flood-ravaged Kerr County, Texas, has dramatically "
                 "dropped to just three, local officials confirmed on Saturday, down from an alarming 97 reported "
                 "missing earlier in the week.")
    assert [(f.low, f.role) for f in found if f.kind == "count"] == [(3.0, "current"), (97.0, "previous")]


def test_the_measure_right_before_of_and_a_count_is_its_measure():
    assert counts("The blast resulted in the deaths of 12 workers.")[0][2] == "dead"
    assert counts("Thousands were displaced from their homes and nearly 20 million affected.")[0][2] == "displaced"
    # texas_floods_2025/05 (Britcan News)
    assert counts("This marked the first time severe weather has interrupted the search since the devastating floods on "
                  "July Fourth, which resulted in the deaths of at least 129 people.") == [
        ("at least 129 people", 129.0, "dead", None)]


def test_a_count_of_people_in_a_place_is_that_places():
    assert counts("Monsoon rains killed 40 people in Kerala on Sunday.")[0][2:] == ("dead", "Kerala")
    # texas_floods_2025/06 (WBHM, AP copy; "Flash" capitalised in the source)
    assert counts("The Flash floods killed at least 135 people in Texas over the holiday weekend, with most deaths along "
                  "the Guadalupe River in Kerr County.")[0] == ("at least 135 people", 135.0, "dead", "Texas")


def test_the_place_a_sentences_measure_is_said_of_scopes_its_count():
    assert counts("The number of people still missing in rain-soaked Sylhet District has risen to 45, officials said.")[0][
        2:] == ("missing", "Sylhet District")
    # texas_floods_2025/07 (The JR Voice)
    found = read("The number of people still unaccounted for in flood-ravaged Kerr County, Texas, has dramatically "
                 "dropped to just three, local officials confirmed on Saturday, down from an alarming 97 reported "
                 "missing earlier in the week.")
    assert [(f.text, f.measure, f.subject) for f in found if f.kind == "count"][0] == ("three", "missing", "Kerr County")


def test_a_height_after_a_verb_of_rising_is_the_rise():
    assert [c[2] for c in counts("The Thames rose 2 metres overnight and is expected to rise to 6 metres.")] == [
        "rise", "height"]
    # texas_floods_2025/03 (Finnoexpert), /07 (The JR Voice), /01 (Dayton Daily News)
    assert counts("The Guadalupe River rose 26 feet in 45 minutes.")[0][2] == "rise"
    assert counts("The Guadalupe River surged by as much as 30 feet in a matter of hours.")[0][2] == "rise"
    assert counts("At Hunt, where the Guadalupe forks, a river gauge recorded a 22 foot rise (6.7 meters) in just "
                  "about two hours.")[0][2] == "rise"


def test_two_terms_in_one_unit_are_two_periods():
    # "respectively": the second is a second term, not the months of the first (a smaller unit joins, one unit never)
    assert [t[:2] for t in terms("The two clerks received sentences of eight and a half years and six years "
                                 "respectively.")] == [("eight and a half years", 8.5), ("six years", 6.0)]
    assert [t[:2] for t in terms("Ambos recibieron penas de 9 años y 4 años, respectivamente.", language="es")] == [
        ("9 años", 9.0), ("4 años", 4.0)]
    # two units still join
    assert [t[:2] for t in terms("The clerk received eight years and six months.")] == [
        ("eight years and six months", 8.5)]
