"""Issue 11: a name after a counted noun is its brand or kind, as Romance languages write it ("40 computer Windows",
"12 camiones Volvo"), not what is counted; and computers are counted under one name in every language, the Italian
and German plural being the English singular ("8,5 milioni di computer", "8 Millionen Computer"). Invented sentences
written as the news writes them; each test fails on the code before."""

from __future__ import annotations

from briefing_tui.compare.count_phrases import count_phrase
from tests.compare_helpers import compared, one_holding, read


def _counts(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_a_name_after_a_lower_case_noun_is_not_the_counted_noun():
    assert count_phrase("computer Windows bloccati") == (0, 8, "computer")
    assert count_phrase("camiones Volvo nuevos")[2] == "camiones"
    # (a name before the noun is the count's subject, the noun after it heads: "15 Filipino workers")
    assert count_phrase("Filipino workers were")[2] == "workers"


def test_computers_are_one_measure_in_every_language():
    assert _counts("L'aggiornamento ha bloccato 6,2 milioni di computer Linux in tutto il mondo.", "it") == [
        ("6,2 milioni di computer", "computer")]
    assert _counts("Das Update legte 6,2 Millionen Computer lahm.", "de") == [("6,2 Millionen Computer", "computer")]
    assert _counts("El fallo bloqueó 6,2 millones de ordenadores.", "es")[0][1] == "computer"


def test_the_computers_crashed_of_two_languages_are_one_claim():
    claims = compared("The faulty update crashed more than 6 million computers around the world.",
                      "L'aggiornamento difettoso ha causato il blocco di 6,2 milioni di computer Linux.")
    claim = one_holding(claims, "6 million computers", "6,2 milioni di computer")
    assert claim.verdict == "agree"
