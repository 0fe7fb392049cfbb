"""Page layouts met on a real event tried as a desk would (written here with invented text): a teaser cut off
with "..." above the article that repeats it does not split the article's first sentence; an agency's
one-word byline ("By ANI | Updated: ...") names the outlet; a labelled list's item ("Country:" then "- Nepal") is
no agency credit."""

from __future__ import annotations

from briefing_tui.ingest import parse_text


def test_a_teaser_cut_off_above_the_lead_leaves_the_lead_whole():
    raw = ("Toll rises to 12 in river town floods\n"
           "By AFP | Updated: March 3, 2024 10:15 IST\n"
           "Riverton, March 3 : The death toll in the floods that hit the river town on Friday has ...\n\n"
           "Toll rises to 12 in river town floods\n"
           "Riverton, March 3 : The death toll in the floods that hit the river town on Friday has risen to 12, the "
           "health ministry said on Sunday evening.\n"
           "Rescue teams searched the riverbanks for a second day, and more than 400 people were moved to schools.\n")
    source = parse_text(raw, "x", "x.txt")
    texts = [s.text for s in source.sentences]
    assert any(t.endswith("has risen to 12, the health ministry said on Sunday evening.") and t.startswith("Riverton")
               for t in texts), texts
    assert source.outlet == "AFP"


def test_a_labelled_list_item_at_the_end_is_no_credit():
    raw = ("Storm cuts power to coastal towns\n"
           "The storm cut power to 30,000 homes along the coast on Monday, the grid operator said.\n"
           "Country:\n"
           "- Portugal\n"
           "Crews worked through the night to restore lines, and schools stayed closed on Tuesday.\n")
    source = parse_text(raw, "x", "x.txt")
    assert source.outlet is None


def test_a_wire_dateline_alone_on_its_line_is_no_title():
    raw = ("LISBON 12 Mar. (NOTICIAS) -\n"
           "The provisional count published after Sunday's election confirms that the Centre Alliance won 31.2% of "
           "the vote, its best result, while the Labour Front came second with 27.9%.\n"
           "Turnout reached 64.1%, up from 59.8% at the previous election, the electoral commission said.\n")
    source = parse_text(raw, "x", "x.txt")
    assert source.title != "LISBON 12 Mar. (NOTICIAS) -"
    assert source.title is None
