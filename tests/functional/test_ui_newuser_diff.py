"""Issue 13, the comparison screens as a new user meets them: legend, claim titles, keys, resizing."""

from __future__ import annotations

from dataclasses import fields

import pytest
from textual import events
from textual.widgets import DataTable

from briefing_tui.corpus import load_corpus

from briefing_tui.ui.screens.diff import ClaimScreen, DiffScreen
from tests.conftest import ARTICLES
from ui_fixtures import make_test_app, open_diff, settle, ten_seed_sources

WRITTEN = ARTICLES / "compare"


@pytest.fixture
def corpus():
    return load_corpus([WRITTEN])


@pytest.fixture
def ten_sources(tmp_path):
    return ten_seed_sources(tmp_path / "ten")


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_every_source_is_labelled_at_80x24(tmp_path, ten_sources):
    """With ten sources the legend is not cut after two rows: ``l`` shows every number and name."""
    app = make_test_app(tmp_path, ten_sources)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        await pilot.press("l")
        await settle(pilot)
        legend = str(screen.query_one("#diff-legend").render())
        for i, source in enumerate(ten_sources.sources, 1):
            assert f"[{i}] {screen.labels[source.id]}" in legend, i
        box = screen.query_one("#diff-legend-box")
        assert box.max_scroll_y == 0 and box.size.height >= screen.query_one("#diff-legend").size.height
        assert "[10]" in screen_text(app)
        # the matrix stays in view under the whole list (a new user saw ten blank lines where it had been)
        assert screen.query_one(DataTable).display and screen.query_one(DataTable).size.height > 0
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiffScreen) and screen.query_one(DataTable).display


async def test_the_highlighted_claim_is_shown_whole_with_its_sources(tmp_path, corpus):
    """The detail line gives the claim's whole title (``title`` when the comparison has one) and who says it."""
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        row = screen.query_one(DataTable).cursor_row  # the first claim (under its story's heading)
        plain = screen.rows[row]
        titled = type("TitledClaim", (type(plain),), {})  # a claim with a title, with or without that field
        claim = titled(**{f.name: getattr(plain, f.name) for f in fields(plain)})
        title = "A title long enough that the matrix column can never hold all of it at eighty columns wide"
        claim.title = title
        screen.rows[row] = claim
        screen.show_evidence(row)
        await settle(pilot)
        detail = " ".join(screen_text(app).split())
        assert title in detail
        assert "said by: " + ", ".join(f"[{screen.numbers[s]}] {screen.labels[s]}" for s in claim.sources) in detail


async def test_the_matrix_uses_the_width(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        total = sum(c.get_render_width(table) for c in table.columns.values())
        assert 120 - 4 <= total <= 120  # no blank third of the screen


async def test_the_matrix_lays_out_again_when_the_window_shrinks(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        wide = table.columns["topic"].width
        table.move_cursor(row=2)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        narrow = table.columns["topic"].width
        assert narrow < wide
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 80
        assert table.cursor_row == 2


async def test_list_keys_drive_the_matrix(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        last = table.row_count - 1
        assert table.cursor_row == 1  # the first claim, under its story's heading
        moves = [("j", 2), ("j", 3), ("k", 2), ("G", last), ("g", 0), ("end", last), ("home", 0)]
        for key, row in moves:
            await pilot.press(key)
            assert table.cursor_row == row, key


async def test_quick_j_presses_in_a_claim_are_not_lost(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        row = screen.rows.index(next(c for c in screen.shown if len(c.statements) >= 3))
        screen.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter")
        await settle(pilot)
        claim_screen = app.screen
        assert isinstance(claim_screen, ClaimScreen)
        for _ in range(2):  # two presses in one burst, before a frame is drawn
            app.post_message(events.Key("j", "j"))
        await settle(pilot)
        assert claim_screen.focused_statement() is claim_screen.claim.statements[2]
        assert "Statement 3 of" in screen_text(app)


def test_d_shows_in_the_main_footer():
    from briefing_tui.ui.screens.main import MainScreen

    diff = next(b for b in MainScreen.BINDINGS if b.id == "main.diff")
    assert diff.show and diff.key == "d"
