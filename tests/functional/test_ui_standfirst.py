"""Issue 11: the reader shows a page's standfirst (the summary under its headline) above the body, set apart
from it in italics, as a deck is printed."""

from __future__ import annotations

from briefing_tui.corpus import load_corpus
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.widgets.article_view import ArticleView
from ui_fixtures import make_test_app, settle, write_articles

STANDFIRST = "The deal, the largest in the country's banking history, still needs the approval of regulators."
LEAD = ("The regional bank agreed on Tuesday to buy its largest rival for $12 billion in cash, the biggest deal "
        "in its history, after an earlier offer was turned down last year over competition concerns.")
PARA = ("Shares of the buyer fell 3% after the announcement, while those of the target rose by more than a "
        "fifth in early trading on the exchange.")
PAGE = f"Regional bank agrees to record merger with rival\n\n{STANDFIRST}\n\nBy Jane Doe\n\n{LEAD}\n\n{PARA}\n"


async def _reader(app, pilot) -> tuple[ArticleView, list[str]]:
    """The reader opened on the page: its article view and the text of each of its lines."""
    await settle(pilot)
    await pilot.press("r")
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    article = app.screen.query_one(ArticleView)
    return article, [article.line_text(i) for i in range(len(article._lines))]


async def test_reader_shows_the_standfirst_in_italics_before_the_body(tmp_path):
    app = make_test_app(tmp_path, load_corpus([write_articles(tmp_path / "articles", {"bank.txt": PAGE})]))
    async with app.run_test(size=(100, 30)) as pilot:
        article, lines = await _reader(app, pilot)
        deck = next(i for i, text in enumerate(lines) if "The deal, the largest" in text)
        lead = next(i for i, text in enumerate(lines) if "The regional bank agreed" in text)
        assert deck < lead

        def italic(i: int) -> bool:
            line = article._lines[i]
            at = line.plain.index("The")
            return bool(line.get_style_at_offset(app.console, at).italic)

        assert italic(deck) and not italic(lead)


async def test_reader_shows_the_headline_once_as_the_title(tmp_path):
    # The headline is a paragraph of its own kind (issue 11): the reader's title line shows it, the body not again.
    app = make_test_app(tmp_path, load_corpus([write_articles(tmp_path / "articles", {"bank.txt": PAGE})]))
    async with app.run_test(size=(100, 30)) as pilot:
        _, lines = await _reader(app, pilot)
        assert sum("Regional bank agrees to record merger with rival" in text for text in lines) == 1
