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


def test_a_bar_someone_needs_or_sets_as_a_goal_is_the_threshold():
    assert counts("The alliance fell short of the 60 seats it needed to keep control of the senate.", "en")[0] == (
        "60 seats", "threshold")
    assert counts("It is unclear whether the alliance will win the 60 seats necessary to keep control.", "en")[0][1] \
        == "threshold"
    assert counts("The alliance fell short of the 60 seats that its leader had set as a must-win target.", "en")[0][1] \
        == "threshold"
    assert counts("They fell below the 140-seat majority threshold in the 280-seat chamber.", "en")[0][1] == "threshold"
    assert counts("His goal was securing a majority, or 140 seats.", "en")[0][1] == "threshold"
    # (a party's own seats stay its seats, and so do seats that met a goal)
    assert counts("The alliance won 60 seats it had never held before.", "en")[0][1] == "seats"
    assert counts("The alliance won 60 seats, which was its target.", "en")[0][1] == "seats"


def test_the_seats_a_party_lacks_of_a_majority_are_a_shortfall():
    assert counts("The result left the alliance four seats shy of a majority in the chamber.", "en")[0] == (
        "four seats", "shortfall")
    assert counts("The alliance finished two seats short of an outright majority.", "en")[0][1] == "shortfall"
    assert counts("The alliance won 136 seats, just short of a majority.", "en")[0][1] == "seats"


def test_a_share_named_a_mark_or_hurdle_is_the_threshold():
    shares = [(f.text, f.measure) for f in read("The alliance was comfortably crossing the 50% mark, while the Greens "
                                                "cleared the 5% hurdle with 6.1% of the vote.") if f.kind == "percent"]
    assert shares == [("50%", "threshold"), ("5%", "threshold"), ("6.1%", "votes")]
