"""One name per source in the diff view and the CLI's diff (issue: the legend said "1=Coast Wire", the claim view
numbered statements "1 Harbor Times", the evidence gave bare labels and the CLI file ids): "[n] label" everywhere,
n the matrix's column and the source's place in the Sources pane, label the Sources pane's name."""

from __future__ import annotations

import re

from textual.widgets import DataTable

from briefing_tui.cli import main
from briefing_tui.ui.screens.claim import ClaimScreen, StatementCard
from test_ui_diff import LABELS, WRITTEN, corpus, open_diff, static_text  # noqa: F401 - corpus is a fixture
from ui_fixtures import make_test_app, settle

NAMED = re.compile(r"\[(\d+)\] (\w+ \w+)")  # "[3] Harbor Times" (labels here are two words)


def expected_names() -> dict[str, str]:
    return {sid: f"[{i}] {label}" for i, (sid, label) in enumerate(sorted(LABELS.items()), 1)}


def test_numbered_names_follow_the_sources_order(corpus):
    from briefing_tui.source_names import numbered_names

    assert numbered_names(corpus.sources) == expected_names()


async def test_the_diff_view_names_each_source_one_way_everywhere(tmp_path, corpus):
    names = expected_names()
    app = make_test_app(tmp_path, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        legend = static_text(screen, "#diff-legend")
        assert legend.split() == ["Sources:", *" ".join(names.values()).split()]
        columns = [str(c.label) for c in screen.query_one(DataTable).ordered_columns][2:]
        assert columns == [str(i) for i in range(1, len(names) + 1)]  # the matrix's column n is "[n]"
        claim = next(c for c in screen.shown if c.statements[0].source != corpus.sources[0].id and len(c.sources) > 1)
        row = screen.rows.index(claim)  # the matrix's rows: the claims and each story's heading
        screen.query_one(DataTable).move_cursor(row=row)
        await settle(pilot)
        detail = " ".join(static_text(screen, "#diff-evidence").split())
        assert "said by: " + ", ".join(names[s] for s in claim.sources) in detail
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimScreen)
        cards = [str(card.render()).splitlines()[0] for card in app.screen.query(StatementCard)]
        assert cards == [names[s.source] for s in claim.statements]
        evidence = static_text(app.screen, "#claim-evidence")
    assert not any(re.search(rf"(?<![\w.-]){sid}(?![\w.-])", evidence) for sid in names)  # no bare id
    for number, label in NAMED.findall(evidence):  # every name given as the legend gives it
        assert names[sorted(LABELS)[int(number) - 1]] == f"[{number}] {label}"


def test_the_cli_diff_names_sources_as_the_app_does(capsys):
    names = expected_names()
    assert main(["diff", "--corpus", str(WRITTEN), "--no-cache", "--shared"]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    entries = re.findall(r"\[(\d+)\] (\w+ \w+) = (\w+)", flat)  # "Sources: [1] Coast Wire = coast_wire · ..."
    assert {sid: f"[{n}] {label}" for n, label, sid in entries} == names  # every source, named as in the app
    table = out[:out.index("Sources:")]
    assert not any(re.search(rf"(?<![\w.-]){sid}(?![\w.-])", table) for sid in names)  # named, not by id
    assert ("1", "Coast Wire") in NAMED.findall(" ".join(table.replace("│", " ").split()))


async def test_the_legend_never_parts_a_number_from_its_name_at_80_columns(tmp_path):
    """Fourteen sources of long names at 80 columns: the legend breaks between sources, never after "[4]"."""
    from ui_fixtures import corpus_of_copies, write_articles

    from briefing_tui.corpus import load_corpus

    stems = ["01_abccolumbia", "02_voanews", "03_hindustantimes", "04_cyprus-today", "05_bolnews", "06_moldova1",
             "07_independent", "08_theweek", "09_techstartups", "10_westtimelines", "11_millenniumpost",
             "12_occasionaldigest", "13_newsboys24", "14_dasgeld"]
    text = "The council approved the harbor tunnel on Tuesday by seven votes to two, officials said.\n"
    folder = write_articles(tmp_path / "articles", {f"{stem}.txt": text for stem in stems})
    app = make_test_app(tmp_path, corpus_of_copies(folder))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_diff(pilot)
        await pilot.press("l")
        await settle(pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
    legend = [line for line in lines if re.search(r"\[\d+\]", line)]
    assert " ".join(" ".join(legend).split()).startswith("Sources: [1] 01_abccolumbia [2] 02_voanews")
    for i, stem in enumerate(stems, 1):  # each number on the line of its name (the names read from the files)
        assert any(f"[{i}] {stem}" in line for line in legend), (i, legend)


def test_a_timeline_in_the_evidence_names_its_ends_as_the_legend_does():
    """The compare code names a timeline's ends its own way (a headline for one source, the file id for the
    other): the evidence shown names both "[n] label", as everywhere else in the diff view."""
    from briefing_tui.model import Claim, Statement, TimePoint
    from briefing_tui.source_names import claim_evidence

    evidence = ("death toll (earlier event): 85 (2023-08-13, Maui fire: toll rises) → 86 (2023-08-14, b_post) "
                "(developing: the figure grows with the publication dates); a_news '85 people' = 85 dead and "
                "b_post '86 lives' = 86 dead: different; tolerance: exact figures")
    claim = Claim("m1", "Death toll", "disagree", evidence,
                  [Statement("a_news", "85 people died", 0, 14), Statement("b_post", "86 lives were lost", 0, 18)],
                  timeline=[TimePoint("a_news", "2023-08-13", "85", 85, 85),
                            TimePoint("b_post", "2023-08-14", "86", 86, 86)], developing=True)
    names = {"a_news": "[1] A News", "b_post": "[2] B Post"}
    assert claim_evidence(claim, names) == (
        "death toll (earlier event): 85 (2023-08-13, [1] A News) → 86 (2023-08-14, [2] B Post) "
        "(developing: the figure grows with the publication dates); [1] A News '85 people' = 85 dead and "
        "[2] B Post '86 lives' = 86 dead: different; tolerance: exact figures")


async def test_the_maui_death_toll_timeline_names_its_sources_by_number_and_label(tmp_path):
    from briefing_tui.corpus import load_corpus
    from briefing_tui.ui.screens.claim import ClaimScreen

    folder = WRITTEN.parents[1] / "gold_new4" / "stories" / "maui_wildfires_2023"
    app = make_test_app(tmp_path, load_corpus([folder], cache=False))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_diff(pilot)
        row = screen.rows.index(next(c for c in screen.shown if any(p.source == "01_abccolumbia" for p in c.timeline)))
        screen.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimScreen)
        evidence = static_text(app.screen, "#claim-evidence")
    assert "(2023-08, [1] 01_abccolumbia) → " in evidence
    assert " · undated: 67 ([2] 02_voanews), " in evidence  # (no date: shown apart, never put in an order)
    assert "Maui Wildfires Update" not in evidence  # the headline the compare code named it by
    # each source's reading once and the pairs counted, as the CLI's table gives them (21 pair sentences before)
    assert "; readings: [2] 02_voanews '67' = 67 dead · [3] 03_hindustantimes '89' = 89 dead" in evidence
    assert ": different" not in evidence and re.search(r"; apart: \d+ pairs; ", evidence)
