"""Issue 13: the app tried as a new user would. Each test pins one problem the trial found."""

from __future__ import annotations

import pytest

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


async def test_q_goes_back_one_level_and_keeps_the_filter(tmp_path):
    """``q`` in the reader goes back to the main screen, filter kept; ``q`` there quits."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "enter")  # filter by Elena Ruiz
        await settle(pilot)
        assert app.main_screen.filter.entity == "e-ruiz"
        await pilot.press("3", "r")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)
        assert app.main_screen.filter.entity == "e-ruiz"
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running


def pane_heights_shown(app) -> dict[str, int]:
    return {name: app.main_screen.query_one(f"#{name}-pane").outer_size.height
            for name in ("sources", "entities", "quotes")}


async def test_pane_sizes_follow_their_content(tmp_path, seed_corpus):
    """5 sources take 5 rows (plus border and heading), not every spare row; the others get the rest."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        heights = pane_heights_shown(app)
        assert heights["sources"] == 5 + 3
        assert heights["entities"] >= 8 and heights["quotes"] >= 8
        assert sum(heights.values()) == 28


async def test_focused_pane_gets_rows_in_a_short_terminal(tmp_path, seed_corpus):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(100, 16)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert pane_heights_shown(app)["quotes"] - 3 >= 4  # at least four quotes on screen


async def test_an_empty_pane_stays_small(tmp_path, seed_corpus):
    """Filtered to a source with no quote, the empty Quotes pane takes a border and one line."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.view.quote_count(seed_corpus.sources[0].id) == 0
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.lists["quotes"].rows == []
        assert pane_heights_shown(app)["quotes"] <= 4


async def test_sources_are_told_apart(tmp_path, seed_corpus):
    """No file stem (and no opening sentence: the title column has it) where the outlet is unknown; two rows of
    one outlet are numbered; every row differs."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = [line for line in shown_lines(app.main_screen.lists["sources"]) if line.strip()]
        assert len(rows) == 5
        assert not any("000_a4263" in row or "004_d8b5" in row for row in rows)
        assert rows[0][2:].startswith("unknown ") and "“Recently, Japan" in rows[0]
        assert len(set(rows)) == 5
        outlets = [row[2:22] for row in rows]
        assert "Xin Lang Cai Jing #1" in outlets and "Xin Lang Cai Jing #2" in outlets


def test_cli_source_takes_a_unique_id_prefix(capsys):
    from briefing_tui.cli import main

    assert main(["quotes", "--source", "003", "--no-cache", "--json"]) == 0
    import json

    quotes = json.loads(capsys.readouterr().out)["quotes"]
    assert quotes and {q["source"] for q in quotes} == {"003_46b5d03ce97921a0"}


def test_cli_source_ambiguous_or_unknown_exits_2_naming_candidates(capsys):
    from briefing_tui.cli import main

    assert main(["quotes", "--source", "00", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "matches 5 sources" in err and "001_e64f6607013c71d3" in err
    assert main(["quotes", "--source", "zz", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "no source id starts with 'zz'" in err and "004_d8b58f788d07b44f" in err


def test_a_wrong_corpus_exits_2_before_the_app_starts(tmp_path, monkeypatch, capsys):
    """``briefing --corpus MISSING`` on a terminal: the CLI's message and exit 2 (a usage error), no empty app."""
    import sys

    import briefing_tui.ui.app as app_module
    from briefing_tui.cli import main

    started = []
    monkeypatch.setattr(app_module, "make_app", lambda *a, **k: started.append(a) or pytest.fail("app started"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    missing = tmp_path / "nowhere"
    assert main(["--corpus", str(missing)]) == 2
    app_err = capsys.readouterr().err
    assert main(["sources", "--corpus", str(missing)]) == 2
    assert app_err == capsys.readouterr().err
    assert app_err == f"briefing: --corpus {missing}: no such file or folder\n"
    assert not started


async def test_help_opens_on_this_screens_key_table(tmp_path):
    """At 80×24 the help page starts with the keys of the screen you are on, one per line, no rules."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "enter")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        lines = [line.strip("┃ ") for line in screen_lines(app)]
        start = next(i for i, line in enumerate(lines) if line.startswith("Here: Reader"))
        assert start < 6
        rows = lines[start + 1:start + 12]
        assert rows[0].split()[:3] == ["Esc", "q", "Back"]
        assert any(row.startswith("n ") and "Next quote" in row for row in rows)
        assert not any(set(row) <= set("─━-| ") for row in rows)  # no rule between key rows
        keyed = [line for line in lines if line.endswith(tuple(".%s" % w for w in (
            "back", "copy", "down", "up", "top", "bottom", "next_quote", "previous_quote", "page_down", "page_up",
            "previous_source", "next_source", "help", "search")))]
        assert len(keyed) >= 14
        assert not any(line.endswith("app.quit") for line in keyed)  # q goes back here: reader.back says so


async def test_a_second_key_press_while_help_opens_does_not_close_it(tmp_path):
    from textual import events

    from briefing_tui.ui.screens.help import HelpScreen

    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(2):  # pressed twice in a hurry, before the page is drawn
            app.post_message(events.Key("question_mark", "?"))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


def screen_lines(app) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]
