"""Issue 13: the app tried as a new user would. Each test pins one problem the trial found."""

from __future__ import annotations

from ui_fixtures import briefing_corpus, make_test_app, settle, shown_lines

from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.widgets.article_view import ArticleView


async def test_reader_copies_the_quote_n_moved_to_and_marks_it(tmp_path):
    """Opened at Ruiz's quote, ``n`` moves ▶ to Berg's quote and ``y`` copies Berg's, not Ruiz's."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.quote.id == "q-ruiz"
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("“We cannot afford another overrun,” — Tomas Berg")
        article = app.screen.query_one(ArticleView)
        marked = [line for line in shown_lines(article) if line.startswith("▶")]
        assert len(marked) == 1 and "We cannot afford" in marked[0]
        await pilot.press("N")
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("“This is the most important vote of the decade,” — Elena Ruiz")
