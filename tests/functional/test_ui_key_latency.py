"""Issue 15, scrolling and filtering within a frame or two at 10,000 articles (bench/app_keys.py): what a key
costs that it need not. Each test failed before: the footer rebuilt its keys on every bindings refresh, and
finding the cursor's row again compared records field by field (a stored source reads its body to do so)."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from briefing_tui.ui.widgets.keys_footer import KeysFooter
from briefing_tui.ui.widgets.panes import SourcesList
from briefing_tui.ui.widgets.row_list import find_row
from ui_fixtures import briefing_corpus, make_test_app, press_settled, settle


def footer_text(app) -> str:
    return app.screen._compositor.render_strips()[-1].text


async def test_the_footer_keeps_its_key_widgets_and_relabels_them_when_keys_change_places(tmp_path):
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        keys = list(footer.query(FooterKey))
        assert "Stories" in footer_text(app) and "Clear" not in footer_text(app)
        app.screen.refresh_bindings()  # nothing changed: nothing rebuilt
        await press_settled(pilot, "2", "1")  # focus moves (a bindings refresh each), the keys stay the same
        assert list(footer.query(FooterKey)) == keys and all(key.is_attached for key in keys)
        await press_settled(pilot, "enter")  # a source picked: "Clear" takes the place of "Stories"
        assert "Clear" in footer_text(app) and "Stories" not in footer_text(app)
        assert list(footer.query(FooterKey)) == keys
        clear = next(key for key in keys if key.description == "Clear")
        assert clear.action == "clear_filter" and clear.key == "escape"
        await press_settled(pilot, "escape")
        assert "Stories" in footer_text(app) and "Clear" not in footer_text(app)
        assert list(footer.query(FooterKey)) == keys


class Record:
    """A row with an id whose ``==`` must not be called (a stored source's compares every field)."""

    def __init__(self, rid: str) -> None:
        self.id = rid

    def __eq__(self, other: object) -> bool:
        raise AssertionError("rows compared field by field")

    __hash__ = object.__hash__


def test_find_row_goes_by_identity_then_id_never_by_equality():
    rows = [Record(f"s{i}") for i in range(5)]
    assert find_row(rows, rows[3]) == 3
    assert find_row(rows, Record("s2")) == 2  # the same source in a corpus loaded again
    assert find_row(rows, Record("gone")) == -1
    assert find_row(["all", "x"], "x") == 1  # rows without an id: equality, as before


async def test_clearing_a_filter_finds_the_cursor_row_without_comparing_rows(tmp_path):
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sources = app.screen.query_one(SourcesList)
        rows = [Record(f"s{i}") for i in range(50)]
        sources.set_rows(rows, keep=False)
        sources.move_cursor(30)
        sources.set_rows(rows[25:35])  # a filter: the cursor stays on its row
        assert sources.current is rows[30]
        sources.set_rows(rows)  # Esc: every row again, the cursor still on it
        assert sources.current is rows[30] and sources.cursor == 30


def count_rendered_rows(row_list) -> list[object]:
    """Every row ``row_list`` renders from now on (its ``render_row`` calls), in order."""
    rendered: list[object] = []
    render_row = row_list.render_row

    def counted(row, width):
        rendered.append(row)
        return render_row(row, width)

    row_list.render_row = counted
    return rendered


async def test_esc_shows_the_rows_shown_before_the_filter_without_rendering_them_again(tmp_path):
    """A list keeps its rendered lines: Textual repaints a list whole after each refresh and each layout that
    resizes it (a filter lays the main screen out two or three times), and Esc gives back the very rows shown
    before the filter. Before, every visible row of every pane was rendered again on each of those repaints."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        rendered = {name: count_rendered_rows(main.lists[name]) for name in ("sources", "entities", "quotes")}
        await press_settled(pilot, "enter")  # a source picked: the entities and the quotes are its own
        assert main.filter.source and rendered["entities"]
        for rows in rendered.values():
            rows.clear()
        await press_settled(pilot, "escape")
        assert not main.filter.active
        # the cursor's row, and the row it left, look different; every other row comes back as it was drawn
        assert all(len(rows) <= 2 for rows in rendered.values()), {k: len(v) for k, v in rendered.items()}
        screen_text = "\n".join(strip.text for strip in main._compositor.render_strips())
        for name in ("sources", "entities", "quotes"):
            first = main.lists[name].render_line(1).text.strip()
            assert first and first in screen_text  # (what is kept is what is shown)


async def test_a_list_draws_its_rows_anew_when_their_look_changes(tmp_path):
    """What a row looks like beyond the row itself (the view its counts come from, the theme) forgets what
    was kept."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sources = app.screen.lists["sources"]
        before = sources.render_line(0)
        assert sources.render_line(0) is before  # kept
        sources.view = None  # (counts now read as 0)
        assert sources.render_line(0) is not before
        again = sources.render_line(0)
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await settle(pilot)
        assert sources.render_line(0) is not again


async def test_a_pane_shows_or_hides_its_scrollbar_with_its_new_height_before_the_layout(tmp_path):
    """The main screen sizes its panes itself (``fit_panes``): each list is told its height then, so the layout
    that resizes it finds its scrollbar as it should be, instead of changing it and laying the screen out again
    (and again for the scrollbar's own size). What the list decides is what Textual's layout keeps."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        quotes = main.lists["quotes"]
        quote = main.view.quotes[0]
        for rows, scrollbar in (([quote] * 60, True), ([quote], False), ([quote] * 60, True)):
            quotes.set_rows(rows, keep=False)
            main.fit_panes()
            assert quotes.show_vertical_scrollbar is scrollbar  # at once, before any layout
            await settle(pilot)
            assert quotes.show_vertical_scrollbar is scrollbar  # and the layout agreed
