"""Issue 15: a pick or Esc on the main screen lays the screen out once. Resizing the panes set their virtual
sizes through Textual's reactive, which asked for a second layout of the whole screen to the same places."""

from __future__ import annotations

import pytest

from ui_fixtures import briefing_corpus, count_layouts, make_test_app, press_settled, settle


def screen_lines(app) -> list[list[object]]:
    """Every line of the screen as drawn: its segments (text and style)."""
    return [list(strip) for strip in app.screen._compositor.render_strips()]


@pytest.fixture
def corpus(tmp_path_factory):
    return briefing_corpus(tmp_path_factory.mktemp("articles"))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_pick_and_esc_lay_the_screen_out_once_and_look_as_laid_out_again(tmp_path, corpus, monkeypatch,
                                                                                 size):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        layouts = count_layouts(monkeypatch)
        for keys in (("enter",), ("escape",), ("2", "enter"), ("escape",), ("1", "down", "enter"), ("escape",)):
            await press_settled(pilot, *keys[:-1])
            before = screen_lines(app)
            layouts.clear()
            await press_settled(pilot, keys[-1])
            assert layouts == [app.screen], keys  # the panes resized (or not), in one layout
            assert screen_lines(app) != before  # (the pick or Esc changed the screen)
            shown = screen_lines(app)
            for widget in app.screen.walk_children():
                widget.refresh(layout=True)  # every widget laid out and drawn afresh
            await settle(pilot)
            assert screen_lines(app) == shown, keys
