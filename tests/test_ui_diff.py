"""The diff and pairwise screens in a tiny host app: pilot flows and SVG snapshots at 80x24 and 120x40."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import DataTable, Static

from briefing_tui.corpus import load_corpus
from briefing_tui.ui.screens.diff import ClaimScreen, DiffScreen
from briefing_tui.ui.screens.pairwise import PairwiseScreen
from conftest import ARTICLES

WRITTEN = ARTICLES / "compare"


class Host(App):
    """Just enough app to show one of the comparison screens."""

    def __init__(self, make_screen):
        super().__init__()
        self.make_screen = make_screen
        self.animation_level = "none"

    def on_mount(self) -> None:
        self.push_screen(self.make_screen())


def diff_host(paths=(WRITTEN,)):
    corpus = load_corpus(list(paths))
    return Host(lambda: DiffScreen(corpus))


def pairwise_host(left="harbor_times", right="daily_ledger"):
    corpus = load_corpus([WRITTEN])
    return Host(lambda: PairwiseScreen(corpus, left, right))


async def test_matrix_lists_claims_and_filters_disagreements():
    app = diff_host()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, DiffScreen)
        table = screen.query_one(DataTable)
        total = table.row_count
        assert total == len(screen.corpus.claims) > 5
        await pilot.press("d")
        assert 0 < table.row_count < total
        assert {c.verdict for c in screen.shown} == {"disagree"}
        await pilot.press("d")
        assert table.row_count == total


async def test_enter_opens_statements_side_by_side_with_marks():
    app = diff_host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "enter")
        assert isinstance(app.screen, ClaimScreen)
        claim = app.screen.claim
        assert claim.verdict == "disagree"
        texts = app.screen.query(".statement-text")
        assert len(texts) == len(claim.statements)
        rendered = [str(w.render()) for w in app.screen.query(Static)]
        assert any("Evidence:" in r for r in rendered)
        await pilot.press("escape")
        assert isinstance(app.screen, DiffScreen)


async def test_pairwise_rows_cover_both_sources():
    app = pairwise_host()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        kinds = [r.kind for r in screen.rows]
        assert "conflict" in kinds and "left" in kinds and "right" in kinds
        lefts = [r.left.index for r in screen.rows if r.left]
        rights = [r.right.index for r in screen.rows if r.right]
        assert lefts == sorted(lefts) and rights == sorted(rights)
        await pilot.press("s")
        assert {r.kind for r in screen.shown} <= {"matched", "conflict"}


def test_pairwise_rejects_unknown_source():
    corpus = load_corpus([WRITTEN])
    with pytest.raises(ValueError):
        PairwiseScreen(corpus, "harbor_times", "nope")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_diff_matrix(snap_compare, size):
    assert snap_compare(diff_host(), terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_diff_claim(snap_compare, size):
    assert snap_compare(diff_host(), press=["d", "enter"], terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_pairwise(snap_compare, size):
    assert snap_compare(pairwise_host(), terminal_size=size)


def test_snapshot_diff_seeds(snap_compare):
    from briefing_tui.paths import seeds_dir

    assert snap_compare(diff_host((seeds_dir(),)), press=["d"], terminal_size=(80, 24))
