"""A bar a share passes is a floor under that share ("la Lista Verde supera la soglia del 15%" is more than 15%,
not exactly 15%, nor a rule's threshold): invented sentences (issue 11)."""

from __future__ import annotations

from tests.compare_helpers import read


def shares(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(f.low, f.qualifier) for f in read(text, language=language) if f.kind == "percent"]


def test_a_share_passing_a_bar_is_more_than_the_bar():
    assert shares("Il Partito Blu vince, mentre la Lista Verde supera la soglia del 15% per la prima volta.",
                  "it") == [(15.0, "more_than")]
    assert shares("El Partido Azul gana y la Lista Verde superó la barrera del 15 % en la capital.", "es") == [
        (15.0, "more_than")]
    assert shares("Le Parti bleu gagne et la Liste verte dépasse la barre des 15 % pour la première fois.", "fr") == [
        (15.0, "more_than")]
