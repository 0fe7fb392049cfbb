"""The outlet a page names in its text (a wire dateline, a copyright line, an "X avec AFP" credit) beats a
section word of the site's menu printed again above the headline ("World", "Afrique")."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.credits import agency_cocredit
from briefing_tui.ingest.lines import Line

MENU = "Home\nEurope\nBusiness\nMarkets\nSport\nSign In\n\nEurope\n\n"
HEADLINE = "Floods force thousands from their homes along the river\n\n"
PROSE = ("Rescue teams worked through the night to reach villages cut off by the water, and the regional "
         "government said more than 4,000 people had been moved to shelters.\n\n"
         "Forecasters said more rain was expected over the weekend, and officials asked residents to stay away "
         "from the banks until the water went down.\n\n")


def test_wire_dateline_beats_a_repeated_section_word():
    page = MENU + HEADLINE + "VIENNA, May 4 (Reuters) - " + PROSE + "© 2024 Reuters. All rights reserved\n"
    assert parse_text(page, "w").outlet == "Reuters"


def test_copyright_line_beats_a_repeated_section_word():
    page = MENU + HEADLINE + PROSE + "Read Next\nEurope\nMarkets rally on rate hopes\n\n© 2024 Lakeside Courier\n"
    assert parse_text(page, "c").outlet == "Lakeside Courier"


@pytest.mark.parametrize("credit, outlet", [
    ("Le Temps avec AFP", "Le Temps"),
    ("El Diario con EFE y agencias", "El Diario"),
    ("Die Zeitung mit dpa", "Die Zeitung"),
])
def test_outlet_with_its_agencies_credit_beats_a_repeated_section_word(credit, outlet):
    page = MENU + HEADLINE + PROSE + f"{credit}\n\nNewsletter\nS'inscrire\n"
    assert parse_text(page, "a").outlet == outlet


@pytest.mark.parametrize("text", ["Talks with France", "Coffee with friends", "AFP with Reuters",
                                  "By Maria Lopez with AFP"])
def test_a_line_with_with_is_no_agency_credit_unless_every_name_after_it_is_an_agency(text):
    assert agency_cocredit(Line(0, 0, len(text), text)) is None


def test_a_repeated_masthead_still_names_the_outlet_when_nothing_else_does():
    page = "Lakeside Courier\nHome\nNews\n\nLakeside Courier\n\n" + HEADLINE + PROSE
    assert parse_text(page, "m").outlet == "Lakeside Courier"


def test_a_sites_logo_alt_text_under_the_headline_is_its_masthead_not_the_title():
    # a repost's first line is the headline; the outlet's logo image left its alt text ("... Header") under it
    page = HEADLINE + "The Lakeside Courier Header\n\n" + PROSE
    source = parse_text(page, "h")
    assert source.title == HEADLINE.strip()
    assert source.outlet == "The Lakeside Courier"
