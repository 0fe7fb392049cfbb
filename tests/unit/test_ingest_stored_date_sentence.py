"""Issue 11: a stored date line (" date 2024-09 ...") followed by one long sentence on the same line is no headline
glued to its article: a phrase left open before a name ("... à passagem do ciclone Nemo pelo ...") and the line's
only sentence after it, shorter than the "headline", are one sentence cut in two; the sentence stays whole in the
body, where its figures are compared. A real headline glued to a longer lead is still split. Invented sentences."""

from __future__ import annotations

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.frame import glued_headline_end

# One Portuguese sentence: the split point "do ciclone | Nemo pelo" reads like a headline's end and a sentence's
# start, but what follows is the end of the same sentence (10 words against 21 before).
ONE_SENTENCE = ("Os bombeiros da região disseram ontem que 41 pessoas morreram e 17 foram dadas como desaparecidas "
                "devido à passagem do ciclone Nemo pelo litoral sul do país na última semana.")
MORE = "A proteção civil disse que a maioria das vítimas foi causada por deslizamentos de terras nas serras."


def test_one_long_sentence_after_a_stored_date_is_not_cut_into_a_headline():
    assert glued_headline_end(ONE_SENTENCE) is None
    src = parse_text(f" date 2025-02 {ONE_SENTENCE}\n\n{MORE}\n", "a")
    assert any(s.text == ONE_SENTENCE for s in src.sentences)
    assert ONE_SENTENCE in src.body


def test_a_headline_glued_to_a_longer_lead_is_still_split():
    # the lead after the glued headline is a full sentence, longer than the headline before it
    text = ("Storm floods coast of northern towns Officials said on Monday that at least forty people had died and "
            "that rescuers were still searching the villages.")
    assert glued_headline_end(text) == len("Storm floods coast of northern towns")
