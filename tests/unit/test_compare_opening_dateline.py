"""A claim titled by its statement's opening words drops the dateline it opens on ("LIMA.- ", "NEW YORK — "):
where the report was filed is no word of the claim (issue 11: readable claim titles). Made-up sentences."""

from __future__ import annotations

import pytest

from briefing_tui.compare.statement_openings import opening_words


@pytest.mark.parametrize(("text", "title"), [
    ("LIMA.- El ministro peruano Juan Ruiz, hijo de un pescador, fue elegido el lunes presidente del partido.",
     "El ministro peruano Juan Ruiz…"),
    ("NEW YORK — The jury found the company liable for damages on Friday afternoon.",
     "The jury found the company liable for damages on Friday…"),
])
def test_the_dateline_is_no_part_of_the_opening(text, title):
    assert opening_words(text) == title


def test_an_opening_without_dateline_is_kept():
    assert opening_words("The EU said that it would respond.") == "The EU said that it would respond"
