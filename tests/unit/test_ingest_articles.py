"""Articles in layouts unlike the seeds (wire copy, Markdown, news pages, blogs, aggregators,
sidecars, CRLF, French, Chinese, a press release) against hand-made gold."""

from __future__ import annotations

import pytest

from briefing_tui.corpus import load_corpus
from briefing_tui.model import OUTSIDE_BODY
from tests.conftest import ARTICLES, load_yaml

GOLD = load_yaml("gold_articles.yaml")
META_KEYS = ("format", "title", "outlet", "author", "published", "language")


@pytest.fixture(scope="module")
def by_id():
    # Only this file's articles (the top of tests/articles/; sub-folders belong to other suites).
    corpus = load_corpus([ARTICLES / gold["file"] for gold in GOLD.values()])
    assert corpus.problems == []
    return {s.id: s for s in corpus.sources}


def test_every_article_has_gold_and_loads(by_id):
    on_disk = sorted(p.stem for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))
    assert sorted(by_id) == sorted(GOLD) == on_disk
    for sid, gold in GOLD.items():
        assert by_id[sid].path.endswith(gold["file"])


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_metadata_matches_gold(by_id, sid):
    src, gold = by_id[sid], GOLD[sid]
    got = {key: getattr(src, key) for key in META_KEYS}
    assert got == {key: gold[key] for key in META_KEYS}


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_body_boundaries(by_id, sid):
    body, gold = by_id[sid].body, GOLD[sid]
    assert body.startswith(gold["body_starts"])
    assert body.endswith(gold["body_ends"])
    if "paragraphs" in gold:  # (the body's: the headline, a paragraph of its own kind, is not counted)
        assert len([p for p in by_id[sid].paragraphs if p.kind not in OUTSIDE_BODY]) == gold["paragraphs"]


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_no_boilerplate_survives(by_id, sid):
    body = by_id[sid].body
    leaked = [junk for junk in GOLD[sid]["must_not_contain"] if junk in body]
    assert leaked == []


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_offsets_hold(by_id, sid):
    src = by_id[sid]
    assert src.paragraphs and src.sentences
    for item in (*src.paragraphs, *src.sentences):
        assert src.raw[item.start:item.end] == item.text
    for key, (a, b) in src.meta_spans.items():
        assert src.raw[a:b] == getattr(src, key) or key == "published"


def test_markdown_keeps_subheads_and_lists_of_the_article(by_id):
    src, gold = by_id["markdown_frontmatter"], GOLD["markdown_frontmatter"]
    assert [p.display for p in src.paragraphs if p.kind == "heading"] == gold["headings"]
    bullets = [p for p in src.paragraphs if p.kind == "bullet"]
    assert len(bullets) == gold["bullets"]
    assert bullets[3].display == "Grant aid and loans through official development assistance."
    assert bullets[3].section == "What the region asked for in return"


def test_sidecar_overrides_what_the_text_says(by_id):
    src, gold = by_id["sidecar_override"], GOLD["sidecar_override"]
    assert src.url == gold["url"]
    assert sorted(k for k, v in src.meta_origin.items() if v == "metadata") == sorted(gold["from_metadata"])
    # Metadata from a sidecar has no span in the text.
    assert src.meta_spans == {}


def test_hard_wrapped_paragraphs_are_joined_and_keep_offsets(by_id):
    src = by_id["wire_hardwrapped"]
    first = next(p for p in src.paragraphs if p.kind not in OUTSIDE_BODY)
    assert "\n" in first.text and first.display.endswith("dominated by Russia and China.")
    quote = next(s for s in src.sentences if s.text.startswith('"Central Asia is a partner'))
    assert " ".join(quote.text.split()).endswith('Takaichi told reporters after the meeting.')


def test_crlf_file_keeps_carriage_returns_out_of_every_text(by_id):
    src = by_id["crlf_column"]
    assert "\r\n" in src.raw
    assert not any("\r" in t for t in [s.text for s in src.sentences] + [p.text for p in src.paragraphs])


def test_chinese_sentences_split_on_full_stops(by_id):
    src = by_id["chinese_article"]
    assert [s.text for s in src.sentences if src.paragraphs[s.paragraph].kind != "headline"][:2] == [
        "12月20日，首届“中亚+日本”对话峰会在东京举行。",
        "日本首相高市早苗与哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦、塔吉克斯坦和土库曼斯坦五国领导人出席会议，双方签署了《东京宣言》。",
    ]


def test_removed_lines_say_why(by_id):
    reasons = {r.reason for r in by_id["news_page"].removed}
    assert {"photo caption", "site chrome", "newsletter / legal notice", "author note", "copyright footer"} <= reasons
