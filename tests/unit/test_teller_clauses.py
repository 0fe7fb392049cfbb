"""Issue 11: one sentence setting two tellers' counts of one measure side by side, each in the clause of its own
verb of saying ("Officials said 12 people died, while residents said the toll was over 40"; "as autoridades
disseram que 12 pessoas morreram, os moradores disseram que o número de mortos era superior a 40") reports a
conflict: the claim disagrees even when every other source gives the officials' count. Two counts one teller gives
in one clause are not two tellers. Invented sentences; each test fails on int18 (3e1629aa) but the last."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, one_holding

OTHER = "Twelve people were killed when the footbridge over the canal collapsed on Friday."


@pytest.mark.parametrize(("sentence", "needle"), [
    ("Officials said 12 people died when the footbridge over the canal collapsed, while residents said the death "
     "toll was over 40.", "residents said"),
    ("Enquanto as autoridades disseram que 12 pessoas morreram na queda da ponte, os moradores disseram que o "
     "número de mortos era superior a 40.", "moradores disseram"),
])
def test_two_tellers_apart_in_one_sentence_make_the_claim_disagree(sentence, needle):
    claims = compared(OTHER, sentence, published="2025-03-08")
    toll = one_holding(claims, "Twelve people were killed", needle)
    assert toll.verdict == "disagree", toll.evidence
    assert "40" in toll.evidence


def test_two_tellers_who_agree_keep_the_claim_agreeing():
    claims = compared(OTHER, "Officials said 12 people died in the collapse, and the hospital said 12 bodies were "
                      "brought in.", published="2025-03-08")
    toll = one_holding(claims, "Twelve people were killed", "Officials said 12")
    assert toll.verdict == "agree", toll.evidence


def test_the_other_tellers_value_is_in_the_claims_title():
    claims = compared(OTHER, "Officials said 12 people died when the footbridge over the canal collapsed, while "
                      "residents said the death toll was over 40.", published="2025-03-08")
    toll = one_holding(claims, "Twelve people were killed", "residents said")
    assert toll.topic.startswith("Death toll: 12") and "over 40" in toll.topic, toll.topic
