"""A headline printed twice at a page's top (the page's title, then its heading over an infobox) is the title: the
rows of data under its second copy ("Seats won 91 up 11") no longer displace it; a short label printed twice
("The Herald - UK") locks nothing. Invented page in the layout of an encyclopedia's election article."""

from __future__ import annotations

from briefing_tui.ingest.parse import parse_text

PAGE = """Ruritanian general election of 2024

elections in Ruritania

Ruritanian general election of 2024
180 members of the National Assembly
Registered voters 4 212 300
Turnout 61,4 % up 2,1
Union for Progress – Anna Kovar
Votes 1 208 455
Seats won 71 up 11
People's Front – Milos Brandt
Votes 998 120
Seats won 58 down 20

The election was called early after the government of prime minister Anna Kovar lost a confidence vote in the spring, when two partners left her coalition over a budget dispute.

The Union for Progress came first with 71 seats, while the People's Front lost twenty of its seats and its leader Milos Brandt announced that he would step down.
"""


def test_a_title_printed_twice_is_not_displaced_by_the_data_rows_under_it():
    src = parse_text(PAGE, "a")
    assert src.title == "Ruritanian general election of 2024"
    assert src.paragraphs[0].kind == "headline"
    body = [src.raw[p.start:p.end] for p in src.paragraphs[1:]]
    assert body[0].startswith("The election was called early")
    assert not any(text.startswith("Seats won") for text in body)
