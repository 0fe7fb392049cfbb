"""Issue 15: the footer's relabel (a filter on or off: "Clear" comes or goes) reads its keys from the screen's
bindings instead of building ``FooterKey`` widgets only to read their labels, and shows exactly what a compose
would: the same keys, in the same order, the palette's key kept or left out by the same width rule."""

from __future__ import annotations

import pytest
from textual._context import active_message_pump
from textual.widgets._footer import FooterKey

from briefing_tui.ui.widgets.keys_footer import KeysFooter
from briefing_tui.ui.widgets.steady_footer import ShownKey, SteadyFooter, shown_key
from ui_fixtures import briefing_corpus, make_test_app, press_settled, settle


def footer_text(app) -> str:
    return app.screen._compositor.render_strips()[-1].text


def composed_keys(footer: SteadyFooter) -> list[ShownKey] | None:
    """The keys the footer's compose yields now (the widgets built and read), None when one is not a plain key."""
    pump = active_message_pump.set(footer)  # (its keys bind to the footer's reactives, as in its own handler)
    try:
        widgets = list(footer.compose())
    finally:
        active_message_pump.reset(pump)
    if not all(type(w) is FooterKey and not w.has_class("-grouped") for w in widgets):
        return None
    return [shown_key(w) for w in widgets]


def check_footer(app) -> list[ShownKey]:
    """The footer's keys read from the bindings equal those its compose builds and those on screen."""
    footer = app.screen.query_one(SteadyFooter)
    keys, _ = footer.footer_keys()
    assert keys is not None and keys == composed_keys(footer)
    assert keys == [shown_key(w) for w in footer.children]
    return keys


@pytest.fixture
def corpus(tmp_path_factory):
    return briefing_corpus(tmp_path_factory.mktemp("articles"))


async def test_a_filter_on_and_off_builds_no_key_widget(tmp_path, corpus, monkeypatch):
    built: list[FooterKey] = []
    init = FooterKey.__init__

    def counted(self, *args, **kwargs):
        built.append(self)
        init(self, *args, **kwargs)

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        monkeypatch.setattr(FooterKey, "__init__", counted)
        await press_settled(pilot, "enter")  # a source picked: "Clear" takes the place of "Stories"
        assert "Clear" in footer_text(app) and "Stories" not in footer_text(app)
        await press_settled(pilot, "escape")  # the filter cleared: "Stories" back
        assert "Stories" in footer_text(app) and "Clear" not in footer_text(app)
        await press_settled(pilot, "2", "enter", "escape")  # an entity picked, then cleared
        assert "Stories" in footer_text(app) and "Clear" not in footer_text(app)
        monkeypatch.setattr(FooterKey, "__init__", init)
        assert built == []
        assert footer._shown_keys == footer.shown_keys()  # the keys it shows noted, as a compose notes them


@pytest.mark.parametrize("width", [60, 80, 160])
async def test_the_keys_read_from_the_bindings_are_those_a_compose_shows_on_every_screen(tmp_path, corpus, width):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        main = app.screen
        plain = check_footer(app)
        await press_settled(pilot, "enter")  # a source picked
        picked = check_footer(app)
        assert [k.description for k in picked] != [k.description for k in plain]
        assert any(k.action == "clear_filter" and k.key == "escape" for k in picked)
        await press_settled(pilot, "2", "enter")  # and an entity
        check_footer(app)
        await press_settled(pilot, "escape", "3")
        check_footer(app)  # the quotes pane: its own keys
        await press_settled(pilot, "1")
        assert check_footer(app) == plain
        palette = [k for k in plain if k.palette]
        if width != 80:  # the palette's key only where the keys leave room for it
            assert bool(palette) == (width > 80)
        for opened, back in (("r", "escape"), ("question_mark", "escape"), ("slash", "escape"), ("d", "escape"),
                             ("s", "escape"), ("e", "escape")):
            await press_settled(pilot, opened)
            assert app.screen is not main and app.screen.query(SteadyFooter), opened
            check_footer(app)
            await press_settled(pilot, back)
        check_footer(app)


async def test_a_key_that_cannot_run_is_relabelled_dim(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        keys = check_footer(app)
        await press_settled(pilot, "enter")
        for new, widget in zip(check_footer(app), footer.children):
            assert widget.has_class("-disabled") == new.disabled
        assert keys


def screen_lines(app) -> list[list[object]]:
    """Every line of the screen as drawn: its segments (text and style)."""
    return [list(strip) for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("width", [80, 160])
async def test_a_relabelled_footer_draws_only_the_keys_that_changed_and_looks_as_a_rebuilt_one(tmp_path, corpus,
                                                                                           monkeypatch, width):
    drawn: list[str] = []
    render = FooterKey.render

    def counted(self):
        drawn.append(self.description)
        return render(self)

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        widgets = list(footer.children)
        monkeypatch.setattr(FooterKey, "render", counted)
        for keys in (("enter",), ("escape",), ("2", "enter"), ("escape",)):  # "Clear" comes, goes, comes, goes
            before = [shown_key(w) for w in widgets]
            drawn.clear()
            await press_settled(pilot, *keys)
            assert list(footer.children) == widgets  # relabelled, not rebuilt
            changed = {new.description for new, old in zip(map(shown_key, widgets), before) if new != old}
            assert changed and set(drawn) == changed  # the keys after the changed one moved, not drawn again
            relabelled = screen_lines(app)
            footer.refresh(recompose=True)  # the same keys built afresh
            await settle(pilot)
            assert list(footer.children) != widgets
            assert screen_lines(app) == relabelled
            widgets = list(footer.children)
