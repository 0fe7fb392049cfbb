"""A new user's rough edges in the app: the help page says what ``q`` does on the screen it is shown on, and ``l`` in
the diff view covers nothing (no toast over the claim, no letter showing beside a toast)."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from briefing_tui.ui.screens.claim import ClaimScreen
from briefing_tui.ui.screens.diff import DiffScreen
from briefing_tui.ui.screens.help import HelpScreen
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.pairwise import PairwiseScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from ui_fixtures import HARBOR, briefing_corpus, make_test_app, press_settled, settle


def screen_lines(app) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


def q_rows(app) -> list[str]:
    """What the help page says ``q`` does on the screen it was opened on: the words of every row of the first two
    sections (this screen's keys, then the app's) whose keys include q."""
    text = str(app.screen.query_one("#help-keys").render())
    sections = text.split("\n\n")[1:3]
    said = []
    for line in "\n".join(sections).splitlines():
        keys, does = line[:12].split(), line[12:34].strip()
        if "q" in keys:
            said.append(does)
    return said


# (keys from the main screen, the screen they open, what q does there, the screen q leads to)
SCREENS = [
    ([], MainScreen, "Quit", None),
    (["3", "enter"], ReaderScreen, "Back", MainScreen),
    (["d"], DiffScreen, "Back", MainScreen),
    (["d", "enter"], ClaimScreen, "Back", DiffScreen),
    (["d", "p", "enter", "down", "enter"], PairwiseScreen, "Back", DiffScreen),
]


@pytest.mark.parametrize(("keys", "kind", "q_does", "after_q"), SCREENS,
                         ids=[kind.__name__ for _, kind, _, _ in SCREENS])
async def test_the_help_says_what_q_does_on_this_screen(tmp_path, keys, kind, q_does, after_q):
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_settled(pilot, *keys)
        assert isinstance(app.screen, kind)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert q_rows(app) == [q_does]  # one row says what q does here, and no other says otherwise
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        if after_q is None:
            assert not app.is_running
        else:
            assert app.is_running and isinstance(app.screen, after_q)


async def test_the_help_names_the_dialogs_where_letters_are_typed(tmp_path):
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        markdown = app.screen.markdown
    assert "## Everywhere but in dialogs" in markdown
    assert "## Choosing a story (a dialog; letters filter)" in markdown
    assert "| `Enter` | Choose | `stories.choose` |" in markdown


async def test_l_with_every_source_in_view_covers_nothing(tmp_path, seed_corpus):
    """At 80×24 the five seeds' names are all above the matrix: ``l`` marks them instead of a toast over the claim."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        before = screen_lines(app)
        await pilot.press("l")
        await settle(pilot)
        assert not app.screen.query(Toast)
        assert screen_lines(app) == before  # the same text: the claim under the matrix is whole
        assert app.screen.query_one("#diff-legend-box").has_class("-flash")
        await pilot.pause(2)
        assert not app.screen.query_one("#diff-legend-box").has_class("-flash")
        assert screen_lines(app) == before


async def test_a_toast_reaches_the_right_edge(tmp_path, seed_corpus):
    """Nothing of the screen under a toast shows in the column beside it (it read as a stray letter)."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        app.notify("A message for the user")
        await settle(pilot)
        toast = app.screen.query(Toast).first()
        assert toast.region.right == 80


# (keys from the main screen to the dialog, the dialog, its help heading, ? opens the help: no text field has focus)
DIALOGS = [
    (["s"], "StoryPicker", "Choosing a story", True),
    (["d", "p"], "SourcePicker", "Choosing two sources", True),
    (["slash"], "SearchScreen", "Search", True),  # (its box is empty: ? is no query there)
    (["e"], "ExportScreen", "Export", False),
    (["a"], "PasteScreen", "Adding an article", False),
]


@pytest.mark.parametrize(("keys", "kind", "heading", "question_opens"), DIALOGS, ids=[d[1] for d in DIALOGS])
async def test_help_opens_in_every_dialog(tmp_path, keys, kind, heading, question_opens):
    """``?`` (where no text is typed) and F1 (everywhere) open the help over a dialog, on the dialog's own keys;
    closing it goes back to the dialog. In a text field ``?`` is typed, as any other character."""
    if kind == "PasteScreen":  # the user's own folder: the embedded seeds refuse pastes
        folder = tmp_path / "desk"
        folder.mkdir()
        (folder / "tunnel.txt").write_text(HARBOR, encoding="utf-8")
        app = make_test_app(tmp_path, corpus_paths=[folder])
    else:
        app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_settled(pilot, *keys)
        dialog = app.screen
        assert type(dialog).__name__ == kind
        for help_key in (["question_mark", "f1"] if question_opens else ["f1"]):
            await pilot.press(help_key)
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen), help_key
            assert app.screen.here.title.startswith(heading)
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is dialog
        if not question_opens:
            field = app.focused
            before = field.text if hasattr(field, "text") else field.value
            await pilot.press("question_mark")
            await settle(pilot)
            assert app.screen is dialog
            after = field.text if hasattr(field, "text") else field.value
            assert after.count("?") == before.count("?") + 1


async def test_a_question_mark_in_the_empty_search_box_opens_the_help(tmp_path):
    # a new user pressed ? in the search box for the help and searched for "?" instead; a ? inside a query stays
    from briefing_tui.ui.screens.search import SearchScreen

    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press_settled(pilot, "slash", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press_settled(pilot, "escape")
        assert isinstance(app.screen, SearchScreen) and app.screen.query_one("#search-input").value == ""
        await press_settled(pilot, "w", "h", "y", "question_mark")
        assert isinstance(app.screen, SearchScreen) and app.screen.query_one("#search-input").value == "why?"
