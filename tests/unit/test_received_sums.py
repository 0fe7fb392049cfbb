"""Issue 11: a sum named only by a verb of receiving ("accused of accepting some €50 million in cash", "por haber
recibido 50 millones de euros") is a sum received (compare/received_sums.py), one measure across languages; where
another source names the same amount ("a first disbursement of $12 billion"), it takes that name. Sentences made up
for the test after the forms of gold_new26's Sarkozy verdict and gold_new24's IMF deal; the tests of a sum read fail
on main febbaab (the sums took no measure there, bribes in other languages were compensations); the guards (a named kind, a named amount elsewhere) pass on both."""

from __future__ import annotations

import pytest

from briefing_tui.compare import compare
from tests.compare_helpers import article, holding, read


def money(text: str, language: str | None = None) -> list[str | None]:
    return [f.measure for f in read(text, language=language) if f.kind == "money"]


@pytest.mark.parametrize(("text", "language"), [
    ("The former president is accused of accepting some €50 million in cash from the regime.", None),
    ("El tribunal lo consideró culpable por haber recibido 50 millones de euros del régimen.", "es"),
    ("L'ancien président aurait reçu 50 millions d'euros du régime.", "fr"),
    ("Der frühere Präsident soll 50 Millionen Euro aus Libyen erhalten haben.", "de"),
    ("O ex-presidente recebeu 50 milhões de euros do regime.", "pt"),
])
def test_a_sum_named_by_a_verb_of_receiving_is_a_sum_received(text, language):
    assert money(text, language) == ["received"]


@pytest.mark.parametrize("text", [
    "The party received a donation of €2 million from the firm.",  # the sentence names the kind: aid
    "The minister received €2 million in bribes from the firm.",  # bribes
])
def test_a_sum_received_of_a_named_kind_keeps_its_kind(text):
    assert "received" not in money(text)


def test_sums_received_are_one_claim_across_languages():
    claims = compare([
        article("a", "2025-09-25", "The former president is accused of accepting some €50 million in cash from "
                                   "the regime."),
        article("b", "2025-09-25", "El tribunal lo consideró culpable por haber recibido 50 millones de euros del "
                                   "régimen libio."),
    ])
    found = holding(claims, "accepting some €50 million", "recibido 50 millones")
    assert len(found) == 1 and found[0].measure == "received" and found[0].verdict == "agree"


def test_a_sum_received_takes_the_name_another_source_gives_its_amount():
    claims = compare([
        article("a", "2025-04-15", "Argentina received $12 billion from the IMF on Tuesday, the ministry said."),
        article("b", "2025-04-15", "The fund approved an initial disbursement of $12 billion for the country."),
        article("c", "2025-04-15", "The board agreed a first disbursement of $12 billion on Tuesday."),
    ])
    found = holding(claims, "received $12 billion", "disbursement of $12 billion")
    assert found and all(c.measure == "disbursement" for c in found)


@pytest.mark.parametrize(("text", "language"), [
    ("La empresa pagó 5 millones de dólares en sobornos a funcionarios.", "es"),
    ("Le groupe aurait versé 2 millions d'euros de pots-de-vin à des élus.", "fr"),
    ("Der Konzern soll 2 Millionen Euro Schmiergeld gezahlt haben.", "de"),
    ("A empresa pagou 2 milhões de reais em propinas a funcionários.", "pt"),
])
def test_a_sum_paid_in_bribes_is_bribes_in_every_language(text, language):
    # the thing a sum pays, named after it in another language than English (data/measure_words.yaml: bribes)
    assert money(text, language) == ["bribes"]
