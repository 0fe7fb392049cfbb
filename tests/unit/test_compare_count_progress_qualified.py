"""How far the count has gone, said with "more than" or "nearly" in other languages, with a participle of counting
before the share, or in Dutch: "con más del 80% de las actas escrutadas", "una vez escrutados el 91,2 % del padrón",
"met bijna 88 procent van de stemmen geteld" are the count's progress, no candidate's share (issue 11)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import read


def _measures(text: str) -> dict[str, str | None]:
    return {f.text: f.measure for f in read(text)}


@pytest.mark.parametrize("text, needle", [
    ("Esa noche, con más del 81% de las urnas escrutadas, la alcaldesa lideraba con el 53,2% de los votos.",
     "81%"),
    ("Com mais de 77% das urnas apuradas, o senador tinha 51,4% dos votos.", "77%"),
    ("Una vez escrutados el 91,27 % del padrón, la gobernadora sumaba el 48,6 % de los votos.", "91,27 %"),
    ("El tribunal informó que, una vez procesado más del 85 % de actas a escala nacional, la tendencia es clara.",
     "85 %"),
    ("Met bijna 88 procent van de stemmen geteld, heeft de burgemeester 52 procent van de stemmen.", "88 procent"),
])
def test_a_qualified_share_of_the_count_is_the_counts_progress(text, needle):
    found = _measures(text)
    assert any(k.endswith(needle) and v == "share counted" for k, v in found.items()), found


def test_the_candidates_share_beside_it_stays_a_vote_share():
    found = _measures("Esa noche, con más del 81% de las urnas escrutadas, la alcaldesa lideraba con el 53,2% de los "
                      "votos.")
    assert found["53,2%"] == "votes"
    found = _measures("Com mais de 77% das urnas apuradas, o senador tinha 51,4% dos votos.")
    assert found["51,4%"] == "votes"
