"""Issue 13: SVG snapshots of the screens it changed, at 80×24 and 120×40.

Update with ``pytest --snapshot-update`` and look at the SVGs before committing them.
"""

from __future__ import annotations

import pytest

from ui_fixtures import briefing_corpus, keys, make_test_app, ten_seed_sources

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


@pytest.fixture
def tunnel_app(tmp_path):
    return make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))


@pytest.fixture
def seeds_app(tmp_path, seed_corpus):
    return make_test_app(tmp_path, seed_corpus)


@pytest.fixture
def ten_app(tmp_path):
    return make_test_app(tmp_path, ten_seed_sources(tmp_path / "ten"))


@pytest.mark.parametrize("size", SIZES)
def test_main_seeds_panes_follow_content(snap_compare, seeds_app, size):
    """Five sources take five rows; unknown outlets named by their opening words; headings on every pane."""
    assert snap_compare(seeds_app, terminal_size=SIZES[size], run_before=keys())


@pytest.mark.parametrize("size", SIZES)
def test_reader_after_n(snap_compare, tunnel_app, size):
    """Opened at Ruiz's quote, n: ▶ on Berg's quote; the sticky header gives outlet, date and title."""
    assert snap_compare(tunnel_app, terminal_size=SIZES[size], run_before=keys("3", "enter", "n"))


@pytest.mark.parametrize("size", SIZES)
def test_diff_ten_sources(snap_compare, ten_app, size):
    """Ten sources: legend, matrix across the width, the highlighted claim's detail."""
    assert snap_compare(ten_app, terminal_size=SIZES[size], run_before=keys("d"))


@pytest.mark.parametrize("size", SIZES)
def test_diff_legend_whole(snap_compare, ten_app, size):
    """l: every source's number and name (at 120 columns they are all in view already: a notice says so)."""
    assert snap_compare(ten_app, terminal_size=SIZES[size], run_before=keys("d", "l"))


@pytest.mark.parametrize("size", SIZES)
def test_help_on_the_reader(snap_compare, tunnel_app, size):
    """? in the reader: the reader's keys first, one per line."""
    assert snap_compare(tunnel_app, terminal_size=SIZES[size], run_before=keys("3", "enter", "question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_pair_picker_filtered(snap_compare, tunnel_app, size):
    """p in the diff view, "wire" typed: only Coastal Wire left."""
    assert snap_compare(tunnel_app, terminal_size=SIZES[size], run_before=keys("d", "p", *"wire"))


@pytest.mark.parametrize("size", SIZES)
def test_claim_view(snap_compare, tunnel_app, size):
    """Enter on the first claim: its whole title, the statements, the position line."""
    assert snap_compare(tunnel_app, terminal_size=SIZES[size], run_before=keys("d", "enter"))
