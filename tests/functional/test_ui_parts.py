"""The UI's plain parts: pane rows per filter, display text and offsets, citations, themes, laziness."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.theme import BUILTIN_THEMES

from briefing_tui.model import Quote, Source
from briefing_tui.paths import themes_dir
from briefing_tui.ui.briefing_view import BriefingView, Filter, GroupHeader
from briefing_tui.ui.citation import quote_citation
from briefing_tui.ui.display_text import fold_inert, highlight_positions, span_to_display
from briefing_tui.ui.themes import ThemeFileError, load_themes, read_theme_file
from briefing_tui.ui.widgets.panes import QuotesList
from ui_fixtures import briefing_corpus, make_test_app, settle


@pytest.fixture(scope="module")
def view(tmp_path_factory):
    return BriefingView(briefing_corpus(tmp_path_factory.mktemp("articles")))


def ids(rows):
    return [r.id for r in rows if not isinstance(r, GroupHeader)]


def test_rows_for_each_filter(view):
    everything = view.rows(Filter())
    assert ids(everything.sources) == ["digest", "harbor", "wire"]
    assert [(r.label, r.count) for r in everything.entities if isinstance(r, GroupHeader)] == [
        ("People", 2), ("Organizations", 1), ("Places", 1)]
    assert ids(view.rows(Filter(source="wire")).quotes) == ["q-ruiz", "q-anon"]  # q-ruiz is also in wire
    assert ids(view.rows(Filter(source="wire")).entities) == ["e-ruiz", "e-valdmar"]
    assert ids(view.rows(Filter(entity="e-ostbridge")).sources) == ["digest", "harbor"]
    assert ids(view.rows(Filter(entity="e-ostbridge")).quotes) == ["q-ferry"]  # named after, not inside, q-berg
    assert ids(view.rows(Filter(source="digest", entity="e-ostbridge")).quotes) == ["q-ferry"]
    assert ids(view.rows(Filter(entity_type="place")).entities) == ["e-valdmar"]
    assert view.quote_count("harbor") == 2 and view.entity_count("harbor") == 4
    assert view.quote_count("wire") == 2 and view.entity_count("digest") == 1


def test_an_entity_filter_lists_the_sources_naming_it_in_the_panes_order(view, seed_corpus):
    """Placed through each source's place, the sources naming an entity are those a scan of every source finds,
    in the same order, for every entity of two corpora."""
    for each in (view, BriefingView(seed_corpus)):
        assert each.entities
        for entity in each.entities:
            naming = set(each.entity_sources[entity.id])
            assert each.rows(Filter(entity=entity.id)).sources == [s for s in each.sources if s.id in naming]
            assert each.rows(Filter(entity=entity.id)).sources  # an entity is named somewhere


def test_fold_inert_maps_display_back_to_raw():
    raw = "Ann  said\n\x1b[31m “hi”\u202e"
    shown, offsets = fold_inert(raw, base=100)
    assert shown == "Ann said ␛[31m “hi”<U+202E>"
    assert len(offsets) == len(shown)
    assert offsets[shown.index("said")] == 100 + raw.index("said")
    assert span_to_display(offsets, 100 + raw.index("“hi”"), 100 + raw.index("“hi”") + 4) == (
        shown.index("“hi”"), shown.index("“hi”") + 4)
    assert span_to_display(offsets, 100 + 3, 100 + 5) == (3, 4)  # the folded spaces
    assert fold_inert("[bold]x[/bold]")[0] == "[bold]x[/bold]"


def test_highlight_positions_marks_the_right_cells_even_after_stand_ins():
    text = "\x07ab [link]cd"
    result = highlight_positions(text, [text.index("c"), text.index("d")], "underline")
    assert result.plain == "␇ab [link]cd"
    underlined = "".join(result.plain[s.start:s.end] for s in result.spans if "underline" in str(s.style))
    assert underlined == "cd"
    far = highlight_positions("x" * 100 + "needle", range(100, 106), "bold", width=30)
    assert far.plain.startswith("…") and "needle" in far.plain[:30]


def test_citation_says_unknown_parts_plainly():
    source = Source("s1", "s1.txt", "raw", title=None, outlet=None, published=None)
    quote = Quote("q", "We\nwill\x1b[2J see", None, "direct", "s1", 0, 3, "We will see")
    assert quote_citation(quote, source) == ("“We will␛[2J see” — unattributed, unknown outlet, undated; "
                                           "source s1, characters 0–3")


def test_shipped_themes_load_and_builtins_stay_untouched():
    before = dict(BUILTIN_THEMES)
    found = load_themes(themes_dir())
    assert found.errors == []
    assert sorted(found.themes) == ["briefing-contrast", "briefing-dark", "briefing-light"]
    assert found.themes["briefing-light"].dark is False
    assert found.themes["briefing-contrast"].background == "#000000"
    assert BUILTIN_THEMES == before


@pytest.mark.parametrize("content, reason", [
    ("name: x\nprimary: '#12345'\n", "'primary' is not a colour"),
    ("- a\n- b\n", "not a mapping"),
    ("name: x\n", "'primary' colour is required"),
    ('name: "\\e]0;t"\nprimary: red\n', "'name' must be"),
    ("name: x\nprimary: red\nshade: blue\n", "unknown field 'shade'"),
    ("name: x\nprimary: red\nvariables: {border: 'red; }'}\n", "not a simple CSS value"),
    ("name: x\nprimary: !!python/object/apply:os.system ['true']\n", "not valid YAML"),
    ("name: [x\n", "not valid YAML at line"),
])
def test_malformed_theme_files_are_rejected_with_a_reason(tmp_path: Path, content: str, reason: str):
    path = tmp_path / "t.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ThemeFileError, match=reason.replace("[", r"\[")):
        read_theme_file(path)


def test_oversized_theme_file_is_rejected(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_text("name: big\nprimary: red\n" + "#" * 70_000, encoding="utf-8")
    found = load_themes(tmp_path)
    assert found.themes == {} and found.errors == ["big.yaml: larger than 64 KiB"]


async def test_huge_lists_render_only_visible_rows(tmp_path, monkeypatch):
    """100k quotes: setting them is a reference, and a frame renders only the rows on screen."""
    app = make_test_app(tmp_path, briefing_corpus(tmp_path / "articles"))
    calls = []
    original = QuotesList.render_row
    monkeypatch.setattr(QuotesList, "render_row", lambda self, row, width: calls.append(row) or original(
        self, row, width))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        quotes = app.screen.lists["quotes"]
        base = app.view.quotes[0]
        many = [Quote(f"q{i}", f"line {i}", "X", "direct", base.source, base.start, base.end, "s")
                for i in range(100_000)]
        quotes.focus()
        await pilot.pause()
        calls.clear()
        quotes.set_rows(many, keep=False)
        await pilot.press("G")
        await pilot.pause()
        assert quotes.current.id == "q99999"
        assert 0 < len(calls) <= 4 * quotes.size.height
        assert quotes.render_line(quotes.size.height - 1).text.find("line 99999") > 0


def test_cli_without_a_terminal_prints_the_sources_table(capsys):
    from briefing_tui.cli import main

    assert main([]) == 0
    captured = capsys.readouterr()
    assert "5 sources" in captured.out and "not a terminal" in captured.err


def test_ui_text_never_built_from_markup_strings():
    """A guard on the habit: the UI never parses markup from data (Text.from_markup / markup=True)."""
    ui = Path(__file__).resolve().parents[2] / "briefing_tui" / "ui"
    for path in ui.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "from_markup" not in source, path
        assert "Text.from_ansi" not in source, path
    assert isinstance(highlight_positions("[b]", [], "bold"), Text)


def test_core_and_cli_parser_never_import_textual():
    """The two-layer rule: loading, search and the CLI's parser work without Textual."""
    import subprocess
    import sys

    code = ("import sys; import briefing_tui.cli, briefing_tui.corpus, briefing_tui.search, briefing_tui.safety; "
            "import briefing_tui.commands.arguments as a; a.build_parser().parse_args(['--theme', 'x']); "
            "print('textual' in sys.modules, 'rich' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert out == ["False", "False"]


def test_untitled_sources_show_their_opening_words_as_a_quotation(seed_corpus):
    from briefing_tui.ui.display_text import lead_words

    by_id = {s.id: s for s in seed_corpus.sources}
    untitled = by_id["000_a4263a828e80c27b"]
    assert untitled.title is None  # the data stays honest: no invented headline
    assert lead_words(untitled, limit=40) == "“Recently, Japan hosted the first…”"
    assert lead_words(by_id["004_d8b58f788d07b44f"], limit=200).startswith("“The first-ever “Central Asia–Japan” summit")


def test_the_first_frame_does_not_wait_for_the_corpus_or_the_store():
    """What `briefing` imports before the app's first frame (the CLI, its file check, the app) leaves the
    corpus, the store and the search index to the loader's worker."""
    import subprocess
    import sys

    code = ("import sys; import briefing_tui.cli; "
            "from briefing_tui.commands.common import corpus_has_files, load_options; "
            "from briefing_tui.ui.app import make_app; assert corpus_has_files(None); "
            "print(sorted(m for m in sys.modules if m.split('.')[:2] in (['briefing_tui', 'corpus'], "
            "['briefing_tui', 'store'], ['briefing_tui', 'search'])))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.strip()
    assert out == "[]"


def test_the_apps_file_check_stops_at_the_first_article(tmp_path, monkeypatch):
    """Before its first frame the app only checks that --corpus holds an article: one file, not a walk of
    every file (10,000 articles took 0.47 s), with the same answer and the same problems as the full walk."""
    from briefing_tui.commands.common import corpus_has_files
    from briefing_tui.ingest.discover import discover, first_article

    for i in range(30):
        (tmp_path / f"{i:02}.txt").write_text("An article.\n", encoding="utf-8")
    resolved: list[Path] = []
    resolve = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: resolved.append(self) or resolve(self, *a, **k))
    assert corpus_has_files([str(tmp_path)])
    assert len(resolved) == 1
    monkeypatch.undo()
    found, _ = first_article([tmp_path])
    assert found == discover([tmp_path])[0][0].path
    missing = [tmp_path / "nowhere", tmp_path / "empty"]
    (tmp_path / "empty").mkdir()
    assert first_article(missing) == (None, discover(missing)[1])


def test_the_problems_toast_counts_problems_not_files():
    # one problem may name several files ("2 files of other types not read"): it is not a count of files
    from briefing_tui.model import Problem
    from briefing_tui.ui.loader import problems_toast

    one = problems_toast([Problem("/news", "2 files of other types not read (a.pdf, b.bin)")])
    assert one.startswith("1 problem reading files: news: 2 files of other types")
    assert problems_toast([Problem("a.txt", "empty"), Problem("b.txt", "empty")]).startswith("2 problems reading files:")


def test_the_reader_says_when_an_article_is_cut_off():
    from dataclasses import replace

    from briefing_tui.ingest.parse import parse_text
    from briefing_tui.ui.screens.reader import reader_legend

    whole = parse_text("Leaders meet\n\nThe leaders met in Tokyo on Monday and agreed to meet again next year.\n", "a")
    cut = replace(whole, truncated=True)  # as the parser marks a page stored incomplete
    assert "cut off" in reader_legend(cut).plain and "cut off" not in reader_legend(whole).plain
