"""Bulleted rows that each give a label and its figure ("- Anna Kowalska – 50,9 %") are the article's list, not a
menu's items, even two of them on a page whose lines are all short (issue 11: a results list of a held-out page was
dropped as "menu item", so no claim could hold the figures). A menu's links and a contact list stay dropped."""

from __future__ import annotations

import pytest

from briefing_tui.ingest.clean import classify_lines
from briefing_tui.ingest.list_items import is_table_row
from briefing_tui.ingest.lines import split_lines
from briefing_tui.ingest.parse import parse_text

# A terse bulletin: no line is long enough to read as prose, so the body is every line that is not chrome.
HEAD = "Runoff: final count\n\nCounting ended at dawn.\n\nThe commission confirmed the result.\n\n"
TAIL = "\nTurnout was a record.\n"


@pytest.mark.parametrize("rows, kept", [
    ("- Anna Kowalska – 50,9 %\n- Piotr Nowak – 49,1 %\n", ["Anna Kowalska – 50,9 %", "Piotr Nowak – 49,1 %"]),
    ("* Valmora: 12 dead\n* Castelo: 5 dead\n* Ribeira: 3 dead\n", ["Valmora: 12 dead", "Castelo: 5 dead", "Ribeira: 3 dead"]),
    ("1. Civic Union — 32.1%\n2. Socialists — 28.0%\n", ["Civic Union — 32.1%", "Socialists — 28.0%"]),
])
def test_rows_of_figures_are_kept_as_list_items(rows, kept):
    src = parse_text(HEAD + rows + TAIL, "t")
    for row in kept:
        assert row in src.body
    assert "Turnout was a record." in src.body
    assert not [r for r in src.removed if r.reason == "menu item"]


@pytest.mark.parametrize("rows", [
    "- Home\n- Politics\n- Sport\n",  # a menu: no figure under its labels
    "- Helpline – 033-26382217\n- Police – 0332-2438421\n",  # telephone numbers: a contact box
])
def test_menus_and_contact_lists_stay_out(rows):
    src = parse_text(HEAD + rows + TAIL, "t")
    for row in rows.strip().split("\n"):
        assert row[2:] not in src.body


def test_one_row_alone_is_no_list():
    src = parse_text(HEAD + "- Anna Kowalska – 50,9 %\n" + TAIL, "t")
    assert "Anna Kowalska – 50,9 %" not in src.body


@pytest.mark.parametrize("text, row", [
    ("Anna Kowalska – 50,9 %", True),
    ("Feridos: 175", True),
    ("Price band: Rs 1,865 to Rs 1,960", True),
    ("The storm – which hit at dawn – killed 3", False),  # a sentence's dash, then words
    ("Helpline – 033-26382217", False),
    ("Sections: Home", False),
])
def test_a_row_is_a_label_then_its_figure(text, row):
    assert is_table_row(text) is row


def test_rows_are_list_items_not_menu_items():
    lines = split_lines(HEAD + "- Anna Kowalska – 50,9 %\n- Piotr Nowak – 49,1 %\n" + TAIL, 0)
    reasons = {ln.text: c.reason for ln, c in zip(lines, classify_lines(lines))}
    assert reasons["- Anna Kowalska – 50,9 %"] == "list item"


TOLL = ("Storm toll by town\n\nThe civil defence listed on Thursday where the storm's victims died and how, town by "
        "town, as the count went on.\n\n- Valmora (3)\n\nThree men were swept away by the river while trying to cross a "
        "flooded bridge in a car.\n\n- Castelo (1)\n\nA woman of 71 died when a wall of her house fell during the "
        "night.\n")


def test_a_bulleted_place_and_its_toll_over_a_paragraph_is_a_subheading():
    src = parse_text(TOLL, "t")
    assert "Valmora (3)" in src.body and "Castelo (1)" in src.body
    assert not [r for r in src.removed if r.reason == "menu item"]


def test_a_bulleted_label_with_no_figure_over_a_paragraph_stays_out():
    src = parse_text(TOLL.replace("Valmora (3)", "Share").replace("Castelo (1)", "Print"), "t")
    assert "Share" not in src.body.split("\n")


TOWNS = ["Valmora", "Castelo", "Ribeira", "Santa Luz", "Porto Alto", "Vila Nova", "Serra Baixa", "Campo Belo", "Rio Claro",
         "Monte Verde", "Boa Vista", "Lago Azul", "Pedra Branca", "Sao Jorge"]
INNER_TABLE = (
    "Storm toll rises to 119\n\nThe storm that crossed the state on Tuesday has killed 119 people, the civil defence said "
    "on Thursday in its latest report, which lists the dead town by town.\n\nDeaths confirmed by town:\n\n"
    + "".join(f"{town} – {k + 2} deaths\n\n" for k, town in enumerate(TOWNS))
    + "Rescue teams were still searching for 30 missing people on Thursday, and more rain was forecast for the weekend, "
    "the agency said.\n\nThe governor asked the federal government for help to rebuild roads and bridges destroyed by "
    "the floods in the north of the state.\n")


def test_a_table_inside_the_article_does_not_cut_off_its_first_paragraph():
    src = parse_text(INNER_TABLE, "t")
    assert "has killed 119 people" in src.body  # (the rows, "Valmora – 2 deaths", are no dateline either)
    assert "Valmora – 2 deaths" in src.body and "Sao Jorge – 15 deaths" in src.body
    assert "The governor asked" in src.body
    assert not [r for r in src.removed if r.reason.startswith("before the article")]


def test_a_table_after_the_article_is_left_to_the_closing_rules():
    lines = split_lines(INNER_TABLE.split("Rescue teams")[0], 0)
    reasons = {c.reason for c in classify_lines(lines)}
    assert "table row" not in reasons  # (no prose below the rows: not a table inside the article)
