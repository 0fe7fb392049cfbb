"""Blank ballots are a measure of their own ("blank-votes"), never a candidate's or the whole's votes
(briefing_tui/compare/votes.py, data/vote_words.yaml). Constructed sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def _measures(text: str, language: str | None = None) -> list[tuple[float, str | None]]:
    return [(f.low, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_blank_ballots_in_each_language_are_blank_votes():
    assert _measures("El tribunal contó 98.765 votos en blanco.", "es") == [(98765, "blank-votes")]
    assert _measures("Officials counted 12,400 blank ballots.") == [(12400, "blank-votes")]
    assert _measures("On a compté 8 300 votes blancs.", "fr") == [(8300, "blank-votes")]
    assert _measures("Foram 45.210 votos em branco.", "pt") == [(45210, "blank-votes")]


def test_a_party_s_votes_stay_votes():
    assert _measures("El partido sumó 98.765 votos en la capital.", "es") == [(98765, "votes")]
