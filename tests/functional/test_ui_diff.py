"""The diff, claim and pairwise screens in the real app: pilot flows over articles written for the comparison."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import DataTable, Static

from briefing_tui.compare import Statement
from briefing_tui.corpus import load_corpus
from briefing_tui.ui.display_text import unique_labels
from briefing_tui.ui.screens.diff import ClaimScreen, DiffScreen, StatementCard, labelled, statement_text
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.pairwise import PairwiseScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.screens.source_picker import SourcePicker
from tests.conftest import ARTICLES
from ui_fixtures import make_test_app, run_command, settle, wait_until

WRITTEN = ARTICLES / "compare"
LABELS = {"coast_wire": "Coast Wire", "daily_ledger": "Daily Ledger", "harbor_times": "Harbor Times",
          "island_post": "Island Post", "quake_wire": "Quake Wire"}


@pytest.fixture
def corpus():
    return load_corpus([WRITTEN])


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def assert_reader_at(app, source_id: str, start: int, end: int) -> None:
    """The reader is showing ``source_id`` with ``[start, end)`` marked."""
    assert isinstance(app.screen, ReaderScreen)
    assert (app.screen.source.id, app.screen.mark) == (source_id, (start, end))


async def open_diff(pilot) -> DiffScreen:
    await settle(pilot)
    await pilot.press("d")
    await settle(pilot)
    assert isinstance(pilot.app.screen, DiffScreen)
    return pilot.app.screen


async def open_claim(pilot, topic_start: str) -> ClaimScreen:
    """From the diff screen, move the cursor to the claim whose topic starts with ``topic_start`` and open it."""
    screen = pilot.app.screen
    row = screen.rows.index(next(c for c in screen.shown if c.topic.startswith(topic_start)))  # rows: with headings
    screen.query_one(DataTable).move_cursor(row=row)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ClaimScreen)
    return pilot.app.screen


async def test_d_opens_the_diff_and_compares_in_a_worker(tmp_path, corpus, monkeypatch):
    import briefing_tui.compare.claims as claims_module

    release = threading.Event()
    threads = []
    real = claims_module.build_claims

    def slow_build(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait()  # until the test has seen the screen while comparing (set in finally: never a hang)
        return real(*args, **kwargs)

    monkeypatch.setattr(claims_module, "build_claims", slow_build)
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        try:
            await settle(pilot)
            await pilot.press("d")
            await wait_until(pilot, lambda: isinstance(app.screen, DiffScreen) and bool(threads),
                             "the diff screen, comparing in a worker")
            screen = app.screen
            assert "Comparing 5 sources" in static_text(screen, "#diff-summary")
            assert screen.query_one(DataTable).row_count == 0
            release.set()
            await settle(pilot)
            assert threads and threads[0] is not threading.main_thread()
            headings = len({id(story) for story in screen.story_of})  # a row naming each story before its claims
            assert screen.query_one(DataTable).row_count == len(screen.claims) + headings and len(screen.claims) > 5
            assert static_text(screen, "#diff-summary").startswith(f"{len(screen.claims)} claims")
        finally:
            release.set()


async def test_legend_and_evidence_name_sources_by_label(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_diff(pilot)
        legend = static_text(screen, "#diff-legend")
        assert "[1] Coast Wire" in legend and "[5] Quake Wire" in legend
        evidence = static_text(screen, "#diff-evidence")
        assert screen.shown[0].verdict == "disagree"
        assert any(label in evidence for label in LABELS.values())
        assert not any(source_id in evidence for source_id in LABELS)


async def test_l_keeps_the_matrix_when_every_source_is_already_listed(tmp_path, corpus):
    """Five sources fit the legend's lines at 120 columns: l says so instead of blanking the matrix."""
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_diff(pilot)
        await pilot.press("l")
        await pilot.pause()
        assert screen.query_one(DataTable).display
        assert not screen.query_one("#diff-legend-box").has_class("-full")


