"""The written briefing (issue 14): its content, provenance, and each format's safety."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefing_tui.corpus import load_corpus
from briefing_tui.export import render
from briefing_tui.export.briefing import build_briefing

HOSTILE_TITLE = "<script>alert(1)</script> *Breaking* [x](javascript:alert(2)) \x1b[31mred"
HOSTILE_BODY = ("=HYPERLINK(\"http://evil.example\") opened the summit. "
                "\"We will not <b>accept</b> the *terms* of [the] deal,\" Jane Doe, the minister, said on Monday. "
                "The leaders met in Tokyo on Saturday and signed a declaration on minerals, officials said.\n\n"
                "Officials said the talks would resume in 2026 after a pause of six months.\n")


@pytest.fixture(scope="module")
def seed_briefing(seed_corpus):
    return build_briefing(seed_corpus)


@pytest.fixture
def hostile_corpus(tmp_path):
    (tmp_path / "evil.txt").write_text(HOSTILE_BODY, encoding="utf-8")
    (tmp_path / "evil.yaml").write_text(json.dumps({"title": HOSTILE_TITLE, "outlet": "Evil <i>Times</i>",
                                                    "url": "javascript:alert(3)", "published": "2025-12-20"}),
                                        encoding="utf-8")
    return load_corpus([tmp_path], cache=False)


def test_the_seed_briefing_has_every_part_with_provenance(seed_corpus, seed_briefing):
    b = seed_briefing
    assert b.title == "Briefing: 5 sources, 2025-12-21 to 2025-12-22"
    assert b.disagreements and b.agreements and b.speakers
    assert all(c.verdict == "disagree" for c in b.disagreements)
    assert [c.source for c in b.citations] == [s.id for s in seed_corpus.sources]
    for s in b.statements():
        assert seed_corpus.source(s.citation.source).raw[s.start:s.end] == s.text
    dadabaev = next(sp for sp in b.speakers if sp.speaker == "Timur Dadabaev")
    assert {q.citation.outlet for q in dadabaev.quotes} == {"Geo Indo Pacific", None}
    assert b.speakers[-1].speaker == "Unattributed"
    assert len(seed_corpus.quotes) >= 30
    assert len(b.statements()) == sum(len(c.statements) for c in b.agreements + b.disagreements) + len(
        seed_corpus.quotes)  # every quote once, under its speaker


def test_markdown_parses_into_the_sections_and_cites_every_statement(seed_briefing):
    text = render(seed_briefing, "md")
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert headings == ["Where the sources disagree", "What the sources agree on", "Who said what", "Sources"]
    items = [t for t in tokens if t.type == "list_item_open"]
    readings = sum(len(c.readings()) for c in [*seed_briefing.disagreements, *seed_briefing.agreements])
    assert len(items) == len(seed_briefing.statements()) + len(seed_briefing.citations) + readings
    html = MarkdownIt("commonmark").render(text)
    assert html.count("characters ") == len(seed_briefing.statements())
    assert "[4] Geo Indo Pacific, 2025-12-22, “‘Japan is back’ in Central Asia" in html


def test_the_evidence_reads_one_reading_a_line_and_the_tolerance_once(seed_briefing):
    # a new user met each claim's evidence as one paragraph of every pair, then the whole tolerance, claim after claim
    text = render(seed_briefing, "md")
    tolerance = seed_briefing.tolerances()[0]
    assert text.count(tolerance) == 1 and f"Figures are weighed with this tolerance: {tolerance}" in text
    pledge = next(c for c in seed_briefing.agreements if "investment pledge" in c.title)
    readings = pledge.readings()
    assert len(readings) >= 2 and not any(r.startswith("tolerance:") for r in readings)
    assert "Evidence:\n\n" + "\n".join(f"- {r}" for r in readings[:1]) in text.replace("\\", "")
    page = render(seed_briefing, "html")
    assert page.count(tolerance.replace("'", "&#x27;")) == 1 and '<div class="evidence">Evidence:<ul><li>' in page


def test_markdown_and_html_keep_hostile_text_as_text(hostile_corpus):
    b = build_briefing(hostile_corpus)
    md = render(b, "md")
    rendered = MarkdownIt("commonmark").render(md)
    assert "<script>" not in rendered and "<b>" not in rendered and "<em>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *Breaking*" in rendered
    assert 'href="javascript' not in rendered and "\x1b" not in md and "␛\\[31mred" in md
    page = render(b, "html")
    assert "<script>" not in page and "<b>accept</b>" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;accept&lt;/b&gt;" in page
    assert "\x1b" not in page


def test_csv_guards_formulas_and_jsonl_keeps_exact_text(hostile_corpus):
    b = build_briefing(hostile_corpus)
    statements = b.statements()
    assert statements, "the hostile article must give at least one quote"
    rows = list(csv.DictReader(io.StringIO(render(b, "csv"))))
    assert len(rows) == len(statements)
    lines = [json.loads(line) for line in render(b, "jsonl").splitlines()]
    assert [r["text"] for r in lines] == [s.text for s in statements]
    raw = hostile_corpus.sources[0].raw
    assert all(raw[r["start"]:r["end"]] == r["text"] for r in lines)
    assert {r["schema_version"] for r in lines} == {1}
    assert all(r["outlet"] == "Evil <i>Times</i>" and r["url"] == "javascript:alert(3)" for r in lines)
    assert not any(row[k].startswith(("=", "+", "-", "@")) for row in rows for k in row)


def test_csv_and_jsonl_have_the_same_rows(seed_briefing):
    rows = list(csv.DictReader(io.StringIO(render(seed_briefing, "csv"))))
    lines = [json.loads(line) for line in render(seed_briefing, "jsonl").splitlines()]
    assert len(rows) == len(lines) == len(seed_briefing.statements())
    assert [(r["source"], int(r["start"]), int(r["end"]), r["section"]) for r in rows] == [
        (j["source"], j["start"], j["end"], j["section"]) for j in lines]
    assert {r["section"] for r in rows} == {"agree", "disagree", "quote"}


def test_export_is_deterministic(seed_briefing, seed_corpus):
    again = build_briefing(seed_corpus)
    for fmt in ("md", "html", "csv", "jsonl"):
        assert render(seed_briefing, fmt) == render(again, fmt)


def test_every_export_row_field_is_documented(seed_briefing):
    docs = (Path(__file__).resolve().parents[2] / "docs" / "json.md").read_text(encoding="utf-8")
    block = docs.split("## `briefing export", 1)[1]
    documented = {name for row in re.findall(r"^\| (`[^|]+) \|", block, re.M) for name in re.findall(r"`(\w+)`", row)}
    row = json.loads(render(seed_briefing, "jsonl").splitlines()[0])
    assert set(row) - {"schema_version"} == documented


def test_markdown_escapes_block_starts_only_where_a_block_could_start():
    from briefing_tui.export.markdown import md_text

    assert md_text("8.7% of voters") == "8.7% of voters"
    assert md_text("8.7% of voters", opens_block=True) == "8.7% of voters"
    assert md_text("1. first", opens_block=True) == "1\\. first"
    assert MarkdownIt("commonmark").render("- " + md_text("# 1. not a heading", opens_block=True)) == \
        "<ul>\n<li># 1. not a heading</li>\n</ul>\n"
    assert md_text("snake_case _emphasis_ 003_46b5") == "snake_case \\_emphasis\\_ 003_46b5"


def test_years_and_periods_read_as_written():
    from types import SimpleNamespace

    from briefing_tui.export.briefing import describe_figure

    def figure(kind, text, low, high, unit):
        return SimpleNamespace(kind=kind, text=text, low=low, high=high, unit=unit)

    assert describe_figure(figure("year", "1960", 1960, 1960, "year")) == "1960 (year 1960)"
    assert describe_figure(figure("period", "four days", 4 / 365, 4 / 365, "year")) == "four days (period: 4 days)"
    assert describe_figure(figure("period", "six months", 0.5, 0.5, "year")) == "six months (period: 6 months)"
    assert describe_figure(figure("period", "40 to 50 years", 40, 50, "year")) == "40 to 50 years (period: 40–50 years)"


def test_a_count_is_described_by_what_it_counts():
    # "2 497 morts (count: 2,497 mort)": the French noun cut to a singular; "2,862 (count: 2,862)": nothing
    from briefing_tui.export.briefing import describe_figure
    from briefing_tui.model import Figure

    morts = Figure("count", "2 497 morts", "f", 0, 11, 2497.0, 2497.0, "mort", measure="dead")
    bare = Figure("count", "2,862", "a", 0, 5, 2862.0, 2862.0, None, measure="dead")
    assert [describe_figure(f) for f in (morts, bare)] == ["2 497 morts (count: 2,497 dead)", "2,862 (count: 2,862 dead)"]
