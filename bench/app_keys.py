"""Key press → screen updated in the app, on a primed corpus: scrolling, picking, filtering, opening (headless).

    python -m bench.app_keys CORPUS INDEX [--size 80x24]            # one run, one JSON line
    python -m bench.app_keys --table [--runs N] [--before DIR] [--size 80x24 --size 160x48] CORPUS:INDEX[:INDEX2] ...
    python -m bench.app_keys CORPUS INDEX [--size 160x48] --profile "pick a source" [--profile-out FILE]
    python -m bench.app_keys --table --save DIR ...                  # each run kept in DIR as it ends
    python -m bench.app_keys --compare DIR                           # before | after, from DIR's runs

``--save DIR`` writes each run's samples to a file of ``DIR`` as the run ends (with the load average then), and
builds the table from those files: a run already saved is read, not run again, so a table cut short (the
machine's time, a deadline) loses only the run in progress and is finished by the same command later.

``--profile TEXT`` runs cProfile over every sample of the actions whose name contains ``TEXT`` (the key posted
to the screen updated, the bench's rounds included) and prints the functions by cumulative then own time to stderr
(``--profile-out FILE``: the raw stats too, for ``pstats`` or snakeviz).

``--no-stories`` leaves out the story picker, a story picked and its diff (both group the folder into stories
first: on bench/generate's 10,000 articles, all of one topic, that grouping had not finished after 30 minutes,
bench/RESULTS.md).

One run: the real app (``make_app``, Textual's test driver at ``--size``) loads the corpus through ``INDEX``,
and once every pane is filled and the search index is ready, each action below is timed from the key posted
(``App.post_message(events.Key(...))``) to the screen updated: every pending message handled and the screen's
update drawn (``Pilot.pause(0)``: Textual's own "wait for the screen, then refresh"; ``Pilot.press`` is not used
because it sleeps 20 ms at least twice per key to let the process go idle), plus, for what a worker answers
(search hits, the stories, the diff's claims, a story's panes), until that answer is on screen. In headless mode
Textual composes each update but does not turn it into terminal codes: this bench does that too (with the
app's console, into nothing), so a frame costs what it costs on a terminal.

Per action: wall p50 / p95 / max ms and CPU ms (the process's user + system time, threads included: the
steadier figure on a shared machine), and p95 in frames at 60 Hz, of either. ``--table`` runs fresh processes of
this code (and of ``--before DIR``, taking turns; ``INDEX2``: the other checkout's own index, when its stored
format differs), pooling every sample of an action over the runs. The no-op key's row is the bench's own cost
(the rounds of ``Pilot.pause(0)``), included in every other row.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAME_MS = 1000 / 60  # one frame at 60 Hz
LIMIT_SECONDS = 600  # the most a load (or a worker's answer) is waited for
POLL_SECONDS = 0.0005  # how often a worker's answer is looked for (well under a frame)
MIN_ROUNDS = 3  # rounds always waited for: the key reaches the app, then its screen, then what they posted
IDLE_ROUND_CPU = 0.003  # a round of Pilot.pause(0) using less CPU than this found nothing to do (an idle round's
# own cost, a callback through each widget's queue, is ~1-2 ms; redrawing one list row is more)
PROFILED_SLOWDOWN = 4  # under cProfile an idle round costs up to this many times more (its threshold is raised
# by as much, or a profiled action's rounds would never end)
STEPS = 40  # presses of a one-row move per pane (each one sample)
PAGES = 12  # presses of Page down per pane
JUMPS = 5  # End then Home, this many times per pane
PICKS = 8  # sources (and entities) picked, each followed by Esc
QUERY = "japan is back"  # typed into the search box one character at a time
STORY_QUERY = "japan"  # typed into the story picker's filter one character at a time
OPENS = 5  # the reader opened on a quote (and closed) this many times
DEFAULT_SIZES = ("80x24", "160x48")


def _cpu() -> float:
    return time.process_time()


class Keys:
    """Posts keys to the app and times each until the screen is updated."""

    def __init__(self, app, pilot, profile: str | None = None) -> None:
        self.app, self.pilot = app, pilot
        self.samples: dict[str, list[tuple[float, float]]] = {}
        self.profile = profile  # the actions whose name contains this are profiled
        self.profiler = None
        if profile:
            import cProfile

            self.profiler = cProfile.Profile()

    async def settle(self, ready: Callable[[], bool] | None = None, idle: float = IDLE_ROUND_CPU) -> None:
        """Every pending message handled and the screen refreshed, round after round (``Pilot.pause(0)``), at
        least ``MIN_ROUNDS`` and then until a round finds nothing to do (what one round does may post more: a cursor's Highlighted, a screen's
        mount, a footer's recompose after the refresh), and ``ready()`` true (a worker's answer shown)."""
        deadline = time.monotonic() + LIMIT_SECONDS
        rounds = 0
        while time.monotonic() < deadline:
            cpu = _cpu()
            await self.pilot.pause(0)
            rounds += 1
            if rounds >= MIN_ROUNDS and _cpu() - cpu < idle and (ready is None or ready()):
                return
            if ready is not None and not ready():
                await asyncio.sleep(POLL_SECONDS)

    async def press(self, key: str, action: str | None = None, ready: Callable[[], bool] | None = None) -> None:
        """Post ``key``; when ``action`` is given, time it (wall and CPU) under that name."""
        from textual import events

        character = {"slash": "/", "space": " ", "escape": None}.get(key, key if len(key) == 1 else None)
        profiled = self.profiler is not None and action is not None and self.profile in action
        if profiled:
            self.profiler.enable()
        wall, cpu = time.perf_counter(), _cpu()
        self.app.post_message(events.Key(key, character))
        await self.settle(ready, IDLE_ROUND_CPU * (PROFILED_SLOWDOWN if profiled else 1))
        if profiled:
            self.profiler.disable()
        if action is not None:
            self.samples.setdefault(action, []).append((time.perf_counter() - wall, _cpu() - cpu))


def _draw_updates(app) -> None:
    """Headless Textual composes each update but skips turning it into terminal codes: do that too."""
    display = app._display

    def drawn(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None and hasattr(renderable, "render_segments"):
            renderable.render_segments(app.console)

    app._display = drawn


PROFILE_LINES = 45  # functions printed per ordering of a ``--profile`` run


def _print_profile(profiler, out: str | None) -> None:
    import pstats

    if out:
        profiler.dump_stats(out)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(PROFILE_LINES)
    stats.sort_stats("tottime").print_stats(PROFILE_LINES)


def _kept_screens(app) -> list:
    """The screens the app built ahead and keeps (the reader and the search box built at idle): the actions are
    timed once they are built, as a user's keys come after the panes are filled."""
    from textual.screen import Screen

    return [s for s in getattr(app, "_installed_screens", {}).values() if isinstance(s, Screen)]


