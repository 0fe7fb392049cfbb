"""A bulletin's table of figures in bulleted "label: figure" rows is the article's content, not a menu (issue 11:
the Portuguese civil defence's counts of tests/gold_new23's Rio Grande do Sul floods, a study set, were dropped as
menu items and "after the article", so no claim could hold them). A menu's bulleted links stay dropped."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.ingest.parse import parse_text

BULLETIN = Path(__file__).resolve().parents[1] / "gold_new23" / "stories" / "rio_grande_do_sul_floods_2024" / \
    "05_radiomissioneira.txt"


def test_a_bulletins_rows_of_figures_are_kept():
    src = parse_text(BULLETIN.read_text(encoding="utf-8"), "05")
    for row in ("Boletim das 18h de domingo (05)", "Municípios afetados: 341", "Desalojados: 115.844", "Feridos: 175",
                "Desaparecidos: 105", "Óbitos confirmados: 78", "Óbitos em investigação*: 4"):
        assert row in src.body


LEAD = ("Floods hit the south of the country\n\nHeavy rain caused damage in several towns of the state, and the civil "
        "defence has been working to help those affected by the storms this week.\n\n")


def test_two_rows_make_no_table():
    src = parse_text(LEAD + "Latest\n- Weather: 12\n- Sport: 4\n", "t")
    assert "Weather: 12" not in src.body


def test_a_menu_of_links_stays_out():
    src = parse_text(LEAD + "Sections\n- Home\n- Politics\n- Sport\n- Weather\n", "t")
    assert "Politics" not in src.body
