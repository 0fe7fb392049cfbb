"""The general rules behind cleaning and metadata, each on small inputs of its own."""

from __future__ import annotations

import pytest

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.dates import find_date

PROSE = ("The leaders of the five countries met in Tokyo on Saturday and agreed to work together on "
         "minerals, energy and transport, officials said after the meeting.")
PROSE2 = ("Analysts said the sums were modest next to the loans other powers offer in the region, but that "
          "the new partner came without conditions that felt like pressure.")


@pytest.mark.parametrize(("text", "iso"), [
    ("By Jane Doe | Updated 3:45 PM EST, Mon March 4, 2024", "2024-03-04T15:45"),
    ("Publié le 21 décembre 2025 à 14h30, mis à jour à 16h05", "2025-12-21T14:30"),
    ("21 de diciembre de 2025", "2025-12-21"),
    ("am 3. Dezember 2025 um 14:30 Uhr", "2025-12-03T14:30"),
    ("Published 21/12/2025", "2025-12-21"),
    ("12/21/2025 4:05 pm", "2025-12-21T16:05"),
    ("2025年12月21日 10:15", "2025-12-21T10:15"),
    ("03/04/2024", None),  # March or April? Not said, so not guessed.
    ("Dec 20 (Reuters)", None),  # no year
    ("February 30, 2025", None),  # no such day
])
def test_dates_are_read_only_when_unambiguous(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_nothing_is_invented_for_bare_prose():
    src = parse_text(f"{PROSE}\n\n{PROSE2}\n", "bare")
    assert (src.title, src.outlet, src.author, src.published) == (None, None, None, None)
    assert src.language == "en" and len(src.paragraphs) == 2


@pytest.mark.parametrize(("byline", "author"), [
    ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("By Staff Writer", None),
    ("Posted on December 24, 2025 by Daniyar Sarsenbayev", "Daniyar Sarsenbayev"),
    ("By JANUARY STAFF", None),
    ("Von Hans-Peter Müller", "Hans-Peter Müller"),
])
def test_bylines(byline, author):
    src = parse_text(f"A headline about the summit in Tokyo\n\n{byline}\n\n{PROSE}\n\n{PROSE2}\n", "b")
    assert src.author == author


def test_short_lines_of_a_list_are_not_joined_as_hard_wrapped():
    # Lines under 100 characters everywhere, but they end where their authors ended them.
    rows = "\n".join(f"Delegation {i} arrives at the airport at {i}:00." for i in range(1, 9))
    src = parse_text(f"{rows}\n\n{rows}\n", "rows")
    assert all("\n" not in p.text for p in src.paragraphs)


def test_hard_wrapped_text_is_joined_at_the_wrap_width():
    words = (PROSE + " " + PROSE2 + " ") * 3
    lines, line = [], ""
    for w in words.split():
        if len(line) + 1 + len(w) > 64:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    src = parse_text("\n".join(lines) + "\n\nThe end of the story came on Sunday, when talks were over.\n", "wrapped")
    assert len(src.paragraphs) == 2 and len(lines) > 8
    assert src.paragraphs[0].display == " ".join(words.split())


def test_teaser_lists_and_breadcrumbs_are_dropped_wherever_they_are():
    text = (f"News › World › Asia\n\n{PROSE}\n\nMore coverage\n"
            "Gold hits a record as investors look for safety in uncertain…\n"
            "Five things to watch in Asian markets this coming week...\n"
            "Shipping across the Caspian Sea grows faster than expected…\n")
    src = parse_text(text, "t")
    assert src.body == PROSE
    reasons = {src.raw[r.start:r.end]: r.reason for r in src.removed}
    assert reasons["News › World › Asia"] == "breadcrumb"
    assert reasons["Five things to watch in Asian markets this coming week..."] == "teaser list"


def test_ad_box_inside_the_article_does_not_cut_it_short():
    text = (f"{PROSE}\n\nAdvertisement\n\nSubscribe to our newsletter\nEnter your email address\n\n"
            "The next meeting is planned for 2027, the statement said.\n")
    src = parse_text(text, "ad")
    assert src.body.endswith("The next meeting is planned for 2027, the statement said.")
    assert "Advertisement" not in src.body and "email" not in src.body


def test_repeated_chrome_at_the_top_is_not_taken_for_the_outlet():
    from briefing_tui.ingest import parse_text

    body = "".join(f"The council approved part {n} of the harbour tunnel plan on Tuesday after a debate that "
                   f"lasted well into the night, and works on part {n} are expected to start in spring.\n\n"
                   for n in ("one", "two", "three"))
    raw = "Advertisement\n\nAdvertisement\n\nHarbour tunnel approved\n\n" + body
    src = parse_text(raw, "t")
    assert src.outlet is None
    assert src.title == "Harbour tunnel approved"
