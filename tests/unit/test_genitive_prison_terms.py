"""Issue 11 (miss24): a term followed by a prison noun in the English genitive ("four years’ imprisonment", "ten
years' jail") or by the Indonesian or Malay "penjara" with no "di" ("17 tahun penjara") is a prison sentence, even
with no verb of sentencing the rules know; time served ("four years in prison", "5 tahun di penjara") and other
genitives ("four years' delay") stay no sentence. Invented sentences; fails on the code before."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def terms(text: str, language: str = "en") -> list[tuple[float | None, str | None, str | None]]:
    return [(f.low, f.measure, f.subject) for f in read(text, language=language) if f.kind == "period"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Tom Reed got four years' imprisonment for fraud.", "en", [(4.0, "prison sentence", "Tom Reed")]),
    ("The magistrate handed him six years’ imprisonment on Monday.", "en", [(6.0, "prison sentence", None)]),
    ("Adiknya mendapat hukuman 5 tahun penjara karena membantu.", "id", [(5.0, "prison sentence", None)]),
])
def test_a_genitive_or_bare_prison_noun_makes_a_term(text, language, expected):
    assert terms(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Tom Reed spent four years in prison before his release.", "en"),
    ("The four years' delay cost the firm dearly.", "en"),
    ("Ia pernah tinggal 5 tahun di penjara.", "id"),
])
def test_time_served_and_other_genitives_are_no_term(text, language):
    assert all(m != "prison sentence" for _, m, _ in terms(text, language))
