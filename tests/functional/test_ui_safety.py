"""Article text is data, never markup: a hostile file shows its markup and escapes literally."""

from __future__ import annotations

import pytest

from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.widgets.article_view import ArticleView
from briefing_tui.ui.widgets.search_results import SearchResults
from ui_fixtures import hostile_corpus, make_test_app, settle, shown_lines


@pytest.fixture
def corpus(tmp_path_factory):
    return hostile_corpus(tmp_path_factory.mktemp("hostile"))


def assert_no_raw_controls(strips) -> None:
    for strip in strips:
        for segment in strip:
            assert not any(ch in segment.text for ch in "\x1b\x07\x9b\x9d"), segment.text
            assert segment.style is None or segment.style.link is None
            assert segment.style is None or not any(k.startswith("@") for k in segment.style.meta)


async def test_panes_show_markup_literally(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        sources = shown_lines(main.lists["sources"])[0]
        assert "▶ [link=https://evil.…" in sources  # the outlet column is 20 cells wide
        assert "[bold red]Breaking[/bold red] ␛]0" in sources
        assert "● Dr. Mallory [b]Quinn[/b]" in shown_lines(main.lists["entities"])[1]
        assert "Do not press [@click=app.quit]here[/]," in shown_lines(main.lists["quotes"])[0]
        for widget in main.lists.values():
            assert_no_raw_controls(widget.render_line(y) for y in range(3))


async def test_reader_shows_markup_and_escapes_literally_and_clicks_do_nothing(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        article = app.screen.query_one(ArticleView)
        text = "\n".join(shown_lines(article))
        for literal in ("[bold red]Breaking[/bold red] ␛]0;owned␇ news", "Readers saw [bold]this[/bold]",
                        "[link=https://evil.example]a link[/link]", "[@click=app.quit]quit now[/]",
                        "␛[31mred␛[0m", "␛]52;c;ZXZpbA==␇", "Dr. Mallory [b]Quinn[/b]"):
            assert literal in text
        assert_no_raw_controls(article.render_line(y) for y in range(article.size.height))
        assert "Evil Times[/link]" in str(app.screen.query_one("#reader-bar").render())
        line = next(i for i, t in enumerate(shown_lines(article)) if "[@click=app.quit]quit now" in t)
        column = shown_lines(article)[line].index("[@click") + 3
        await pilot.click(ArticleView, offset=(column, line))
        await pilot.pause()
        assert app.is_running and app.clipboard == ""


async def test_search_results_show_markup_literally(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"click")
        await settle(pilot)
        results = app.screen.query_one(SearchResults)
        text = "\n".join(shown_lines(results))
        assert "[@click=app.quit]" in text
        assert_no_raw_controls(results.render_line(y) for y in range(results.size.height))
        await pilot.press("escape")
        await pilot.press("y")
        assert app.clipboard.startswith("“Do not press [@click=app.quit]here[/],” — Dr. Mallory [b]Quinn[/b], ")
        assert "\x1b" not in app.clipboard
