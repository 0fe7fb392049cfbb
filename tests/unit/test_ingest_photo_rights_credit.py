"""Issue 11: a picture's credit that carries a rights notice ("Copyright Jane Roe/Copyright 2024 The AP. All rights
reserved") under a caption at the top of a page was read as the rights notice that closes the article, and the whole
article below it was dropped "after the article" (a page of eight paragraphs kept only its caption). A notice that
names a photographer before a slash and the agency is a picture's credit; a notice after the article still ends it.
The page below is made up for the test, laid out like the page that failed (fails on the code before)."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

HEADLINE = "Second bridge closed after barge strike on the river"
CAPTION = "Engineers inspect the damaged pillar of the bridge over the river on Monday, near the old harbour of the town."
CREDIT = "Copyright Marta Lindqvist/Copyright 2025 The AP. All rights reserved"
BODY = [
    "A second bridge over the river was closed on Tuesday after inspectors found cracks in two of its pillars.",
    "The barge that struck the first bridge on Sunday was carrying 1,200 tonnes of gravel, the port authority said.",
    "Nobody was injured, but about 40,000 commuters a day now face a detour of 25 kilometres, officials said.",
    "Repairs are expected to take at least six months and to cost some €30 million, according to the city council.",
]
FOOTER = "© 2025 The Daily Example. All rights reserved. This material may not be published, broadcast or rewritten."


def _page(*blocks: str) -> str:
    return "\n\n".join((HEADLINE, *blocks)) + "\n"


def test_a_rights_notice_that_credits_a_photographer_does_not_end_the_article():
    src = parse_text(_page(CAPTION, CREDIT, "By Kim Example", *BODY), "t")
    assert all(paragraph in src.body for paragraph in BODY)
    assert "All rights reserved" not in src.body


def test_a_rights_notice_after_the_article_still_ends_it():
    teaser = "Read more: The ten best riverside walks in the region this autumn, chosen by our readers and critics."
    src = parse_text(_page(*BODY, FOOTER, teaser), "t")
    assert BODY[-1] in src.body
    assert "All rights reserved" not in src.body and "riverside walks" not in src.body
