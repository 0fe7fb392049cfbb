"""Every problem met reading files is there to read in the app (``!``, a click on the title bar's ⚠), not only the
first three the toast names; the same list is printed on stderr when the app exits."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from textual.widgets import Footer

from briefing_tui.model import Problem
from briefing_tui.ui.screens.main import MainScreen
from tests.store_helpers import write_corpus
from ui_fixtures import make_test_app, settle, wait_until

UNREADABLE = 6


def corpus_with_problems(tmp_path):
    """Two articles and six empty files beside them (each one a problem: "empty file")."""
    folder = tmp_path / "corpus"
    write_corpus(folder, 2)
    for k in range(UNREADABLE):
        (folder / f"empty_{k}.txt").write_bytes(b"")
    return folder


def footer_keys(screen) -> str:
    return " ".join(str(key.render()) for key in screen.query_one(Footer).query("FooterKey"))


async def test_every_problem_is_listed_by_the_key_and_the_title_bar(tmp_path):
    from briefing_tui.ui.screens.problems import ProblemsScreen

    folder = corpus_with_problems(tmp_path)
    app = make_test_app(tmp_path, corpus_paths=[folder])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_until(pilot, lambda: app.search_index is not None, "the corpus loaded")
        await settle(pilot)
        toast = "\n".join(n.message for n in app._notifications)
        assert toast.endswith("(and 3 more: press ! to see them all)")
        assert "Problems" in footer_keys(app.screen)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        listed = str(app.screen.query_one("#problems-text").render())
        assert listed.splitlines() == [line for k in range(UNREADABLE)
                                       for line in (str(folder / f"empty_{k}.txt"), "  empty file")]
        assert str(app.screen.query_one("#problems-prompt").render()) == "⚠ 6 problems reading files — Esc closes"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        bar = str(app.screen.query_one("#title-bar").render())
        await pilot.click("#title-bar", offset=(bar.index("⚠") + 2, 0))
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)


async def test_at_80_columns_the_keys_keep_the_footer_and_the_palette_hint_makes_room(tmp_path):
    # with "! Problems" shown the footer cut its last key to "/ S" beside "^p palette"
    folder = corpus_with_problems(tmp_path)
    app = make_test_app(tmp_path, corpus_paths=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.search_index is not None, "the corpus loaded")
        await settle(pilot)
        keys = list(app.screen.query_one(Footer).query("FooterKey"))
        assert [str(k.render()).strip() for k in keys][-4:] == ["! Problems", "q Quit", "? Help", "/ Search"]
        assert "Problems" in footer_keys(app.screen) and "palette" not in footer_keys(app.screen)
        assert max(k.region.right for k in keys) <= 80
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        assert "palette" in footer_keys(app.screen)  # room for it again


async def test_no_problems_no_key_in_the_footer(tmp_path):
    folder = tmp_path / "corpus"
    write_corpus(folder, 2)
    app = make_test_app(tmp_path, corpus_paths=[folder])
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.search_index is not None, "the corpus loaded")
        await settle(pilot)
        assert "Problems" not in footer_keys(app.screen)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


def test_the_problems_are_printed_when_the_app_exits(tmp_path, monkeypatch, capsys):
    import briefing_tui.ui.app as app_module
    from briefing_tui.cli import main

    folder = corpus_with_problems(tmp_path)
    problems = [Problem(str(folder / f"empty_{k}.txt"), "empty file") for k in range(UNREADABLE)]
    ran = []
    fake = SimpleNamespace(corpus=SimpleNamespace(problems=problems), return_code=0, run=lambda: ran.append(True))
    monkeypatch.setattr(app_module, "make_app", lambda *args, **kwargs: fake)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert main(["--corpus", str(folder)]) == 0
    assert ran == [True]
    assert capsys.readouterr().err.splitlines() == [f"briefing: {folder / f'empty_{k}.txt'}: empty file"
                                                    for k in range(UNREADABLE)]
