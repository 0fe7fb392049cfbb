"""Entities and quotes of the five seeds against hand-made gold (tests/data/gold_*_seeds.yaml)."""

from __future__ import annotations

import pytest

from briefing_tui.extract import analyse
from tests.conftest import load_yaml
from tests.gold_eval import evaluate, normal

QUOTES = load_yaml("gold_quotes_seeds.yaml")
ENTITIES = load_yaml("gold_entities_seeds.yaml")


@pytest.fixture(scope="module")
def analysis(seed_corpus):
    return seed_corpus.analysis


@pytest.fixture(scope="module")
def by_name(analysis):
    return {e.name: e for e in analysis.entities}


def test_every_gold_quote_found_with_its_speaker_and_nothing_else(seed_corpus):
    score = evaluate(seed_corpus, QUOTES)
    assert score.errors == []
    assert (score.tp, score.fp, score.fn, score.speaker_ok) == (35, 0, 0, 35)


def test_seed_003_has_more_than_a_dozen_direct_quotes_all_attributed_but_the_anonymous_one(analysis):
    direct = [q for q in analysis.quotes if q.source.startswith("003") and q.kind == "direct"]
    assert len(direct) == 18
    assert [q.text for q in direct if q.speaker is None] == ["Japan is back"]
    he_said = next(q for q in direct if q.text.startswith("Tokyo does not seek exclusivity"))
    assert he_said.speaker == "Timur Dadabaev" and he_said.cue == "after"
    continued = next(q for q in direct if q.text.startswith("Central Asian governments themselves"))
    assert continued.speaker == "Timur Dadabaev" and continued.cue == "continuation"


def test_reported_speech_in_004_is_attributed_to_canonical_names(analysis):
    reported = [(q.speaker, q.text) for q in analysis.quotes if q.source.startswith("004") and q.kind == "reported"]
    expected = [
        ("Timur Dadabaev", "Japan was one of the pioneers in establis"),
        ("Mars Sariyev", "Japan’s humanitarian engagement has been"),
        ("Sobir Kurbanov", "Japan's growing involvement is largely dr"),
        ("Sobir Kurbanov", "Japan is particularly interested in rare "),
        ("Timur Dadabaev", "Japan’s involvement adds diplomatic lever"),
        ("Sobir Kurbanov", "Japan does not aim to outspend its rivals"),
        ("Sobir Kurbanov", "Central Asia, Kurbanov says, must priorit"),
        ("Sobir Kurbanov", "Tokyo is well-positioned to act as both p"),
    ]
    assert len(reported) == len(expected)
    for (speaker, text), (want_speaker, want_start) in zip(reported, expected):
        assert speaker == want_speaker and text.startswith(want_start), text


def test_quoted_terms_are_never_speech(analysis):
    spoken = {(q.source, normal(q.text)) for q in analysis.quotes}
    for sid, entry in QUOTES.items():
        for term in entry["terms"]:
            assert (sid, normal(term)) not in spoken, term
    terms = {normal(t.text) for t in analysis.terms}
    assert {"cold war", "middle corridor", "tokyo declaration", "c5 1"} <= terms


def test_quote_offsets_and_text_without_marks(seed_corpus, analysis):
    for q in analysis.quotes:
        src = seed_corpus.source(q.source)
        assert src.raw[q.start:q.end] == q.text
        if q.kind == "direct":
            assert q.text[:1] not in "“”\"‘«「" and q.text[-1:] not in "“”\"«」"
        assert q.id == f"{q.source}:{q.start}-{q.end}"
        assert " ".join(q.text.split())[:30] in q.sentence or q.kind == "reported"


@pytest.mark.parametrize("name", sorted(ENTITIES["expected"]))
def test_expected_entities_with_their_type(by_name, name):
    assert name in by_name, name
    assert by_name[name].type == ENTITIES["expected"][name]


@pytest.mark.parametrize("name", sorted(ENTITIES["same_entity"]))
def test_spellings_fold_into_one_entity(by_name, name):
    assert set(ENTITIES["same_entity"][name]) <= set(by_name[name].aliases)


def test_dadabaev_is_one_entity_across_two_sources(analysis, by_name):
    dadabaev = by_name["Timur Dadabaev"]
    assert dadabaev.sources == ["003_46b5d03ce97921a0", "004_d8b58f788d07b44f"]
    assert not any("Dadabayev" in e.name for e in analysis.entities if e is not dadabaev)


def test_exactly_the_people_of_the_seeds(analysis):
    assert sorted(e.name for e in analysis.entities if e.type == "person") == sorted(ENTITIES["persons"])


def test_no_boilerplate_or_calendar_word_is_an_entity(analysis):
    names = {normal(a) for e in analysis.entities for a in [e.name, *e.aliases]}
    for word in ENTITIES["never"]:
        assert normal(word) not in names, word


def test_mentions_carry_offsets_and_sentences(seed_corpus, analysis):
    for e in analysis.entities:
        for m in e.mentions:
            src = seed_corpus.source(m.source)
            assert src.raw[m.start:m.end] == m.text
            if m.sentence is not None:
                s = src.sentences[m.sentence]
                assert s.start <= m.start < s.end


def test_analysis_is_deterministic(seed_corpus, analysis):
    again = analyse(seed_corpus.sources)
    assert [(e.id, e.name, e.aliases, len(e.mentions)) for e in again.entities] == \
        [(e.id, e.name, e.aliases, len(e.mentions)) for e in analysis.entities]
    assert [(q.id, q.speaker, q.kind) for q in again.quotes] == [(q.id, q.speaker, q.kind) for q in analysis.quotes]
