"""Issue 15: the search box's hits decide its scrollbar as they are shown, not in the layout that places them
(which then laid the box out again: a search keystroke cost a layout more whenever the hits came to need a
scrollbar, or stopped needing one)."""

from __future__ import annotations

from textual.scroll_view import ScrollView

from briefing_tui.ui.screens.search import SearchScreen
from briefing_tui.ui.widgets.search_results import SearchResults
from ui_fixtures import briefing_corpus, make_test_app, press_settled, settle


async def test_the_hits_need_no_layout_to_show_or_hide_their_scrollbar(tmp_path, monkeypatch):
    flipped: list[tuple[str, bool]] = []
    scroll_update = ScrollView._scroll_update

    def watched(self, virtual_size):
        before = self.show_vertical_scrollbar
        scroll_update(self, virtual_size)
        if isinstance(self, SearchResults) and self.show_vertical_scrollbar != before:
            flipped.append((self.app.screen.query_one("#search-input").value, self.show_vertical_scrollbar))

    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 12)) as pilot:  # room for a few hits only
        await settle(pilot)
        await press_settled(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        await press_settled(pilot, *"overrun")
        results = app.screen.query_one(SearchResults)
        few = len(results.rows)
        assert 0 < few <= results.size.height and not results.show_vertical_scrollbar
        monkeypatch.setattr(ScrollView, "_scroll_update", watched)
        await press_settled(pilot, *["backspace"] * 7, *"the")  # many hits: a scrollbar
        assert len(results.rows) > results.size.height and results.show_vertical_scrollbar
        await press_settled(pilot, *["backspace"] * 3, *"overrun")  # few again: none
        assert len(results.rows) == few and not results.show_vertical_scrollbar
        assert flipped == []
