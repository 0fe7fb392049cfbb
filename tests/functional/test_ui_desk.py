"""The desk's parts of the app (issue 14): the paste screen adds an article live, the copied
citation carries the URL, and the theme chosen in the palette is remembered in config.yaml."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from briefing_tui.config import load_config
from briefing_tui.model import Quote, Source
from briefing_tui.ui.citation import quote_citation
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.paste import PasteScreen
from ui_fixtures import make_test_app, run_command, settle

PASTED = ("Ferry fares to rise in spring\n\nThe Coastal Ferry Company will raise fares by 8 percent in April, "
          "its chief executive, Mara Lind, said on Tuesday. “Fuel costs have doubled,” Lind said.\n")
OTHER = "Harbor tunnel opens\n\nThe harbor tunnel opened on Monday after four years of work, the city said.\n"


def test_citation_carries_the_url_when_known():
    quote = Quote("q", "We will see", "Ana Ruiz", "direct", "s1", 0, 11, "We will see")
    with_url = Source("s1", "s1.txt", "raw", title="Vote", outlet="Ledger", published="2026-03-04",
                      url="https://ledger.example/vote\x1b[2J")
    assert quote_citation(quote, with_url) == ("“We will see” — Ana Ruiz, Ledger, 2026-03-04, “Vote”, "
                                               "https://ledger.example/vote␛[2J; source s1, characters 0–11")
    without = Source("s1", "s1.txt", "raw", title="Vote", outlet="Ledger", published="2026-03-04")
    assert quote_citation(quote, without) == ("“We will see” — Ana Ruiz, Ledger, 2026-03-04, “Vote”; "
                                              "source s1, characters 0–11")


def desk_folder(tmp_path):
    """A corpus folder of the user's own, holding one article (the seeds refuse pastes)."""
    corpus = tmp_path / "desk"
    corpus.mkdir()
    (corpus / "tunnel.txt").write_text(OTHER, encoding="utf-8")
    return corpus


async def test_paste_screen_adds_the_article_live(tmp_path):
    corpus = desk_folder(tmp_path)
    app = make_test_app(tmp_path, corpus_paths=[corpus])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert [s.id for s in app.corpus.sources] == ["tunnel"]
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, PasteScreen)
        screen.query_one(TextArea).insert(PASTED)
        screen.query_one("#paste-outlet", Input).value = "Coastal Wire"
        screen.query_one("#paste-date", Input).value = "not a date"
        await pilot.press("ctrl+s")
        assert app.screen is screen  # a bad date is refused on the screen, nothing written
        assert sorted(p.name for p in corpus.iterdir()) == ["tunnel.txt"]
        screen.query_one("#paste-date", Input).value = "2026-03-10"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert sorted(p.name for p in corpus.iterdir()) == [
            "2026-03-10-ferry-fares-to-rise-in-spring.txt", "2026-03-10-ferry-fares-to-rise-in-spring.yaml",
            "tunnel.txt"]
        assert (corpus / "2026-03-10-ferry-fares-to-rise-in-spring.txt").read_text(encoding="utf-8") == PASTED
        added = app.corpus.source("2026-03-10-ferry-fares-to-rise-in-spring")
        assert added is not None and (added.outlet, added.published) == ("Coastal Wire", "2026-03-10")
        assert any(q.text == "Fuel costs have doubled" for q in app.corpus.quotes)
        await pilot.press("a", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_slash_is_typed_in_the_paste_screens_fields_not_a_search(tmp_path):
    """"/" opens search everywhere except in a text field, where it is a character (URLs, dates)."""
    corpus = desk_folder(tmp_path)
    app = make_test_app(tmp_path, corpus_paths=[corpus])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        screen = app.screen
        assert isinstance(screen, PasteScreen) and isinstance(app.focused, TextArea)
        await pilot.press("a", "slash", "b")
        assert app.screen is screen and screen.query_one(TextArea).text == "a/b"
        screen.query_one("#paste-date", Input).focus()
        await pilot.press("1", "slash", "2")
        assert app.screen is screen and screen.query_one("#paste-date", Input).value == "1/2"


async def test_paste_refuses_the_embedded_seeds(tmp_path):
    app = make_test_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, MainScreen)
        assert any("folder of your own" in str(n.message) for n in app._notifications)


async def test_theme_chosen_in_the_palette_is_remembered(tmp_path):
    app = make_test_app(tmp_path, corpus_paths=[Path(__file__).resolve().parents[1] / "articles" / "french_article.txt"])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await run_command(pilot, "Theme: briefing-contrast")
        assert app.theme == "briefing-contrast"
    assert load_config(tmp_path / "config" / "config.yaml").theme == "briefing-contrast"
