"""A majority defined by its count ("to reach an absolute majority (176 seats)", "la maggioranza, pari a 176 seggi")
is a rule's bar, nobody's count of seats."""

from briefing_tui.compare.majority_bars import majority_bar


def test_bracketed_count_after_a_majority_to_reach_is_the_bar():
    before = "Neither bloc has enough deputies to reach an absolute majority ("
    assert majority_bar("seats", "seats", ") in the chamber.", before) == "threshold"
    before_es = "Ningún bloque puede alcanzar la mayoría absoluta ("
    assert majority_bar("escaños", "seats", ") en el Congreso.", before_es) == "threshold"


def test_count_equal_to_a_majority_after_a_comma_is_the_bar():
    before = "I due partiti non arrivano alla maggioranza assoluta nella Camera bassa, pari a "
    assert majority_bar("seggi", "seats", ".", before) == "threshold"
    before_en = "The bloc missed the absolute majority in the lower house, equal to "
    assert majority_bar("seats", "seats", ".", before_en) == "threshold"


def test_a_party_winning_a_majority_keeps_its_count():
    assert majority_bar("seats", "seats", ").", "The Labour party won an outright majority (") is None
    assert majority_bar("seats", "seats", " in the vote.", "The party won a majority, with ") is None


def test_bracketed_count_after_a_majority_set_out_to_get_is_the_bar():
    # (issue 11: on tests/gold_new67 "Pour obtenir une majorité absolue (85 sièges au moins)" was read as a party's
    # 85 seats and joined the left bloc's seats; invented sentences)
    before_fr = "Pour obtenir une majorité absolue ("
    assert majority_bar("sièges", "seats", " au moins), le bloc devra s'allier aux Verts.", before_fr) == "threshold"
    before_es = "El partido necesitaría aliados para obtener la mayoría absoluta ("
    assert majority_bar("escaños", "seats", ") en el Senado.", before_es) == "threshold"
    before_it = "Alla coalizione servono altri deputati per ottenere la maggioranza ("
    assert majority_bar("seggi", "seats", ") alla Camera.", before_it) == "threshold"
    before_en = "The Greens would have to join in order to secure a majority ("
    assert majority_bar("seats", "seats", ") in the assembly.", before_en) == "threshold"


def test_a_party_that_got_a_majority_keeps_its_count():
    assert majority_bar("sièges", "seats", ").", "Le parti a obtenu la majorité absolue (") is None
    assert majority_bar("seats", "seats", ").", "The party is projected to win a majority (") is None
