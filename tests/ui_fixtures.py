"""A small hand-made briefing for the UI tests: three articles written for the tests, with
entities and quotes located by their exact text (so offsets always match the files).

The extractor is developed elsewhere; these fixtures pin what the UI shows, whatever it finds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing_tui.corpus import Corpus, load_corpus
from briefing_tui.extract import Analysis
from briefing_tui.model import Entity, Mention, Quote, QuoteOccurrence, Source

HARBOR = """---
title: Council approves harbor tunnel after a long night
outlet: Northern Ledger
author: Mira Holt
published: 2026-03-04
---
The city council voted seven to two on Tuesday to approve the harbor tunnel, ending a debate that had run for three years.

"This is the most important vote of the decade," Mayor Elena Ruiz said after the session. She added that building would start in the spring.

Councillor Tomas Berg opposed the plan. "We cannot afford another overrun," Berg said, citing the Ostbridge Authority's estimate of 1.2 billion euros.

The Port of Valdmar welcomed the decision and said freight traffic would move faster once the tunnel opens.
"""

WIRE = """---
title: Valdmar tunnel wins council backing
outlet: Coastal Wire
author: Jon Ekdahl
published: 2026-03-05
---
Valdmar's council backed the harbor tunnel late on Tuesday.

Mayor Elena Ruiz called it "the most important vote of the decade" and promised a public timetable.

Officials said the tunnel would be paid for over thirty years, according to a person familiar with the budget.

The Port of Valdmar expects faster freight traffic.
"""

DIGEST = """---
title: "Morning digest: tunnel, ferries and fares"
outlet: Harbour Digest
published: 2026-03-06
---
Council approves harbor tunnel after a seven to two vote.

Ferry operators fear lost trade once the tunnel opens, the Ostbridge Authority said in a statement.
"""

HOSTILE = (
    "---\n"
    "title: \"[bold red]Breaking[/bold red] \\x1b]0;owned\\x07 news\"\n"
    "outlet: \"[link=https://evil.example]Evil Times[/link]\"\n"
    "published: 2026-03-07\n"
    "---\n"
    "Readers saw [bold]this[/bold] and [link=https://evil.example]a link[/link] in the article body today.\n\n"
    "Somebody typed [@click=app.quit]quit now[/] into the page, plus \x1b[31mred\x1b[0m escape codes and "
    "an OSC 52 write \x1b]52;c;ZXZpbA==\x07 that must stay inert.\n\n"
    "\"Do not press [@click=app.quit]here[/],\" said Dr. Mallory [b]Quinn[/b] at the hearing.\n"
)


def _span(source: Source, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = source.raw.index(text, start + 1)
    return start, start + len(text)


def _mentions(sources: dict[str, Source], *places: tuple[str, str, int]) -> list[Mention]:
    found = []
    for key, text, nth in places:
        start, end = _span(sources[key], text, nth)
        found.append(Mention(sources[key].id, start, end, text))
    return found


def _quote(qid: str, sources: dict[str, Source], key: str, text: str, speaker: str | None, entity: str | None,
           kind: str = "direct") -> Quote:
    source = sources[key]
    start, end = _span(source, text)
    sentence = source.sentence_at(start)
    return Quote(qid, text, speaker, kind, source.id, start, end, sentence.text if sentence else text,
                 sentence.index if sentence else None, entity)


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    """Write ``{file name: text}`` into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def briefing_corpus(folder: Path) -> Corpus:
    """The three tunnel articles, parsed, with hand-placed entities and quotes."""
    corpus = load_corpus([write_articles(folder, {"harbor.txt": HARBOR, "wire.md": WIRE, "digest.txt": DIGEST})])
    by_name = {Path(s.path).stem: s for s in corpus.sources}
    entities = [
        Entity("e-ruiz", "Elena Ruiz", "person", ["Ruiz"],
               _mentions(by_name, ("harbor", "Elena Ruiz", 0), ("wire", "Elena Ruiz", 0))),
        Entity("e-berg", "Tomas Berg", "person", ["Berg"],
               _mentions(by_name, ("harbor", "Tomas Berg", 0), ("harbor", "Berg", 1))),
        Entity("e-ostbridge", "Ostbridge Authority", "organization", [],
               _mentions(by_name, ("harbor", "Ostbridge Authority", 0), ("digest", "Ostbridge Authority", 0))),
        Entity("e-valdmar", "Port of Valdmar", "place", ["Valdmar"],
               _mentions(by_name, ("harbor", "Port of Valdmar", 0), ("wire", "Port of Valdmar", 0),
                         ("wire", "Valdmar", 0))),
    ]
    q_ruiz = _quote("q-ruiz", by_name, "harbor", "This is the most important vote of the decade,", "Elena Ruiz",
                    "e-ruiz")
    start, end = _span(by_name["wire"], "the most important vote of the decade")
    q_ruiz.also_in.append(QuoteOccurrence(by_name["wire"].id, start, end, "Mayor Elena Ruiz called it"))
    quotes = [
        q_ruiz,
        _quote("q-berg", by_name, "harbor", "We cannot afford another overrun,", "Tomas Berg", "e-berg"),
        _quote("q-anon", by_name, "wire", "the tunnel would be paid for over thirty years", None, None, "reported"),
        _quote("q-ferry", by_name, "digest", "Ferry operators fear lost trade once the tunnel opens",
               "Ostbridge Authority", "e-ostbridge", "reported"),
    ]
    corpus.use_analysis(Analysis(entities, quotes))
    return corpus


