"""What `briefing` does before the app's first frame (issue 15, first paint): only what that frame needs.

No timing here (bench/paint.py measures it): these tests pin what was taken off the path to the first
frame, so that it does not creep back.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Runs `briefing ARGS` through cli.main on a pretend terminal, headless; when the main screen starts loading
# (right after the first frame) it prints what is imported and whether the garbage collector is on, and quits.
FIRST_FRAME = """
import asyncio, gc, json, sys
from textual.app import App
from briefing_tui.ui.screens.main import MainScreen

def at_first_frame(self, corpus=None):
    seen = sorted(m for m in sys.modules if m.split(".")[0] in ("briefing_tui", "yaml", "sqlite3", "platformdirs"))
    print(json.dumps({"modules": seen, "gc": gc.isenabled()}))
    self.app.exit()

MainScreen.load = at_first_frame
App.run = lambda self, **kw: asyncio.run(self.run_async(headless=True, size=(120, 40)))
sys.stdin.isatty = sys.stdout.isatty = lambda: True
from briefing_tui.cli import main
raise SystemExit(main(sys.argv[1:]))
"""

# Modules the first frame has no use for. The loader's worker imports the corpus, store and search
# modules after it; the subcommands' modules are never needed to open the app.
NOT_BEFORE_THE_FIRST_FRAME = [
    "yaml",  # the shipped themes and a plain config.yaml are read without PyYAML
    "sqlite3", "briefing_tui.store.index", "briefing_tui.store.database", "briefing_tui.store.codec",
    "briefing_tui.corpus", "briefing_tui.search", "briefing_tui.extract",
    "briefing_tui.commands.help", "briefing_tui.commands.parsers", "briefing_tui.commands.completion",
    "briefing_tui.commands.export", "briefing_tui.commands.add", "briefing_tui.commands.shared",
]


def _first_frame(tmp_path: Path, *args: str, config: str | None = None) -> dict:
    env = {**os.environ, "BRIEFING_CONFIG_DIR": str(tmp_path / "config"), "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("BRIEFING_INDEX_URL", None)
    if config is not None:
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "config.yaml").write_text(config, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, *args], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_frame_waits_for_no_yaml_index_or_subcommand_module(tmp_path):
    seen = _first_frame(tmp_path, config='theme: "briefing-light"\n')
    assert "briefing_tui.ui.screens.main" in seen["modules"]  # the probe ran at the main screen's first frame
    assert [m for m in NOT_BEFORE_THE_FIRST_FRAME if m in seen["modules"]] == []


def test_the_garbage_collector_is_paused_until_the_first_frame_and_on_after_it(tmp_path):
    assert _first_frame(tmp_path)["gc"] is False  # the start allocates, it makes next to no garbage
    from ui_fixtures import briefing_corpus

    from briefing_tui.ui.app import make_app

    app = make_app(corpus=briefing_corpus(tmp_path / "articles"), config_dir=tmp_path / "config",
                   themes_dir=None, user_themes_dir=tmp_path / "themes", resume_gc=True)
    import asyncio

    async def run() -> bool:
        gc.disable()
        try:
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.pause()
                return gc.isenabled()
        finally:
            gc.enable()

    assert asyncio.run(run()) is True


def test_every_command_runs_with_the_garbage_collector_on(monkeypatch, capsys):
    """Only the start is spared the collector: a command's work (a 10,000-article diff) has it on, and
    main() leaves it as it found it."""
    import briefing_tui.commands.sources as sources
    from briefing_tui.cli import main

    states = []
    monkeypatch.setattr(sources, "run_sources", lambda args: states.append(gc.isenabled()) or 0)
    assert main(["sources", "--no-cache"]) == 0
    assert main([]) == 0  # not a terminal here: the app's path prints the sources table instead
    assert states == [True, True]
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled()


@pytest.mark.parametrize("argv", [
    [], ["--corpus", "a", "--corpus=b", "--theme", "briefing-light"], ["--cor", "a"], ["--no-cache", "--index", "i"],
    ["--follow-links"], ["--theme", "sources"], ["sources", "--corpus", "a"], ["--corpus", "a", "quotes", "x"],
])
def test_the_apps_command_line_reads_as_the_full_parser_reads_it(argv):
    from briefing_tui.cli import parse_command_line
    from briefing_tui.commands.arguments import build_parser

    args, parser = parse_command_line(argv)
    assert vars(args) == vars(build_parser().parse_args(argv))
    if args.command is None:
        assert parser is None  # the full parser is built only for a command


def test_the_apps_file_check_reads_no_link_past_the_first_article(tmp_path, monkeypatch):
    """10,000 articles in one folder: the check looked at every entry for a link (~40 ms) before the first."""
    from briefing_tui.commands.common import corpus_has_files

    for i in range(30):
        (tmp_path / f"{i:02}.txt").write_text("An article.\n", encoding="utf-8")
    looked: list[str] = []
    islink = os.path.islink
    monkeypatch.setattr(os.path, "islink", lambda p: looked.append(p) or islink(p))
    assert corpus_has_files([str(tmp_path)])
    assert len(looked) == 1


def test_the_start_theme_is_styled_at_once_and_a_later_choice_restyles_the_screen(tmp_path):
    """The refresh that setting the start theme queues is skipped (the first parse has its colours already);
    a theme chosen once the app runs still restyles what is on screen."""
    import asyncio

    from textual.color import Color
    from ui_fixtures import briefing_corpus

    from briefing_tui.paths import themes_dir
    from briefing_tui.simple_yaml import read_simple_yaml
    from briefing_tui.ui.app import make_app

    def colours(name: str) -> tuple[Color, Color]:
        theme = read_simple_yaml((themes_dir() / f"{name}.yaml").read_text(encoding="utf-8"))
        return Color.parse(theme["panel"]), Color.parse(theme["background"])

    app = make_app(corpus=briefing_corpus(tmp_path / "articles"), theme="briefing-dark", config_dir=tmp_path / "config",
                   user_themes_dir=tmp_path / "themes")

    async def run() -> list[tuple[Color, Color]]:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            bar = app.screen.query_one("#title-bar")
            seen = [(bar.styles.background, app.screen.styles.background)]
            app.set_theme("briefing-light")
            await pilot.pause()
            await pilot.pause()
            return [*seen, (bar.styles.background, app.screen.styles.background)]

    assert asyncio.run(run()) == [colours("dark"), colours("light")]
