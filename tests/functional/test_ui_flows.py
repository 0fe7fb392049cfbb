"""Pilot tests of the main flows: panes, filters, reader, search, copy, themes, help."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Markdown

from briefing_tui.ui.briefing_view import GroupHeader
from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.screens.search import SearchScreen
from briefing_tui.ui.widgets.article_view import ArticleView
from briefing_tui.ui.widgets.search_results import SearchResults
from ui_fixtures import briefing_corpus, make_test_app, run_command, settle, shown_lines, wait_until


@pytest.fixture
def corpus(tmp_path_factory):
    return briefing_corpus(tmp_path_factory.mktemp("articles"))


def ids(rows):
    return [r.id for r in rows if not isinstance(r, GroupHeader)]


async def test_panes_fill_and_tab_cycles_focus(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert ids(main.lists["sources"].rows) == ["digest", "harbor", "wire"]
        assert ids(main.lists["entities"].rows) == ["e-ruiz", "e-berg", "e-ostbridge", "e-valdmar"]
        assert [type(r) for r in main.lists["entities"].rows].count(GroupHeader) == 3
        assert ids(main.lists["quotes"].rows) == ["q-ruiz", "q-berg", "q-anon", "q-ferry"]
        assert main.lists["sources"].has_focus
        await pilot.press("tab")
        assert main.lists["entities"].has_focus
        # the cursor starts on the first entity, never on the "People" heading
        assert main.lists["entities"].current.id == "e-ruiz"
        await pilot.press("tab")
        assert main.lists["quotes"].has_focus
        await pilot.press("tab")
        assert main.lists["sources"].has_focus
        await pilot.press("shift+tab")
        assert main.lists["quotes"].has_focus
        await pilot.press("j", "j")
        assert main.lists["quotes"].current.id == "q-anon"
        await pilot.press("k")
        assert main.lists["quotes"].current.id == "q-berg"
        await pilot.press("G")
        assert main.lists["quotes"].current.id == "q-ferry"
        await pilot.press("g")
        assert main.lists["quotes"].current.id == "q-ruiz"
        await pilot.press("2")
        await pilot.press("j", "j")  # skips the "Organizations" heading
        assert main.lists["entities"].current.id == "e-ostbridge"


async def test_pick_entity_narrows_and_escape_clears(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        filter_bar = main.query_one("#filter-bar")
        assert not filter_bar.display
        await pilot.press("tab", "enter")  # Elena Ruiz
        assert main.filter.entity == "e-ruiz"
        assert ids(main.lists["quotes"].rows) == ["q-ruiz"]
        assert ids(main.lists["sources"].rows) == ["harbor", "wire"]
        assert filter_bar.display
        assert "entity Elena Ruiz" in str(filter_bar.render())
        assert "✔" in shown_lines(main.lists["entities"])[1]
        assert main.query_one("#quotes-pane").border_title == "3 Quotes · 1"
        await pilot.press("escape")
        assert not main.filter.active
        assert not filter_bar.display
        assert len(main.lists["quotes"].rows) == 4


async def test_pick_source_then_entity_combines(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        await pilot.press("j", "enter")  # harbor
        assert main.filter.source == "harbor"
        assert ids(main.lists["entities"].rows) == ["e-ruiz", "e-berg", "e-ostbridge", "e-valdmar"]
        assert ids(main.lists["quotes"].rows) == ["q-ruiz", "q-berg"]
        await pilot.press("tab", "j", "enter")  # Tomas Berg within harbor
        assert main.filter.entity == "e-berg" and main.filter.source == "harbor"
        assert ids(main.lists["quotes"].rows) == ["q-berg"]
        assert "source Northern Ledger + entity Tomas Berg" in str(main.query_one("#filter-bar").render())
        await pilot.press("t")  # people only
        assert main.filter.entity_type == "person"
        assert ids(main.lists["entities"].rows) == ["e-ruiz", "e-berg"]
        await pilot.press("x")
        assert not main.filter.active


async def test_enter_on_quote_opens_reader_scrolled_to_it(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "enter")  # Berg's quote in the harbor article
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.source.id == "harbor" and reader.quote.id == "q-berg"
        article = reader.query_one(ArticleView)
        top = round(article.scroll_offset.y)
        assert top <= article.mark_line < top + article.scrollable_content_region.height
        marked = article.line_text(article.mark_line)
        assert marked.startswith("▶ ") and "We cannot afford" in marked
        await pilot.press("y")
        assert app.clipboard.startswith("“We cannot afford another overrun,” — Tomas Berg, Northern Ledger")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_copy_selected_quote_with_citation(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard == ("“This is the most important vote of the decade,” — Elena Ruiz, Northern Ledger, "
                                 "2026-03-04, “Council approves harbor tunnel after a long night”; "
                                 "source harbor, characters 254–300")
        await pilot.press("3", "j", "j", "y")
        # reported speech: the outlet's words, without quotation marks (as `briefing export` writes it)
        assert app.clipboard == ("the tunnel would be paid for over thirty years — unattributed, Coastal Wire, "
                                 "2026-03-05, “Valdmar tunnel wins council backing”; source wire, characters 290–336")


async def test_search_highlights_and_jumps(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"overrun")
        await settle(pilot)
        results = search.query_one(SearchResults)
        headers = [r.label for r in results.rows if isinstance(r, GroupHeader)]
        assert headers == ["Quotes", "Sentences"]
        assert results.current.item.ref == "q-berg"
        line = results.render_line(1)
        matched = "".join(seg.text for seg in line if seg.style and seg.style.underline)
        assert matched == "overrun"
        assert search.timings and search.timings[-1][0] == "overrun"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.quote.id == "q-berg"
        await pilot.press("escape", "slash")
        await pilot.press(*"ostbridge")
        await settle(pilot)
        results = app.screen.query_one(SearchResults)
        assert results.current.item.kind == "entity"
        await pilot.press("enter")
        await pilot.pause()
        main = app.screen
        assert isinstance(main, MainScreen) and main.filter.entity == "e-ostbridge"
        assert main.lists["entities"].has_focus and main.lists["entities"].current.id == "e-ostbridge"


async def test_typing_q_in_search_does_not_quit(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "q", "question_mark", "slash")
        assert app.is_running and isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(Input).value == "q?/"
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_keys_typed_in_one_burst_after_slash_land_in_the_search_box(tmp_path, corpus):
    """`tmux send-keys '/' 'japan'` (or a fast typist) sends the query before the box exists: it must not go to
    the pane below (where j moves the cursor and the rest is lost)."""
    from textual import events

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        for key, character in (("slash", "/"), ("o", "o"), ("s", "s"), ("t", "t"), ("slash", "/"), ("j", "j")):
            app.post_message(events.Key(key, character))
        await pilot.pause(0.3)
        assert isinstance(app.screen, SearchScreen) and app.screen.query_one(Input).value == "ost/j"
        await pilot.press("escape")
        assert app.screen is main


async def test_enter_typed_before_the_hits_arrive_jumps_once_they_are_shown(tmp_path, corpus):
    """'/' 'ostbridge' Enter in one burst: Enter comes before the worker has found the hits; it jumps to the first
    hit when they are shown, as it would have a moment later."""
    from textual import events

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        keys = [("slash", "/"), *((c, c) for c in "ostbridge"), ("enter", "\r")]
        for key, character in keys:
            app.post_message(events.Key(key, character))
        await pilot.pause(0.5)
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.filter.entity == "e-ostbridge"


async def test_theme_switch_from_command_palette(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.theme == "briefing-dark"
        await run_command(pilot, "theme: briefing-light")
        assert app.theme == "briefing-light"


async def test_palette_filters_entities_by_type(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await run_command(pilot, "filter entities: places")
        assert ids(app.screen.lists["entities"].rows) == ["e-valdmar"]
        assert "Places only" in app.screen.query_one("#entities-pane").border_title


async def test_help_lists_every_key(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.markdown
        for binding_id in ("app.quit", "app.search", "main.copy", "main.clear_filter", "sources.pick",
                           "entities.pick", "quotes.open", "list.down", "reader.next_quote", "search.jump"):
            assert f"`{binding_id}`" in text
        assert app.screen.query_one(Markdown)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_keymap_file_remaps_a_binding(tmp_path, corpus):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keymap.yaml").write_text("main.copy: c\n", encoding="utf-8")
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        assert app.clipboard.startswith("“This is the most important vote")


async def test_malformed_theme_gives_one_notification_and_falls_back(tmp_path, corpus):
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.yaml").write_text("name: broken\nprimary: not-a-colour\n", encoding="utf-8")
    (themes / "mine.yaml").write_text("name: mine\nprimary: '#ff8800'\n", encoding="utf-8")
    app = make_test_app(tmp_path, corpus, theme="broken")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        notes = list(app._notifications)
        assert len(notes) == 1
        assert "broken.yaml" in notes[0].message and "'primary' is not a colour" in notes[0].message
        assert app.theme == "briefing-dark"
        assert "mine" in app.briefing_theme_names()


async def test_theme_option_and_progress_message(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus, theme="briefing-contrast")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "briefing-contrast"
        assert "3 sources · 4 entities · 4 quotes" in str(app.screen.query_one("#title-bar").render())


async def test_loads_from_paths_in_a_worker(tmp_path, corpus):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i:03}.txt").write_text(f"Story {i}\n\nThe council met on day {i} and talked.\n", "utf-8")
    app = make_test_app(tmp_path, None, corpus_paths=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.show_progress(7, 40, "Parsing")
        assert "Parsing… 7/40" in str(app.screen.query_one("#title-bar").render())
        await settle(pilot)
        assert len(app.screen.lists["sources"].rows) == 40
        assert "40 sources" in str(app.screen.query_one("#title-bar").render())


async def test_no_color_keeps_meaning_in_symbols(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        main = app.screen
        await pilot.press("tab", "enter")
        assert shown_lines(main.lists["entities"])[1].startswith("▶✔● Elena Ruiz")
        assert shown_lines(main.lists["entities"])[0].startswith("  ● People · 2")
        assert shown_lines(main.lists["quotes"])[0].startswith("› “ Elena Ruiz")


async def test_search_opened_while_loading_answers_once_loaded(tmp_path, corpus, monkeypatch):
    import threading

    import briefing_tui.ui.loader as loader_module  # the loader (the main screen's worker) builds the view

    release = threading.Event()
    real_view = loader_module.BriefingView

    def slow_view(c, analysed=True, **options):
        if analysed:  # sources come at once; entities and quotes wait for the test (released in finally)
            release.wait()
        return real_view(c, analysed, **options)

    monkeypatch.setattr(loader_module, "BriefingView", slow_view)
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        try:
            await wait_until(pilot, lambda: app.view is not None, "the sources, before entities and quotes")
            main = app.screen
            assert ids(main.lists["sources"].rows) == ["digest", "harbor", "wire"]
            assert shown_lines(main.lists["quotes"])[0].strip() == "Finding entities and quotes…"
            assert "3 sources · finding entities and quotes…" in str(main.query_one("#title-bar").render())
            await pilot.press("j", "enter")  # a source filter picked while extraction runs survives it
            await pilot.press("slash", *"berg")
            search = app.screen
            assert isinstance(search, SearchScreen) and search.index is None
            assert "Still loading" in str(search.query_one("#search-status").render())
            release.set()
            await settle(pilot)
            assert search.index is not None
            assert search.query_one(SearchResults).current.item.ref == "e-berg"
            await pilot.press("escape")
            assert main.filter.source == "harbor" and ids(main.lists["quotes"].rows) == ["q-ruiz", "q-berg"]
        finally:
            release.set()


async def test_quote_found_in_several_sources_says_so(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = shown_lines(app.screen.lists["quotes"])
        assert lines[0].rstrip().endswith("Northern Ledger +1")  # q-ruiz is also carried by Coastal Wire
        assert lines[1].rstrip().endswith("Northern Ledger")


async def test_d_and_the_palette_open_the_diff_view(tmp_path, corpus):
    from briefing_tui.ui.screens.diff import DiffScreen

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DiffScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await run_command(pilot, "diff view")
        assert isinstance(app.screen, DiffScreen)


async def test_the_title_bar_counts_one_source_in_the_singular(tmp_path):
    from briefing_tui.corpus import load_corpus
    from ui_fixtures import HARBOR, write_articles

    one = load_corpus([write_articles(tmp_path / "one", {"harbor.txt": HARBOR})], cache=False)
    app = make_test_app(tmp_path, one)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = str(app.screen.query_one("#title-bar").render())
        assert "briefing · 1 source · " in bar and " 1 sources" not in bar
