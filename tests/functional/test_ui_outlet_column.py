"""The outlet column names an outlet (or its site, or a file name of words), else says "unknown": an untitled,
undated seed showed its opening sentence there, the same words as in its title column."""

from __future__ import annotations

import re

from briefing_tui.model import Source
from briefing_tui.ui.screens.reader import reader_heading
from ui_fixtures import make_test_app, settle

DATE_CELL = re.compile(r" (?:undated|\d{4}-\d\d-\d\d) ")  # the date column, after the outlet's


def pane_rows(app) -> list[str]:
    """The Sources pane's rows as shown: "outlet date ❝ n ◆ n title", the cursor mark dropped."""
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    start = next(i for i, line in enumerate(lines) if "outlet" in line and "title" in line) + 1
    rows = []
    for line in lines[start:]:
        cell = line.split("┃")[1] if "┃" in line else ""
        if not cell.strip():
            break
        rows.append(cell.strip("▶ ").rstrip())
    return rows


async def test_the_sources_pane_never_shows_a_sentence_as_the_outlet(tmp_path, seed_corpus):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        rows = pane_rows(app)
    outlets = [DATE_CELL.split(row)[0].strip() for row in rows]
    assert outlets == ["unknown", "Xin Lang Cai Jing #1", "Xin Lang Cai Jing #2", "Geo Indo Pacific", "unknown"]
    assert "Recently, Japan hosted the first" in rows[0]  # the opening words stay, in the title column


def test_the_readers_heading_says_unknown_outlet_before_the_opening_words(seed_corpus):
    untitled = seed_corpus.sources[0]  # no outlet, no title, no date, a file named by a hash
    assert reader_heading(untitled, 1, 5).plain.startswith("1/5 · unknown · undated · “Recently, Japan hosted")
    from_site = Source(id="y", path="folder/000_a4263a828e80c27b.txt", raw="Text.", title="EU fines Google",
                       url="https://www.ledger.example/vote")
    assert reader_heading(from_site, 2, 5).plain == "2/5 · ledger.example · undated · EU fines Google"
