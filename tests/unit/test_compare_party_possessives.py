"""A possessive inside a party's or a state's name ("the Austrian People's Party", "the Workers' Party") is the name's
own: the party is the figure's subject, not "Party" alone (then dropped as no name) nor an owner of a party."""

from __future__ import annotations

from briefing_tui.compare.subjects import subject_of


def share_subject(before: str) -> str | None:
    return subject_of("11%", before, " of the vote.", people=False, share=True)


def test_a_possessive_inside_a_party_name_keeps_the_whole_name():
    assert share_subject("The Danubian People's Party won ") == "Danubian People's Party"
    assert share_subject("The Workers' Party won ") == "Workers' Party"


def test_an_owner_before_a_name_is_still_left_out():
    assert share_subject("Rishi Sunak's Conservatives won ") == "Conservatives"
    assert share_subject("The Freedom Party won ") == "Freedom Party"
