"""Issue 13, problem 3: a diff matrix row reads without opening its claim.

Each row gives the claim's title and then the sentence that says it, across the claim column's
whole width; the lines under the matrix give the highlighted claim's whole title and its sentence,
and fit their box.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from textual.widgets import Static

from briefing_tui.corpus import load_corpus
from briefing_tui.ui.comparison_text import SYMBOLS, claim_label, claim_title
from briefing_tui.ui.display_text import fold_inert
from ui_fixtures import make_test_app, open_diff

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
SHORT_TITLE = 40  # a title this long or shorter leaves room for its sentence on the detail lines at 80 columns
EVENTS = Path(__file__).resolve().parents[1] / "gold" / "events"


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def sentence(claim) -> str:
    return fold_inert(claim.statements[0].text)[0]


@pytest.mark.parametrize("size", SIZES)
async def test_each_row_gives_the_title_then_the_sentence_across_the_column(tmp_path, seed_corpus, size):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=SIZES[size]) as pilot:
        screen = await open_diff(pilot)
        width = screen.query_one("#diff-matrix").columns["topic"].width
        lines = screen_lines(app)
        checked = 0
        for claim in screen.shown[:8]:
            label = claim_label(claim).plain
            shown = label[:width - 1]  # the last cell is the ellipsis
            assert any(shown in line for line in lines), (shown, lines)
            checked += 1
        assert checked >= 4


async def test_the_detail_lines_give_the_whole_title_and_its_sentence(tmp_path, seed_corpus):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        for _ in range(len(screen.shown)):  # (a long title fills the two lines alone)
            if len(claim_title(screen.current_claim())) <= SHORT_TITLE:
                break
            await pilot.press("j")
        claim = screen.current_claim()
        detail = str(screen.query_one("#diff-evidence", Static).render())
        one_line = " ".join(detail.split())
        assert one_line.startswith(f"{SYMBOLS[claim.verdict]} {claim_title(claim)} — {' '.join(sentence(claim).split()[:6])}")


@pytest.mark.parametrize("event", sorted(p.name for p in EVENTS.iterdir() if p.is_dir()))
async def test_the_detail_fits_its_box_and_says_how_to_see_the_rest(tmp_path, event):
    """On every gold event at 80×24, for the first claims: the detail never runs past its five lines,
    and evidence cut short ends with the hint, on screen."""
    app = make_test_app(tmp_path, load_corpus([EVENTS / event], cache=False))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        widget = screen.query_one("#diff-evidence", Static)
        for _ in range(min(len(screen.shown), 12)):
            shown = "\n".join(line.rstrip() for line in screen_lines(app)[-(widget.size.height + 1):-1])
            claim = screen.current_claim()
            assert claim_title(claim).split(" · ")[0] in " ".join(shown.split())
            detail = widget.content
            wrapped = len(detail.wrap(app.console, widget.content_size.width))
            assert wrapped <= widget.content_size.height, (claim.id, detail.plain)
            if detail.plain.endswith("(Enter shows it all)"):
                assert " ".join(shown.split()).endswith("(Enter shows it all)"), shown
            await pilot.press("j")


def test_a_title_that_opens_its_sentence_is_not_shown_twice():
    said = "Union leader Piet Varga said the minister's promise that the sale would keep jobs was empty."
    claim = SimpleNamespace(topic="Union leader Piet Varga said the minister's promise…",
                            statements=[SimpleNamespace(text=said)])
    assert claim_label(claim).plain == said
    other = SimpleNamespace(topic="Stake sold: 40%", statements=[SimpleNamespace(text=said)])
    assert claim_label(other).plain == f"Stake sold: 40% — {said}"


def test_a_title_that_opens_its_sentence_in_another_case_is_not_shown_twice():
    # (the seeds: a title capitalised from the phrase that opens its statement)
    claim = SimpleNamespace(topic="Hosting the summit", statements=[SimpleNamespace(text="hosting the summit")])
    assert claim_label(claim).plain == "Hosting the summit"
    longer = SimpleNamespace(topic="Hosting the summit", statements=[SimpleNamespace(text="hosting the summit in Tokyo")])
    assert claim_label(longer).plain == "hosting the summit in Tokyo"
