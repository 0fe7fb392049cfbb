"""Article text that cleaning used to keep out of the statements (issue 11 via ingestion): a short unclosed line
that states a figure is the article's text, not a subheading (a liveblog's entry, a fact box's line)."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text

PROSE = ("Rescue teams worked through the night to reach villages cut off by the water, and the regional "
         "government said more than 4,000 people had been moved to shelters.\n\n"
         "Forecasters said more rain was expected over the weekend, and officials asked residents to stay away "
         "from the banks until the water went down.\n\n")
MORE = ("The army sent boats and helicopters to the worst-hit districts, where roads had been washed away and "
        "bridges had collapsed.\n\n"
        "Aid agencies said clean water and medicine were most needed in the camps set up on higher ground.\n\n")


def _kinds(line: str) -> dict[str, str]:
    src = parse_text(f"Floods force thousands from their homes\n\n{PROSE}{line}\n\n{MORE}", "x")
    return {p.display: p.kind for p in src.paragraphs}


@pytest.mark.parametrize("line", ["0130 GMT — Death toll rises above 15,000 in both countries",
                                  "233 killed, around 900 injured in the triple train crash",
                                  "Retail investors could bid for a maximum of 98 shares"])
def test_short_line_stating_a_figure_is_text_with_a_sentence(line):
    src = parse_text(f"Floods force thousands from their homes\n\n{PROSE}{line}\n\n{MORE}", "x")
    kinds = {p.display: p.kind for p in src.paragraphs}
    assert kinds[line] == "text"
    assert line in [s.text for s in src.sentences]


@pytest.mark.parametrize("line", ["Yann Le Pen, a 12-month suspended prison term and no ban on office",
                                  "Here are the figures for the 2024 season so far:",
                                  "Rescue efforts in 2024",
                                  "How the rescue unfolded along the river"])
def test_label_lead_in_or_list_entry_stays_a_subheading(line):
    assert _kinds(line)[line] == "heading"
