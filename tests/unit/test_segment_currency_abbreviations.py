"""A currency's abbreviation with its full stop before an amount ("Rs. 50 billion", "Rp. 5 trillion") ends no
sentence: the amount belongs to the sentence it opens."""

from __future__ import annotations

import pytest

from briefing_tui.ingest.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "The board was accused of misusing Rs. 40 billion (around £110 million) sent by the agency.",
    "The court fined the firm Rp. 5 trillion for price fixing in the cement market.",
    "The county lost Ksh. 58 billion to the scheme, the auditor said.",
])
def test_a_currency_abbreviation_before_an_amount_ends_no_sentence(text):
    assert _split(text) == [text]


def test_a_sentence_still_ends_before_the_next_one():
    assert _split("He paid Rs. 900 in cash. The clerk signed the receipt.") == [
        "He paid Rs. 900 in cash.", "The clerk signed the receipt."]
