"""Issue 15: a search keystroke lays the screen out only when something on it changes size. The typed character
(Textual's ``Input`` set its text's width through a layout reactive), the status line and the hits (their count
set the list's virtual size through the same reactive) each asked for a layout of the whole search screen; the
box, the status line and the hit list have sizes fixed by search.tcss, so a keystroke is a repaint, and the
screen after it is the one a full layout draws."""

from __future__ import annotations

import pytest

from briefing_tui.ui.screens.search import SearchScreen
from briefing_tui.ui.widgets.search_results import SearchResults
from ui_fixtures import briefing_corpus, count_layouts, make_test_app, press_settled, settle

TYPED = "overrun"  # each keystroke a new query with hits (and, once, no match: "overrunx" below)


def screen_lines(app) -> list[list[object]]:
    """Every line of the screen as drawn: its segments (text and style)."""
    return [list(strip) for strip in app.screen._compositor.render_strips()]


async def drawn_afresh(app, pilot) -> list[list[object]]:
    """The screen after every widget on it is laid out and drawn again."""
    for widget in app.screen.walk_children():
        widget.refresh(layout=True)
    await settle(pilot)
    return screen_lines(app)


@pytest.fixture
def corpus(tmp_path_factory):
    return briefing_corpus(tmp_path_factory.mktemp("articles"))


@pytest.mark.parametrize("size", [(80, 24), (160, 48), (80, 12)])
async def test_a_search_keystroke_asks_for_no_layout_and_looks_as_laid_out_again(tmp_path, corpus, monkeypatch,
                                                                                 size):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press_settled(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one(SearchResults)
        layouts = count_layouts(monkeypatch)
        flips = 0
        for key in [*TYPED, "x", "backspace", *["backspace"] * len(TYPED), "t", "h", "e"]:
            before, scrollbar = screen_lines(app), results.show_vertical_scrollbar
            layouts.clear()
            await press_settled(pilot, key)
            shown = screen_lines(app)
            assert shown != before, key  # (the keystroke changed the screen: the box, the status, the hits)
            if results.show_vertical_scrollbar != scrollbar:
                flips += 1  # the hits' width changed: laid out (and again for the scrollbar shown anew, whose
                # own virtual size Textual sets through the layout reactive: Textual's ScrollBar, left as it is)
                assert layouts and set(layouts) == {app.screen}, key
            else:
                assert layouts == [], key
            assert await drawn_afresh(app, pilot) == shown, key
        box = app.screen.query_one("#search-input")
        assert box.value == "the" and results.rows
        assert "for “the”" in str(app.screen.query_one("#search-status").render())
        if size == (80, 12):
            assert flips  # (a scrollbar came or went at least once there: the layout it needs is still asked)


async def test_typing_past_the_box_width_scrolls_it_as_a_laid_out_box_does(tmp_path, corpus, monkeypatch):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(40, 16)) as pilot:
        await settle(pilot)
        await press_settled(pilot, "slash")
        box = app.screen.query_one("#search-input")
        long_query = "the overrun of the budget was reported"  # wider than the 40-column box
        await press_settled(pilot, *long_query.replace(" ", "_"))
        assert box.value == long_query.replace(" ", "_")
        assert box.scroll_x > 0  # scrolled to keep the cursor in view
        shown = screen_lines(app)
        assert await drawn_afresh(app, pilot) == shown
        await press_settled(pilot, "home")
        assert box.scroll_x == 0
        shown = screen_lines(app)
        assert await drawn_afresh(app, pilot) == shown


async def test_the_hit_rows_read_the_list_style_once_per_render_pass(tmp_path, corpus, monkeypatch):
    """``DOMNode.rich_style`` walks every ancestor's styles: read once per pass, not once per hit row drawn."""
    from textual.dom import DOMNode

    reads: list[object] = []
    passes: list[object] = []
    rich_style = DOMNode.rich_style.fget
    render_lines = SearchResults.render_lines

    def read(self):
        if isinstance(self, SearchResults):
            reads.append(self)
        return rich_style(self)

    def rendered(self, crop):
        passes.append(self)
        return render_lines(self, crop)

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_settled(pilot, "slash")
        monkeypatch.setattr(DOMNode, "rich_style", property(read))
        monkeypatch.setattr(SearchResults, "render_lines", rendered)
        drawn = 0
        for key in "the":
            reads.clear()
            passes.clear()
            await press_settled(pilot, key)
            rows = app.screen.query_one(SearchResults).rows
            drawn += min(len(rows), app.screen.query_one(SearchResults).size.height)
            assert passes and len(reads) <= len(passes), key
        assert drawn > 3 * len("the")  # (several hit rows drawn per keystroke: a read per row would show)
        shown = screen_lines(app)
        assert await drawn_afresh(app, pilot) == shown
