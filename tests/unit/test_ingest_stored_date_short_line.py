"""A stored date line (" date 2024-06 ...") whose rest is one sentence is not cut into a headline and a lead
(issue 11): a word ending in a possessive waits for its noun ("during this month's | Summit talks ..."), and a line
whose only "sentence" after the point is too short for a lead ("In Rom herrschen derzeit | Temperaturen von bis zu
41 Grad.") is one sentence, kept whole in the body with its figure. Invented sentences."""

from __future__ import annotations

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.frame import glued_headline_end

POSSESSIVE = ("More than 2,400 runners dropped out during this month’s Desert marathon in Morocco as "
              "organisers They faced record temperatures on the course, the organisers said on Sunday.")
SHORT = "In Rom herrschen derzeit Temperaturen von bis zu 41 Grad."
NEXT = "Die Behörden riefen die Bewohner dazu auf, in der Mittagszeit zu Hause zu bleiben und viel Wasser zu trinken."


def test_a_possessive_is_no_headlines_last_word():
    assert glued_headline_end(POSSESSIVE) is None
    src = parse_text(f" date 2024-06-24 {POSSESSIVE}\n\nThe race will be held again next year.\n", "a")
    assert any(s.text.startswith("More than 2,400 runners dropped out during this month’s Desert marathon")
               for s in src.sentences)


def test_a_short_only_sentence_is_not_cut_into_a_headline():
    assert glued_headline_end(SHORT) is None
    src = parse_text(f" date 2024-06 {SHORT}\n\n{NEXT}\n", "a")
    assert any(s.text == SHORT for s in src.sentences)


def test_a_headline_glued_to_a_long_lead_is_still_split():
    text = ("Storm floods coast of northern towns Officials said on Monday that at least forty people had died and "
            "that rescuers were still searching the villages.")
    assert glued_headline_end(text) == len("Storm floods coast of northern towns")
