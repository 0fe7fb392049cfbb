"""Issue 11: a bloc of parties' tally is the bloc's (invented sentences; each test fails on the code before).

"A coalizão governista ... do primeiro-ministro Anton Vik venceu ... com 51,3% dos votos" gave the share to Vik, the
leader named inside the bloc's phrase; weighed against "Viks Sozialpartei bekam 30,4 Prozent" it was a false
disagreement. The bloc heading the clause, or named right after the share ("contra 44,1% da aliança de oposição"),
owns it, and a bloc's tally is never weighed against one party's.
"""

from __future__ import annotations

from briefing_tui.compare.comparable import joint_total, two_subjects
from briefing_tui.compare.share_owners import share_subject
from briefing_tui.compare.subjects import subject_of
from tests.compare_helpers import measured_statements


def _owner(sentence: str, share: str) -> str | None:
    at = sentence.index(share)
    return share_subject(sentence[:at], sentence[at + len(share):], lambda ahead, behind: subject_of(
        "", ahead, behind, people=False, share=True))


def test_the_bloc_heading_the_clause_owns_the_share_not_its_leader():
    sentence = ("A coalizão governista de centro-esquerda do primeiro-ministro Anton Vik venceu as eleições desta "
                "segunda-feira, com 51,3% dos votos, contra 44,1% da aliança de oposição.")
    assert _owner(sentence, "51,3%") == "coalizão governista"
    assert _owner(sentence, "44,1%") == "aliança"
    english = "The ruling alliance of Prime Minister Anton Vik won the election with 51.3% of the vote."
    assert _owner(english, "51.3%") == "alliance"
    other = "The ruling alliance won the election, while the Social Party of Anton Vik took 30.4% of the vote."
    assert _owner(other, "30.4%") != "alliance"  # (another clause's subject)


def test_a_blocs_share_is_not_weighed_against_a_partys():
    _, _, st, _ = measured_statements(
        "2024-05-02",
        "A coalizão governista do primeiro-ministro Anton Vik venceu as eleições desta segunda-feira, com 51,3% dos "
        "votos.",
        "The Social Party of Anton Vik won 30.4% of the vote.")
    bloc, party = st("o1", "51,3%"), st("o2", "30.4%")
    assert joint_total(bloc.figure, bloc.unit) and not joint_total(party.figure, party.unit)
    assert two_subjects(bloc.figure, bloc.unit, party.figure, party.unit)
