"""Issue 13, "try it as a new user would": what the tmux trial found rough, each pinned by a test."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from briefing_tui.ui.display_text import lead_words
from briefing_tui.ui.screens.pairwise import PairwiseScreen
from briefing_tui.ui.screens.source_picker import SourcePicker
from briefing_tui.ui.widgets.row_list import RowList
from ui_fixtures import briefing_corpus, make_test_app, open_diff, settle, shown_lines


async def test_j_k_g_g_drive_the_pairwise_table_like_every_list(tmp_path):
    corpus = briefing_corpus(tmp_path / "articles")
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        ids = [s.id for s in corpus.sources]
        await app.push_screen(PairwiseScreen(corpus, ids[1], ids[2]))
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count > 3
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home")
        assert table.cursor_row == 0


async def test_the_pair_picker_shows_an_untitled_source_by_its_opening_words(tmp_path, seed_corpus):
    """The sources pane and the reader show an untitled article's opening words; the picker said "untitled"."""
    untitled = [s for s in seed_corpus.sources if not s.title]
    assert untitled
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await open_diff(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, SourcePicker)
        lines = shown_lines(app.screen.query_one("#picker-list"))
        assert not any("untitled" in line for line in lines)
        for source in untitled:
            number = seed_corpus.sources.index(source) + 1
            row = next(line for line in lines if line[2:].lstrip().startswith(f"{number} "))
            assert lead_words(source)[:30] in row


class _Grouped(RowList):
    """Rows starting with "#" are group headings (the entities pane's shape)."""

    def is_selectable(self, row: object) -> bool:
        return not str(row).startswith("#")

    def render_row(self, row: object, width: int) -> Text:
        return Text(str(row))


class _Host(App[None]):
    def compose(self) -> ComposeResult:
        yield _Grouped(id="grouped")


async def test_a_list_grown_after_its_rows_arrived_shows_its_first_heading_again():
    """Rows set while the pane is one row high scroll to the cursor; once the pane is sized to its content
    the heading above the cursor shows again (a main-screen snapshot flickered on this: 'People · 12' hidden)."""
    app = _Host()
    async with app.run_test(size=(40, 20)) as pilot:
        rows = app.query_one(_Grouped)
        rows.styles.height = 1
        await pilot.pause()
        rows.set_rows(["# People", "Ann", "Bob", *(f"Person {i}" for i in range(10))])
        await pilot.pause()
        assert rows.cursor == 1 and rows.scroll_offset.y == 1
        rows.styles.height = 5
        await pilot.pause()
        assert rows.cursor == 1 and rows.scroll_offset.y == 0
        assert [line.strip() for line in shown_lines(rows)[:3]] == ["# People", "▶ Ann", "Bob"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_matrix_of_many_sources_fits_the_width(tmp_path, seed_corpus, monkeypatch, size):
    """Past MATRIX_SOURCES the sources are listed by number in one column: that layout was one cell too
    wide, so a horizontal scrollbar took a matrix row and the table scrolled sideways."""
    import briefing_tui.ui.screens.diff as diff_module

    monkeypatch.setattr(diff_module, "MATRIX_SOURCES", 3)  # the five seeds count as "many"
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=size) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        assert screen.compact and table.max_scroll_y > 0  # the vertical scrollbar shows
        assert table.max_scroll_x == 0


async def test_g_and_G_go_to_the_first_and_last_statement_of_a_claim(tmp_path, seed_corpus):
    from briefing_tui.ui.screens.claim import ClaimScreen

    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_diff(pilot)
        screen.query_one(DataTable).move_cursor(row=next(i for i, c in enumerate(screen.shown)
                                                         if len(c.statements) >= 3))
        await pilot.press("enter")
        await settle(pilot)
        claim = app.screen
        assert isinstance(claim, ClaimScreen)
        last = len(claim.claim.statements) - 1
        await pilot.press("G")
        assert claim.index == last and claim.focused_statement() is claim.claim.statements[-1]
        await pilot.press("g")
        assert claim.index == 0
        await pilot.press("end")
        assert claim.index == last
        await pilot.press("home")
        assert claim.index == 0
