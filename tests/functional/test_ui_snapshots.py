"""SVG snapshots of every screen at 80x24 and 120x40, each shipped theme at least once.

Deterministic: a hand-made corpus, no cursor blink, no animation, workers finished,
user folders in temporary directories. Update with ``pytest --snapshot-update`` and
look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest

from ui_fixtures import briefing_corpus, make_test_app, settle

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


def keys(*presses: str):
    """A ``run_before`` that waits for loading, presses ``presses`` and waits again."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)

    return run_before


@pytest.fixture
def app_for(tmp_path):
    def build(theme: str):
        return make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), theme=theme)

    return build


@pytest.mark.parametrize("size, theme", [("80x24", "briefing-dark"), ("120x40", "briefing-light")])
def test_main_screen_filtered_by_entity(snap_compare, app_for, size, theme):
    """Tab to entities, pick Elena Ruiz: filter bar, narrowed sources and quotes, ✔ on her row."""
    assert snap_compare(app_for(theme), terminal_size=SIZES[size], run_before=keys("tab", "enter"))


@pytest.mark.parametrize("size, theme", [("80x24", "briefing-contrast"), ("120x40", "briefing-dark")])
def test_reader_at_quote(snap_compare, app_for, size, theme):
    """Enter on Berg's quote: the reader scrolled to it, the quote reversed with ▶ in the margin."""
    assert snap_compare(app_for(theme), terminal_size=SIZES[size], run_before=keys("3", "j", "enter"))


@pytest.mark.parametrize("size, theme", [("80x24", "briefing-light"), ("120x40", "briefing-contrast")])
def test_search_with_results(snap_compare, app_for, size, theme):
    """"tunnel" typed: hits grouped by kind, matched characters underlined."""
    assert snap_compare(app_for(theme), terminal_size=SIZES[size], run_before=keys("slash", *"tunnel"))


@pytest.mark.parametrize("size", ["80x24", "120x40"])
def test_help(snap_compare, app_for, size):
    """? shows the help page."""
    assert snap_compare(app_for("briefing-dark"), terminal_size=SIZES[size], run_before=keys("question_mark"))
