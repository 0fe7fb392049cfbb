"""Issue 11: "no false disagreement appears". A count of voters after the noun of taking part ("com a participação
de 10.613.881 eleitores", "a turnout of 10.6 million voters") is every vote cast, not a candidate's votes: read as
votes, it met a candidate's "5.150.000 votos" as a disagreement. It is the votes cast, a measure of its own, as the
verb forms already are ("participaron 12 millones de votantes") (invented sentences; they fail on the code before)."""

from __future__ import annotations

import pytest

from tests.compare_helpers import compared, read


@pytest.mark.parametrize("text, language", [
    ("Ao todo, a eleição de domingo teria contado com a participação de 8.204.117 eleitores.", "pt"),
    ("La votación del domingo contó con la participación de 8.204.117 votantes.", "es"),
    ("Le scrutin de dimanche a connu une participation de 8 204 117 électeurs.", "fr"),
    ("Sunday's vote saw a turnout of 8,204,117 voters, officials said.", None),
])
def test_voters_taking_part_are_the_votes_cast(text, language):
    assert [(f.low, f.measure) for f in read(text, None, language) if f.kind == "count"] == [(8204117.0, "votes cast")]


def test_a_candidate_s_votes_stay_votes():
    assert [f.measure for f in read("Con el 80% escrutado, Morales obtuvo 4.150.000 votos.", None, "es")
            if f.low == 4150000] == ["votes"]


def test_the_votes_cast_do_not_dispute_a_candidate_s_votes():
    won = "With 80% of the ballots counted in Varnia, Lena Morales received 4,150,000 votes in Sunday's vote."
    cast = "In all, Sunday's vote in Varnia saw a turnout of 8,204,117 voters, the electoral board said."
    assert not [c for c in compared(won, cast) if c.verdict == "disagree"]