async def run(corpus: Path, index: Path, size: tuple[int, int], stories: bool = True,
              profile: str | None = None, profile_out: str | None = None) -> dict:
    """Every action's samples (wall s, CPU s) on ``corpus`` at ``size``; ``stories``: the story picker, a story
    picked and its diff too (the folder is grouped into stories first, unless the index holds the grouping)."""
    from briefing_tui.model import LoadOptions
    from briefing_tui.ui.app import make_app

    app = make_app([str(corpus)], load_options=LoadOptions(index=str(index)), freeze_gc=True, cursor_blink=False,
                   animation_level="none")
    async with app.run_test(size=size) as pilot:
        _draw_updates(app)
        keys = Keys(app, pilot, profile)
        await keys.settle(lambda: app.view is not None and app.view.analysed and app.search_index is not None
                          and all(screen.is_mounted for screen in _kept_screens(app)))
        try:
            return await _actions(app, keys, stories, size)
        finally:
            if keys.profiler is not None:
                _print_profile(keys.profiler, profile_out)


async def _actions(app, keys: Keys, stories: bool, size: tuple[int, int]) -> dict:
    """Every action in turn (``run``'s body once the app is ready)."""
    main = app.main_screen
    for _ in range(STEPS):
        await keys.press("f12", "no-op key (the bench's own cost)")
    for number, pane in enumerate(("sources", "entities", "quotes"), 1):
        await keys.press(str(number))
        for _ in range(STEPS):
            await keys.press("down", f"{pane}: down one row")
        for _ in range(PAGES):
            await keys.press("pagedown", f"{pane}: page down")
        for _ in range(JUMPS):
            await keys.press("end", f"{pane}: end")
            await keys.press("home", f"{pane}: home")
    for number, pane in ((1, "source"), (2, "entity")):
        await keys.press(str(number))
        for i in range(PICKS):
            await keys.press("home")
            for _ in range(i * 2):
                await keys.press("down")
            await keys.press("enter", f"pick a {pane} (the other panes filter)")
            await keys.press("escape", "Esc: clear the filter")
    await keys.press("3")
    for i in range(OPENS):
        await keys.press("home")
        for _ in range(i * 3):
            await keys.press("down")
        await keys.press("enter", "quote: open the reader",
                         lambda: app.screen is not main and app.screen.is_current)
        await keys.press("escape", "reader: back")
    await keys.press("slash", "/: open the search box")
    for i in range(len(QUERY)):
        typed = QUERY[: i + 1]
        await keys.press("space" if typed[-1] == " " else typed[-1], "search: type a character (hits shown)",
                         lambda typed=typed: getattr(app.screen, "_shown_query", None) == typed)
    await keys.press("escape", "search: close")
    if not stories:
        return {"sources": app.corpus.source_count if app.corpus else 0, "size": f"{size[0]}x{size[1]}",
                "samples": keys.samples}
    await keys.press("s", "s: open the story picker (stories listed)",
                     lambda: any(getattr(w, "rows", ()) for w in app.screen.query("#story-list")))
    for character in STORY_QUERY:
        await keys.press(character, "story picker: type a character")
    for _ in range(len(STORY_QUERY)):
        await keys.press("backspace")
    await keys.press("down")  # the first story (past "All stories")
    await keys.press("enter", "pick a story (the panes show it)",
                     lambda: app.screen is main and app.view is not None and app.view.analysed
                     and main.story_focus is not None and app.corpus is app.view.corpus
                     and app.search_index is not None)
    await keys.press("d", "d: the diff of the story picked (claims shown)",
                     lambda: getattr(app.screen, "claims", None) is not None)
    for _ in range(STEPS):
        await keys.press("j", "diff: down one claim")
    await keys.press("escape", "diff: back")
    return {"sources": app.corpus.source_count if app.corpus else 0, "size": f"{size[0]}x{size[1]}",
        "samples": keys.samples}


