"""Comparison quality rules: speakers named without job titles, no agreement between different actors
on shared wording alone, and topics that read as short phrases."""

from __future__ import annotations

import pytest

from briefing_tui.compare.clause_titles import MAX_TITLE_WORDS, SLACK_WORDS

from briefing_tui.compare.align import known_names, substantive
from briefing_tui.compare.rates import default_rate_table
from briefing_tui.compare.units import build_units
from briefing_tui.compare.voice import person_name, sentence_voices
from briefing_tui.corpus import load_corpus
from briefing_tui.model import Sentence
from tests.conftest import ARTICLES

QUALITY = ARTICLES / "compare_quality"


def _sentences(*texts: str) -> list[Sentence]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, pos, pos + len(t), t, i))
        pos += len(t) + 1
    return out


@pytest.mark.parametrize(("written", "name"), [
    ("Transport Minister Ana Berg", "Ana Berg"),
    ("Deputy Finance Minister Ola Dahl", "Ola Dahl"),
    ("Prime Minister Shigeru Ishiba", "Shigeru Ishiba"),
    ("Professor Timour Dadabayev", "Timour Dadabayev"),
    ("Ana Berg", "Ana Berg"),
    ("Minister", None),
    ("He", None),
])
def test_person_name_drops_titles(written, name):
    assert person_name(written) == name


def test_speakers_are_names_and_pronouns_resolve_to_them():
    voices = sentence_voices(_sentences(
        "Transport Minister Ana Berg said the bridge would open in May.",
        "He notes that the old ferry will keep running.",
        "The line will cost more, according to Deputy Finance Minister Ola Dahl.",
        "The minister said tolls were not planned."))
    assert [v.speaker for v in voices.values()] == ["Ana Berg", "Ana Berg", "Ola Dahl", None]


def test_speakers_in_claims_of_written_articles():
    claims = load_corpus([QUALITY]).claims
    speakers = {(s.source, s.text[:20]): s.speaker for c in claims for s in c.statements}
    assert speakers[("rail_review", "Transport Minister A")] == "Ana Berg"
    assert speakers[("valley_times", "The rail link betwee")] == "Ola Dahl"
    assert speakers[("valley_times", "He said the first pa")] == "Ola Dahl"


def test_different_actors_sharing_a_verb_are_not_one_claim():
    corpus = load_corpus([QUALITY])
    units = build_units(corpus.sources, (), (), default_rate_table())
    names = known_names(units)
    published = {s.id: s.published for s in corpus.sources}
    expand = next(u for u in units if "expand the space" in u.text)
    sweden = next(u for u in units if "Sweden has also" in u.text)
    cost_a = next(u for u in units if "4 billion euros" in u.text)
    cost_b = next(u for u in units if "$4.4 billion" in u.text)
    assert "^sweden" in names and "^norland" in names
    assert not substantive(expand, sweden, names, published, default_rate_table())
    assert substantive(cost_a, cost_b, names, published, default_rate_table())


def test_topics_are_clauses_of_their_statements(seed_corpus):
    quality = {c.topic for c in load_corpus([QUALITY]).claims}
    # claims aligned by what their figures measure are titled by the measure and the values given
    # ("the rail link between Norland and Kestria would cost": the two countries' together)
    assert "Cost (Norland and Kestria): €4 bn ≈ $4.68 bn · about $4.4 bn" in quality
    seeds = {c.topic: c for c in seed_corpus.claims}
    assert seeds["Japan's commercial investment pledge: about ¥3 trillion ≈ $19.1 bn · about $20 bn over 5 years"].verdict == "agree"
    # A figure only one statement of a group gives is not the group's subject.
    assert not any("€13.2 billion" in t for t in seeds if len(seeds[t].sources) > 1)
    written = {c.topic: c.verdict for c in load_corpus([ARTICLES / "compare"]).claims}
    assert written["Work on the port's new container terminal is due to begin in 2029"] == "disagree"
    for claim in seed_corpus.claims:
        if claim.measure:
            continue  # "Japan's commercial investment pledge: about ¥3 trillion ≈ $19.1 bn · about $20 bn over 5 years"
        # who and what: a clause of one statement (its teller before a colon), of at most MAX_TITLE_WORDS words (and
        # SLACK_WORDS more when that is all of it);
        # never a noun phrase cut out of it such as "Rare earths" or "Believes Japan's growing involvement"
        clause = claim.topic.split(": ", 1)[-1].removesuffix("…")
        assert len(clause.split()) <= MAX_TITLE_WORDS + SLACK_WORDS, claim.topic
        assert any(clause.split()[-1] in st.text for st in claim.statements), claim.topic


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Tokyo hopes to do the same, according to Japanese media reports.", None),
    ("Deputy Mayor Lena Novak states that the tunnel will close in June.", "Lena Novak"),
    ("Ana Berg notes: the line will open late.", "Ana Berg"),
])
def test_descriptions_and_plural_nouns_are_not_speakers(sentence, speaker):
    voice = sentence_voices(_sentences(sentence))[0]
    assert (voice.kind, voice.speaker) == ("reported", speaker)


def test_a_plural_noun_after_a_name_is_not_attribution():
    text = "The pact made Norland the first power to recognise the five Baltic states as one bloc."
    assert sentence_voices(_sentences(text))[0].kind == "outlet"


def test_a_title_is_the_clause_and_never_ends_on_a_verb():
    from compare_helpers import article
    from briefing_tui.compare.claims import build_claims

    a = article("Outlet A", "2024-03-04", "Apple criticised the decision, saying it was reached despite the "
                "Commission's failure to uncover any credible evidence of consumer harm.")
    b = article("Outlet B", "2024-03-04", "Apple said the decision was reached without credible evidence of consumer "
                "harm and ignores the market.")
    assert [c.topic for c in build_claims([a, b])] == ["Apple criticised the decision"]
    c = article("Outlet C", "2024-03-04", "The violation of the rules in the realm of music streaming came to light "
                "during an investigation.")
    d = article("Outlet D", "2024-03-04", "The breach in the realm of music streaming came to light during a long inquiry.")
    (topic,) = [cl.topic for cl in build_claims([c, d])]
    assert not topic.endswith("came")
