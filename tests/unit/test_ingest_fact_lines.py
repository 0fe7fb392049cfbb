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


BODY = ("Heavy rains unleashed a deluge that killed five people overnight in the valley, raising the death toll from "
        "weekend flooding to 65, police said on Monday.\n\n"
        "The five were returning home after attending a wedding when their car was washed away, a police chief "
        "said.\n\n"
        "Governor Jane Roe said between 80,000 and 120,000 people have been affected in the county, the worst hit by "
        "the floods and mudslides.\n\n")
STANDFIRST = "Parts of the country could continue to face destructive flooding this week."


@pytest.mark.parametrize("between", [
    "Published\n\nKenya Floods",  # a date line's label left alone, a topic tag the page prints again below
    "Online Desk, Agencies\n\nUpdated on\n\n2 min read",  # a desk's name, a date label, a reading time
    "Published February 25th, 2025 at 5:13pm\n\nCPAC Watch for Context",  # a date line, a video's label
])
def test_standfirst_over_labels_and_date_labels_is_kept(between):
    tail = "Kenya Floods\n\nHeavy rains unleashed overnight floods in the west (AP)\n\n" \
           "\u201cI have lost three children,\u201d said one resident, who fled with his wife.\n\n"
    page = f"Shropshire Star\n\nDeath toll rises to 65 in Kenya flooding\n\n{STANDFIRST}\n\n{between}\n\n{BODY}{tail}"
    src = parse_text(page, "x")
    assert src.standfirst == STANDFIRST
    assert STANDFIRST in [s.text for s in src.sentences]
    assert src.body.startswith("Heavy rains unleashed a deluge")


def test_key_points_that_read_as_sentences_are_kept_without_a_lead_in():
    points = ["The minister is in the region for his first official visit there since the change of government",
              "The minister meets the new leader and discusses support to help the country during its transition"]
    page = ("Minister calls for ending sanctions during talks in the capital\n\nUpdated 24 January 2025\n\n"
            + "".join(f"• {p}\n" for p in points) + "\n" + BODY)
    src = parse_text(page, "x")
    assert [p.display for p in src.paragraphs if p.kind == "standfirst"] == points
    assert src.body.startswith("Heavy rains unleashed a deluge")


def test_a_menu_of_short_bullets_above_the_article_is_no_key_points():
    page = ("Minister calls for ending sanctions during talks in the capital\n\n• World news\n• Middle East\n"
            "• Business and economy\n\n" + BODY)
    assert [p.display for p in parse_text(page, "x").paragraphs if p.kind == "standfirst"] == []


SECOND = "Miami federal jury orders Tesla to pay more than $240 million in Autopilot crash case"


def test_a_second_headline_stating_a_figure_is_kept_as_a_headline():
    page = f"{SECOND}\n\nTesla ordered to pay $200M+ in Autopilot lawsuit\n\n{BODY}"
    src = parse_text(page, "x")
    assert [p.display for p in src.paragraphs if p.kind == "headline"] == \
        [SECOND, "Tesla ordered to pay $200M+ in Autopilot lawsuit"]
    assert SECOND in [s.text for s in src.sentences]
    assert src.body.startswith("Heavy rains unleashed a deluge")


@pytest.mark.parametrize("line", ["1. How a day of drama in New York unfolded in 2024",  # a list's item
                                  "Read our coverage of the storm season here"])  # no figure
def test_a_list_item_or_a_line_without_a_figure_over_the_headline_is_no_headline(line):
    page = f"{line}\n\nTesla ordered to pay $200M+ in Autopilot lawsuit\n\n{BODY}"
    src = parse_text(page, "x")
    assert line not in [p.display for p in src.paragraphs if p.kind == "headline"]
