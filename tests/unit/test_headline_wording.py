"""A headline that states a claim in words, with no figure, joins the one claim it restates (issue 11):
briefing_tui/compare/headline_wording.py, on real study headlines (tests/gold_new*/stories)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.compare.headline_wording import SAME_HEADLINE

ROOT = Path(__file__).resolve().parents[2]


def _claims(gold: str, story: str):
    from bench.compare_gold import load_event

    folder = ROOT / "tests" / gold
    if not (folder / "stories" / story).is_dir():
        pytest.skip(f"no {gold}/stories/{story}")
    return load_event(folder, f"stories/{story}")


def _holding(claims, source_prefix: str, text: str):
    return [c for c in claims for st in c.statements if st.source.startswith(source_prefix) and text in st.text]


def test_a_headline_without_a_figure_joins_the_claim_it_restates():
    _, claims = _claims("gold_new9", "uk_general_election_2024")
    head = _holding(claims, "02", "Labour wins UK election as Starmer unseats Sunak")
    body = _holding(claims, "", "Labour leader Sir Keir Starmer has won the UK general election")
    assert len(head) == 1 and body and head[0] is body[0]


def test_a_headline_joins_the_claim_of_when_its_event_happened():
    _, claims = _claims("gold_new10", "truong_my_lan_verdict_2024")
    head = _holding(claims, "04", "Vietnam tycoon sentenced to death for one of history's biggest frauds")
    assert len(head) == 1 and head[0].measure == "date of the sentencing"


def test_a_headline_sharing_only_names_with_a_statement_joins_nothing():
    _, claims = _claims("gold_new3", "south_korea_election_2025")
    assert not _holding(claims, "04", "Mitte-Links-Kandidat Lee gewinnt Präsidentschaftswahl in Südkorea")


def test_a_title_case_headline_is_read_in_sentence_case():
    from briefing_tui.compare.headline_wording import _sentence_case

    names = frozenset({"nippon", "steel"})
    assert _sentence_case("Nippon Steel Completes U.S. Steel Takeover", names) == \
        "Nippon Steel completes U.S. Steel takeover"
    assert _sentence_case("Tesla Found Liable After Hacker Recovers ‘Crash Data’", frozenset({"tesla"})) == \
        "Tesla found liable after hacker recovers ‘crash data’"


def test_another_sources_headline_makes_a_single_claim_agree():
    from briefing_tui.compare import compare
    from briefing_tui.ingest import parse_text
    from tests.compare_helpers import FILLER

    meta = {"published": "2025-06-19"}
    a = parse_text("Markets steady as trading resumes\n\nBy Jane Doe\n\nHarlow Steel completed its takeover of Brandt "
                   f"Mills, ending a long regulatory review, the company said. {FILLER[0]}\n", "a", meta=meta)
    b = parse_text(f"Harlow Steel completes Brandt Mills takeover\n\nBy John Roe\n\n{FILLER[1]} {FILLER[2]}\n", "b",
                   meta=meta)
    claims = [c for c in compare([a, b]) if any("Brandt" in s.text for s in c.statements)]
    assert len(claims) == 1 and claims[0].verdict == "agree"
    assert [(s.source, s.text) for s in claims[0].statements][1] == ("b", "Harlow Steel completes Brandt Mills takeover")
    assert claims[0].evidence == f"{b.label}'s headline states the same in words"


def test_the_claims_are_read_once_for_all_the_headlines_not_once_per_headline(monkeypatch):
    """Issue 15 (a 249-source story compared again after one edit spent a third of its time here): each claim's
    sources and statements' units are read once for all the headlines, and a headline is weighed against the
    statements sharing one of its names only, not against every statement of every claim."""
    import briefing_tui.compare.claims as claims_module
    import briefing_tui.compare.headline_wording as wording
    from briefing_tui.model import Claim

    inside, calls = [False], []  # calls: (headlines, claims, reads of a claim's sources) of each attaching
    sources_of = Claim.sources.fget

    def counted(claim):
        if inside[0]:
            calls[-1][2] += 1
        return sources_of(claim)

    attach = wording.attach_headline_wording

    def attaching(claims, sources, units, entities, names, dated, table):
        heads = sum(1 for s in sources for x in s.sentences if s.paragraphs[x.paragraph].kind == "headline")
        calls.append([heads, sum(1 for c in claims if c.measure is None or c.id in dated), 0])
        inside[0] = True
        try:
            attach(claims, sources, units, entities, names, dated, table)
        finally:
            inside[0] = False

    monkeypatch.setattr(Claim, "sources", property(counted))
    monkeypatch.setattr(wording, "attach_headline_wording", attaching)
    monkeypatch.setattr(claims_module, "attach_headline_statements", wording.attach_headline_statements)
    _claims("gold_new3", "german_debt_package_2025")
    heads, candidates, reads = calls[-1]  # (the candidates: claims by wording or of when events happened)
    assert heads == 3 and candidates > 40  # (the story's 3 headlines: Kurier's page has none; its claim count moves)
    assert reads <= candidates  # (each such claim once; every one once per headline before: 3 or 4 times as many)


def test_a_pair_that_cannot_reach_the_floor_is_not_weighed_by_its_wording_and_the_others_score_as_before(
        monkeypatch):
    """``similarity_reaching`` (issue 15: a headline is weighed against every statement sharing a name, and most
    cannot beat the best so far): the alignment's ``similarity`` whenever that reaches the floor, and the wording's
    ratio left out for a pair whose score with a perfect ratio stays below it. Every pair of a real story's units."""
    import briefing_tui.compare.align as align
    from bench.compare_gold import load_event
    from briefing_tui.compare.rates import default_rate_table
    from briefing_tui.compare.units import build_units

    corpus, _ = load_event(ROOT / "tests" / "gold_new3", "stories/german_debt_package_2025")
    sources = corpus.sources
    units = build_units(sources, [], [], default_rate_table())[:120]
    ratios = [0]
    ratio = align.fuzz.ratio

    def counted(a, b):
        ratios[0] += 1
        return ratio(a, b)

    monkeypatch.setattr(align.fuzz, "ratio", counted)
    pairs = [(a, b) for i, a in enumerate(units) for b in units[i + 1:]]
    scores = [align.similarity(a, b) for a, b in pairs]
    assert sum(s >= SAME_HEADLINE for s in scores) > 20
    ratios[0] = 0
    for floor in (0.1, SAME_HEADLINE, 0.5):
        for (a, b), score in zip(pairs, scores):
            got = align.similarity_reaching(a, b, floor)
            assert got == score if score >= floor else got < floor
    weighed = sum(1 for s in scores if s) * 3
    assert 0 < ratios[0] < weighed // 2  # (most pairs with a shared word cannot reach the floor: no ratio for them)
