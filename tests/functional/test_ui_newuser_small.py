"""Issue 13, the smaller problems a new user met: each pinned by a pilot test that failed before."""

from __future__ import annotations

import pytest
from textual.filter import Monochrome, NoColor
from textual.widgets import DataTable
from textual.widgets._toast import Toast

from briefing_tui.search import Hit, SearchItem
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.widgets.search_results import group_hits
from ui_fixtures import briefing_corpus, make_test_app, press_settled, settle


def lines(app) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


def toasts(app) -> str:
    return "\n".join(str(toast.render()) for toast in app.screen.query(Toast))


@pytest.fixture
def app(tmp_path):
    return make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))


async def test_no_color_drops_colours_instead_of_greying_them(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        filters = app.get_line_filters()
        assert any(isinstance(f, NoColor) for f in filters)
        assert not any(isinstance(f, Monochrome) for f in filters)


@pytest.mark.parametrize("keys", [("enter",), ("d",), ("d", "enter"), ("3", "enter")],
                         ids=["main-filtered", "diff", "claim", "reader"])
async def test_the_footer_fits_80_columns(app, keys):
    """Every screen's footer ends with its whole "? Help / Search" at 80 columns (the main one filtered)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_settled(pilot, *keys)
        footer = lines(app)[-1]
        assert "? Help" in footer and "/ Search" in footer, footer


async def test_the_search_query_is_kept_after_escape(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"tunnel", "escape")
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert app.screen.query_one("#search-input").value == "tunnel"
        assert "hits for “tunnel”" in "\n".join(lines(app))


def test_one_sentence_from_many_sources_is_listed_once():
    hits = [Hit(SearchItem("sentence", f"s{i}:0", "The  tunnel opens in May.", f"s{i}", 0, 24), 90.0 - i)
            for i in range(5)]
    hits.append(Hit(SearchItem("sentence", "s9:3", "Another tunnel sentence.", "s9", 0, 24), 50.0))
    rows = group_hits(hits)
    shown = [row for row in rows if isinstance(row, Hit)]
    assert [hit.item.ref for hit in shown] == ["s0:0", "s9:3"]


async def test_the_theme_is_kept_between_runs(tmp_path):
    corpus = briefing_corpus(tmp_path / "articles")
    first = make_test_app(tmp_path, corpus)
    async with first.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        first.set_theme("briefing-light")
        await settle(pilot)
    second = make_test_app(tmp_path, corpus)
    assert second.theme == "briefing-light"
    third = make_test_app(tmp_path, corpus, theme="briefing-contrast")  # --theme still wins
    assert third.theme == "briefing-contrast"


async def test_unfocused_panes_keep_their_column_headings(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = "\n".join(lines(app))
        assert "mentions srcs" in shown and "speaker" in shown  # entities and quotes, not focused


async def test_y_with_no_quote_selected_says_so(tmp_path):
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter", "2")  # the Harbour Digest... then a pane without quotes under the cursor
        app.main_screen.lists["quotes"].set_rows([])
        await pilot.press("y")
        await settle(pilot)
        assert "Nothing to copy" in toasts(app)
        await pilot.press("escape", "1", "r")  # the reader opened on a source: no quote marked yet
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("y")
        await settle(pilot)
        assert "n marks the next quote" in toasts(app)


async def test_toasts_do_not_cover_the_quotes_pane(app):
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.notify("A message for the user")
        await settle(pilot)
        toast = app.screen.query(Toast).first()
        quotes = app.main_screen.query_one("#quotes-pane")
        assert toast.region.bottom <= quotes.region.y


async def test_the_reader_titles_an_untitled_source_as_the_list_does(tmp_path, seed_corpus):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        untitled = seed_corpus.sources[0]
        assert not untitled.title
        await pilot.press("r")
        await settle(pilot)
        shown = "\n".join(lines(app))
        assert "“Recently, Japan" in shown.split("\n")[0]  # the sticky header
        assert "untitled" not in shown


async def test_the_pair_picker_filters_by_typing(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("p", *"ledg")
        await settle(pilot)
        choices = app.screen.query_one("#picker-list")
        assert [s.outlet for s in choices.rows] == ["Northern Ledger"]
        await pilot.press("enter", "backspace", "backspace", "backspace", "backspace", *"wire")
        await settle(pilot)
        assert [s.outlet for s in choices.rows] == ["Coastal Wire"]


async def test_a_bad_keymap_names_the_file_and_line(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keymap.yaml").write_text("main.copy: c\nmain.reader: [r\n", encoding="utf-8")
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        told = "\n".join(n.message for n in app._notifications)
        assert "keymap.yaml ignored: line 3" in told or "keymap.yaml ignored: line 2" in told
        assert str(config / "keymap.yaml") in told


async def test_the_matrix_cursor_row_differs_from_its_header_without_colour(app):
    """TERM=xterm (16 colours) can give the cursor row the header's colours: it is underlined as well."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        cursor = table.get_component_rich_style("datatable--cursor")
        header = table.get_component_rich_style("datatable--header")
        assert (cursor.underline, cursor.bold) != (header.underline, header.bold)
        assert cursor.underline
