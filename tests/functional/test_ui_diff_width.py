"""The diff matrix at 80 columns with many sources: one column per source left the claim 14 cells and pushed the
last sources off the screen (21 sources); past what fits beside a readable claim, one column lists the sources."""

from __future__ import annotations

from textual.widgets import DataTable

from briefing_tui.corpus import load_corpus
from briefing_tui.ui.screens.diff import DiffScreen
from ui_fixtures import corpus_of_copies, make_test_app, open_diff, write_articles

TEXT = ("The council approved the harbor tunnel on Tuesday by seven votes to two, officials said. "
        "The tunnel will cost 1.2 billion euros, the mayor said.\n")


def many_sources(folder, count: int):
    return corpus_of_copies(write_articles(folder, {f"{i:02d}_outlet.txt": TEXT for i in range(1, count + 1)}))


def widths(screen: DiffScreen) -> dict[str, int]:
    table = screen.query_one(DataTable)
    return {str(key.value): column.get_render_width(table) for key, column in table.columns.items()}


async def test_fourteen_sources_at_80_columns_fit_the_screen_in_one_sources_column(tmp_path):
    corpus = many_sources(tmp_path / "a", 14)
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        assert screen.compact and list(widths(screen)) == ["verdict", "topic", "count", "sources"]
        assert sum(widths(screen).values()) <= 80 - 2  # the scroll bar's cells
        assert widths(screen)["topic"] >= 30 + 2
        claim = screen.shown[0]
        row = [str(cell) for cell in screen.query_one(DataTable).get_row_at(0)]
        assert row[3] == " ".join(screen.numbers[s] for s in claim.sources)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert not screen.compact and len(widths(screen)) == 2 + 14  # wide enough: a column per source again

    app = make_test_app(tmp_path, many_sources(tmp_path / "b", 10))
    async with app.run_test(size=(80, 24)) as pilot:  # ten fit beside a readable claim: a column each
        screen = await open_diff(pilot)
        assert not screen.compact and len(widths(screen)) == 2 + 10
        assert sum(widths(screen).values()) <= 80 - 2
