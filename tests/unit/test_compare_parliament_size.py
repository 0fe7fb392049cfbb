"""A parliament sized by its members, in another language or after a comma ("no Parlamento, de 577 deputados", "el
Congreso de 350 diputados"), gives the chamber's total, not a party's count."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def measures(body: str) -> list[tuple[str, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.text, f.measure) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count"]


def test_a_parliament_of_n_members_is_its_total():
    assert measures("A aliança teria maioria no Parlamento, de 577 deputados.") == [("577 deputados", "total legislator")]
    assert measures("El Congreso de 350 diputados votó la ley.") == [("350 diputados", "total legislator")]
