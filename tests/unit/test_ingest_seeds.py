"""The five seeds against hand-made gold: body boundaries, boilerplate gone, metadata right or null."""

from __future__ import annotations

import pytest

from tests.conftest import load_yaml

GOLD = load_yaml("gold_sources.yaml")


@pytest.fixture(scope="module")
def by_id(seed_corpus):
    return {s.id: s for s in seed_corpus.sources}


def test_all_five_seeds_load_without_problems(seed_corpus):
    assert sorted(s.id for s in seed_corpus.sources) == sorted(GOLD)
    assert seed_corpus.problems == []


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_metadata_matches_gold(by_id, sid):
    src, gold = by_id[sid], GOLD[sid]
    for key in ("format", "title", "outlet", "author", "published", "language"):
        assert getattr(src, key) == gold[key], key
    if "languages" in gold:
        assert list(src.languages) == gold["languages"]


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_body_starts_and_ends_where_the_article_does(by_id, sid):
    body, gold = by_id[sid].body, GOLD[sid]
    assert body.startswith(gold["body_starts"])
    assert body.endswith(gold["body_ends"])


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_no_boilerplate_survives(by_id, sid):
    body = by_id[sid].body
    for junk in GOLD[sid].get("must_not_contain", []):
        assert junk not in body, junk


@pytest.mark.parametrize("sid", sorted(GOLD))
def test_offsets_point_into_the_raw_text(by_id, sid):
    src = by_id[sid]
    for p in src.paragraphs:
        assert src.raw[p.start:p.end] == p.text
    for s in src.sentences:
        assert src.raw[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
    for key, (a, b) in src.meta_spans.items():
        assert src.raw[a:b] == getattr(src, key) or key == "published"


def test_paragraph_count_and_headings(by_id):
    assert len(by_id["000_a4263a828e80c27b"].paragraphs) == GOLD["000_a4263a828e80c27b"]["paragraphs"]
    for sid in ("003_46b5d03ce97921a0", "004_d8b58f788d07b44f"):
        headings = [p.display for p in by_id[sid].paragraphs if p.kind == "heading"]
        assert headings == GOLD[sid]["headings"]


@pytest.mark.parametrize("sid", ["001_e64f6607013c71d3", "002_5652c7d26b07cb95"])
def test_digest_sections_and_citations(by_id, sid):
    src, gold = by_id[sid], GOLD[sid]
    sections = list(dict.fromkeys(p.section for p in src.paragraphs))
    assert sections == gold["sections"]
    assert len(src.citations) == gold["citations"]
    # Citation markers are data on the sentence, never text inside it.
    assert all("[" not in s.text for s in src.sentences)
    assert src.sentences[0].citations and all(c.sentence is not None for c in src.citations)
    for c in src.citations:
        assert src.raw[c.start:c.end].replace(" ", "") == "".join(f"[{n}]" for n in c.numbers)


def test_digest_first_citation_is_1_2_4(by_id):
    assert by_id["001_e64f6607013c71d3"].sentences[0].citations == (1, 2, 4)


def test_sentences_respect_quotes_and_abbreviations(by_id):
    texts = [s.text for s in by_id["003_46b5d03ce97921a0"].sentences]
    # A two-sentence quote closed by its attribution stays one sentence.
    assert any(t.startswith("“Japanese policy") and t.endswith("he said.") for t in texts)
    src = by_id["002_5652c7d26b07cb95"]
    assert any("align with U.S. strategies" in s.text for s in src.sentences)
    assert not any(s.text.endswith("U.S.") for s in src.sentences)
