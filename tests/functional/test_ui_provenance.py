"""Where a thing came from, as the app shows and copies it: the reader's header, the claim cards, ``y``.

On the five seed articles, as a new user found them: the reader named no source id or file, claim cards gave
no offsets, ``y`` copied untraceable citations and put reported speech in quotation marks, ``n`` from the top
skipped the first quote, and a search hit was marked "current quote" though ``y`` found no quote there.
"""

from __future__ import annotations

from ui_fixtures import make_test_app, settle, shown_lines, wait_until

from briefing_tui.export.briefing import build_briefing
from briefing_tui.export.markdown import briefing_markdown
from briefing_tui.safety import one_line
from briefing_tui.ui.screens.diff import ClaimScreen
from briefing_tui.ui.screens.reader import ReaderScreen
from briefing_tui.ui.screens.search import SearchScreen
from briefing_tui.ui.widgets.article_view import ArticleView

XIN_LANG_1 = "001_e64f6607013c71d3"  # the seeds' first of two Xin Lang Cai Jing digests
GEO = "003_46b5d03ce97921a0"  # the seeds' Geo Indo Pacific article
GEO_CITED = ("Geo Indo Pacific, 2025-12-22, "
             "“‘Japan is back’ in Central Asia with new summit on AI, minerals and transport”")  # as export cites it
UNTITLED = "000_a4263a828e80c27b"  # the seeds' article with no outlet, date or title


def shown(screen, selector: str) -> str:
    """The plain text a Static of ``screen`` shows."""
    return str(screen.query_one(selector).render())


def exported_where(corpus, source: str, start: int, end: int) -> str:
    """The "source …, characters …" the Markdown export writes for the statement at ``start``–``end``."""
    text = briefing_markdown(build_briefing(corpus))
    cited = f"source `{source}`, characters {start}–{end}"
    assert cited in text
    return cited.replace("`", "")


async def open_second_source(pilot) -> ReaderScreen:
    """The reader on the seeds' second source (the first Xin Lang Cai Jing digest)."""
    await settle(pilot)
    await pilot.press("1", "j", "r")
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.source.id == XIN_LANG_1
    return reader


async def test_reader_header_names_the_source_id_and_file(tmp_path, seed_corpus):
    """Under the header: ``source ID · file NAME``, the id ``briefing quotes --source`` takes."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_second_source(pilot)
        assert shown(reader, "#reader-source") == f"source {XIN_LANG_1} · file {XIN_LANG_1}.txt"


async def test_reader_header_numbers_the_outlet_as_every_pane_does(tmp_path, seed_corpus):
    """``2/5 · Xin Lang Cai Jing #1 · …``: the two digests of one outlet are told apart as in the sources pane."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_second_source(pilot)
        assert shown(reader, "#reader-bar").startswith("2/5 · Xin Lang Cai Jing #1 · 2025-12-21 · ")


async def test_claim_cards_give_each_statements_source_id_and_offsets(tmp_path, seed_corpus):
    """Each statement card names where its words are, ``source-id:start–end``, in 80 columns."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        claim_screen = app.screen
        assert isinstance(claim_screen, ClaimScreen)
        statement = claim_screen.claim.statements[0]
        assert seed_corpus.source(statement.source).raw[statement.start:statement.end] == statement.text
        card_lines = str(claim_screen.query("StatementCard").first().render()).splitlines()
        where = f"{statement.source}:{statement.start}–{statement.end}"
        assert card_lines[1] == where and len(where) <= 80 - 4  # inside the card's border and padding
        assert where == f"{UNTITLED}:1459–1548"  # the disputed claim's first statement, in the untitled article


async def test_y_copies_a_quote_with_its_source_id_and_offsets_as_export_writes_them(tmp_path, seed_corpus):
    """The Quotes pane's first quote (Geo Indo Pacific's "Japan is back"): outlet, date, title, then the
    same ``source ID, characters A–B`` as ``briefing export``."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "y")
        quote = app.main_screen.selected_quote()
        assert quote.kind == "direct" and quote.source == GEO
        where = exported_where(seed_corpus, quote.source, quote.start, quote.end)
        assert app.clipboard == f"“{quote.text}” — unattributed, {GEO_CITED}; {where}"
        assert app.clipboard.endswith(f"; source {GEO}, characters {quote.start}–{quote.end}")


async def test_y_copies_reported_speech_without_quotation_marks(tmp_path, seed_corpus):
    """A ≈ row (the outlet's paraphrase) is copied as ``briefing export`` writes it: its words without
    quotation marks, so it never reads as a direct quote."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "j", "y")
        quote = app.main_screen.selected_quote()
        assert quote.kind == "reported" and quote.speaker == "Jiji Press"
        assert app.clipboard.startswith("Japanese Prime Minister Sanae Takaichi and the leaders of the five")
        assert not app.clipboard.startswith("“")
        words = one_line(quote.text)  # (its no-break spaces folded, as on screen)
        assert f"- {words}\n" in briefing_markdown(build_briefing(seed_corpus))  # export's line: the words alone
        where = exported_where(seed_corpus, quote.source, quote.start, quote.end)
        assert app.clipboard == f"{words} — Jiji Press, {GEO_CITED}; {where}"


async def test_n_from_the_top_of_the_reader_marks_the_first_quote(tmp_path, seed_corpus):
    """Geo Indo Pacific read from its top: ``n`` marks its first quote ("Japan is back", visible), not the second."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "j", "j", "j", "r")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.source.id == GEO
        first = min((s, e) for s, e, _ in reader.view.quote_spans(GEO))
        assert seed_corpus.source(GEO).raw[first[0]:first[1]] == "Japan is back"
        await pilot.press("n")
        await settle(pilot)
        article = reader.query_one(ArticleView)
        assert article.mark == first
        marked = [line for line in shown_lines(article) if line.startswith("▶")]
        assert len(marked) == 1 and "“Japan is back”" in marked[0]
        await pilot.press("y")
        assert app.clipboard.startswith("“Japan is back” — unattributed, Geo Indo Pacific")


async def test_a_search_hit_is_marked_as_one_and_y_copies_it_with_its_provenance(tmp_path, seed_corpus):
    """The legend calls a search hit's ▶ a search hit (not a quote), and ``y`` copies the marked sentence with
    its source id and offsets; ``n`` then marks a quote and the legend says so."""
    app = make_test_app(tmp_path, seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"trillion yen")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.query_one(
            "SearchResults").current is not None, "a search hit for “trillion yen”")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.source.id == UNTITLED
        assert shown(reader, "#reader-legend").startswith("▶ search hit ")
        assert "current quote" not in shown(reader, "#reader-legend")
        start, end = reader.mark
        words = " ".join(seed_corpus.source(UNTITLED).raw[start:end].split())
        assert "3 trillion yen" in words
        await pilot.press("y")
        assert app.clipboard == (f"“{words}” — unknown outlet, undated; "
                                 f"source {UNTITLED}, characters {start}–{end}")
