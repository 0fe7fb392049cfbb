"""The count a majority needs is a bar (the threshold), nobody's seats, in every wording (issue 11: "116 needed",
"116 seats required", "Majorité absolue : 116 députés" are one measure). Invented sentences."""

from __future__ import annotations

from tests.compare_helpers import read


def counts(text: str, language: str) -> list[tuple[str, str | None]]:
    """(text, measure) of each count of ``text``."""
    return [(f.text, f.measure) for f in read(text, language=language) if f.kind == "count"]


def test_the_count_a_majority_needs_is_the_threshold():
    assert counts("The bloc won 70 seats, short of the 90 needed for a working majority.", "en") == [
        ("70 seats", "seats"), ("90 needed", "threshold")]
    assert counts("Le bloc reste loin des 90 sièges nécessaires pour la majorité absolue.", "fr")[0][1] == "threshold"
    assert counts("El bloque queda lejos de los 90 escaños necesarios para la mayoría absoluta.", "es")[0][1] \
        == "threshold"
    assert counts("(Majorité absolue : 90 députés)", "fr")[0][1] == "threshold"
    # (a party's seats stay its seats)
    assert counts("Le PS a 70 députés.", "fr")[0][1] == "seats"