def _one_run(code: Path, corpus: str, index: str, size: str, stories: bool) -> dict:
    """One fresh process of the code in ``code`` (its own ``briefing_tui`` first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, str(Path(__file__).resolve()), corpus, index, "--size", size]
    out = subprocess.run(command + ([] if stories else ["--no-stories"]), cwd=code, env=env, capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _cell(samples: list[list[float]]) -> str:
    walls = [w * 1000 for w, _ in samples]
    cpus = [c * 1000 for _, c in samples]
    p95, cpu95 = _percentile(walls, 0.95), _percentile(cpus, 0.95)
    return (f"{statistics.median(walls):.1f} / {p95:.1f} / {max(walls):.1f} | {statistics.median(cpus):.1f} / "
            f"{cpu95:.1f} | {p95 / FRAME_MS:.1f} / {cpu95 / FRAME_MS:.1f}")


def _saved_run(save: Path | None, key: str, make: Callable[[], dict]) -> dict:
    """``make()``'s run, written to ``save/key.json`` as it ends (with the load average then); read from there
    instead when an earlier table saved it."""
    if save is None:
        return make()
    path = save / f"{key}.json"
    if path.exists():
        return json.loads(path.read_text())
    result = {**make(), "load_at_end": " ".join(f"{x:.2f}" for x in os.getloadavg())}
    save.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result))
    return result


def table(pairs: list[str], sizes: list[str], runs: int, before: Path | None, stories: bool = True,
          save: Path | None = None) -> list[str]:
    """Markdown: one row per action, one column group per corpus, size and checkout (``save``: each run kept in
    that folder as it ends, and read from there when it was kept before)."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    codes = ([("before", before)] if before else []) + [("after", ROOT)]
    columns: list[tuple[str, dict[str, list]]] = []
    for pair in pairs:
        corpus, index, *other = pair.split(":")
        indexes = {"before": other[0] if other else index, "after": index}
        for size in sizes:
            pooled: dict[str, dict[str, list]] = {name: {} for name, _ in codes}
            count = 0
            for run_number in range(runs):
                for name, code in codes:
                    key = f"{Path(corpus).name}-{size}-{name}-{run_number + 1}"
                    result = _saved_run(save, key, lambda code=code, name=name: _one_run(
                        code, corpus, indexes[name], size, stories))
                    if "load_at_end" in result:
                        print(f"{key}: load average at its end {result['load_at_end']}", file=sys.stderr)
                    count = result["sources"]
                    for action, samples in result["samples"].items():
                        pooled[name].setdefault(action, []).extend(samples)
            for name, _ in codes:
                columns.append((f"{count:,} articles, {size}" + (f", {name}" if before else ""), pooled[name]))
    actions = list(dict.fromkeys(a for _, pooled in columns for a in pooled))
    lines = [f"load average at start: {load}; {runs} run(s) per column, samples pooled", "",
             "wall p50 / p95 / max ms | CPU p50 / p95 ms | p95 in frames at 60 Hz (16.7 ms), wall / CPU", ""]
    for title, pooled in columns:
        lines += [f"**{title}**", "", "| action | n | wall p50 / p95 / max ms | CPU p50 / p95 ms | frames (p95 wall / CPU) |",
                  "|---|---:|---:|---:|---:|"]
        for action in actions:
            samples = pooled.get(action)
            lines.append(f"| {action} | {len(samples)} | {_cell(samples)} |" if samples else f"| {action} | 0 | | | |")
        lines.append("")
    lines.append(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return lines


def compare(save: Path) -> list[str]:
    """Markdown from the runs kept in ``save`` (``--save``): per corpus and size, one row per action, before and
    after side by side (CPU ms p50 / p95, p95 in frames, wall p95), the runs of each column pooled."""
    groups: dict[tuple[str, str], dict[str, dict[str, list]]] = {}
    loads: dict[tuple[str, str], dict[str, list[str]]] = {}
    counts: dict[tuple[str, str], int] = {}
    for path in sorted(save.glob("*.json")):
        corpus, size, name, _run = path.stem.rsplit("-", 3)
        result = json.loads(path.read_text())
        pooled = groups.setdefault((corpus, size), {}).setdefault(name, {})
        for action, samples in result["samples"].items():
            pooled.setdefault(action, []).extend(samples)
        loads.setdefault((corpus, size), {}).setdefault(name, []).append(result.get("load_at_end", "?"))
        counts[(corpus, size)] = result["sources"]
    lines: list[str] = []
    for (corpus, size), columns in groups.items():
        before, after = columns.get("before", {}), columns.get("after", {})
        runs = {name: len(load) for name, load in loads[(corpus, size)].items()}
        said = "; ".join(f"{name} ({runs[name]} run(s)): {', '.join(load)}"
                         for name, load in loads[(corpus, size)].items())
        lines += [f"**{counts[(corpus, size)]:,} articles, {size}** (CPU ms p50 / p95; p95 in frames of 16.7 ms; "
                  f"wall p95 in brackets; load average at each run's end: {said})", "",
                  "| action | n | before | after | frames before → after | wall p95 before → after |",
                  "|---|---:|---:|---:|---:|---:|"]
        for action in dict.fromkeys([*before, *after]):
            cells, frames, walls = [], [], []
            for pooled in (before, after):
                samples = pooled.get(action)
                if not samples:
                    cells.append("–"), frames.append("–"), walls.append("–")
                    continue
                cpus = [c * 1000 for _, c in samples]
                cpu95 = _percentile(cpus, 0.95)
                cells.append(f"{statistics.median(cpus):.1f} / {cpu95:.1f}")
                frames.append(f"{cpu95 / FRAME_MS:.1f}")
                walls.append(f"{_percentile([w * 1000 for w, _ in samples], 0.95):.0f}")
            n = len(after.get(action) or before.get(action) or [])
            lines.append(f"| {action} | {n} | {cells[0]} | {cells[1]} | {frames[0]} → {frames[1]} | "
                         f"{walls[0]} → {walls[1]} |")
        lines.append("")
    return lines


def main() -> None:
    args = sys.argv[1:]
    sizes = [args[i + 1] for i, a in enumerate(args) if a == "--size"]
    if "--compare" in args:
        print("\n".join(compare(Path(args[args.index("--compare") + 1]))))
        return
    if "--table" in args:
        runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 1
        before = Path(args[args.index("--before") + 1]) if "--before" in args else None
        save = Path(args[args.index("--save") + 1]) if "--save" in args else None
        skip = {"--table", "--runs", "--before", "--size", "--no-stories", "--save", str(runs), str(before),
                str(save), *sizes}
        pairs = [a for a in args if a not in skip]
        print("\n".join(table(pairs, sizes or list(DEFAULT_SIZES), runs, before, "--no-stories" not in args,
                               save)))
        return
    width, height = (int(x) for x in (sizes or [DEFAULT_SIZES[0]])[0].split("x"))
    profile = args[args.index("--profile") + 1] if "--profile" in args else None
    out = args[args.index("--profile-out") + 1] if "--profile-out" in args else None
    print(json.dumps(asyncio.run(run(Path(args[0]), Path(args[1]), (width, height), "--no-stories" not in args,
                                     profile, out))))


if __name__ == "__main__":
    main()
