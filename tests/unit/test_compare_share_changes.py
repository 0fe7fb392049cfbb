"""A share lost or gained since an earlier vote ("lost 11% of the vote compared to the 2018 elections") is a change of
the party's share, not the share it won: it never stands beside the shares won in a claim of votes."""

from __future__ import annotations

from briefing_tui.compare.figures import figures_in_text
from tests.compare_helpers import article


def measures(body: str) -> dict[str, str | None]:
    source = article("o1", "2025-02-14", body)
    return {f.text: f.measure for s in source.sentences for f in figures_in_text(s.text, source, s.start)
            if f.kind == "percent"}


def test_a_share_lost_since_an_earlier_vote_is_a_change():
    assert measures("The Union lost 11% of the vote compared to the 2018 elections.") == {"11%": "change"}
    assert measures("The Union has gained 4% of the vote since the last election.") == {"4%": "change"}


def test_a_share_won_or_set_beside_an_earlier_one_is_a_share_of_votes():
    assert measures("The Union won 29% of the vote, compared to 16% in 2019.")["29%"] == "votes"
    assert measures("The Union lost the election with 29% of the vote compared to the 2019 result.")["29%"] == "votes"
    assert measures("The Union won 29% of the vote in 2024.") == {"29%": "votes"}


def test_a_share_gained_in_italian_or_spanish_is_a_change():
    assert measures("In cinque anni i Verdi hanno guadagnato il 4,5% a discapito dei popolari.") == {"4,5%": "change"}
    assert measures("El PPR ha subido un 3,5% desde entonces.") == {"3,5%": "change"}
    assert measures("Il Pd ha ottenuto il 22,4% dei voti.") == {"22,4%": "votes"}
