"""Issue 11: a news paragraph signed off jointly by an agency and the outlet ("(dpa/xy)") is the article's, not a photo
caption (invented text; fails on the code before). The whole body of a short wire item was dropped so."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text


def test_a_paragraph_signed_off_by_an_agency_and_the_outlet_is_kept():
    body = ("Wien. In Österreich hat die Sozialpartei die Wahl am Sonntag gewonnen. Dem vorläufigen Endergebnis "
            "zufolge erhielt sie 31,4 Prozent der Stimmen. Die Grünen landeten mit 12,2 Prozent auf dem dritten Platz. "
            "(dpa/xy)")
    src = parse_text(f"Sozialpartei gewinnt Wahl\n\n{body}\n", "t")
    assert "31,4 Prozent der Stimmen" in src.body
    # (a one-sentence caption with a joint credit stays out)
    page = ("Sozialpartei gewinnt Wahl\n\nDie Sozialpartei hat die Wahl am Sonntag gewonnen, teilte die Wahlbehörde "
            "mit. Sie erhielt 31,4 Prozent der Stimmen. Die Grünen landeten auf dem dritten Platz.\n\n"
            "Die Spitzenkandidatin jubelt in Wien am Wahlabend. (dpa/xy)\n\nDie Wahlbeteiligung lag bei 71 Prozent. "
            "Das Ergebnis gilt als vorläufig. Die Auszählung endet am Montag.\n")
    assert "jubelt" not in parse_text(page, "t").body
