"""A currency code before an amount ("NOK 2.06 billion") is the amount's unit, never its subject."""

from compare_helpers import read


def test_a_currency_code_is_no_subject():
    figures = read("Norway's surplus with Sweden narrowed from NOK 4.1 billion in May to NOK 3.2 billion in June.")
    second = next(f for f in figures if f.text == "NOK 3.2 billion")
    assert second.subject != "NOK"


def test_a_name_spelt_like_a_code_stays_a_name():
    figures = read("Ron paid 7,000 euros for the boat.")
    assert next(f for f in figures if f.text == "7,000 euros").subject == "Ron"