def hostile_corpus(folder: Path) -> Corpus:
    """One article full of markup and escape sequences, with a quote and a speaker made of markup."""
    corpus = load_corpus([write_articles(folder, {"hostile.txt": HOSTILE})])
    source = corpus.sources[0]
    by_name = {"hostile": source}
    speaker = "Dr. Mallory [b]Quinn[/b]"
    entity = Entity("e-quinn", speaker, "person", [], _mentions(by_name, ("hostile", speaker, 0)))
    quote = _quote("q-hostile", by_name, "hostile", "Do not press [@click=app.quit]here[/],", speaker, "e-quinn")
    corpus.use_analysis(Analysis([entity], [quote]))
    return corpus


def make_test_app(tmp_path: Path, corpus: Corpus | None = None, **kwargs):
    """The app as the tests run it: user folders in ``tmp_path``, no blinking, no animation."""
    from briefing_tui.ui.app import make_app

    kwargs.setdefault("config_dir", tmp_path / "config")
    return make_app(corpus=corpus, cursor_blink=False, animation_level="none", **kwargs)


async def settle(pilot) -> None:
    """Wait until every worker is done and its messages are handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press_settled(pilot, *keys: str) -> None:
    """Press each key in turn, letting the app settle after each."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def count_layouts(monkeypatch) -> list:
    """From now on, every screen Textual lays out (``Screen._refresh_layout``) is appended to the returned list."""
    from textual.screen import Screen

    layouts: list[Screen] = []
    refresh_layout = Screen._refresh_layout

    def counted(self, *args, **kwargs):
        layouts.append(self)
        return refresh_layout(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    return layouts


def shown_lines(widget) -> list[str]:
    """The plain text of every line a Line API widget currently renders."""
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


async def run_command(pilot, text: str) -> None:
    """Open the command palette, type ``text`` and run the best match once it is listed."""
    from textual.command import CommandList

    await pilot.press("ctrl+p", *text)

    def listed() -> bool:  # the palette gathers hits in a worker; wait for them, however busy the machine
        found = pilot.app.screen.query(CommandList)
        return bool(found and found.first().option_count and found.first().highlighted is not None)

    await wait_until(pilot, listed, f"the command palette lists {text!r}")
    await pilot.press("enter")
    await pilot.pause()


WAIT_TURNS = 500
"""How many idle turns of the app :func:`wait_until` allows (each waits until the process is idle)."""


async def wait_until(pilot, ready: Callable[[], bool], what: str, turns: int = WAIT_TURNS) -> None:
    """Let the app handle its messages, turn after turn, until ``ready()`` holds: a state, not a time.

    Each turn waits until the process is idle (``pilot.pause()``); ``turns`` only bounds a wait for
    something that never comes."""
    for _ in range(turns):
        if ready():
            return
        await pilot.pause()
    assert ready(), f"never happened: {what}"


def keys(*presses: str):
    """A snapshot ``run_before``: wait for loading, then press each key and wait again."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def ten_seed_sources(folder: Path) -> Corpus:
    """The five seeds twice over (``a_…`` and ``b_…``): ten sources, two of each outlet."""
    import shutil

    from briefing_tui.paths import seeds_dir

    folder.mkdir(parents=True, exist_ok=True)
    for copy in ("a", "b"):
        for path in sorted(seeds_dir().glob("*.txt")):
            shutil.copy(path, folder / f"{copy}_{path.name}")
    return corpus_of_copies(folder)


def corpus_of_copies(folder: Path) -> Corpus:
    """Every article file of ``folder`` as a source of its own, copies of one text included: a loaded corpus
    counts a text once, and these layouts need many sources, not many texts."""
    from briefing_tui.corpus import Corpus
    from briefing_tui.ingest.discover import discover
    from briefing_tui.ingest.load import read_article

    found, problems = discover([folder])
    sources = [s for s in (read_article(f)[0] for f in found) if s is not None and s.paragraphs]
    return Corpus(sources, problems, [folder])


async def open_diff(pilot):
    """Wait for loading, press d and wait for the comparison: the diff screen."""
    from briefing_tui.ui.screens.diff import DiffScreen

    await settle(pilot)
    await pilot.press("d")
    await settle(pilot)
    assert isinstance(pilot.app.screen, DiffScreen)
    return pilot.app.screen
