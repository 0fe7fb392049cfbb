"""Terminal safety in the whole TUI: a hostile corpus (real loading, real extraction and comparison),
hostile theme files and file names, walked through every screen.

On each screen every rendered segment (what the compositor would write: panes, filter bar, reader
bar and body, search results, help, diff matrix, claim detail, pairwise view, toasts, footer) is
checked: no raw control, bidi or invisible character; no hyperlink style; no click action that came
from the article. Markup from the article is shown literally; ordinary Unicode unchanged.
The clipboard text from ``y`` is inert too: control characters there become the same visible
stand-ins as on screen (an OSC 52 clipboard write cannot carry an escape into the user's paste).
"""

from __future__ import annotations

import pytest

from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from hostile_inputs import ORDINARY, snapshot, unsafe_characters, write_hostile_corpus, write_hostile_themes
from ui_fixtures import make_test_app, settle, wait_until

OUR_ACTIONS = ("app.", "screen.", "focus", "scroll")


def rendered_text(app) -> str:
    """Every line the current screen renders (its compositor's strips), checked segment by segment."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            assert not unsafe_characters(segment.text), (segment.text, unsafe_characters(segment.text))
            style = segment.style
            if style is not None:
                assert not style.link, f"hyperlink {style.link!r} on {segment.text!r}"
                click = (style.meta or {}).get("@click")
                assert click is None or "quit" not in str(click) and "bell" not in str(click), click
        lines.append(strip.text)
    return "\n".join(lines)


def notifications(app) -> str:
    return "\n".join(n.message for n in app._notifications)


@pytest.fixture
def hostile_app(tmp_path):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    config = tmp_path / "config"
    write_hostile_themes(config / "themes")
    before = snapshot(tmp_path)
    yield make_test_app(tmp_path, corpus_paths=[corpus], config_dir=config)
    after = snapshot(tmp_path)
    # the user's corpus, alias and theme files are never written to (only the index cache may appear)
    assert {k: v for k, v in after.items() if k in before} == before


async def test_every_screen_renders_hostile_text_inert(hostile_app):
    app = hostile_app
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        shown = rendered_text(app)
        # panes: the source id (file name), outlet and title, markup literal
        assert "[link=https://evil.…" in shown  # the outlet column is 20 cells wide
        assert "[bold red]Alert[/] ␛]0;pwn␇ <U+20…" in shown
        assert "We will never [@click=app.quit]give up[/] ␛]52;c;cm0gLXJm␇" in shown
        assert "Mallory Quinn" in shown and "Sanae Takaichi" in shown
        # toasts: the refused file, the bad theme files and the bad alias entry are named, inert
        told = notifications(app)
        assert not unsafe_characters(told)
        assert "bad␛[31m[bold]x[-bold]<U+202E>.txt" in told
        assert "evil␛]0;t␇[b]theme[-b]<U+202E>.yaml" in told and "bad-colour.yaml" in told
        assert "bad␛[31m[bold]x[-bold]" in shown  # the toast itself, on screen
        assert app.title == "briefing" and not unsafe_characters(app.sub_title)

        # filter bar: pick the first entity
        await pilot.press("2", "enter")
        await settle(pilot)
        assert "▼ Filter: entity Mallory Quinn" in rendered_text(app)

        # quotes pane -> reader at the hostile quote
        await pilot.press("escape", "3", "home")
        quotes = app.main_screen.lists["quotes"]
        hostile = next(i for i, q in enumerate(quotes.rows) if "[@click=app.quit]" in q.text)
        for _ in range(hostile):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        shown = rendered_text(app)
        for literal in ("We will never [@click=app.quit]give up[/] ␛]52;c;cm0gLXJm␇",
                        "[bold]minister[/bold]", "Evil Times[/link]", "[bold red]Alert[/]"):
            assert literal in shown, literal
        article = app.screen.query_one("ArticleView")
        body = "\n".join(article.render_line(y).text for y in range(article.virtual_size.height))
        for payload in ("␛[31mred␛[0m", "␛]8;;https://evil.example␛\\click me", "<U+202E>gnp.exe<U+202C>",
                        "zero<U+200B>width", "[link=https://evil.example]a link[/link]", "␛[2J", "<U+009B>31m"):
            assert payload in body, payload
        assert ORDINARY.split()[0] in body and "Café “naïve” — Zoë’s «quote» 李明" in body

        # the clipboard: the quote and its citation, stand-ins instead of escapes
        await pilot.press("y")
        clip = app.clipboard
        assert clip.startswith("“We will never [@click=app.quit]give up[/] ␛]52;c;cm0gLXJm␇")
        assert not unsafe_characters(clip)
        assert "[link=https://evil.example]Evil Times[/link] ␛[31m" in clip

        # search results
        await pilot.press("escape", "slash", *"click")
        await settle(pilot)
        shown = rendered_text(app)
        assert "[@click=app.quit]" in shown

        # help
        await pilot.press("escape", "question_mark")
        # the help page's Markdown is laid out asynchronously
        await wait_until(pilot, lambda: "briefing — keys" in rendered_text(app), "the help page")
        await pilot.press("escape")

        # the diff matrix and a claim's statements
        await pilot.press("d")
        await settle(pilot)
        shown = rendered_text(app)
        assert "[1] [link=https://evil.example]Evil Times[/link] ␛[31m  [2] plain" in shown
        # the evidence names the source as the legend does, not by its (hostile) id
        assert "[1] [link=https://evil.example]Evil Times[/link] ␛[31m '$20 billion'" in shown
        await pilot.press("enter")
        await settle(pilot)
        shown = rendered_text(app)
        assert "Evidence: readings: [1] [link=https://evil.example]Evil Times[/link] ␛[31m '$20" in shown
        await pilot.press("escape", "escape")

        # the pairwise view (not bound to a key yet: pushed directly)
        from briefing_tui.ui.screens.pairwise import PairwiseScreen

        ids = [s.id for s in app.corpus.sources]
        await app.push_screen(PairwiseScreen(app.corpus, ids[0], ids[1]))
        await settle(pilot)
        shown = rendered_text(app)
        # both headings, the hostile one literally; a quote's markup and OSC 52 shown, not acted on
        assert "< [1] [link=https://evil.example]Evil Times[/link] ␛[31m" in shown and "> [2] plain" in shown
        assert '"We will never [@click=app.quit]give up[/] ␛]52;c;cm0gLXJm␇," said' in shown
        # joiners dropped, a Hangul filler shown as a stand-in (it would shift the row in a terminal)
        assert "joiner soft grapheme fill<U+3164>er" in shown and "<U+115F><U+1160> half<U+FFA0>width" in shown
        assert isinstance(app.screen, PairwiseScreen) and app.return_code is None


async def test_a_hostile_theme_name_on_the_command_line_is_shown_inert(tmp_path):
    corpus = write_hostile_corpus(tmp_path / "corpus")
    app = make_test_app(tmp_path, corpus_paths=[corpus], theme="\x1b]0;t\x07[@click=app.quit]x")
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        told = notifications(app)
        assert "no theme named '␛]0;t␇[@click=app.quit]x'" in told
        assert not unsafe_characters(told)
        rendered_text(app)
        assert app.theme == "briefing-dark"
