"""A sentence a claim of several sources states whole is no single claim of its own as well
(compare/duplicate_singles.py)."""

from __future__ import annotations

from briefing_tui.compare import compare
from briefing_tui.compare.duplicate_singles import without_duplicate_singles
from briefing_tui.model import Claim, Statement
from tests.compare_helpers import article


def test_a_death_toll_sentence_is_stated_once():
    # gold_new3 valencia_floods_2024 02, 03: each sentence gives the national death toll and nothing else
    sources = [
        article("elperiodico", "2024-10-31", "La cifra de fallecidos por la gota fría en todo el país alcanzar los 158 "
                "teniendo en cuenta las víctimas de Albacete y Málaga."),
        article("lavanguardia", "2024-10-31", "A nivel nacional, son 140 las personas que han muerto en las "
                "devastadoras inundaciones ocurridas y que han afectado especialmente a la Comunitat Valenciana, donde "
                "están la mayor parte de los fallecidos, han informado fuentes gubernamentales."),
    ]
    claims = compare(sources)
    holding = [c for c in claims if any("son 140 las personas" in s.text for s in c.statements)]
    assert [(c.measure, c.verdict) for c in holding] == [("dead", "disagree")]


def test_a_sentence_held_only_in_part_keeps_its_single_claim():
    whole = Statement("a", "Shares cost $55 each, or $14.9 billion in all.", 0, 46)
    clause = Statement("a", "or $14.9 billion in all.", 22, 46, sentence=(0, 46))
    other = Statement("b", "The deal is worth $14.9 billion.", 0, 32)
    single = Claim("c1", "Shares", "single", "", [whole])
    measured = Claim("m1", "Sale price", "agree", "", [clause, other], measure="sale")
    assert without_duplicate_singles([measured, single]) == [measured, single]
    twice = Claim("m2", "Sale price", "agree", "", [whole, other], measure="sale")
    assert without_duplicate_singles([twice, single]) == [twice]
