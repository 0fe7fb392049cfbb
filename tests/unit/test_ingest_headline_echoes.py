"""A blog's post-meta line that prints the headline again inside itself ("Local, News June 2, 2024 No Comments on
<headline>3 minute read") is no headline: the headline stays the line above it, the line's own date is the post's
date, and the line is no body text. Invented page."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

HEADLINE = "City council approves new tram line to the northern suburbs after long debate"
PAGE = f"""
{HEADLINE}
Local, News June 2, 2024 No Comments on {HEADLINE}3 minute read
The city council on Saturday approved a new tram line that will link the centre with three northern suburbs, after a debate that lasted more than six hours.
The line, which will cost about 410 million euros, is due to open in 2029, the mayor told reporters after the vote.
Opponents said the money would be better spent on buses, and promised to challenge the decision in court.
"""


def test_a_meta_line_repeating_the_headline_is_no_headline_and_gives_the_date():
    src = parse_text(PAGE, "blog")
    assert src.title == HEADLINE
    assert src.published == "2024-06-02"
    body = [PAGE[p.start:p.end] for p in src.paragraphs if p.kind == "text"]
    assert not any("No Comments" in b for b in body)
    assert body[0].startswith("The city council on Saturday approved")
