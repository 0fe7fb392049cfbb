"""The story picker (issue 15): ``s`` lists the folder's stories; choosing one restricts the panes and the diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.model import Story
from briefing_tui.ui.briefing_view import GroupHeader
from briefing_tui.ui.screens.main import MainScreen
from briefing_tui.ui.screens.story_picker import StoryChoices, StoryPicker, matches
from ui_fixtures import DIGEST, HARBOR, WIRE, keys, make_test_app, settle, shown_lines, write_articles

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}

FIRE = """---
title: Wildfire near Lake Orvane forces 4,000 to flee
outlet: Northern Ledger
published: 2026-07-14
---
A wildfire burning in the Orvane Hills forced about 4,000 residents of Lake Orvane to leave their homes on Monday.

Fire chief Anja Sorel said crews had contained a fifth of the blaze, which has burned 2,300 hectares.
"""

FIRE_WIRE = """---
title: Orvane Hills blaze grows to 2,600 hectares
outlet: Coastal Wire
published: 2026-07-15
---
The Orvane Hills wildfire grew to 2,600 hectares overnight and more residents of Lake Orvane were told to leave.

Anja Sorel, the fire chief, said the blaze was a fifth contained and that 4,000 people had fled.
"""

CHESS = """---
title: Teenager wins the national chess championship
outlet: Harbour Digest
published: 2026-09-01
---
A sixteen-year-old from Brenmark won the national chess championship on Sunday after a tie-break against the defending champion.
"""


def story_folder(folder: Path) -> Path:
    """Three events: the tunnel (three articles), a wildfire (two) and a chess final (one)."""
    return write_articles(folder, {"harbor.txt": HARBOR, "wire.md": WIRE, "digest.txt": DIGEST,
                                   "fire.txt": FIRE, "fire_wire.txt": FIRE_WIRE, "chess.txt": CHESS})


@pytest.fixture
def corpus(tmp_path_factory) -> Corpus:
    return load_corpus([story_folder(tmp_path_factory.mktemp("articles"))], cache=False)


def source_ids(main: MainScreen) -> list[str]:
    return [r.id for r in main.lists["sources"].rows if not isinstance(r, GroupHeader)]


@pytest.mark.parametrize("size", ["80x24", "120x40"])
def test_story_picker(snap_compare, tmp_path, corpus, size):
    """s: All stories first, then the tunnel (3), the wildfire (2), the chess final (1), with dates and titles."""
    assert snap_compare(make_test_app(tmp_path, corpus), terminal_size=SIZES[size], run_before=keys("s"))


def test_story_picker_filtered(snap_compare, tmp_path, corpus):
    """A typo still finds the wildfire: "wildfre" leaves All stories and the wildfire story."""
    assert snap_compare(make_test_app(tmp_path, corpus), terminal_size=SIZES["80x24"],
                        run_before=keys("s", *"wildfre"))


async def test_one_story_is_said_in_the_singular(tmp_path, seed_corpus):
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert shown_lines(app.screen.query_one(StoryChoices))[0].startswith("▶✔All stories · 1 story, 5 sources")


async def test_enter_after_typing_chooses_the_first_matching_story(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"chess", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.main_screen.story_focus is not None
        assert [s.id for s in app.corpus.sources] == ["chess"]


async def test_choosing_a_story_restricts_the_panes_then_all_brings_the_folder_back(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = app.screen
        assert sorted(source_ids(main)) == ["chess", "digest", "fire", "fire_wire", "harbor", "wire"]
        await pilot.press("s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, StoryPicker)
        choices = picker.query_one(StoryChoices)
        assert [r.size for r in choices.rows if isinstance(r, Story)] == [3, 2, 1]
        assert shown_lines(choices)[0].startswith("▶✔All stories · 3 stories, 6 sources")
        await pilot.press(*"orvane", "enter")
        await settle(pilot)
        assert app.screen is main
        assert sorted(source_ids(main)) == ["fire", "fire_wire"]
        assert sorted(s.id for s in app.corpus.sources) == ["fire", "fire_wire"]
        assert app.main_screen.story_focus is not None and app.main_screen.story_focus.story.size == 2
        bar = str(main.query_one("#title-bar").render())
        story_title = app.main_screen.story_focus.story.title
        assert bar.startswith(f"briefing · {story_title[:10]}") and "2 sources" in bar  # the story shown is named
        await pilot.press("s")
        await settle(pilot)
        choices = app.screen.query_one(StoryChoices)
        assert choices.picked == app.main_screen.story_focus.story and "✔" in shown_lines(choices)[2]
        await pilot.press("home", "enter")
        await settle(pilot)
        assert len(source_ids(main)) == 6 and app.main_screen.story_focus is None
        assert str(main.query_one("#title-bar").render()).startswith("briefing · 6 sources")


async def test_the_diff_is_computed_within_the_story_chosen(tmp_path, corpus):
    from briefing_tui.ui.screens.diff import DiffScreen

    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"orvane", "enter")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        diff = app.screen
        assert isinstance(diff, DiffScreen)
        assert {s.id for s in diff.corpus.sources} == {"fire", "fire_wire"}


async def test_escape_clears_the_filter_then_closes_without_changing_anything(tmp_path, corpus):
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"chess")
        choices = app.screen.query_one(StoryChoices)
        assert [r.size for r in choices.rows if isinstance(r, Story)] == [1]
        await pilot.press("escape")
        assert len(choices.rows) == 4
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and len(app.corpus.sources) == 6 and app.main_screen.story_focus is None


def test_the_filter_forgives_typos_and_needs_every_word():
    haystack = "s1 wildfire near lake orvane forces 4,000 to flee 2026-07-14 orvane"
    assert matches("wildfre", haystack) and matches("orvane flee", haystack)
    assert not matches("tunnel", haystack) and not matches("orvane tunnel", haystack)


async def whole_folder_diff(pilot):
    """The diff screen ``d`` opens on "All stories", once its claims are in."""
    from briefing_tui.ui.screens.diff import DiffScreen

    await settle(pilot)
    await pilot.press("d")
    await settle(pilot)
    diff = pilot.app.screen
    assert isinstance(diff, DiffScreen) and diff.claims is not None
    return diff


async def test_the_whole_folders_diff_compares_within_each_story_as_the_cli_does(tmp_path, corpus):
    """Opened on "All stories", the diff holds no claim whose statements come from two stories, and its
    claims are those ``briefing diff`` prints (story after story), with the same verdicts."""
    from briefing_tui.stories.cached import corpus_stories
    from briefing_tui.stories.compared import compare_folder

    story_of = {source: story.id for story in corpus_stories(corpus) for source in story.sources}
    expected = [(c.topic, c.verdict) for c in compare_folder(corpus).claims()]
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        diff = await whole_folder_diff(pilot)
        assert all(len({story_of[s.source] for s in claim.statements}) == 1 for claim in diff.claims)
        assert [(c.topic, c.verdict) for c in diff.claims] == expected
        assert {story_of[s.source] for c in diff.claims for s in c.statements} >= {story_of["fire"], story_of["harbor"]}


async def test_the_whole_folders_diff_heads_each_story_and_tells_it_under_the_matrix(tmp_path, corpus):
    """On "All stories" each story's claims follow a heading row naming the story (the CLI prints the same
    headings); the heading's detail says how many claims and sources it has; a filter keeps the headings of the
    stories it leaves claims in, and Enter on a heading opens nothing."""
    from briefing_tui.stories.compared import compare_folder
    from briefing_tui.ui.screens.diff import MatrixTable

    folder = compare_folder(corpus)
    compared = [c for c in folder.stories if c.claims]
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        diff = await whole_folder_diff(pilot)
        keys = [row.key.value for row in diff.query_one(MatrixTable).ordered_rows]
        headings = [k for k in keys if k.startswith("story:")]
        assert headings == [f"story:{c.story.id}" for c in compared] and len(headings) >= 2
        first = keys.index(headings[1])
        assert keys[1:first] == [c.id for c in compared[0].claims]  # the first story's claims, then the next heading
        assert "in 2 stories" in str(diff.query_one("#diff-summary").render())
        table = diff.query_one(MatrixTable)
        assert table.cursor_row == 1  # the first claim, under its story's heading
        await pilot.press("k")
        await settle(pilot)
        detail = str(diff.query_one("#diff-evidence").render())
        assert f"story {compared[0].story.id}" in detail
        assert f"{len(compared[0].claims)} claims across {compared[0].story.size} sources" in detail
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is diff  # a heading has no statements to open
        await pilot.press("f")
        await settle(pilot)
        keys = [row.key.value for row in diff.query_one(MatrixTable).ordered_rows]
        kept = [c for c in compared if any(claim.verdict == "disagree" for claim in c.claims)]
        assert [k for k in keys if k.startswith("story:")] == [f"story:{c.story.id}" for c in kept]
