"""A toll told right after "X in Y" (a place the sentence sets inside a known bigger one) is no toll of Y's
(compare/nested_places.py): invented sentences."""

from briefing_tui.compare.nested_places import inner_place
from briefing_tui.compare.subjects import subject_of


def test_inner_place_read_before_a_known_place():
    text = "Im Bergdorf Felsach in der Schweiz"
    assert inner_place(text, text.index("Schweiz"), "Schweiz") == "Bergdorf Felsach"
    text = "a dam burst near Tarvello in Italy"
    assert inner_place(text, text.index("Italy"), "Italy") == "Tarvello"


def test_no_inner_place_without_one_or_before_an_unknown_place():
    text = "a dam burst in Italy"
    assert inner_place(text, text.index("Italy"), "Italy") is None
    text = "Tarvello in Vornholm"  # the bigger place is no place the gazetteer knows
    assert inner_place(text, text.index("Vornholm"), "Vornholm") is None


def test_toll_after_a_nested_place_is_not_the_country_s():
    before = "Im Bergdorf Felsach in der Schweiz hat ein Erdrutsch "
    assert subject_of("mindestens 14 Menschen", before, " das Leben gekostet") is None
    assert subject_of("at least 14 people", "A landslide near Tarvello in Italy has killed ", "") is None


def test_toll_of_a_country_alone_is_kept():
    assert subject_of("mindestens 14 Menschen", "In der Schweiz hat ein Erdrutsch ", " das Leben gekostet") \
        == "Schweiz"
