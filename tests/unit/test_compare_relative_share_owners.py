"""A relative clause of winning that closes right before a share gives the share to its antecedent
(compare/share_owners.py ``relative_owner``): "..., seguido por el Partido Verde, que logró un 19,6 %" is the Green
Party's share, not the main clause's subject's. Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def owners(text: str, language: str | None = None) -> list[tuple[float, str | None]]:
    return [(f.low, f.subject) for f in read(text, language=language) if f.kind == "percent"]


def test_the_antecedent_of_a_relative_clause_of_winning_owns_the_share_in_several_languages():
    assert owners("La Unión Cívica ganó con el 31,2 % de los votos, seguida por el Partido Verde, que logró un "
                  "19,6 %, su mejor resultado.", "es")[1] == (19.6, "Partido Verde")
    assert owners("The Civic Union came first, ahead of the Greens, who won 11.6% of the vote.") == [
        (11.6, "Greens")]
    assert owners("L'Unione civica ha vinto, davanti ai Verdi, che hanno ottenuto l'11,6%.", "it") == [
        (11.6, "Verdi")]

