"""Claims on the seeds and on the articles written for these tests, against the gold list."""

from __future__ import annotations

import pytest

from briefing_tui.corpus import load_corpus
from compare_gold import corpus_path, find_claim, load_gold

GOLD = load_gold()
CASES = [(section, gold) for section, data in GOLD.items() for gold in data["claims"]]
APART = [(section, pair) for section, data in GOLD.items() for pair in data["apart"]]
_CLAIMS: dict[str, list] = {}


def claims_for(section: str):
    if section not in _CLAIMS:
        _CLAIMS[section] = load_corpus([corpus_path(GOLD[section]["corpus"])]).claims
    return _CLAIMS[section]


@pytest.mark.parametrize(("section", "gold"), CASES, ids=[f"{s}:{g['name']}" for s, g in CASES])
def test_gold_claim_found_with_its_verdict(section, gold):
    claim = find_claim(claims_for(section), gold["statements"])
    assert claim is not None, f"no claim holds all of {gold['statements']}"
    assert claim.verdict == gold["verdict"], claim.evidence


@pytest.mark.parametrize(("section", "pair"), APART, ids=[f"{s}:{p[0]['text']}|{p[1]['text']}" for s, p in APART])
def test_unrelated_statements_are_not_aligned(section, pair):
    assert find_claim(claims_for(section), pair) is None
