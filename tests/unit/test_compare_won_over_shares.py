"""A share of the electorate a party won over ("al seducir al 33% del electorado") is its share of the votes, not the
turnout; a share of the electorate with no such verb stays the turnout."""

from briefing_tui.compare.turnout_shares import voters_who_voted


def test_share_of_the_electorate_won_over_is_no_turnout():
    assert not voters_who_voted(" del electorado.", "El partido logra 90 escaños al seducir al ")
    assert not voters_who_voted(" do eleitorado.", "O partido venceu as eleições ao seduzir ")
    assert not voters_who_voted(" of the electorate in the north.", "The party surged by winning over ")


def test_share_of_the_electorate_stays_the_turnout():
    assert voters_who_voted(" del electorado.", "La participación alcanzó el ")
    assert voters_who_voted(" of eligible voters cast ballots.", "By noon, ")
