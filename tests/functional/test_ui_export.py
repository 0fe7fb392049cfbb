"""The app's export (``e``, the palette): the briefing of the story shown, as ``briefing export`` writes it,
to a file the user names; a free name offered; nothing ever overwritten; errors said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.cli import main
from briefing_tui.corpus import load_corpus
from briefing_tui.ui.screens.export import ExportScreen
from briefing_tui.ui.screens.main import MainScreen
from test_ui_stories import story_folder
from ui_fixtures import briefing_corpus, keys, make_test_app, run_command, settle


async def open_export(pilot) -> None:
    """Let the app load, then open the export dialog."""
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)


def typed(app) -> str:
    return app.screen.query_one("#export-name").value


def status(app) -> str:
    return str(app.screen.query_one("#export-status").render())


async def test_e_writes_the_picked_storys_briefing_as_briefing_export_does(tmp_path):
    folder = story_folder(tmp_path / "articles")
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, load_corpus([folder], cache=False), export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press(*"orvane", "enter")
        await settle(pilot)
        story = app.main_screen.story_focus.story
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert typed(app) == f"briefing-{story.id}.md"  # the default: the story's own name, in the folder
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        written = out / f"briefing-{story.id}.md"
        notices = [n.message for n in app._notifications]
    cli_file = tmp_path / "cli.md"
    assert main(["export", "--corpus", str(folder), "--no-cache", "--story", story.id, "--output", str(cli_file)]) == 0
    assert written.read_text(encoding="utf-8") == cli_file.read_text(encoding="utf-8")
    assert "Orvane" in written.read_text(encoding="utf-8") and "chess" not in written.read_text(encoding="utf-8")
    assert any(str(written) in n and n.startswith("Wrote the Markdown briefing (") for n in notices)


async def test_an_existing_file_is_never_overwritten_the_next_free_name_is_offered(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefing.md").write_text("mine\n", encoding="utf-8")
    (out / "notes.html").write_text("<p>mine</p>\n", encoding="utf-8")
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(pilot)
        assert typed(app) == "briefing-2.md"  # briefing.md is taken: the offer is free already
        await pilot.press(*"maui")  # typing replaces the name offered, keeping its ending
        assert typed(app) == "maui.md"
        app.screen.query_one("#export-name").value = "notes.html"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # asked, not written
        assert typed(app) == "notes-2.html"
        assert status(app) == "notes.html exists and is kept: Enter writes notes-2.html, or type another name."
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert (out / "briefing.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / "notes.html").read_text(encoding="utf-8") == "<p>mine</p>\n"
    assert (out / "notes-2.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("name, said", [
    ("no/such/folder/b.md", "Cannot write {out}/no/such/folder/b.md: no folder {out}/no/such/folder"),
    ("{out}", "{out} is a folder: type a file name."),
    ("/proc/briefing.md", "Cannot write /proc/briefing.md: No such file or directory"),
])
async def test_a_file_that_cannot_be_written_is_said_in_one_line_and_the_dialog_stays(tmp_path, name, said):
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(pilot)
        app.screen.query_one("#export-name").value = name.format(out=out)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert status(app) == said.format(out=out)
        assert app.screen.query_one("#export-status").has_class("-error")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert list(out.iterdir()) == []


async def test_export_is_in_the_palette_and_the_help(tmp_path):
    from briefing_tui.ui.screens.help import HelpScreen

    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await run_command(pilot, "export")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape", "d")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys_text = str(app.screen.query_one("#help-keys").render())
    assert "e           Export briefing" in keys_text and "app.export" in keys_text


def test_snapshot_export_dialog(snap_compare, tmp_path, monkeypatch):
    """e on the tunnel briefing: the free name offered, where it goes (under ~), the format, the keys."""
    monkeypatch.setenv("HOME", str(tmp_path))
    out = tmp_path / "news"
    out.mkdir()
    (out / "briefing.md").write_text("taken\n", encoding="utf-8")
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    assert snap_compare(app, terminal_size=(80, 24), run_before=keys("e"))


async def test_esc_while_the_briefing_is_built_writes_nothing_and_says_so(tmp_path, monkeypatch):
    import threading

    from briefing_tui.ui.screens import export as export_screen

    building, release, built, done = (threading.Event() for _ in range(4))
    real_export_text = export_screen.export_text
    real_write = export_screen.write_new_file

    def slow_export_text(request, fmt):
        building.set()
        release.wait(10)
        try:
            return real_export_text(request, fmt)
        finally:
            built.set()

    def noted_write(path, text):
        try:
            return real_write(path, text)
        finally:
            done.set()

    monkeypatch.setattr(export_screen, "export_text", slow_export_text)
    monkeypatch.setattr(export_screen, "write_new_file", noted_write)
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(pilot)
        await pilot.press("enter")
        assert building.wait(10)  # the worker is building the briefing
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        release.set()
        assert built.wait(20)  # the thread runs on after its screen has gone: it would write right after this
        done.wait(1)
        await settle(pilot)
        notices = [n.message for n in app._notifications]
    assert list(out.iterdir()) == []  # cancelled: nothing written behind the user's back
    assert "Export cancelled: nothing was written" in notices


@pytest.mark.parametrize("name, fmt", [("~/out/brief.html", "HTML page"), ("brief.csv", "CSV"),
                                       ("brief.jsonl", "JSON Lines"), ("brief.md", "Markdown"),
                                       ("brief.htm", "HTML page")])
async def test_a_name_typed_with_its_own_ending_gets_no_md_after_it(tmp_path, monkeypatch, name, fmt):
    monkeypatch.setenv("HOME", str(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(100, 24)) as pilot:
        await open_export(pilot)
        await pilot.press(*name)  # typed over the offered name's selected stem, as a new user does
        await settle(pilot)
        assert typed(app) == name
        where = f"~/out/{name.removeprefix('~/out/')}"
        assert str(app.screen.query_one("#export-where").render()) == f"→ {where} · {fmt}"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    written = out / Path(name).name
    assert written.exists() and not written.with_name(written.name + ".md").exists()


async def test_a_name_without_an_ending_keeps_the_offered_one(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(100, 24)) as pilot:
        await open_export(pilot)
        await pilot.press(*"brief.v2")  # an ending that names no format: the offered .md stays
        await settle(pilot)
        assert typed(app) == "brief.v2.md"


@pytest.mark.parametrize("name", ["brief.json", "brief.pdf"])
async def test_a_name_with_an_ending_the_export_does_not_write_is_refused_not_filled_with_markdown(
        tmp_path, monkeypatch, name):
    monkeypatch.setenv("HOME", str(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"), export_dir=out)
    async with app.run_test(size=(100, 24)) as pilot:
        await open_export(pilot)
        await pilot.press(*name)  # typed over the offered name's selected stem: was "brief.json.md", Markdown
        await settle(pilot)
        assert typed(app) == name
        assert str(app.screen.query_one("#export-where").render()) == \
            f"→ ~/out/{name} · not a format the export writes"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, MainScreen)  # the dialog stays open for another name
        status = str(app.screen.query_one("#export-status").render())
    suffix = Path(name).suffix
    assert status == (f"Cannot write ~/out/{name}: the export writes no {suffix} file; "
                      "name it .md, .markdown, .html, .htm, .csv, .jsonl, .ndjson.")
    assert list(out.iterdir()) == []
