"""A decision taken by a score of votes ("mit 7 zu 2 Stimmen", "par 7 voix contre 2", "por 7 votos a 2") gives the
votes for and the votes against, as a motion passed by one does; a race won "decisively" by a score does not."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def votes(body: str) -> list[tuple[float, str | None]]:
    source = article("o1", "2024-10-01", body)
    return [(f.low, f.measure) for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "count"]


def test_a_decision_by_a_score_gives_for_and_against():
    assert votes("Die Entscheidung im Stadtrat fiel mit 7 zu 2 Stimmen.") == [(7.0, "votes-for"), (2.0, "votes-against")]
    assert votes("La décision du conseil a été prise par 7 voix contre 2.") == [
        (7.0, "votes-for"), (2.0, "votes-against")]
    assert votes("La decisión del comité se tomó por 7 votos a 2.") == [(7.0, "votes-for"), (2.0, "votes-against")]


def test_a_race_won_decisively_is_no_motion():
    assert all(m not in ("votes-for", "votes-against") for _, m in votes("She won decisively by 230 votes to 190."))