async def test_filters_disagreements_and_shared_claims(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        total = table.row_count
        await pilot.press("f")
        assert 0 < table.row_count < total
        assert {c.verdict for c in screen.shown} == {"disagree"}
        assert "disagreements only" in static_text(screen, "#diff-summary")
        await pilot.press("f")
        assert table.row_count == total
        await pilot.press("s")
        assert {c.verdict for c in screen.shown} == {"agree", "disagree"}
        await pilot.press("d")  # d inside the diff screen is the same filter, not a second diff screen
        assert {c.verdict for c in screen.shown} == {"disagree"}
        assert sum(isinstance(s, DiffScreen) for s in app.screen_stack) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_claim_detail_stacks_statements_at_80_columns(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_diff(pilot)
        screen = await open_claim(pilot, "Sale price")  # (the amounts' conflict is weighed by measure)
        cards = list(screen.query(StatementCard))
        assert len(cards) == len(screen.claim.statements) == 3
        assert screen.query_one("#claim-statements").has_class("-stacked")
        for card in cards:  # every card as wide as the screen allows: nothing cut off at the side
            assert card.region.width >= 76 and card.region.right <= 80
        first = str(cards[0].render())
        assert first.splitlines()[0] == "[1] Coast Wire"
        statement = screen.claim.statements[0]
        assert first.splitlines()[1] == f"coast_wire:{statement.start}–{statement.end}"  # where its words are
        assert first.splitlines()[2] == "the outlet's own words"
        assert "⟪2.1 billion euros⟫" in first and "40 percent" in first
        assert "Evidence:" in static_text(screen, "#claim-evidence")
        assert "coast_wire" not in static_text(screen, "#claim-evidence")
        assert "Statement 1 of 3" in static_text(screen, "#claim-position")
        await pilot.press("j")
        assert screen.focused_statement() is screen.claim.statements[1]
        assert "Statement 2 of 3" in static_text(screen, "#claim-position")
        await pilot.press("down", "down")  # wraps around to the first
        assert screen.focused_statement() is screen.claim.statements[0]


async def test_claim_detail_side_by_side_when_wide(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_diff(pilot)
        screen = await open_claim(pilot, "Norland will sell a 40 percent stake")
        assert screen.query_one("#claim-statements").has_class("-side")
        cards = list(screen.query(StatementCard))
        assert len({card.region.y for card in cards}) == 1
        assert cards[-1].region.right <= 160


async def test_enter_on_a_statement_opens_the_reader_there(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_diff(pilot)
        screen = await open_claim(pilot, "Varga: the minister's promise")
        await pilot.press("j")
        statement = screen.focused_statement()
        assert statement is screen.claim.statements[1]
        await pilot.press("enter")
        await pilot.pause()
        assert_reader_at(app, statement.source, statement.start, statement.end)
        assert app.screen.source.raw[statement.start:statement.end] == statement.text
        await pilot.press("escape")
        assert app.screen is screen


async def test_pairwise_through_the_picker_and_on_to_the_reader(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_diff(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        # Sources in order: coast_wire, daily_ledger, harbor_times, ...; the cursor starts on the first claim's first.
        picker = app.screen
        await pilot.press("home", "down", "down", "enter")  # left: harbor_times
        assert picker.left.id == "harbor_times"
        await pilot.press("escape")  # steps back to choosing the left source
        assert picker.left is None and isinstance(app.screen, SourcePicker)
        await pilot.press("home", "down", "down", "enter", "home", "down", "enter")  # harbor_times vs daily_ledger
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PairwiseScreen)
        assert (screen.left.id, screen.right.id) == ("harbor_times", "daily_ledger")
        kinds = [r.kind for r in screen.rows]
        assert "conflict" in kinds and "left" in kinds and "right" in kinds
        table = screen.query_one(DataTable)
        conflict = next(i for i, r in enumerate(screen.shown) if r.kind == "conflict")
        table.move_cursor(row=conflict)
        await pilot.pause()
        row = screen.shown[conflict]
        await pilot.press("enter")
        await pilot.pause()
        assert_reader_at(app, "harbor_times", row.left.start, row.left.end)
        await pilot.press("escape", "greater_than_sign")
        await pilot.pause()
        assert_reader_at(app, "daily_ledger", row.right.start, row.right.end)
        await pilot.press("escape", "c")  # the claim behind the pair, with every source's statement
        assert isinstance(app.screen, ClaimScreen) and app.screen.claim.id == row.claim
        await pilot.press("escape")
        only_right = next(i for i, r in enumerate(screen.shown) if r.kind == "right")
        table.move_cursor(row=only_right)
        await pilot.pause()
        await pilot.press("enter")  # a one-sided row opens the side it has
        await pilot.pause()
        right = screen.shown[only_right].right
        assert_reader_at(app, "daily_ledger", right.start, right.end)


async def test_palette_commands_open_the_diff_and_the_picker(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await run_command(pilot, "compare two sources")
        assert isinstance(app.screen, SourcePicker)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, PairwiseScreen)
        assert (app.screen.left.id, app.screen.right.id) == ("coast_wire", "daily_ledger")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await run_command(pilot, "diff view")
        assert isinstance(app.screen, DiffScreen)


async def test_help_lists_the_comparison_keys(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_diff(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        markdown = app.screen.markdown  # the key tables are plain Rich tables now; this is the page as Markdown
        for binding_id in ("diff.disagreements", "diff.shared", "diff.pairwise", "claim.read", "pairwise.read",
                           "pairwise.read_left", "pairwise.claim", "pick.choose"):
            assert f"`{binding_id}`" in markdown
        assert "| `f` `d` | Disagreements |" in markdown


HOSTILE_A = """---
title: "[bold red]Port[/bold red] deal"
outlet: "[link=https://evil.example]Evil Times[/link]"
---
Norland will sell a 40 percent stake in the Eastvik port for 2.1 billion euros [@click=app.quit]now[/] \
\x1b[31mred\x1b[0m [bold red]loud[/bold red].
"""
HOSTILE_B = """---
title: Port sale
outlet: Plain Post
---
Norland will sell a 40 percent stake in the Eastvik port for 3.9 billion euros, officials said.
"""


def hostile_pair(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a_evil.txt").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "b_plain.txt").write_text(HOSTILE_B, encoding="utf-8")
    return load_corpus([folder])


async def test_hostile_text_shows_literally_in_diff_and_pairwise(tmp_path, monkeypatch):
    corpus = hostile_pair(tmp_path)
    app = make_test_app(tmp_path, corpus)
    exits = []  # an embedded [@click=app.quit] that ran would end up here
    monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(args))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_diff(pilot)
        assert "[link=https://evil.example]Evil Times[/link]" in static_text(screen, "#diff-legend")
        claim = next(c for c in screen.shown if len(c.sources) == 2)
        assert claim.verdict == "disagree"
        screen.query_one(DataTable).move_cursor(row=screen.rows.index(claim))
        await pilot.press("enter")
        await pilot.pause()
        card = str(app.screen.query(StatementCard).first().render())
        assert "[@click=app.quit]now[/]" in card and "[bold red]loud[/bold red]" in card
        assert "␛[31mred␛[0m" in card and "\x1b" not in card
        assert isinstance(app.screen, ClaimScreen) and exits == []
        await pilot.press("escape", "p", "enter", "enter")
        await settle(pilot)
        pairwise = app.screen
        assert isinstance(pairwise, PairwiseScreen)
        table = pairwise.query_one(DataTable)
        cells = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        hostile = next(c for c in cells if "Eastvik" in c)
        assert "[@click=app.quit]now[/]" in hostile and "␛[31mred␛[0m" in hostile and "\x1b" not in hostile
        heading = str(table.ordered_columns[1].label)
        assert "[link=https://evil.example]Evil Times[/link]" in heading
        hostile_row = cells.index(hostile)
        await pilot.click(DataTable, offset=(40, 1 + hostile_row))  # a click on the text runs no embedded action
        await pilot.pause()
        assert table.cursor_row == hostile_row  # the click landed on the hostile row
        assert app.screen is pairwise and exits == []


def test_statement_text_brackets_marks_and_keeps_the_stronger_one():
    text = "Sales rose to 5 million, not 4 million."
    st = Statement("s", text, 100, 100 + len(text),
                   marks=[(114, 123, "match"), (114, 123, "conflict"), (125, 128, "cue")])
    assert statement_text(st, {}).plain == "Sales rose to ⟪5 million⟫, ‹not› 4 million."


def test_labels_are_unique_and_replace_ids_in_evidence(corpus):
    from dataclasses import replace

    sources = [*corpus.sources[:2], replace(corpus.sources[2], outlet="Coast Wire")]
    labels = unique_labels(sources)
    assert labels == {"coast_wire": "Coast Wire #1", "daily_ledger": "Daily Ledger", "harbor_times": "Coast Wire #2"}
    assert (labelled("coast_wire (Ana Berg) disputes harbor_times: 'never'; harbor_times_2 too",
                     ["coast_wire", "harbor_times"], labels)
            == "Coast Wire #1 (Ana Berg) disputes Coast Wire #2: 'never'; harbor_times_2 too")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_diff_matrix(snap_compare, tmp_path, corpus, size):
    async def run_before(pilot):
        await open_diff(pilot)

    assert snap_compare(make_test_app(tmp_path, corpus), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_claim_detail(snap_compare, tmp_path, corpus, size):
    async def run_before(pilot):
        await open_diff(pilot)
        await open_claim(pilot, "Norland will sell a 40 percent stake")

    assert snap_compare(make_test_app(tmp_path, corpus), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_pairwise(snap_compare, tmp_path, corpus, size):
    async def run_before(pilot):
        await open_diff(pilot)
        await pilot.press("p", "home", "down", "down", "enter", "home", "down", "enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PairwiseScreen)

    assert snap_compare(make_test_app(tmp_path, corpus), terminal_size=size, run_before=run_before)


def test_snapshot_diff_seeds(snap_compare, tmp_path, seed_corpus):
    async def run_before(pilot):
        await open_diff(pilot)
        await pilot.press("f", "enter", "k")  # k from the first statement wraps to the last: the dissenting expert
        await pilot.pause()

    assert snap_compare(make_test_app(tmp_path, seed_corpus), terminal_size=(80, 24), run_before=run_before)


async def test_many_sources_list_their_numbers_instead_of_a_column_each(tmp_path, corpus, monkeypatch):
    import briefing_tui.ui.screens.diff as diff_module

    monkeypatch.setattr(diff_module, "MATRIX_SOURCES", 3)  # the five written articles count as "many"
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        table = screen.query_one(DataTable)
        assert [str(c.label) for c in table.ordered_columns] == ["", "claim", "n", "said by sources"]
        first = table.get_row_at(table.cursor_row)  # the first claim (under its story's heading)
        assert (str(first[0]), str(first[2]).strip(), str(first[3])) == ("✗", "3", "1 2 3")
