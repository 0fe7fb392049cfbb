"""Issue 11: a bloc of parties' tally is the bloc's (invented sentences; each test fails on the code before).

"A coalizão governista ... do primeiro-ministro Anton Vik venceu ... com 51,3% dos votos" gave the share to Vik, the
leader named inside the bloc's phrase; weighed against "Viks Sozialpartei bekam 30,4 Prozent" it was a false
disagreement. The bloc heading the clause, or named right after the share ("contra 44,1% da aliança de oposição"),
owns it, and a bloc's tally is never weighed against one party's.
"""

from __future__ import annotations

from briefing_tui.compare.share_owners import share_subject
from briefing_tui.compare.subjects import subject_of
from tests.compare_helpers import compared, holding


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


def test_a_blocs_share_is_no_disagreement_with_the_leaders_party():
    claims = compared(
        "A coalizão governista de centro-esquerda do primeiro-ministro Anton Vik venceu as eleições desta "
        "segunda-feira, com 51,3% dos votos, contra 44,1% da aliança de oposição. O Partido Social foi o mais "
        "votado, com 30,4%.",
        "Viks Sozialpartei bekam laut Wahlbehörde 30,4 Prozent der Stimmen.",
        "Anton Vik's Social Party won 30.4% of the vote, official results showed.")
    shown = [c for c in holding(claims, "51,3%") if c.verdict == "disagree"]
    assert not shown, [(c.topic, [s.text for s in c.statements]) for c in shown]
